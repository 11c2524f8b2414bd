#!/usr/bin/env python3
"""Independent re-implementation of the documented serial construction (src/serial/), used once to
produce the known-answer values in tests/serials.rs. Standard library only for ChaCha8; the AES-256
answers use the `cryptography` package (OpenSSL's AES), so they do not share code with the `aes` crate.

    python3 tools/serial_kat.py            # ChaCha8 (the first release's construction)
    python3 tools/serial_kat.py aes256     # AES-256 (the default PRF)

Construction (see the module docs of src/serial/):
  KDF block   B = ChaCha20(master, counter = GTIN value or 2^63, stream = 0x475331444b444631)
  stream key  K = B[0:32] (ChaCha8) or B[32:64] (AES-256)
  key id        = ChaCha20(master, counter = 0, stream = 0x475331444b494431)[0:8]
  round r PRF   F_r(v) = LE128(ChaCha8(K, counter = v, stream = tweak | r)[0:16]) * M >> 128
            or  F_r(v) = LE128(AES-256_K(LE64(v) || LE64(tweak | r))) * M >> 128
  tweak         = 0x53 << 56 | radix << 40 | length << 32 | walk << 24
  Feistel (L>=2): x = A*M_B + B, M_A = radix^(L//2), M_B = radix^(L - L//2), 10 rounds:
                  even r: B = (B + F_r(A)) mod M_B;  odd r: A = (A + F_r(B)) mod M_A
  L == 1:         same on 2^k >= radix values (M_A = 2^(k//2), M_B = 2^(k - k//2)), re-applied
                  until the value is < radix (cycle walking)
  render:         prefix + the L digits of A*M_B + B in the alphabet, most significant first
"""

MASK = 0xFFFFFFFF


def rotl(x, n):
    return ((x << n) | (x >> (32 - n))) & MASK


def qr(s, a, b, c, d):
    s[a] = (s[a] + s[b]) & MASK; s[d] = rotl(s[d] ^ s[a], 16)
    s[c] = (s[c] + s[d]) & MASK; s[b] = rotl(s[b] ^ s[c], 12)
    s[a] = (s[a] + s[b]) & MASK; s[d] = rotl(s[d] ^ s[a], 8)
    s[c] = (s[c] + s[d]) & MASK; s[b] = rotl(s[b] ^ s[c], 7)


def chacha_block(key: bytes, counter: int, stream: int, rounds: int) -> bytes:
    const = [0x61707865, 0x3320646E, 0x79622D32, 0x6B206574]
    k = [int.from_bytes(key[4 * i:4 * i + 4], "little") for i in range(8)]
    init = const + k + [counter & MASK, counter >> 32, stream & MASK, stream >> 32]
    s = list(init)
    for _ in range(rounds // 2):
        qr(s, 0, 4, 8, 12); qr(s, 1, 5, 9, 13); qr(s, 2, 6, 10, 14); qr(s, 3, 7, 11, 15)
        qr(s, 0, 5, 10, 15); qr(s, 1, 6, 11, 12); qr(s, 2, 7, 8, 13); qr(s, 3, 4, 9, 14)
    return b"".join(((s[i] + init[i]) & MASK).to_bytes(4, "little") for i in range(16))


def stream_key(master: bytes, gtin, prf="chacha8"):
    counter = int(gtin) if gtin is not None else 1 << 63
    block = chacha_block(master, counter, 0x475331444B444631, 20)
    return block[:32] if prf == "chacha8" else block[32:]


def aes_prf(key: bytes):
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()

    def f(v, tweak):
        block = v.to_bytes(8, "little") + tweak.to_bytes(8, "little")
        return int.from_bytes(enc.update(block), "little")

    return f


def key_id(master: bytes) -> str:
    return chacha_block(master, 0, 0x475331444B494431, 20)[:8].hex()


def permute(key: bytes, radix: int, length: int, x: int, prf="chacha8") -> int:
    if length >= 2:
        ma, mb, walk = radix ** (length // 2), radix ** (length - length // 2), 0
    else:
        k = (radix - 1).bit_length()
        ma, mb, walk = 1 << (k // 2), 1 << (k - k // 2), 1
    tweak = (0x53 << 56) | (radix << 40) | (length << 32) | (walk << 24)

    aes = aes_prf(key) if prf == "aes256" else None

    def f(r, v, m):
        if aes is not None:
            c = aes(v, tweak | r)
        else:
            c = int.from_bytes(chacha_block(key, v, tweak | r, 8)[:16], "little")
        return (c * m) >> 128

    def net(y):
        a, b = divmod(y, mb)
        for r in range(10):
            if r % 2 == 0:
                b = (b + f(r, a, mb)) % mb
            else:
                a = (a + f(r, b, ma)) % ma
        return a * mb + b

    y = net(x)
    while walk and y >= radix:
        y = net(y)
    return y


def render(alphabet: str, length: int, prefix: str, y: int) -> str:
    digits = []
    for _ in range(length):
        y, d = divmod(y, len(alphabet))
        digits.append(alphabet[d])
    return prefix + "".join(reversed(digits))


CASES = [
    # (name, gtin, alphabet, length, prefix, indices)
    ("alnum12_gtin", "09506000134352", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 12, "", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1000, 123456789]),
    ("numeric20_nogtin", None, "0123456789", 20, "", [0, 1, 2, 10**19, 10**20 - 1]),
    ("safe13_prefix", "09506000134352", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 13, "L7", [0, 1, 99]),
    ("custom7", "09506000134376", "23456789ABCDEFGHJKMNPQRSTUVWXYZ", 7, "", [0, 1, 2, 3]),
    ("cset82_20", None, "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", 20, "", [0, 82**20 - 1]),
    ("numeric1_walk", None, "0123456789", 1, "", list(range(10))),
]

if __name__ == "__main__":
    import sys

    prf = sys.argv[1] if len(sys.argv) > 1 else "chacha8"
    master = bytes(range(32))  # 000102...1f
    print("key id", key_id(master))
    for name, gtin, alphabet, length, prefix, indices in CASES:
        key = stream_key(master, gtin, prf)
        out = [render(alphabet, length, prefix, permute(key, len(alphabet), length, i, prf)) for i in indices]
        print(name, list(zip(indices, out)))
