/* gs1dm_demo: checks, encodes and reads back a GS1 DataMatrix through the C API.
 *
 * 1. check an element string (and a wrong one: the error names the AI),
 * 2. encode it to a module bitmap and decode that grid,
 * 3. encode it to packed 1-bit printer rows (300 dpi, X = 0.254 mm), unpack them into an 8-bit
 *    greyscale image with padded rows (stride > width) and read it back with the image reader,
 * 4. draw serials from a 32-byte key.
 * Prints one line per result (GS shown as '^'); exits non-zero on any unexpected status.
 *
 * Build (after `cargo build --release -p gs1dm-capi`):
 *   cc -Iinclude examples/c/gs1dm_demo.c target/release/libgs1dm.a -lpthread -ldl -lm -o gs1dm_demo
 * or against the shared library: cc -Iinclude examples/c/gs1dm_demo.c -Ltarget/release -lgs1dm ...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gs1dm.h"

static int failures = 0;

static void expect(const char *what, Gs1dmStatus got, Gs1dmStatus want) {
  if (got != want) {
    fprintf(stderr, "%s: status %d (%s), expected %d\n", what, (int)got,
            gs1dm_error_message((int32_t)got), (int)want);
    failures++;
  }
}

static void print_bytes(const char *label, const uint8_t *b, size_t n) {
  printf("%s ", label);
  for (size_t i = 0; i < n; i++) putchar(b[i] == 0x1D ? '^' : b[i]);
  putchar('\n');
}

int main(int argc, char **argv) {
  const char *es = argc > 1 ? argv[1] : "(01)09506000134352(17)251231(10)ABC123(21)X1";
  const uint8_t *in = (const uint8_t *)es;
  size_t in_len = strlen(es);

  /* 1. Check. */
  Gs1dmCheck chk;
  char msg[256];
  expect("check", gs1dm_check(in, in_len, &chk, (uint8_t *)msg, sizeof msg), GS1DM_STATUS_OK);
  printf("check ok=%u ai_data=%u %s\n", chk.ok, chk.is_ai_data, msg);
  const char *bad = "(01)09506000134353";
  expect("check bad", gs1dm_check((const uint8_t *)bad, strlen(bad), &chk, (uint8_t *)msg, sizeof msg),
         GS1DM_STATUS_INVALID_GS1);
  printf("check-bad ok=%u ai=%s span=%u:%zu+%zu %s\n", chk.ok, (const char *)chk.ai, chk.has_span,
         chk.value_pos, chk.value_len, msg);

  /* 2. Encode to a module bitmap (with caller-owned scratch), decode the grid. */
  static uint8_t scratch[GS1DM_ENCODE_SCRATCH_MAX];
  Gs1dmSymbolInfo sym;
  expect("encode size query",
         gs1dm_encode(in, in_len, GS1DM_INPUT_GS1, GS1DM_SHAPE_SQUARE, scratch, sizeof scratch, NULL, 0, &sym),
         GS1DM_STATUS_BUFFER_TOO_SMALL);
  uint8_t *modules = malloc(sym.needed);
  expect("encode", gs1dm_encode(in, in_len, GS1DM_INPUT_GS1, GS1DM_SHAPE_SQUARE, scratch, sizeof scratch, modules,
                                sym.needed, &sym),
         GS1DM_STATUS_OK);
  printf("encode %zux%zu\n", sym.rows, sym.cols);
  uint8_t out[GS1DM_DECODED_MAX];
  Gs1dmDecoded dec;
  expect("decode", gs1dm_decode_modules(modules, sym.needed, sym.rows, sym.cols, out, sizeof out, &dec),
         GS1DM_STATUS_OK);
  printf("decode %s gs1=%u corrected=%u ", (const char *)dec.symbology_id, dec.is_gs1, dec.corrected);
  print_bytes("data", out, dec.len);
  /* Damage three modules inside the symbol: error correction repairs them. */
  modules[sym.cols * 3 + 3] ^= 1;
  modules[sym.cols * 5 + 6] ^= 1;
  modules[sym.cols * 8 + 4] ^= 1;
  expect("decode damaged", gs1dm_decode_modules(modules, sym.needed, sym.rows, sym.cols, out, sizeof out, &dec),
         GS1DM_STATUS_OK);
  printf("damaged corrected>0=%u ", dec.corrected > 0);
  print_bytes("data", out, dec.len);
  expect("decode short buffer", gs1dm_decode_modules(modules, sym.needed, sym.rows, sym.cols, out, 4, &dec),
         GS1DM_STATUS_BUFFER_TOO_SMALL);
  printf("short-buffer needed=%zu\n", dec.len);
  expect("decode null", gs1dm_decode_modules(NULL, 10, 10, 1, out, sizeof out, &dec), GS1DM_STATUS_NULL_POINTER);
  expect("decode not a symbol", gs1dm_decode_modules(modules, 9, 3, 3, out, sizeof out, &dec),
         GS1DM_STATUS_NOT_A_SYMBOL);
  expect("encode too long", gs1dm_encode(in, 0, 99, GS1DM_SHAPE_SQUARE, NULL, 0, NULL, 0, NULL),
         GS1DM_STATUS_INVALID_ARGUMENT);
  free(modules);

  /* 3. Printer rows -> greyscale with stride -> image reader. */
  Gs1dmSymbolInfo ras;
  expect("rows size query",
         gs1dm_encode_rows(in, in_len, GS1DM_INPUT_GS1, GS1DM_SHAPE_SQUARE, 300, 254, 2, NULL, 0, NULL, 0, &ras),
         GS1DM_STATUS_BUFFER_TOO_SMALL);
  uint8_t *rows = malloc(ras.needed);
  /* NULL scratch: the library allocates its working memory. */
  expect("rows", gs1dm_encode_rows(in, in_len, GS1DM_INPUT_GS1, GS1DM_SHAPE_SQUARE, 300, 254, 2, NULL, 0, rows,
                                   ras.needed, &ras),
         GS1DM_STATUS_OK);
  printf("rows %zux%zu dots, %zu bytes/row, %u dots/module, x=%u um\n", ras.width_dots, ras.height_dots,
         ras.bytes_per_row, ras.module_dots, ras.x_um);
  size_t stride = ras.width_dots + 13;
  uint8_t *grey = malloc(stride * ras.height_dots);
  memset(grey, 0x55, stride * ras.height_dots); /* padding bytes: not part of the image */
  for (size_t y = 0; y < ras.height_dots; y++)
    for (size_t x = 0; x < ras.width_dots; x++) {
      int dot = rows[y * ras.bytes_per_row + x / 8] >> (7 - x % 8) & 1;
      grey[y * stride + x] = dot ? 20 : 235;
    }
  expect("read", gs1dm_read_grey(grey, stride * ras.height_dots, ras.width_dots, ras.height_dots, stride, 0, out,
                                 sizeof out, &dec),
         GS1DM_STATUS_OK);
  printf("read %s %zux%zu ", (const char *)dec.symbology_id, dec.rows, dec.cols);
  print_bytes("data", out, dec.len);
  expect("read bad stride", gs1dm_read_grey(grey, 100, 20, 20, 10, 0, out, sizeof out, &dec), GS1DM_STATUS_BAD_IMAGE);
  memset(grey, 235, stride * ras.height_dots);
  expect("read blank", gs1dm_read_grey(grey, stride * ras.height_dots, ras.width_dots, ras.height_dots, stride, 0,
                                       out, sizeof out, &dec),
         GS1DM_STATUS_NOT_FOUND);
  free(grey);
  free(rows);

  /* 4. Serials. */
  uint8_t key[GS1DM_KEY_LEN];
  for (int i = 0; i < GS1DM_KEY_LEN; i++) key[i] = (uint8_t)i;
  for (uint64_t i = 0; i < 3; i++) {
    char serial[32];
    size_t n = 0;
    expect("serial", gs1dm_serial(key, "09506000134352", GS1DM_ALPHABET_ALNUM, 12, i, (uint8_t *)serial,
                                  sizeof serial, &n),
           GS1DM_STATUS_OK);
    printf("serial %llu %.*s\n", (unsigned long long)i, (int)n, serial);
  }
  expect("serial bad alphabet", gs1dm_serial(key, NULL, 99, 12, 0, (uint8_t *)msg, sizeof msg, NULL),
         GS1DM_STATUS_INVALID_ARGUMENT);

  printf("message %s\n", gs1dm_error_message(GS1DM_STATUS_UNCORRECTABLE));
  printf("failures %d\n", failures);
  return failures == 0 ? 0 : 1;
}
