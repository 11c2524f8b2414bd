//! The checked-in generated GS1 tables agree with the shared GS1 data they come from.
//!
//! `ai_table_matches_dictionary` and `code_lists_match_json` regenerate `src/gs1/ai_table.rs` and
//! `src/gs1/code_lists.rs` in memory from `../shared/data/gs1/` and fail on any difference. After the
//! dictionary changes, `cargo test --test gs1_tables -- --ignored regenerate` rewrites both files.

#[path = "gen/tables_gen.rs"]
mod tables_gen;

use gs1_datamatrix::gs1::ai_table;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/gs1/");
const AI_TABLE_RS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/gs1/ai_table.rs");
const CODE_LISTS_RS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/gs1/code_lists.rs");

fn shared(name: &str) -> String {
    let path = format!("{SHARED}{name}");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("shared GS1 data missing: {path}: {e}"))
}

fn generated() -> (String, String) {
    let table =
        tables_gen::generate_ai_table(&shared("gs1-syntax-dictionary.txt"), &shared("SOURCES.md"))
            .expect("dictionary parses");
    let lists =
        tables_gen::generate_code_lists(&shared("code-lists.json")).expect("code lists parse");
    (table, lists)
}

#[test]
fn ai_table_matches_dictionary() {
    let (table, _) = generated();
    let checked_in = std::fs::read_to_string(AI_TABLE_RS).expect("ai_table.rs present");
    assert!(
        checked_in == table,
        "src/gs1/ai_table.rs is stale: run `cargo test --test gs1_tables -- --ignored regenerate`"
    );
}

#[test]
fn code_lists_match_json() {
    let (_, lists) = generated();
    let checked_in = std::fs::read_to_string(CODE_LISTS_RS).expect("code_lists.rs present");
    assert!(
        checked_in == lists,
        "src/gs1/code_lists.rs is stale: run `cargo test --test gs1_tables -- --ignored regenerate`"
    );
}

#[test]
fn table_has_every_dictionary_ai() {
    // Independent count: expand the ranges of the dictionary's entry lines with a plain scan.
    let dict = shared("gs1-syntax-dictionary.txt");
    let mut n = 0usize;
    for line in dict
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let ais = line.split_whitespace().next().unwrap();
        let (a, b) = ais.split_once('-').unwrap_or((ais, ais));
        let (a, b): (u32, u32) = (a.parse().unwrap(), b.parse().unwrap());
        for v in a..=b {
            let ai = format!("{v:0w$}", w = ais.split('-').next().unwrap().len());
            let e = ai_table::lookup(&ai).unwrap_or_else(|| panic!("AI {ai} missing"));
            assert_eq!(e.ai, ai);
            assert_eq!(
                e.fnc1_required,
                !line[ais.len()..]
                    .split_whitespace()
                    .next()
                    .unwrap()
                    .contains('*')
            );
            n += 1;
        }
    }
    assert_eq!(n, 541);
    assert_eq!(ai_table::AI_COUNT, n);
    assert_eq!(
        ai_table::DICTIONARY_COMMIT,
        "bc3bff068557702f236f81d9481772ace750db31"
    );
}

#[test]
#[ignore = "rewrites the checked-in tables; run after the dictionary changes"]
fn regenerate() {
    let (table, lists) = generated();
    std::fs::write(AI_TABLE_RS, table).unwrap();
    std::fs::write(CODE_LISTS_RS, lists).unwrap();
}
