//! The GS1 Application Identifier table: every AI of the GS1 Barcode Syntax Dictionary.
//!
//! GENERATED FILE, do not edit: `cargo test --test gs1_tables -- --ignored regenerate` rewrites it
//! from `gs1-syntax-dictionary.txt` (github `gs1/gs1-syntax-dictionary`, commit `bc3bff068557702f236f81d9481772ace750db31`,
//! `Release: UNSET`), and the `gs1_tables` test fails when the two disagree. The dictionary is
//! Apache-2.0, copyright BWIPP project, Zint project and GS1 AISBL. 541 AIs once ranges are expanded.

use super::ai::{AiEntry, Component, Cset, ReqRule};
use super::lint::Linter;

pub use super::ai::{ai_length_by_prefix, lookup, lookup_prefix};

/// Commit of `gs1/gs1-syntax-dictionary` this table was generated from.
pub const DICTIONARY_COMMIT: &str = "bc3bff068557702f236f81d9481772ace750db31";
/// The dictionary's `Release:` line (`UNSET` = development head).
pub const DICTIONARY_RELEASE: &str = "UNSET";
/// Number of AIs in the table.
pub const AI_COUNT: usize = 541;

const C0: &[Component] = &[Component { cset: Cset::N, min: 18, max: 18, optional: false, linters: &[Linter::Csum, Linter::Gcppos2] }];
const R0: &[ReqRule] = &[];
const E0: &[&str] = &[];
const K0: Option<&[&[&str]]> = Some(&[]);
const C1: &[Component] = &[Component { cset: Cset::N, min: 14, max: 14, optional: false, linters: &[Linter::Csum, Linter::Gcppos2] }];
const R1: &[ReqRule] = &[];
const E1: &[&str] = &["255", "37"];
const K1: Option<&[&[&str]]> = Some(&[&["22", "10", "21"], &["235"]]);
const C2: &[Component] = &[Component { cset: Cset::N, min: 14, max: 14, optional: false, linters: &[Linter::Csum, Linter::Gcppos2] }];
const R2: &[ReqRule] = &[ReqRule { text: "37", groups: &[&["37"]] }];
const E2: &[&str] = &["01", "03"];
const K2: Option<&[&[&str]]> = None;
const C3: &[Component] = &[Component { cset: Cset::N, min: 14, max: 14, optional: false, linters: &[Linter::Csum, Linter::Gcppos2] }];
const R3: &[ReqRule] = &[];
const E3: &[&str] = &["01", "02", "37", "235"];
const K3: Option<&[&[&str]]> = None;
const C4: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R4: &[ReqRule] = &[ReqRule { text: "01,02,03,8006,8026", groups: &[&["01"], &["02"], &["03"], &["8006"], &["8026"]] }];
const E4: &[&str] = &[];
const K4: Option<&[&[&str]]> = None;
const C5: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[Linter::Yymmd0] }];
const R5: &[ReqRule] = &[ReqRule { text: "01,02,03,8006,8026", groups: &[&["01"], &["02"], &["03"], &["8006"], &["8026"]] }];
const E5: &[&str] = &[];
const K5: Option<&[&[&str]]> = None;
const C6: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[Linter::Yymmd0] }];
const R6: &[ReqRule] = &[ReqRule { text: "8020", groups: &[&["8020"]] }];
const E6: &[&str] = &[];
const K6: Option<&[&[&str]]> = None;
const C7: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[Linter::Yymmd0] }];
const R7: &[ReqRule] = &[ReqRule { text: "01,02,03,8006,8026", groups: &[&["01"], &["02"], &["03"], &["8006"], &["8026"]] }];
const E7: &[&str] = &[];
const K7: Option<&[&[&str]]> = None;
const C8: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[Linter::Yymmd0] }];
const R8: &[ReqRule] = &[ReqRule { text: "01,02,03,8006,8026", groups: &[&["01"], &["02"], &["03"], &["8006"], &["8026"]] }];
const E8: &[&str] = &[];
const K8: Option<&[&[&str]]> = None;
const C9: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[Linter::Yymmd0] }];
const R9: &[ReqRule] = &[ReqRule { text: "01,02,03,8006,8026", groups: &[&["01"], &["02"], &["03"], &["8006"], &["8026"]] }];
const E9: &[&str] = &[];
const K9: Option<&[&[&str]]> = None;
const C10: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[Linter::Yymmd0] }];
const R10: &[ReqRule] = &[ReqRule { text: "01,02,03,255,8006,8026", groups: &[&["01"], &["02"], &["03"], &["255"], &["8006"], &["8026"]] }];
const E10: &[&str] = &[];
const K10: Option<&[&[&str]]> = None;
const C11: &[Component] = &[Component { cset: Cset::N, min: 2, max: 2, optional: false, linters: &[] }];
const R11: &[ReqRule] = &[ReqRule { text: "01,02,03,8006,8026", groups: &[&["01"], &["02"], &["03"], &["8006"], &["8026"]] }];
const E11: &[&str] = &[];
const K11: Option<&[&[&str]]> = None;
const C12: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R12: &[ReqRule] = &[ReqRule { text: "01,03,8006", groups: &[&["01"], &["03"], &["8006"]] }];
const E12: &[&str] = &["235"];
const K12: Option<&[&[&str]]> = None;
const C13: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R13: &[ReqRule] = &[ReqRule { text: "01", groups: &[&["01"]] }];
const E13: &[&str] = &[];
const K13: Option<&[&[&str]]> = None;
const C14: &[Component] = &[Component { cset: Cset::X, min: 1, max: 28, optional: false, linters: &[] }];
const R14: &[ReqRule] = &[ReqRule { text: "01", groups: &[&["01"]] }];
const E14: &[&str] = &[];
const K14: Option<&[&[&str]]> = None;
const C15: &[Component] = &[Component { cset: Cset::X, min: 1, max: 30, optional: false, linters: &[] }];
const R15: &[ReqRule] = &[ReqRule { text: "01,02,03,8006,8026", groups: &[&["01"], &["02"], &["03"], &["8006"], &["8026"]] }];
const E15: &[&str] = &[];
const K15: Option<&[&[&str]]> = None;
const C16: &[Component] = &[Component { cset: Cset::X, min: 1, max: 30, optional: false, linters: &[] }];
const R16: &[ReqRule] = &[ReqRule { text: "01,02,03,8006,8026", groups: &[&["01"], &["02"], &["03"], &["8006"], &["8026"]] }];
const E16: &[&str] = &[];
const K16: Option<&[&[&str]]> = None;
const C17: &[Component] = &[Component { cset: Cset::N, min: 1, max: 6, optional: false, linters: &[] }];
const R17: &[ReqRule] = &[ReqRule { text: "01,02,8006,8026", groups: &[&["01"], &["02"], &["8006"], &["8026"]] }];
const E17: &[&str] = &[];
const K17: Option<&[&[&str]]> = None;
const C18: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R18: &[ReqRule] = &[ReqRule { text: "01,03", groups: &[&["01"], &["03"]] }];
const E18: &[&str] = &[];
const K18: Option<&[&[&str]]> = None;
const C19: &[Component] = &[Component { cset: Cset::X, min: 1, max: 30, optional: false, linters: &[] }];
const R19: &[ReqRule] = &[ReqRule { text: "01+21,03+21,8006+21", groups: &[&["01", "21"], &["03", "21"], &["8006", "21"]] }];
const E19: &[&str] = &[];
const K19: Option<&[&[&str]]> = None;
const C20: &[Component] = &[Component { cset: Cset::X, min: 1, max: 30, optional: false, linters: &[] }];
const R20: &[ReqRule] = &[ReqRule { text: "01,03,8006", groups: &[&["01"], &["03"], &["8006"]] }];
const E20: &[&str] = &[];
const K20: Option<&[&[&str]]> = None;
const C21: &[Component] = &[Component { cset: Cset::N, min: 13, max: 13, optional: false, linters: &[Linter::Csum, Linter::Gcppos1] }, Component { cset: Cset::X, min: 1, max: 17, optional: true, linters: &[] }];
const R21: &[ReqRule] = &[];
const E21: &[&str] = &[];
const K21: Option<&[&[&str]]> = Some(&[]);
const C22: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R22: &[ReqRule] = &[ReqRule { text: "414", groups: &[&["414"]] }];
const E22: &[&str] = &[];
const K22: Option<&[&[&str]]> = None;
const C23: &[Component] = &[Component { cset: Cset::N, min: 13, max: 13, optional: false, linters: &[Linter::Csum, Linter::Gcppos1] }, Component { cset: Cset::N, min: 1, max: 12, optional: true, linters: &[] }];
const R23: &[ReqRule] = &[];
const E23: &[&str] = &["01", "02", "415", "8006", "8020", "8026"];
const K23: Option<&[&[&str]]> = Some(&[]);
const C24: &[Component] = &[Component { cset: Cset::N, min: 1, max: 8, optional: false, linters: &[] }];
const R24: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E24: &[&str] = &[];
const K24: Option<&[&[&str]]> = None;
const C25: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R25: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E25: &[&str] = &["310n"];
const K25: Option<&[&[&str]]> = None;
const C26: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R26: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E26: &[&str] = &["311n"];
const K26: Option<&[&[&str]]> = None;
const C27: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R27: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E27: &[&str] = &["312n"];
const K27: Option<&[&[&str]]> = None;
const C28: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R28: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E28: &[&str] = &["313n"];
const K28: Option<&[&[&str]]> = None;
const C29: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R29: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E29: &[&str] = &["314n"];
const K29: Option<&[&[&str]]> = None;
const C30: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R30: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E30: &[&str] = &["315n"];
const K30: Option<&[&[&str]]> = None;
const C31: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R31: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E31: &[&str] = &["316n"];
const K31: Option<&[&[&str]]> = None;
const C32: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R32: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E32: &[&str] = &["320n"];
const K32: Option<&[&[&str]]> = None;
const C33: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R33: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E33: &[&str] = &["321n"];
const K33: Option<&[&[&str]]> = None;
const C34: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R34: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E34: &[&str] = &["322n"];
const K34: Option<&[&[&str]]> = None;
const C35: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R35: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E35: &[&str] = &["323n"];
const K35: Option<&[&[&str]]> = None;
const C36: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R36: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E36: &[&str] = &["324n"];
const K36: Option<&[&[&str]]> = None;
const C37: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R37: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E37: &[&str] = &["325n"];
const K37: Option<&[&[&str]]> = None;
const C38: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R38: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E38: &[&str] = &["326n"];
const K38: Option<&[&[&str]]> = None;
const C39: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R39: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E39: &[&str] = &["327n"];
const K39: Option<&[&[&str]]> = None;
const C40: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R40: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E40: &[&str] = &["328n"];
const K40: Option<&[&[&str]]> = None;
const C41: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R41: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E41: &[&str] = &["329n"];
const K41: Option<&[&[&str]]> = None;
const C42: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R42: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E42: &[&str] = &["330n"];
const K42: Option<&[&[&str]]> = None;
const C43: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R43: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E43: &[&str] = &["331n"];
const K43: Option<&[&[&str]]> = None;
const C44: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R44: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E44: &[&str] = &["332n"];
const K44: Option<&[&[&str]]> = None;
const C45: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R45: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E45: &[&str] = &["333n"];
const K45: Option<&[&[&str]]> = None;
const C46: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R46: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E46: &[&str] = &["334n"];
const K46: Option<&[&[&str]]> = None;
const C47: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R47: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E47: &[&str] = &["335n"];
const K47: Option<&[&[&str]]> = None;
const C48: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R48: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E48: &[&str] = &["336n"];
const K48: Option<&[&[&str]]> = None;
const C49: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R49: &[ReqRule] = &[ReqRule { text: "01", groups: &[&["01"]] }];
const E49: &[&str] = &["337n"];
const K49: Option<&[&[&str]]> = None;
const C50: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R50: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E50: &[&str] = &["340n"];
const K50: Option<&[&[&str]]> = None;
const C51: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R51: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E51: &[&str] = &["341n"];
const K51: Option<&[&[&str]]> = None;
const C52: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R52: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E52: &[&str] = &["342n"];
const K52: Option<&[&[&str]]> = None;
const C53: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R53: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E53: &[&str] = &["343n"];
const K53: Option<&[&[&str]]> = None;
const C54: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R54: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E54: &[&str] = &["344n"];
const K54: Option<&[&[&str]]> = None;
const C55: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R55: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E55: &[&str] = &["345n"];
const K55: Option<&[&[&str]]> = None;
const C56: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R56: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E56: &[&str] = &["346n"];
const K56: Option<&[&[&str]]> = None;
const C57: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R57: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E57: &[&str] = &["347n"];
const K57: Option<&[&[&str]]> = None;
const C58: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R58: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E58: &[&str] = &["348n"];
const K58: Option<&[&[&str]]> = None;
const C59: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R59: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E59: &[&str] = &["349n"];
const K59: Option<&[&[&str]]> = None;
const C60: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R60: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E60: &[&str] = &["350n"];
const K60: Option<&[&[&str]]> = None;
const C61: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R61: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E61: &[&str] = &["351n"];
const K61: Option<&[&[&str]]> = None;
const C62: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R62: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E62: &[&str] = &["352n"];
const K62: Option<&[&[&str]]> = None;
const C63: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R63: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E63: &[&str] = &["353n"];
const K63: Option<&[&[&str]]> = None;
const C64: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R64: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E64: &[&str] = &["354n"];
const K64: Option<&[&[&str]]> = None;
const C65: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R65: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E65: &[&str] = &["355n"];
const K65: Option<&[&[&str]]> = None;
const C66: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R66: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E66: &[&str] = &["356n"];
const K66: Option<&[&[&str]]> = None;
const C67: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R67: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E67: &[&str] = &["357n"];
const K67: Option<&[&[&str]]> = None;
const C68: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R68: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E68: &[&str] = &["360n"];
const K68: Option<&[&[&str]]> = None;
const C69: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R69: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E69: &[&str] = &["361n"];
const K69: Option<&[&[&str]]> = None;
const C70: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R70: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E70: &[&str] = &["362n"];
const K70: Option<&[&[&str]]> = None;
const C71: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R71: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E71: &[&str] = &["363n"];
const K71: Option<&[&[&str]]> = None;
const C72: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R72: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E72: &[&str] = &["364n"];
const K72: Option<&[&[&str]]> = None;
const C73: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R73: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E73: &[&str] = &["365n"];
const K73: Option<&[&[&str]]> = None;
const C74: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R74: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E74: &[&str] = &["366n"];
const K74: Option<&[&[&str]]> = None;
const C75: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R75: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E75: &[&str] = &["367n"];
const K75: Option<&[&[&str]]> = None;
const C76: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R76: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E76: &[&str] = &["368n"];
const K76: Option<&[&[&str]]> = None;
const C77: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R77: &[ReqRule] = &[ReqRule { text: "00,01", groups: &[&["00"], &["01"]] }];
const E77: &[&str] = &["369n"];
const K77: Option<&[&[&str]]> = None;
const C78: &[Component] = &[Component { cset: Cset::N, min: 1, max: 8, optional: false, linters: &[] }];
const R78: &[ReqRule] = &[ReqRule { text: "00+02,00+8026", groups: &[&["00", "02"], &["00", "8026"]] }];
const E78: &[&str] = &[];
const K78: Option<&[&[&str]]> = None;
const C79: &[Component] = &[Component { cset: Cset::N, min: 1, max: 15, optional: false, linters: &[] }];
const R79: &[ReqRule] = &[ReqRule { text: "255,8020", groups: &[&["255"], &["8020"]] }];
const E79: &[&str] = &["390n", "391n", "394n", "8111"];
const K79: Option<&[&[&str]]> = None;
const C80: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso4217] }, Component { cset: Cset::N, min: 1, max: 15, optional: false, linters: &[] }];
const R80: &[ReqRule] = &[ReqRule { text: "8020", groups: &[&["8020"]] }];
const E80: &[&str] = &["391n"];
const K80: Option<&[&[&str]]> = None;
const C81: &[Component] = &[Component { cset: Cset::N, min: 1, max: 15, optional: false, linters: &[] }];
const R81: &[ReqRule] = &[ReqRule { text: "01+30,01+31nn,01+32nn,01+35nn,01+36nn", groups: &[&["01", "30"], &["01", "31nn"], &["01", "32nn"], &["01", "35nn"], &["01", "36nn"]] }];
const E81: &[&str] = &["392n", "393n"];
const K81: Option<&[&[&str]]> = None;
const C82: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso4217] }, Component { cset: Cset::N, min: 1, max: 15, optional: false, linters: &[] }];
const R82: &[ReqRule] = &[ReqRule { text: "30,31nn,32nn,35nn,36nn", groups: &[&["30"], &["31nn"], &["32nn"], &["35nn"], &["36nn"]] }];
const E82: &[&str] = &["393n"];
const K82: Option<&[&[&str]]> = None;
const C83: &[Component] = &[Component { cset: Cset::N, min: 4, max: 4, optional: false, linters: &[] }];
const R83: &[ReqRule] = &[ReqRule { text: "255", groups: &[&["255"]] }];
const E83: &[&str] = &["394n", "8111"];
const K83: Option<&[&[&str]]> = None;
const C84: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R84: &[ReqRule] = &[ReqRule { text: "30,31nn,32nn,35nn,36nn", groups: &[&["30"], &["31nn"], &["32nn"], &["35nn"], &["36nn"]] }];
const E84: &[&str] = &["392n", "393n", "395n", "8005"];
const K84: Option<&[&[&str]]> = None;
const C85: &[Component] = &[Component { cset: Cset::X, min: 1, max: 30, optional: false, linters: &[] }];
const R85: &[ReqRule] = &[];
const E85: &[&str] = &[];
const K85: Option<&[&[&str]]> = None;
const C86: &[Component] = &[Component { cset: Cset::X, min: 1, max: 30, optional: false, linters: &[Linter::Gcppos1] }];
const R86: &[ReqRule] = &[];
const E86: &[&str] = &[];
const K86: Option<&[&[&str]]> = Some(&[]);
const C87: &[Component] = &[Component { cset: Cset::N, min: 17, max: 17, optional: false, linters: &[Linter::Csum, Linter::Gcppos1] }];
const R87: &[ReqRule] = &[];
const E87: &[&str] = &[];
const K87: Option<&[&[&str]]> = Some(&[]);
const C88: &[Component] = &[Component { cset: Cset::X, min: 1, max: 30, optional: false, linters: &[] }];
const R88: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E88: &[&str] = &[];
const K88: Option<&[&[&str]]> = None;
const C89: &[Component] = &[Component { cset: Cset::N, min: 13, max: 13, optional: false, linters: &[Linter::Csum, Linter::Gcppos1] }];
const R89: &[ReqRule] = &[];
const E89: &[&str] = &[];
const K89: Option<&[&[&str]]> = None;
const C90: &[Component] = &[Component { cset: Cset::N, min: 13, max: 13, optional: false, linters: &[Linter::Csum, Linter::Gcppos1] }];
const R90: &[ReqRule] = &[];
const E90: &[&str] = &[];
const K90: Option<&[&[&str]]> = None;
const C91: &[Component] = &[Component { cset: Cset::N, min: 13, max: 13, optional: false, linters: &[Linter::Csum, Linter::Gcppos1] }];
const R91: &[ReqRule] = &[];
const E91: &[&str] = &[];
const K91: Option<&[&[&str]]> = None;
const C92: &[Component] = &[Component { cset: Cset::N, min: 13, max: 13, optional: false, linters: &[Linter::Csum, Linter::Gcppos1] }];
const R92: &[ReqRule] = &[];
const E92: &[&str] = &[];
const K92: Option<&[&[&str]]> = None;
const C93: &[Component] = &[Component { cset: Cset::N, min: 13, max: 13, optional: false, linters: &[Linter::Csum, Linter::Gcppos1] }];
const R93: &[ReqRule] = &[];
const E93: &[&str] = &[];
const K93: Option<&[&[&str]]> = Some(&[&["254"], &["7040"]]);
const C94: &[Component] = &[Component { cset: Cset::N, min: 13, max: 13, optional: false, linters: &[Linter::Csum, Linter::Gcppos1] }];
const R94: &[ReqRule] = &[ReqRule { text: "8020", groups: &[&["8020"]] }];
const E94: &[&str] = &[];
const K94: Option<&[&[&str]]> = Some(&[&["8020"]]);
const C95: &[Component] = &[Component { cset: Cset::N, min: 13, max: 13, optional: false, linters: &[Linter::Csum, Linter::Gcppos1] }];
const R95: &[ReqRule] = &[];
const E95: &[&str] = &[];
const K95: Option<&[&[&str]]> = None;
const C96: &[Component] = &[Component { cset: Cset::N, min: 13, max: 13, optional: false, linters: &[Linter::Csum, Linter::Gcppos1] }];
const R96: &[ReqRule] = &[];
const E96: &[&str] = &[];
const K96: Option<&[&[&str]]> = Some(&[&["7040"]]);
const C97: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R97: &[ReqRule] = &[];
const E97: &[&str] = &["421"];
const K97: Option<&[&[&str]]> = None;
const C98: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso3166] }, Component { cset: Cset::X, min: 1, max: 9, optional: false, linters: &[] }];
const R98: &[ReqRule] = &[];
const E98: &[&str] = &["4307"];
const K98: Option<&[&[&str]]> = None;
const C99: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso3166] }];
const R99: &[ReqRule] = &[ReqRule { text: "01,02,03,8006,8026", groups: &[&["01"], &["02"], &["03"], &["8006"], &["8026"]] }];
const E99: &[&str] = &["426"];
const K99: Option<&[&[&str]]> = None;
const C100: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso3166] }, Component { cset: Cset::N, min: 3, max: 3, optional: true, linters: &[Linter::Iso3166] }, Component { cset: Cset::N, min: 3, max: 3, optional: true, linters: &[Linter::Iso3166] }, Component { cset: Cset::N, min: 3, max: 3, optional: true, linters: &[Linter::Iso3166] }, Component { cset: Cset::N, min: 3, max: 3, optional: true, linters: &[Linter::Iso3166] }];
const R100: &[ReqRule] = &[ReqRule { text: "01,02,03", groups: &[&["01"], &["02"], &["03"]] }];
const E100: &[&str] = &["426"];
const K100: Option<&[&[&str]]> = None;
const C101: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso3166] }];
const R101: &[ReqRule] = &[ReqRule { text: "01,02,03", groups: &[&["01"], &["02"], &["03"]] }];
const E101: &[&str] = &["426"];
const K101: Option<&[&[&str]]> = None;
const C102: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso3166] }, Component { cset: Cset::N, min: 3, max: 3, optional: true, linters: &[Linter::Iso3166] }, Component { cset: Cset::N, min: 3, max: 3, optional: true, linters: &[Linter::Iso3166] }, Component { cset: Cset::N, min: 3, max: 3, optional: true, linters: &[Linter::Iso3166] }, Component { cset: Cset::N, min: 3, max: 3, optional: true, linters: &[Linter::Iso3166] }];
const R102: &[ReqRule] = &[ReqRule { text: "01,02,03", groups: &[&["01"], &["02"], &["03"]] }];
const E102: &[&str] = &["426"];
const K102: Option<&[&[&str]]> = None;
const C103: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso3166] }];
const R103: &[ReqRule] = &[ReqRule { text: "01,02,03", groups: &[&["01"], &["02"], &["03"]] }];
const E103: &[&str] = &[];
const K103: Option<&[&[&str]]> = None;
const C104: &[Component] = &[Component { cset: Cset::X, min: 1, max: 3, optional: false, linters: &[] }];
const R104: &[ReqRule] = &[ReqRule { text: "01+422,02+422,03+422", groups: &[&["01", "422"], &["02", "422"], &["03", "422"]] }];
const E104: &[&str] = &[];
const K104: Option<&[&[&str]]> = None;
const C105: &[Component] = &[Component { cset: Cset::X, min: 1, max: 35, optional: false, linters: &[Linter::Pcenc] }];
const R105: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E105: &[&str] = &[];
const K105: Option<&[&[&str]]> = None;
const C106: &[Component] = &[Component { cset: Cset::X, min: 1, max: 35, optional: false, linters: &[Linter::Pcenc] }];
const R106: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E106: &[&str] = &[];
const K106: Option<&[&[&str]]> = None;
const C107: &[Component] = &[Component { cset: Cset::X, min: 1, max: 70, optional: false, linters: &[Linter::Pcenc] }];
const R107: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E107: &[&str] = &[];
const K107: Option<&[&[&str]]> = None;
const C108: &[Component] = &[Component { cset: Cset::X, min: 1, max: 70, optional: false, linters: &[Linter::Pcenc] }];
const R108: &[ReqRule] = &[ReqRule { text: "4302", groups: &[&["4302"]] }];
const E108: &[&str] = &[];
const K108: Option<&[&[&str]]> = None;
const C109: &[Component] = &[Component { cset: Cset::X, min: 1, max: 70, optional: false, linters: &[Linter::Pcenc] }];
const R109: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E109: &[&str] = &[];
const K109: Option<&[&[&str]]> = None;
const C110: &[Component] = &[Component { cset: Cset::X, min: 1, max: 70, optional: false, linters: &[Linter::Pcenc] }];
const R110: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E110: &[&str] = &[];
const K110: Option<&[&[&str]]> = None;
const C111: &[Component] = &[Component { cset: Cset::X, min: 1, max: 70, optional: false, linters: &[Linter::Pcenc] }];
const R111: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E111: &[&str] = &[];
const K111: Option<&[&[&str]]> = None;
const C112: &[Component] = &[Component { cset: Cset::X, min: 2, max: 2, optional: false, linters: &[Linter::Iso3166alpha2] }];
const R112: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E112: &[&str] = &[];
const K112: Option<&[&[&str]]> = None;
const C113: &[Component] = &[Component { cset: Cset::X, min: 1, max: 30, optional: false, linters: &[] }];
const R113: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E113: &[&str] = &[];
const K113: Option<&[&[&str]]> = None;
const C114: &[Component] = &[Component { cset: Cset::N, min: 10, max: 10, optional: false, linters: &[Linter::Latitude] }, Component { cset: Cset::N, min: 10, max: 10, optional: false, linters: &[Linter::Longitude] }];
const R114: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E114: &[&str] = &[];
const K114: Option<&[&[&str]]> = None;
const C115: &[Component] = &[Component { cset: Cset::X, min: 1, max: 35, optional: false, linters: &[Linter::Pcenc] }];
const R115: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E115: &[&str] = &[];
const K115: Option<&[&[&str]]> = None;
const C116: &[Component] = &[Component { cset: Cset::X, min: 1, max: 35, optional: false, linters: &[Linter::Pcenc] }];
const R116: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E116: &[&str] = &[];
const K116: Option<&[&[&str]]> = None;
const C117: &[Component] = &[Component { cset: Cset::X, min: 1, max: 70, optional: false, linters: &[Linter::Pcenc] }];
const R117: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E117: &[&str] = &[];
const K117: Option<&[&[&str]]> = None;
const C118: &[Component] = &[Component { cset: Cset::X, min: 1, max: 70, optional: false, linters: &[Linter::Pcenc] }];
const R118: &[ReqRule] = &[ReqRule { text: "4312", groups: &[&["4312"]] }];
const E118: &[&str] = &[];
const K118: Option<&[&[&str]]> = None;
const C119: &[Component] = &[Component { cset: Cset::X, min: 1, max: 70, optional: false, linters: &[Linter::Pcenc] }];
const R119: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E119: &[&str] = &[];
const K119: Option<&[&[&str]]> = None;
const C120: &[Component] = &[Component { cset: Cset::X, min: 1, max: 70, optional: false, linters: &[Linter::Pcenc] }];
const R120: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E120: &[&str] = &[];
const K120: Option<&[&[&str]]> = None;
const C121: &[Component] = &[Component { cset: Cset::X, min: 1, max: 70, optional: false, linters: &[Linter::Pcenc] }];
const R121: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E121: &[&str] = &[];
const K121: Option<&[&[&str]]> = None;
const C122: &[Component] = &[Component { cset: Cset::X, min: 2, max: 2, optional: false, linters: &[Linter::Iso3166alpha2] }];
const R122: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E122: &[&str] = &[];
const K122: Option<&[&[&str]]> = None;
const C123: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R123: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E123: &[&str] = &[];
const K123: Option<&[&[&str]]> = None;
const C124: &[Component] = &[Component { cset: Cset::X, min: 1, max: 30, optional: false, linters: &[] }];
const R124: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E124: &[&str] = &[];
const K124: Option<&[&[&str]]> = None;
const C125: &[Component] = &[Component { cset: Cset::X, min: 1, max: 35, optional: false, linters: &[Linter::Pcenc] }];
const R125: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E125: &[&str] = &[];
const K125: Option<&[&[&str]]> = None;
const C126: &[Component] = &[Component { cset: Cset::N, min: 1, max: 1, optional: false, linters: &[Linter::Yesno] }];
const R126: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E126: &[&str] = &[];
const K126: Option<&[&[&str]]> = None;
const C127: &[Component] = &[Component { cset: Cset::N, min: 1, max: 1, optional: false, linters: &[Linter::Yesno] }];
const R127: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E127: &[&str] = &[];
const K127: Option<&[&[&str]]> = None;
const C128: &[Component] = &[Component { cset: Cset::N, min: 1, max: 1, optional: false, linters: &[Linter::Yesno] }];
const R128: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E128: &[&str] = &[];
const K128: Option<&[&[&str]]> = None;
const C129: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[Linter::Yymmd0] }, Component { cset: Cset::N, min: 4, max: 4, optional: false, linters: &[Linter::Hhmi] }];
const R129: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E129: &[&str] = &[];
const K129: Option<&[&[&str]]> = None;
const C130: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[Linter::Yymmd0] }, Component { cset: Cset::N, min: 4, max: 4, optional: false, linters: &[Linter::Hhmi] }];
const R130: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E130: &[&str] = &[];
const K130: Option<&[&[&str]]> = None;
const C131: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[Linter::Yymmdd] }];
const R131: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E131: &[&str] = &[];
const K131: Option<&[&[&str]]> = None;
const C132: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 1, optional: true, linters: &[Linter::Hyphen] }];
const R132: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E132: &[&str] = &["4331"];
const K132: Option<&[&[&str]]> = None;
const C133: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 1, optional: true, linters: &[Linter::Hyphen] }];
const R133: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E133: &[&str] = &["4330"];
const K133: Option<&[&[&str]]> = None;
const C134: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 1, optional: true, linters: &[Linter::Hyphen] }];
const R134: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E134: &[&str] = &["4333"];
const K134: Option<&[&[&str]]> = None;
const C135: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 1, optional: true, linters: &[Linter::Hyphen] }];
const R135: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E135: &[&str] = &["4332"];
const K135: Option<&[&[&str]]> = None;
const C136: &[Component] = &[Component { cset: Cset::N, min: 13, max: 13, optional: false, linters: &[] }];
const R136: &[ReqRule] = &[ReqRule { text: "01,02,8006,8026", groups: &[&["01"], &["02"], &["8006"], &["8026"]] }];
const E136: &[&str] = &[];
const K136: Option<&[&[&str]]> = None;
const C137: &[Component] = &[Component { cset: Cset::X, min: 1, max: 30, optional: false, linters: &[] }];
const R137: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E137: &[&str] = &[];
const K137: Option<&[&[&str]]> = None;
const C138: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[Linter::Yymmdd] }, Component { cset: Cset::N, min: 4, max: 4, optional: false, linters: &[Linter::Hhmi] }];
const R138: &[ReqRule] = &[ReqRule { text: "01,02,03", groups: &[&["01"], &["02"], &["03"]] }];
const E138: &[&str] = &[];
const K138: Option<&[&[&str]]> = None;
const C139: &[Component] = &[Component { cset: Cset::N, min: 1, max: 4, optional: false, linters: &[] }];
const R139: &[ReqRule] = &[ReqRule { text: "01+10,03+10", groups: &[&["01", "10"], &["03", "10"]] }];
const E139: &[&str] = &[];
const K139: Option<&[&[&str]]> = None;
const C140: &[Component] = &[Component { cset: Cset::X, min: 1, max: 12, optional: false, linters: &[] }];
const R140: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E140: &[&str] = &[];
const K140: Option<&[&[&str]]> = None;
const C141: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[Linter::Yymmdd] }];
const R141: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E141: &[&str] = &[];
const K141: Option<&[&[&str]]> = None;
const C142: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[Linter::Yymmdd] }, Component { cset: Cset::N, min: 6, max: 6, optional: true, linters: &[Linter::Yymmdd] }];
const R142: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E142: &[&str] = &[];
const K142: Option<&[&[&str]]> = None;
const C143: &[Component] = &[Component { cset: Cset::X, min: 1, max: 3, optional: false, linters: &[] }];
const R143: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E143: &[&str] = &[];
const K143: Option<&[&[&str]]> = None;
const C144: &[Component] = &[Component { cset: Cset::X, min: 1, max: 10, optional: false, linters: &[] }];
const R144: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E144: &[&str] = &[];
const K144: Option<&[&[&str]]> = None;
const C145: &[Component] = &[Component { cset: Cset::X, min: 1, max: 2, optional: false, linters: &[] }];
const R145: &[ReqRule] = &[ReqRule { text: "01,02,03", groups: &[&["01"], &["02"], &["03"]] }];
const E145: &[&str] = &[];
const K145: Option<&[&[&str]]> = None;
const C146: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[Linter::Yymmdd] }, Component { cset: Cset::N, min: 4, max: 4, optional: true, linters: &[Linter::Hhmi] }];
const R146: &[ReqRule] = &[ReqRule { text: "01,02,03", groups: &[&["01"], &["02"], &["03"]] }];
const E146: &[&str] = &[];
const K146: Option<&[&[&str]]> = None;
const C147: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R147: &[ReqRule] = &[ReqRule { text: "01+416,03+416,8006+416", groups: &[&["01", "416"], &["03", "416"], &["8006", "416"]] }];
const E147: &[&str] = &[];
const K147: Option<&[&[&str]]> = None;
const C148: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R148: &[ReqRule] = &[ReqRule { text: "01,03,8006", groups: &[&["01"], &["03"], &["8006"]] }];
const E148: &[&str] = &[];
const K148: Option<&[&[&str]]> = None;
const C149: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R149: &[ReqRule] = &[ReqRule { text: "01+7021,03+7021,8006+7021", groups: &[&["01", "7021"], &["03", "7021"], &["8006", "7021"]] }];
const E149: &[&str] = &[];
const K149: Option<&[&[&str]]> = None;
const C150: &[Component] = &[Component { cset: Cset::X, min: 1, max: 30, optional: false, linters: &[Linter::Gcppos1] }];
const R150: &[ReqRule] = &[];
const E150: &[&str] = &[];
const K150: Option<&[&[&str]]> = None;
const C151: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso3166999] }, Component { cset: Cset::X, min: 1, max: 27, optional: false, linters: &[] }];
const R151: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E151: &[&str] = &[];
const K151: Option<&[&[&str]]> = None;
const C152: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso3166999] }, Component { cset: Cset::X, min: 1, max: 27, optional: false, linters: &[] }];
const R152: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E152: &[&str] = &[];
const K152: Option<&[&[&str]]> = None;
const C153: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso3166999] }, Component { cset: Cset::X, min: 1, max: 27, optional: false, linters: &[] }];
const R153: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E153: &[&str] = &[];
const K153: Option<&[&[&str]]> = None;
const C154: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso3166999] }, Component { cset: Cset::X, min: 1, max: 27, optional: false, linters: &[] }];
const R154: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E154: &[&str] = &[];
const K154: Option<&[&[&str]]> = None;
const C155: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso3166999] }, Component { cset: Cset::X, min: 1, max: 27, optional: false, linters: &[] }];
const R155: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E155: &[&str] = &[];
const K155: Option<&[&[&str]]> = None;
const C156: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso3166999] }, Component { cset: Cset::X, min: 1, max: 27, optional: false, linters: &[] }];
const R156: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E156: &[&str] = &[];
const K156: Option<&[&[&str]]> = None;
const C157: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso3166999] }, Component { cset: Cset::X, min: 1, max: 27, optional: false, linters: &[] }];
const R157: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E157: &[&str] = &[];
const K157: Option<&[&[&str]]> = None;
const C158: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso3166999] }, Component { cset: Cset::X, min: 1, max: 27, optional: false, linters: &[] }];
const R158: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E158: &[&str] = &[];
const K158: Option<&[&[&str]]> = None;
const C159: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso3166999] }, Component { cset: Cset::X, min: 1, max: 27, optional: false, linters: &[] }];
const R159: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E159: &[&str] = &[];
const K159: Option<&[&[&str]]> = None;
const C160: &[Component] = &[Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Iso3166999] }, Component { cset: Cset::X, min: 1, max: 27, optional: false, linters: &[] }];
const R160: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E160: &[&str] = &[];
const K160: Option<&[&[&str]]> = None;
const C161: &[Component] = &[Component { cset: Cset::N, min: 1, max: 1, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 1, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 1, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 1, optional: false, linters: &[Linter::Importeridx] }];
const R161: &[ReqRule] = &[];
const E161: &[&str] = &[];
const K161: Option<&[&[&str]]> = None;
const C162: &[Component] = &[Component { cset: Cset::X, min: 1, max: 4, optional: false, linters: &[Linter::Packagetype] }];
const R162: &[ReqRule] = &[ReqRule { text: "00", groups: &[&["00"]] }];
const E162: &[&str] = &[];
const K162: Option<&[&[&str]]> = None;
const C163: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R163: &[ReqRule] = &[ReqRule { text: "01", groups: &[&["01"]] }];
const E163: &[&str] = &[];
const K163: Option<&[&[&str]]> = None;
const C164: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R164: &[ReqRule] = &[ReqRule { text: "01", groups: &[&["01"]] }];
const E164: &[&str] = &[];
const K164: Option<&[&[&str]]> = None;
const C165: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R165: &[ReqRule] = &[ReqRule { text: "01", groups: &[&["01"]] }];
const E165: &[&str] = &[];
const K165: Option<&[&[&str]]> = None;
const C166: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R166: &[ReqRule] = &[ReqRule { text: "01", groups: &[&["01"]] }];
const E166: &[&str] = &[];
const K166: Option<&[&[&str]]> = None;
const C167: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R167: &[ReqRule] = &[ReqRule { text: "01", groups: &[&["01"]] }];
const E167: &[&str] = &[];
const K167: Option<&[&[&str]]> = None;
const C168: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R168: &[ReqRule] = &[ReqRule { text: "01", groups: &[&["01"]] }];
const E168: &[&str] = &[];
const K168: Option<&[&[&str]]> = None;
const C169: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R169: &[ReqRule] = &[ReqRule { text: "01", groups: &[&["01"]] }];
const E169: &[&str] = &[];
const K169: Option<&[&[&str]]> = None;
const C170: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R170: &[ReqRule] = &[ReqRule { text: "01", groups: &[&["01"]] }];
const E170: &[&str] = &[];
const K170: Option<&[&[&str]]> = None;
const C171: &[Component] = &[Component { cset: Cset::X, min: 2, max: 2, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 28, optional: false, linters: &[] }];
const R171: &[ReqRule] = &[ReqRule { text: "01,8004", groups: &[&["01"], &["8004"]] }];
const E171: &[&str] = &[];
const K171: Option<&[&[&str]]> = None;
const C172: &[Component] = &[Component { cset: Cset::X, min: 2, max: 2, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 28, optional: false, linters: &[] }];
const R172: &[ReqRule] = &[ReqRule { text: "01,8004", groups: &[&["01"], &["8004"]] }];
const E172: &[&str] = &[];
const K172: Option<&[&[&str]]> = None;
const C173: &[Component] = &[Component { cset: Cset::X, min: 2, max: 2, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 28, optional: false, linters: &[] }];
const R173: &[ReqRule] = &[ReqRule { text: "01,8004", groups: &[&["01"], &["8004"]] }];
const E173: &[&str] = &[];
const K173: Option<&[&[&str]]> = None;
const C174: &[Component] = &[Component { cset: Cset::X, min: 2, max: 2, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 28, optional: false, linters: &[] }];
const R174: &[ReqRule] = &[ReqRule { text: "01,8004", groups: &[&["01"], &["8004"]] }];
const E174: &[&str] = &[];
const K174: Option<&[&[&str]]> = None;
const C175: &[Component] = &[Component { cset: Cset::X, min: 2, max: 2, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 28, optional: false, linters: &[] }];
const R175: &[ReqRule] = &[ReqRule { text: "01,8004", groups: &[&["01"], &["8004"]] }];
const E175: &[&str] = &[];
const K175: Option<&[&[&str]]> = None;
const C176: &[Component] = &[Component { cset: Cset::X, min: 2, max: 2, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 28, optional: false, linters: &[] }];
const R176: &[ReqRule] = &[ReqRule { text: "01,8004", groups: &[&["01"], &["8004"]] }];
const E176: &[&str] = &[];
const K176: Option<&[&[&str]]> = None;
const C177: &[Component] = &[Component { cset: Cset::X, min: 2, max: 2, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 28, optional: false, linters: &[] }];
const R177: &[ReqRule] = &[ReqRule { text: "01,8004", groups: &[&["01"], &["8004"]] }];
const E177: &[&str] = &[];
const K177: Option<&[&[&str]]> = None;
const C178: &[Component] = &[Component { cset: Cset::X, min: 2, max: 2, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 28, optional: false, linters: &[] }];
const R178: &[ReqRule] = &[ReqRule { text: "01,8004", groups: &[&["01"], &["8004"]] }];
const E178: &[&str] = &[];
const K178: Option<&[&[&str]]> = None;
const C179: &[Component] = &[Component { cset: Cset::X, min: 2, max: 2, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 28, optional: false, linters: &[] }];
const R179: &[ReqRule] = &[ReqRule { text: "01,8004", groups: &[&["01"], &["8004"]] }];
const E179: &[&str] = &[];
const K179: Option<&[&[&str]]> = None;
const C180: &[Component] = &[Component { cset: Cset::X, min: 2, max: 2, optional: false, linters: &[] }, Component { cset: Cset::X, min: 1, max: 28, optional: false, linters: &[] }];
const R180: &[ReqRule] = &[ReqRule { text: "01,8004", groups: &[&["01"], &["8004"]] }];
const E180: &[&str] = &[];
const K180: Option<&[&[&str]]> = None;
const C181: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R181: &[ReqRule] = &[ReqRule { text: "01,8006", groups: &[&["01"], &["8006"]] }];
const E181: &[&str] = &["03"];
const K181: Option<&[&[&str]]> = None;
const C182: &[Component] = &[Component { cset: Cset::N, min: 2, max: 2, optional: false, linters: &[Linter::Mediatype] }];
const R182: &[ReqRule] = &[ReqRule { text: "8017,8018", groups: &[&["8017"], &["8018"]] }];
const E182: &[&str] = &[];
const K182: Option<&[&[&str]]> = None;
const C183: &[Component] = &[Component { cset: Cset::X, min: 1, max: 25, optional: false, linters: &[] }];
const R183: &[ReqRule] = &[ReqRule { text: "8017,8018", groups: &[&["8017"], &["8018"]] }];
const E183: &[&str] = &[];
const K183: Option<&[&[&str]]> = None;
const C184: &[Component] = &[Component { cset: Cset::N, min: 8, max: 8, optional: false, linters: &[Linter::Yyyymmdd] }];
const R184: &[ReqRule] = &[ReqRule { text: "8018", groups: &[&["8018"]] }];
const E184: &[&str] = &["7251"];
const K184: Option<&[&[&str]]> = None;
const C185: &[Component] = &[Component { cset: Cset::N, min: 8, max: 8, optional: false, linters: &[Linter::Yyyymmdd] }, Component { cset: Cset::N, min: 4, max: 4, optional: false, linters: &[Linter::Hhmi] }];
const R185: &[ReqRule] = &[ReqRule { text: "8018", groups: &[&["8018"]] }];
const E185: &[&str] = &["7250"];
const K185: Option<&[&[&str]]> = None;
const C186: &[Component] = &[Component { cset: Cset::N, min: 1, max: 1, optional: false, linters: &[Linter::Iso5218] }];
const R186: &[ReqRule] = &[ReqRule { text: "8018", groups: &[&["8018"]] }];
const E186: &[&str] = &[];
const K186: Option<&[&[&str]]> = None;
const C187: &[Component] = &[Component { cset: Cset::X, min: 1, max: 40, optional: false, linters: &[Linter::Pcenc] }];
const R187: &[ReqRule] = &[ReqRule { text: "8017,8018", groups: &[&["8017"], &["8018"]] }];
const E187: &[&str] = &["7256", "7259"];
const K187: Option<&[&[&str]]> = None;
const C188: &[Component] = &[Component { cset: Cset::X, min: 1, max: 40, optional: false, linters: &[Linter::Pcenc] }];
const R188: &[ReqRule] = &[ReqRule { text: "8017,8018", groups: &[&["8017"], &["8018"]] }];
const E188: &[&str] = &["7256", "7259"];
const K188: Option<&[&[&str]]> = None;
const C189: &[Component] = &[Component { cset: Cset::X, min: 1, max: 10, optional: false, linters: &[] }];
const R189: &[ReqRule] = &[ReqRule { text: "8017,8018", groups: &[&["8017"], &["8018"]] }];
const E189: &[&str] = &["7256", "7259"];
const K189: Option<&[&[&str]]> = None;
const C190: &[Component] = &[Component { cset: Cset::X, min: 1, max: 90, optional: false, linters: &[Linter::Pcenc] }];
const R190: &[ReqRule] = &[ReqRule { text: "8017,8018", groups: &[&["8017"], &["8018"]] }];
const E190: &[&str] = &[];
const K190: Option<&[&[&str]]> = None;
const C191: &[Component] = &[Component { cset: Cset::X, min: 1, max: 70, optional: false, linters: &[Linter::Pcenc] }];
const R191: &[ReqRule] = &[ReqRule { text: "8018", groups: &[&["8018"]] }];
const E191: &[&str] = &[];
const K191: Option<&[&[&str]]> = None;
const C192: &[Component] = &[Component { cset: Cset::X, min: 3, max: 3, optional: false, linters: &[Linter::Posinseqslash] }];
const R192: &[ReqRule] = &[ReqRule { text: "8018+7259", groups: &[&["8018", "7259"]] }];
const E192: &[&str] = &[];
const K192: Option<&[&[&str]]> = None;
const C193: &[Component] = &[Component { cset: Cset::X, min: 1, max: 40, optional: false, linters: &[Linter::Pcenc] }];
const R193: &[ReqRule] = &[ReqRule { text: "8018", groups: &[&["8018"]] }];
const E193: &[&str] = &["7256"];
const K193: Option<&[&[&str]]> = None;
const C194: &[Component] = &[Component { cset: Cset::N, min: 4, max: 4, optional: false, linters: &[Linter::Nonzero] }, Component { cset: Cset::N, min: 5, max: 5, optional: false, linters: &[Linter::Nonzero] }, Component { cset: Cset::N, min: 3, max: 3, optional: false, linters: &[Linter::Nonzero] }, Component { cset: Cset::N, min: 1, max: 1, optional: false, linters: &[Linter::Winding] }, Component { cset: Cset::N, min: 1, max: 1, optional: false, linters: &[] }];
const R194: &[ReqRule] = &[ReqRule { text: "01", groups: &[&["01"]] }];
const E194: &[&str] = &[];
const K194: Option<&[&[&str]]> = None;
const C195: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R195: &[ReqRule] = &[];
const E195: &[&str] = &[];
const K195: Option<&[&[&str]]> = None;
const C196: &[Component] = &[Component { cset: Cset::N, min: 1, max: 1, optional: false, linters: &[Linter::Zero] }, Component { cset: Cset::N, min: 13, max: 13, optional: false, linters: &[Linter::Csum, Linter::Gcppos1] }, Component { cset: Cset::X, min: 1, max: 16, optional: true, linters: &[] }];
const R196: &[ReqRule] = &[];
const E196: &[&str] = &[];
const K196: Option<&[&[&str]]> = Some(&[]);
const C197: &[Component] = &[Component { cset: Cset::X, min: 1, max: 30, optional: false, linters: &[Linter::Gcppos1] }];
const R197: &[ReqRule] = &[];
const E197: &[&str] = &[];
const K197: Option<&[&[&str]]> = Some(&[&["7040"]]);
const C198: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[] }];
const R198: &[ReqRule] = &[ReqRule { text: "01,02", groups: &[&["01"], &["02"]] }];
const E198: &[&str] = &[];
const K198: Option<&[&[&str]]> = None;
const C199: &[Component] = &[Component { cset: Cset::N, min: 14, max: 14, optional: false, linters: &[Linter::Csum, Linter::Gcppos2] }, Component { cset: Cset::N, min: 4, max: 4, optional: false, linters: &[Linter::Pieceoftotal] }];
const R199: &[ReqRule] = &[];
const E199: &[&str] = &["01", "03", "37"];
const K199: Option<&[&[&str]]> = Some(&[&["22", "10", "21"]]);
const C200: &[Component] = &[Component { cset: Cset::X, min: 1, max: 34, optional: false, linters: &[Linter::Iban] }];
const R200: &[ReqRule] = &[ReqRule { text: "415", groups: &[&["415"]] }];
const E200: &[&str] = &[];
const K200: Option<&[&[&str]]> = None;
const C201: &[Component] = &[Component { cset: Cset::N, min: 6, max: 6, optional: false, linters: &[Linter::Yymmdd] }, Component { cset: Cset::N, min: 2, max: 2, optional: false, linters: &[Linter::Hh] }, Component { cset: Cset::N, min: 2, max: 2, optional: true, linters: &[Linter::Mi] }, Component { cset: Cset::N, min: 2, max: 2, optional: true, linters: &[Linter::Ss] }];
const R201: &[ReqRule] = &[ReqRule { text: "01,02,03", groups: &[&["01"], &["02"], &["03"]] }];
const E201: &[&str] = &[];
const K201: Option<&[&[&str]]> = None;
const C202: &[Component] = &[Component { cset: Cset::X, min: 1, max: 50, optional: false, linters: &[] }];
const R202: &[ReqRule] = &[ReqRule { text: "00,01,03", groups: &[&["00"], &["01"], &["03"]] }];
const E202: &[&str] = &[];
const K202: Option<&[&[&str]]> = None;
const C203: &[Component] = &[Component { cset: Cset::Y, min: 1, max: 30, optional: false, linters: &[Linter::Gcppos1] }];
const R203: &[ReqRule] = &[];
const E203: &[&str] = &[];
const K203: Option<&[&[&str]]> = Some(&[&["8011"]]);
const C204: &[Component] = &[Component { cset: Cset::N, min: 1, max: 12, optional: false, linters: &[Linter::Nozeroprefix] }];
const R204: &[ReqRule] = &[ReqRule { text: "8010", groups: &[&["8010"]] }];
const E204: &[&str] = &[];
const K204: Option<&[&[&str]]> = None;
const C205: &[Component] = &[Component { cset: Cset::X, min: 1, max: 20, optional: false, linters: &[] }];
const R205: &[ReqRule] = &[ReqRule { text: "01,03,8006", groups: &[&["01"], &["03"], &["8006"]] }];
const E205: &[&str] = &[];
const K205: Option<&[&[&str]]> = None;
const C206: &[Component] = &[Component { cset: Cset::X, min: 1, max: 25, optional: false, linters: &[Linter::Csumalpha, Linter::Gcppos1] }];
const R206: &[ReqRule] = &[];
const E206: &[&str] = &[];
const K206: Option<&[&[&str]]> = Some(&[]);
const C207: &[Component] = &[Component { cset: Cset::X, min: 1, max: 25, optional: false, linters: &[Linter::Csumalpha, Linter::Gcppos1, Linter::Hasnondigit] }];
const R207: &[ReqRule] = &[ReqRule { text: "01", groups: &[&["01"]] }];
const E207: &[&str] = &[];
const K207: Option<&[&[&str]]> = None;
const C208: &[Component] = &[Component { cset: Cset::N, min: 18, max: 18, optional: false, linters: &[Linter::Csum, Linter::Gcppos1] }];
const R208: &[ReqRule] = &[];
const E208: &[&str] = &["8018"];
const K208: Option<&[&[&str]]> = Some(&[&["8019"]]);
const C209: &[Component] = &[Component { cset: Cset::N, min: 18, max: 18, optional: false, linters: &[Linter::Csum, Linter::Gcppos1] }];
const R209: &[ReqRule] = &[];
const E209: &[&str] = &["8017"];
const K209: Option<&[&[&str]]> = Some(&[&["8019"]]);
const C210: &[Component] = &[Component { cset: Cset::N, min: 1, max: 10, optional: false, linters: &[] }];
const R210: &[ReqRule] = &[ReqRule { text: "8017,8018", groups: &[&["8017"], &["8018"]] }];
const E210: &[&str] = &[];
const K210: Option<&[&[&str]]> = None;
const C211: &[Component] = &[Component { cset: Cset::X, min: 1, max: 25, optional: false, linters: &[] }];
const R211: &[ReqRule] = &[ReqRule { text: "415", groups: &[&["415"]] }];
const E211: &[&str] = &[];
const K211: Option<&[&[&str]]> = None;
const C212: &[Component] = &[Component { cset: Cset::N, min: 14, max: 14, optional: false, linters: &[Linter::Csum, Linter::Gcppos2] }, Component { cset: Cset::N, min: 4, max: 4, optional: false, linters: &[Linter::Pieceoftotal] }];
const R212: &[ReqRule] = &[ReqRule { text: "37", groups: &[&["37"]] }];
const E212: &[&str] = &["02", "03", "8006"];
const K212: Option<&[&[&str]]> = None;
const C213: &[Component] = &[Component { cset: Cset::Z, min: 1, max: 90, optional: false, linters: &[] }];
const R213: &[ReqRule] = &[ReqRule { text: "00,01+21,03+21,253,255,8003,8004,8006+21,8010+8011,8017,8018", groups: &[&["00"], &["01", "21"], &["03", "21"], &["253"], &["255"], &["8003"], &["8004"], &["8006", "21"], &["8010", "8011"], &["8017"], &["8018"]] }];
const E213: &[&str] = &[];
const K213: Option<&[&[&str]]> = None;
const C214: &[Component] = &[Component { cset: Cset::N, min: 15, max: 15, optional: false, linters: &[] }];
const R214: &[ReqRule] = &[ReqRule { text: "01+21", groups: &[&["01", "21"]] }];
const E214: &[&str] = &[];
const K214: Option<&[&[&str]]> = None;
const C215: &[Component] = &[Component { cset: Cset::N, min: 15, max: 15, optional: false, linters: &[] }];
const R215: &[ReqRule] = &[ReqRule { text: "01+21+8040", groups: &[&["01", "21", "8040"]] }];
const E215: &[&str] = &[];
const K215: Option<&[&[&str]]> = None;
const C216: &[Component] = &[Component { cset: Cset::N, min: 32, max: 32, optional: false, linters: &[] }];
const R216: &[ReqRule] = &[ReqRule { text: "01+21+8040", groups: &[&["01", "21", "8040"]] }];
const E216: &[&str] = &[];
const K216: Option<&[&[&str]]> = None;
const C217: &[Component] = &[Component { cset: Cset::N, min: 18, max: 18, optional: false, linters: &[] }, Component { cset: Cset::N, min: 1, max: 2, optional: true, linters: &[] }];
const R217: &[ReqRule] = &[ReqRule { text: "01+21+8040", groups: &[&["01", "21", "8040"]] }];
const E217: &[&str] = &[];
const K217: Option<&[&[&str]]> = None;
const C218: &[Component] = &[Component { cset: Cset::X, min: 1, max: 70, optional: false, linters: &[Linter::Couponcode] }];
const R218: &[ReqRule] = &[];
const E218: &[&str] = &[];
const K218: Option<&[&[&str]]> = None;
const C219: &[Component] = &[Component { cset: Cset::N, min: 4, max: 4, optional: false, linters: &[] }];
const R219: &[ReqRule] = &[ReqRule { text: "255", groups: &[&["255"]] }];
const E219: &[&str] = &[];
const K219: Option<&[&[&str]]> = None;
const C220: &[Component] = &[Component { cset: Cset::X, min: 1, max: 70, optional: false, linters: &[Linter::Couponposoffer] }];
const R220: &[ReqRule] = &[];
const E220: &[&str] = &[];
const K220: Option<&[&[&str]]> = None;
const C221: &[Component] = &[Component { cset: Cset::X, min: 1, max: 70, optional: false, linters: &[] }];
const R221: &[ReqRule] = &[ReqRule { text: "01", groups: &[&["01"]] }];
const E221: &[&str] = &[];
const K221: Option<&[&[&str]]> = None;
const C222: &[Component] = &[Component { cset: Cset::X, min: 1, max: 30, optional: false, linters: &[] }];
const R222: &[ReqRule] = &[];
const E222: &[&str] = &[];
const K222: Option<&[&[&str]]> = None;
const C223: &[Component] = &[Component { cset: Cset::X, min: 1, max: 90, optional: false, linters: &[] }];
const R223: &[ReqRule] = &[];
const E223: &[&str] = &[];
const K223: Option<&[&[&str]]> = None;

/// Every AI, sorted by AI string.
pub static ENTRIES: [AiEntry; AI_COUNT] = ENTRY_LIST;

#[allow(clippy::large_const_arrays)]
pub(crate) const ENTRY_LIST: [AiEntry; AI_COUNT] = [
    AiEntry { ai: "00", fnc1_required: false, dl_data_attr: true, components: C0, min_len: 18, max_len: 18, req: R0, ex: E0, dl_pkey: K0, title: "SSCC" },
    AiEntry { ai: "01", fnc1_required: false, dl_data_attr: true, components: C1, min_len: 14, max_len: 14, req: R1, ex: E1, dl_pkey: K1, title: "GTIN" },
    AiEntry { ai: "02", fnc1_required: false, dl_data_attr: true, components: C2, min_len: 14, max_len: 14, req: R2, ex: E2, dl_pkey: K2, title: "CONTENT" },
    AiEntry { ai: "03", fnc1_required: false, dl_data_attr: false, components: C3, min_len: 14, max_len: 14, req: R3, ex: E3, dl_pkey: K3, title: "MTO GTIN" },
    AiEntry { ai: "10", fnc1_required: true, dl_data_attr: true, components: C4, min_len: 1, max_len: 20, req: R4, ex: E4, dl_pkey: K4, title: "BATCH/LOT" },
    AiEntry { ai: "11", fnc1_required: false, dl_data_attr: true, components: C5, min_len: 6, max_len: 6, req: R5, ex: E5, dl_pkey: K5, title: "PROD DATE" },
    AiEntry { ai: "12", fnc1_required: false, dl_data_attr: true, components: C6, min_len: 6, max_len: 6, req: R6, ex: E6, dl_pkey: K6, title: "DUE DATE" },
    AiEntry { ai: "13", fnc1_required: false, dl_data_attr: true, components: C7, min_len: 6, max_len: 6, req: R7, ex: E7, dl_pkey: K7, title: "PACK DATE" },
    AiEntry { ai: "15", fnc1_required: false, dl_data_attr: true, components: C8, min_len: 6, max_len: 6, req: R8, ex: E8, dl_pkey: K8, title: "BEST BEFORE or BEST BY" },
    AiEntry { ai: "16", fnc1_required: false, dl_data_attr: true, components: C9, min_len: 6, max_len: 6, req: R9, ex: E9, dl_pkey: K9, title: "SELL BY" },
    AiEntry { ai: "17", fnc1_required: false, dl_data_attr: true, components: C10, min_len: 6, max_len: 6, req: R10, ex: E10, dl_pkey: K10, title: "USE BY or EXPIRY" },
    AiEntry { ai: "20", fnc1_required: false, dl_data_attr: true, components: C11, min_len: 2, max_len: 2, req: R11, ex: E11, dl_pkey: K11, title: "VARIANT" },
    AiEntry { ai: "21", fnc1_required: true, dl_data_attr: false, components: C12, min_len: 1, max_len: 20, req: R12, ex: E12, dl_pkey: K12, title: "SERIAL" },
    AiEntry { ai: "22", fnc1_required: true, dl_data_attr: false, components: C13, min_len: 1, max_len: 20, req: R13, ex: E13, dl_pkey: K13, title: "CPV" },
    AiEntry { ai: "235", fnc1_required: true, dl_data_attr: false, components: C14, min_len: 1, max_len: 28, req: R14, ex: E14, dl_pkey: K14, title: "TPX" },
    AiEntry { ai: "240", fnc1_required: true, dl_data_attr: true, components: C15, min_len: 1, max_len: 30, req: R15, ex: E15, dl_pkey: K15, title: "ADDITIONAL ID" },
    AiEntry { ai: "241", fnc1_required: true, dl_data_attr: true, components: C16, min_len: 1, max_len: 30, req: R16, ex: E16, dl_pkey: K16, title: "CUST. PART No." },
    AiEntry { ai: "242", fnc1_required: true, dl_data_attr: true, components: C17, min_len: 1, max_len: 6, req: R17, ex: E17, dl_pkey: K17, title: "MTO VARIANT" },
    AiEntry { ai: "243", fnc1_required: true, dl_data_attr: true, components: C18, min_len: 1, max_len: 20, req: R18, ex: E18, dl_pkey: K18, title: "PCN" },
    AiEntry { ai: "250", fnc1_required: true, dl_data_attr: true, components: C19, min_len: 1, max_len: 30, req: R19, ex: E19, dl_pkey: K19, title: "SECONDARY SERIAL" },
    AiEntry { ai: "251", fnc1_required: true, dl_data_attr: true, components: C20, min_len: 1, max_len: 30, req: R20, ex: E20, dl_pkey: K20, title: "REF. TO SOURCE" },
    AiEntry { ai: "253", fnc1_required: true, dl_data_attr: true, components: C21, min_len: 13, max_len: 30, req: R21, ex: E21, dl_pkey: K21, title: "GDTI" },
    AiEntry { ai: "254", fnc1_required: true, dl_data_attr: false, components: C22, min_len: 1, max_len: 20, req: R22, ex: E22, dl_pkey: K22, title: "GLN EXTENSION COMPONENT" },
    AiEntry { ai: "255", fnc1_required: true, dl_data_attr: true, components: C23, min_len: 13, max_len: 25, req: R23, ex: E23, dl_pkey: K23, title: "GCN" },
    AiEntry { ai: "30", fnc1_required: true, dl_data_attr: true, components: C24, min_len: 1, max_len: 8, req: R24, ex: E24, dl_pkey: K24, title: "VAR. COUNT" },
    AiEntry { ai: "3100", fnc1_required: false, dl_data_attr: true, components: C25, min_len: 6, max_len: 6, req: R25, ex: E25, dl_pkey: K25, title: "NET WEIGHT (kg)" },
    AiEntry { ai: "3101", fnc1_required: false, dl_data_attr: true, components: C25, min_len: 6, max_len: 6, req: R25, ex: E25, dl_pkey: K25, title: "NET WEIGHT (kg)" },
    AiEntry { ai: "3102", fnc1_required: false, dl_data_attr: true, components: C25, min_len: 6, max_len: 6, req: R25, ex: E25, dl_pkey: K25, title: "NET WEIGHT (kg)" },
    AiEntry { ai: "3103", fnc1_required: false, dl_data_attr: true, components: C25, min_len: 6, max_len: 6, req: R25, ex: E25, dl_pkey: K25, title: "NET WEIGHT (kg)" },
    AiEntry { ai: "3104", fnc1_required: false, dl_data_attr: true, components: C25, min_len: 6, max_len: 6, req: R25, ex: E25, dl_pkey: K25, title: "NET WEIGHT (kg)" },
    AiEntry { ai: "3105", fnc1_required: false, dl_data_attr: true, components: C25, min_len: 6, max_len: 6, req: R25, ex: E25, dl_pkey: K25, title: "NET WEIGHT (kg)" },
    AiEntry { ai: "3110", fnc1_required: false, dl_data_attr: true, components: C26, min_len: 6, max_len: 6, req: R26, ex: E26, dl_pkey: K26, title: "LENGTH (m)" },
    AiEntry { ai: "3111", fnc1_required: false, dl_data_attr: true, components: C26, min_len: 6, max_len: 6, req: R26, ex: E26, dl_pkey: K26, title: "LENGTH (m)" },
    AiEntry { ai: "3112", fnc1_required: false, dl_data_attr: true, components: C26, min_len: 6, max_len: 6, req: R26, ex: E26, dl_pkey: K26, title: "LENGTH (m)" },
    AiEntry { ai: "3113", fnc1_required: false, dl_data_attr: true, components: C26, min_len: 6, max_len: 6, req: R26, ex: E26, dl_pkey: K26, title: "LENGTH (m)" },
    AiEntry { ai: "3114", fnc1_required: false, dl_data_attr: true, components: C26, min_len: 6, max_len: 6, req: R26, ex: E26, dl_pkey: K26, title: "LENGTH (m)" },
    AiEntry { ai: "3115", fnc1_required: false, dl_data_attr: true, components: C26, min_len: 6, max_len: 6, req: R26, ex: E26, dl_pkey: K26, title: "LENGTH (m)" },
    AiEntry { ai: "3120", fnc1_required: false, dl_data_attr: true, components: C27, min_len: 6, max_len: 6, req: R27, ex: E27, dl_pkey: K27, title: "WIDTH (m)" },
    AiEntry { ai: "3121", fnc1_required: false, dl_data_attr: true, components: C27, min_len: 6, max_len: 6, req: R27, ex: E27, dl_pkey: K27, title: "WIDTH (m)" },
    AiEntry { ai: "3122", fnc1_required: false, dl_data_attr: true, components: C27, min_len: 6, max_len: 6, req: R27, ex: E27, dl_pkey: K27, title: "WIDTH (m)" },
    AiEntry { ai: "3123", fnc1_required: false, dl_data_attr: true, components: C27, min_len: 6, max_len: 6, req: R27, ex: E27, dl_pkey: K27, title: "WIDTH (m)" },
    AiEntry { ai: "3124", fnc1_required: false, dl_data_attr: true, components: C27, min_len: 6, max_len: 6, req: R27, ex: E27, dl_pkey: K27, title: "WIDTH (m)" },
    AiEntry { ai: "3125", fnc1_required: false, dl_data_attr: true, components: C27, min_len: 6, max_len: 6, req: R27, ex: E27, dl_pkey: K27, title: "WIDTH (m)" },
    AiEntry { ai: "3130", fnc1_required: false, dl_data_attr: true, components: C28, min_len: 6, max_len: 6, req: R28, ex: E28, dl_pkey: K28, title: "HEIGHT (m)" },
    AiEntry { ai: "3131", fnc1_required: false, dl_data_attr: true, components: C28, min_len: 6, max_len: 6, req: R28, ex: E28, dl_pkey: K28, title: "HEIGHT (m)" },
    AiEntry { ai: "3132", fnc1_required: false, dl_data_attr: true, components: C28, min_len: 6, max_len: 6, req: R28, ex: E28, dl_pkey: K28, title: "HEIGHT (m)" },
    AiEntry { ai: "3133", fnc1_required: false, dl_data_attr: true, components: C28, min_len: 6, max_len: 6, req: R28, ex: E28, dl_pkey: K28, title: "HEIGHT (m)" },
    AiEntry { ai: "3134", fnc1_required: false, dl_data_attr: true, components: C28, min_len: 6, max_len: 6, req: R28, ex: E28, dl_pkey: K28, title: "HEIGHT (m)" },
    AiEntry { ai: "3135", fnc1_required: false, dl_data_attr: true, components: C28, min_len: 6, max_len: 6, req: R28, ex: E28, dl_pkey: K28, title: "HEIGHT (m)" },
    AiEntry { ai: "3140", fnc1_required: false, dl_data_attr: true, components: C29, min_len: 6, max_len: 6, req: R29, ex: E29, dl_pkey: K29, title: "AREA (m²)" },
    AiEntry { ai: "3141", fnc1_required: false, dl_data_attr: true, components: C29, min_len: 6, max_len: 6, req: R29, ex: E29, dl_pkey: K29, title: "AREA (m²)" },
    AiEntry { ai: "3142", fnc1_required: false, dl_data_attr: true, components: C29, min_len: 6, max_len: 6, req: R29, ex: E29, dl_pkey: K29, title: "AREA (m²)" },
    AiEntry { ai: "3143", fnc1_required: false, dl_data_attr: true, components: C29, min_len: 6, max_len: 6, req: R29, ex: E29, dl_pkey: K29, title: "AREA (m²)" },
    AiEntry { ai: "3144", fnc1_required: false, dl_data_attr: true, components: C29, min_len: 6, max_len: 6, req: R29, ex: E29, dl_pkey: K29, title: "AREA (m²)" },
    AiEntry { ai: "3145", fnc1_required: false, dl_data_attr: true, components: C29, min_len: 6, max_len: 6, req: R29, ex: E29, dl_pkey: K29, title: "AREA (m²)" },
    AiEntry { ai: "3150", fnc1_required: false, dl_data_attr: true, components: C30, min_len: 6, max_len: 6, req: R30, ex: E30, dl_pkey: K30, title: "NET VOLUME (l)" },
    AiEntry { ai: "3151", fnc1_required: false, dl_data_attr: true, components: C30, min_len: 6, max_len: 6, req: R30, ex: E30, dl_pkey: K30, title: "NET VOLUME (l)" },
    AiEntry { ai: "3152", fnc1_required: false, dl_data_attr: true, components: C30, min_len: 6, max_len: 6, req: R30, ex: E30, dl_pkey: K30, title: "NET VOLUME (l)" },
    AiEntry { ai: "3153", fnc1_required: false, dl_data_attr: true, components: C30, min_len: 6, max_len: 6, req: R30, ex: E30, dl_pkey: K30, title: "NET VOLUME (l)" },
    AiEntry { ai: "3154", fnc1_required: false, dl_data_attr: true, components: C30, min_len: 6, max_len: 6, req: R30, ex: E30, dl_pkey: K30, title: "NET VOLUME (l)" },
    AiEntry { ai: "3155", fnc1_required: false, dl_data_attr: true, components: C30, min_len: 6, max_len: 6, req: R30, ex: E30, dl_pkey: K30, title: "NET VOLUME (l)" },
    AiEntry { ai: "3160", fnc1_required: false, dl_data_attr: true, components: C31, min_len: 6, max_len: 6, req: R31, ex: E31, dl_pkey: K31, title: "NET VOLUME (m³)" },
    AiEntry { ai: "3161", fnc1_required: false, dl_data_attr: true, components: C31, min_len: 6, max_len: 6, req: R31, ex: E31, dl_pkey: K31, title: "NET VOLUME (m³)" },
    AiEntry { ai: "3162", fnc1_required: false, dl_data_attr: true, components: C31, min_len: 6, max_len: 6, req: R31, ex: E31, dl_pkey: K31, title: "NET VOLUME (m³)" },
    AiEntry { ai: "3163", fnc1_required: false, dl_data_attr: true, components: C31, min_len: 6, max_len: 6, req: R31, ex: E31, dl_pkey: K31, title: "NET VOLUME (m³)" },
    AiEntry { ai: "3164", fnc1_required: false, dl_data_attr: true, components: C31, min_len: 6, max_len: 6, req: R31, ex: E31, dl_pkey: K31, title: "NET VOLUME (m³)" },
    AiEntry { ai: "3165", fnc1_required: false, dl_data_attr: true, components: C31, min_len: 6, max_len: 6, req: R31, ex: E31, dl_pkey: K31, title: "NET VOLUME (m³)" },
    AiEntry { ai: "3200", fnc1_required: false, dl_data_attr: true, components: C32, min_len: 6, max_len: 6, req: R32, ex: E32, dl_pkey: K32, title: "NET WEIGHT (lb)" },
    AiEntry { ai: "3201", fnc1_required: false, dl_data_attr: true, components: C32, min_len: 6, max_len: 6, req: R32, ex: E32, dl_pkey: K32, title: "NET WEIGHT (lb)" },
    AiEntry { ai: "3202", fnc1_required: false, dl_data_attr: true, components: C32, min_len: 6, max_len: 6, req: R32, ex: E32, dl_pkey: K32, title: "NET WEIGHT (lb)" },
    AiEntry { ai: "3203", fnc1_required: false, dl_data_attr: true, components: C32, min_len: 6, max_len: 6, req: R32, ex: E32, dl_pkey: K32, title: "NET WEIGHT (lb)" },
    AiEntry { ai: "3204", fnc1_required: false, dl_data_attr: true, components: C32, min_len: 6, max_len: 6, req: R32, ex: E32, dl_pkey: K32, title: "NET WEIGHT (lb)" },
    AiEntry { ai: "3205", fnc1_required: false, dl_data_attr: true, components: C32, min_len: 6, max_len: 6, req: R32, ex: E32, dl_pkey: K32, title: "NET WEIGHT (lb)" },
    AiEntry { ai: "3210", fnc1_required: false, dl_data_attr: true, components: C33, min_len: 6, max_len: 6, req: R33, ex: E33, dl_pkey: K33, title: "LENGTH (in)" },
    AiEntry { ai: "3211", fnc1_required: false, dl_data_attr: true, components: C33, min_len: 6, max_len: 6, req: R33, ex: E33, dl_pkey: K33, title: "LENGTH (in)" },
    AiEntry { ai: "3212", fnc1_required: false, dl_data_attr: true, components: C33, min_len: 6, max_len: 6, req: R33, ex: E33, dl_pkey: K33, title: "LENGTH (in)" },
    AiEntry { ai: "3213", fnc1_required: false, dl_data_attr: true, components: C33, min_len: 6, max_len: 6, req: R33, ex: E33, dl_pkey: K33, title: "LENGTH (in)" },
    AiEntry { ai: "3214", fnc1_required: false, dl_data_attr: true, components: C33, min_len: 6, max_len: 6, req: R33, ex: E33, dl_pkey: K33, title: "LENGTH (in)" },
    AiEntry { ai: "3215", fnc1_required: false, dl_data_attr: true, components: C33, min_len: 6, max_len: 6, req: R33, ex: E33, dl_pkey: K33, title: "LENGTH (in)" },
    AiEntry { ai: "3220", fnc1_required: false, dl_data_attr: true, components: C34, min_len: 6, max_len: 6, req: R34, ex: E34, dl_pkey: K34, title: "LENGTH (ft)" },
    AiEntry { ai: "3221", fnc1_required: false, dl_data_attr: true, components: C34, min_len: 6, max_len: 6, req: R34, ex: E34, dl_pkey: K34, title: "LENGTH (ft)" },
    AiEntry { ai: "3222", fnc1_required: false, dl_data_attr: true, components: C34, min_len: 6, max_len: 6, req: R34, ex: E34, dl_pkey: K34, title: "LENGTH (ft)" },
    AiEntry { ai: "3223", fnc1_required: false, dl_data_attr: true, components: C34, min_len: 6, max_len: 6, req: R34, ex: E34, dl_pkey: K34, title: "LENGTH (ft)" },
    AiEntry { ai: "3224", fnc1_required: false, dl_data_attr: true, components: C34, min_len: 6, max_len: 6, req: R34, ex: E34, dl_pkey: K34, title: "LENGTH (ft)" },
    AiEntry { ai: "3225", fnc1_required: false, dl_data_attr: true, components: C34, min_len: 6, max_len: 6, req: R34, ex: E34, dl_pkey: K34, title: "LENGTH (ft)" },
    AiEntry { ai: "3230", fnc1_required: false, dl_data_attr: true, components: C35, min_len: 6, max_len: 6, req: R35, ex: E35, dl_pkey: K35, title: "LENGTH (yd)" },
    AiEntry { ai: "3231", fnc1_required: false, dl_data_attr: true, components: C35, min_len: 6, max_len: 6, req: R35, ex: E35, dl_pkey: K35, title: "LENGTH (yd)" },
    AiEntry { ai: "3232", fnc1_required: false, dl_data_attr: true, components: C35, min_len: 6, max_len: 6, req: R35, ex: E35, dl_pkey: K35, title: "LENGTH (yd)" },
    AiEntry { ai: "3233", fnc1_required: false, dl_data_attr: true, components: C35, min_len: 6, max_len: 6, req: R35, ex: E35, dl_pkey: K35, title: "LENGTH (yd)" },
    AiEntry { ai: "3234", fnc1_required: false, dl_data_attr: true, components: C35, min_len: 6, max_len: 6, req: R35, ex: E35, dl_pkey: K35, title: "LENGTH (yd)" },
    AiEntry { ai: "3235", fnc1_required: false, dl_data_attr: true, components: C35, min_len: 6, max_len: 6, req: R35, ex: E35, dl_pkey: K35, title: "LENGTH (yd)" },
    AiEntry { ai: "3240", fnc1_required: false, dl_data_attr: true, components: C36, min_len: 6, max_len: 6, req: R36, ex: E36, dl_pkey: K36, title: "WIDTH (in)" },
    AiEntry { ai: "3241", fnc1_required: false, dl_data_attr: true, components: C36, min_len: 6, max_len: 6, req: R36, ex: E36, dl_pkey: K36, title: "WIDTH (in)" },
    AiEntry { ai: "3242", fnc1_required: false, dl_data_attr: true, components: C36, min_len: 6, max_len: 6, req: R36, ex: E36, dl_pkey: K36, title: "WIDTH (in)" },
    AiEntry { ai: "3243", fnc1_required: false, dl_data_attr: true, components: C36, min_len: 6, max_len: 6, req: R36, ex: E36, dl_pkey: K36, title: "WIDTH (in)" },
    AiEntry { ai: "3244", fnc1_required: false, dl_data_attr: true, components: C36, min_len: 6, max_len: 6, req: R36, ex: E36, dl_pkey: K36, title: "WIDTH (in)" },
    AiEntry { ai: "3245", fnc1_required: false, dl_data_attr: true, components: C36, min_len: 6, max_len: 6, req: R36, ex: E36, dl_pkey: K36, title: "WIDTH (in)" },
    AiEntry { ai: "3250", fnc1_required: false, dl_data_attr: true, components: C37, min_len: 6, max_len: 6, req: R37, ex: E37, dl_pkey: K37, title: "WIDTH (ft)" },
    AiEntry { ai: "3251", fnc1_required: false, dl_data_attr: true, components: C37, min_len: 6, max_len: 6, req: R37, ex: E37, dl_pkey: K37, title: "WIDTH (ft)" },
    AiEntry { ai: "3252", fnc1_required: false, dl_data_attr: true, components: C37, min_len: 6, max_len: 6, req: R37, ex: E37, dl_pkey: K37, title: "WIDTH (ft)" },
    AiEntry { ai: "3253", fnc1_required: false, dl_data_attr: true, components: C37, min_len: 6, max_len: 6, req: R37, ex: E37, dl_pkey: K37, title: "WIDTH (ft)" },
    AiEntry { ai: "3254", fnc1_required: false, dl_data_attr: true, components: C37, min_len: 6, max_len: 6, req: R37, ex: E37, dl_pkey: K37, title: "WIDTH (ft)" },
    AiEntry { ai: "3255", fnc1_required: false, dl_data_attr: true, components: C37, min_len: 6, max_len: 6, req: R37, ex: E37, dl_pkey: K37, title: "WIDTH (ft)" },
    AiEntry { ai: "3260", fnc1_required: false, dl_data_attr: true, components: C38, min_len: 6, max_len: 6, req: R38, ex: E38, dl_pkey: K38, title: "WIDTH (yd)" },
    AiEntry { ai: "3261", fnc1_required: false, dl_data_attr: true, components: C38, min_len: 6, max_len: 6, req: R38, ex: E38, dl_pkey: K38, title: "WIDTH (yd)" },
    AiEntry { ai: "3262", fnc1_required: false, dl_data_attr: true, components: C38, min_len: 6, max_len: 6, req: R38, ex: E38, dl_pkey: K38, title: "WIDTH (yd)" },
    AiEntry { ai: "3263", fnc1_required: false, dl_data_attr: true, components: C38, min_len: 6, max_len: 6, req: R38, ex: E38, dl_pkey: K38, title: "WIDTH (yd)" },
    AiEntry { ai: "3264", fnc1_required: false, dl_data_attr: true, components: C38, min_len: 6, max_len: 6, req: R38, ex: E38, dl_pkey: K38, title: "WIDTH (yd)" },
    AiEntry { ai: "3265", fnc1_required: false, dl_data_attr: true, components: C38, min_len: 6, max_len: 6, req: R38, ex: E38, dl_pkey: K38, title: "WIDTH (yd)" },
    AiEntry { ai: "3270", fnc1_required: false, dl_data_attr: true, components: C39, min_len: 6, max_len: 6, req: R39, ex: E39, dl_pkey: K39, title: "HEIGHT (in)" },
    AiEntry { ai: "3271", fnc1_required: false, dl_data_attr: true, components: C39, min_len: 6, max_len: 6, req: R39, ex: E39, dl_pkey: K39, title: "HEIGHT (in)" },
    AiEntry { ai: "3272", fnc1_required: false, dl_data_attr: true, components: C39, min_len: 6, max_len: 6, req: R39, ex: E39, dl_pkey: K39, title: "HEIGHT (in)" },
    AiEntry { ai: "3273", fnc1_required: false, dl_data_attr: true, components: C39, min_len: 6, max_len: 6, req: R39, ex: E39, dl_pkey: K39, title: "HEIGHT (in)" },
    AiEntry { ai: "3274", fnc1_required: false, dl_data_attr: true, components: C39, min_len: 6, max_len: 6, req: R39, ex: E39, dl_pkey: K39, title: "HEIGHT (in)" },
    AiEntry { ai: "3275", fnc1_required: false, dl_data_attr: true, components: C39, min_len: 6, max_len: 6, req: R39, ex: E39, dl_pkey: K39, title: "HEIGHT (in)" },
    AiEntry { ai: "3280", fnc1_required: false, dl_data_attr: true, components: C40, min_len: 6, max_len: 6, req: R40, ex: E40, dl_pkey: K40, title: "HEIGHT (ft)" },
    AiEntry { ai: "3281", fnc1_required: false, dl_data_attr: true, components: C40, min_len: 6, max_len: 6, req: R40, ex: E40, dl_pkey: K40, title: "HEIGHT (ft)" },
    AiEntry { ai: "3282", fnc1_required: false, dl_data_attr: true, components: C40, min_len: 6, max_len: 6, req: R40, ex: E40, dl_pkey: K40, title: "HEIGHT (ft)" },
    AiEntry { ai: "3283", fnc1_required: false, dl_data_attr: true, components: C40, min_len: 6, max_len: 6, req: R40, ex: E40, dl_pkey: K40, title: "HEIGHT (ft)" },
    AiEntry { ai: "3284", fnc1_required: false, dl_data_attr: true, components: C40, min_len: 6, max_len: 6, req: R40, ex: E40, dl_pkey: K40, title: "HEIGHT (ft)" },
    AiEntry { ai: "3285", fnc1_required: false, dl_data_attr: true, components: C40, min_len: 6, max_len: 6, req: R40, ex: E40, dl_pkey: K40, title: "HEIGHT (ft)" },
    AiEntry { ai: "3290", fnc1_required: false, dl_data_attr: true, components: C41, min_len: 6, max_len: 6, req: R41, ex: E41, dl_pkey: K41, title: "HEIGHT (yd)" },
    AiEntry { ai: "3291", fnc1_required: false, dl_data_attr: true, components: C41, min_len: 6, max_len: 6, req: R41, ex: E41, dl_pkey: K41, title: "HEIGHT (yd)" },
    AiEntry { ai: "3292", fnc1_required: false, dl_data_attr: true, components: C41, min_len: 6, max_len: 6, req: R41, ex: E41, dl_pkey: K41, title: "HEIGHT (yd)" },
    AiEntry { ai: "3293", fnc1_required: false, dl_data_attr: true, components: C41, min_len: 6, max_len: 6, req: R41, ex: E41, dl_pkey: K41, title: "HEIGHT (yd)" },
    AiEntry { ai: "3294", fnc1_required: false, dl_data_attr: true, components: C41, min_len: 6, max_len: 6, req: R41, ex: E41, dl_pkey: K41, title: "HEIGHT (yd)" },
    AiEntry { ai: "3295", fnc1_required: false, dl_data_attr: true, components: C41, min_len: 6, max_len: 6, req: R41, ex: E41, dl_pkey: K41, title: "HEIGHT (yd)" },
    AiEntry { ai: "3300", fnc1_required: false, dl_data_attr: true, components: C42, min_len: 6, max_len: 6, req: R42, ex: E42, dl_pkey: K42, title: "GROSS WEIGHT (kg)" },
    AiEntry { ai: "3301", fnc1_required: false, dl_data_attr: true, components: C42, min_len: 6, max_len: 6, req: R42, ex: E42, dl_pkey: K42, title: "GROSS WEIGHT (kg)" },
    AiEntry { ai: "3302", fnc1_required: false, dl_data_attr: true, components: C42, min_len: 6, max_len: 6, req: R42, ex: E42, dl_pkey: K42, title: "GROSS WEIGHT (kg)" },
    AiEntry { ai: "3303", fnc1_required: false, dl_data_attr: true, components: C42, min_len: 6, max_len: 6, req: R42, ex: E42, dl_pkey: K42, title: "GROSS WEIGHT (kg)" },
    AiEntry { ai: "3304", fnc1_required: false, dl_data_attr: true, components: C42, min_len: 6, max_len: 6, req: R42, ex: E42, dl_pkey: K42, title: "GROSS WEIGHT (kg)" },
    AiEntry { ai: "3305", fnc1_required: false, dl_data_attr: true, components: C42, min_len: 6, max_len: 6, req: R42, ex: E42, dl_pkey: K42, title: "GROSS WEIGHT (kg)" },
    AiEntry { ai: "3310", fnc1_required: false, dl_data_attr: true, components: C43, min_len: 6, max_len: 6, req: R43, ex: E43, dl_pkey: K43, title: "LENGTH (m), log" },
    AiEntry { ai: "3311", fnc1_required: false, dl_data_attr: true, components: C43, min_len: 6, max_len: 6, req: R43, ex: E43, dl_pkey: K43, title: "LENGTH (m), log" },
    AiEntry { ai: "3312", fnc1_required: false, dl_data_attr: true, components: C43, min_len: 6, max_len: 6, req: R43, ex: E43, dl_pkey: K43, title: "LENGTH (m), log" },
    AiEntry { ai: "3313", fnc1_required: false, dl_data_attr: true, components: C43, min_len: 6, max_len: 6, req: R43, ex: E43, dl_pkey: K43, title: "LENGTH (m), log" },
    AiEntry { ai: "3314", fnc1_required: false, dl_data_attr: true, components: C43, min_len: 6, max_len: 6, req: R43, ex: E43, dl_pkey: K43, title: "LENGTH (m), log" },
    AiEntry { ai: "3315", fnc1_required: false, dl_data_attr: true, components: C43, min_len: 6, max_len: 6, req: R43, ex: E43, dl_pkey: K43, title: "LENGTH (m), log" },
    AiEntry { ai: "3320", fnc1_required: false, dl_data_attr: true, components: C44, min_len: 6, max_len: 6, req: R44, ex: E44, dl_pkey: K44, title: "WIDTH (m), log" },
    AiEntry { ai: "3321", fnc1_required: false, dl_data_attr: true, components: C44, min_len: 6, max_len: 6, req: R44, ex: E44, dl_pkey: K44, title: "WIDTH (m), log" },
    AiEntry { ai: "3322", fnc1_required: false, dl_data_attr: true, components: C44, min_len: 6, max_len: 6, req: R44, ex: E44, dl_pkey: K44, title: "WIDTH (m), log" },
    AiEntry { ai: "3323", fnc1_required: false, dl_data_attr: true, components: C44, min_len: 6, max_len: 6, req: R44, ex: E44, dl_pkey: K44, title: "WIDTH (m), log" },
    AiEntry { ai: "3324", fnc1_required: false, dl_data_attr: true, components: C44, min_len: 6, max_len: 6, req: R44, ex: E44, dl_pkey: K44, title: "WIDTH (m), log" },
    AiEntry { ai: "3325", fnc1_required: false, dl_data_attr: true, components: C44, min_len: 6, max_len: 6, req: R44, ex: E44, dl_pkey: K44, title: "WIDTH (m), log" },
    AiEntry { ai: "3330", fnc1_required: false, dl_data_attr: true, components: C45, min_len: 6, max_len: 6, req: R45, ex: E45, dl_pkey: K45, title: "HEIGHT (m), log" },
    AiEntry { ai: "3331", fnc1_required: false, dl_data_attr: true, components: C45, min_len: 6, max_len: 6, req: R45, ex: E45, dl_pkey: K45, title: "HEIGHT (m), log" },
    AiEntry { ai: "3332", fnc1_required: false, dl_data_attr: true, components: C45, min_len: 6, max_len: 6, req: R45, ex: E45, dl_pkey: K45, title: "HEIGHT (m), log" },
    AiEntry { ai: "3333", fnc1_required: false, dl_data_attr: true, components: C45, min_len: 6, max_len: 6, req: R45, ex: E45, dl_pkey: K45, title: "HEIGHT (m), log" },
    AiEntry { ai: "3334", fnc1_required: false, dl_data_attr: true, components: C45, min_len: 6, max_len: 6, req: R45, ex: E45, dl_pkey: K45, title: "HEIGHT (m), log" },
    AiEntry { ai: "3335", fnc1_required: false, dl_data_attr: true, components: C45, min_len: 6, max_len: 6, req: R45, ex: E45, dl_pkey: K45, title: "HEIGHT (m), log" },
    AiEntry { ai: "3340", fnc1_required: false, dl_data_attr: true, components: C46, min_len: 6, max_len: 6, req: R46, ex: E46, dl_pkey: K46, title: "AREA (m²), log" },
    AiEntry { ai: "3341", fnc1_required: false, dl_data_attr: true, components: C46, min_len: 6, max_len: 6, req: R46, ex: E46, dl_pkey: K46, title: "AREA (m²), log" },
    AiEntry { ai: "3342", fnc1_required: false, dl_data_attr: true, components: C46, min_len: 6, max_len: 6, req: R46, ex: E46, dl_pkey: K46, title: "AREA (m²), log" },
    AiEntry { ai: "3343", fnc1_required: false, dl_data_attr: true, components: C46, min_len: 6, max_len: 6, req: R46, ex: E46, dl_pkey: K46, title: "AREA (m²), log" },
    AiEntry { ai: "3344", fnc1_required: false, dl_data_attr: true, components: C46, min_len: 6, max_len: 6, req: R46, ex: E46, dl_pkey: K46, title: "AREA (m²), log" },
    AiEntry { ai: "3345", fnc1_required: false, dl_data_attr: true, components: C46, min_len: 6, max_len: 6, req: R46, ex: E46, dl_pkey: K46, title: "AREA (m²), log" },
    AiEntry { ai: "3350", fnc1_required: false, dl_data_attr: true, components: C47, min_len: 6, max_len: 6, req: R47, ex: E47, dl_pkey: K47, title: "VOLUME (l), log" },
    AiEntry { ai: "3351", fnc1_required: false, dl_data_attr: true, components: C47, min_len: 6, max_len: 6, req: R47, ex: E47, dl_pkey: K47, title: "VOLUME (l), log" },
    AiEntry { ai: "3352", fnc1_required: false, dl_data_attr: true, components: C47, min_len: 6, max_len: 6, req: R47, ex: E47, dl_pkey: K47, title: "VOLUME (l), log" },
    AiEntry { ai: "3353", fnc1_required: false, dl_data_attr: true, components: C47, min_len: 6, max_len: 6, req: R47, ex: E47, dl_pkey: K47, title: "VOLUME (l), log" },
    AiEntry { ai: "3354", fnc1_required: false, dl_data_attr: true, components: C47, min_len: 6, max_len: 6, req: R47, ex: E47, dl_pkey: K47, title: "VOLUME (l), log" },
    AiEntry { ai: "3355", fnc1_required: false, dl_data_attr: true, components: C47, min_len: 6, max_len: 6, req: R47, ex: E47, dl_pkey: K47, title: "VOLUME (l), log" },
    AiEntry { ai: "3360", fnc1_required: false, dl_data_attr: true, components: C48, min_len: 6, max_len: 6, req: R48, ex: E48, dl_pkey: K48, title: "VOLUME (m³), log" },
    AiEntry { ai: "3361", fnc1_required: false, dl_data_attr: true, components: C48, min_len: 6, max_len: 6, req: R48, ex: E48, dl_pkey: K48, title: "VOLUME (m³), log" },
    AiEntry { ai: "3362", fnc1_required: false, dl_data_attr: true, components: C48, min_len: 6, max_len: 6, req: R48, ex: E48, dl_pkey: K48, title: "VOLUME (m³), log" },
    AiEntry { ai: "3363", fnc1_required: false, dl_data_attr: true, components: C48, min_len: 6, max_len: 6, req: R48, ex: E48, dl_pkey: K48, title: "VOLUME (m³), log" },
    AiEntry { ai: "3364", fnc1_required: false, dl_data_attr: true, components: C48, min_len: 6, max_len: 6, req: R48, ex: E48, dl_pkey: K48, title: "VOLUME (m³), log" },
    AiEntry { ai: "3365", fnc1_required: false, dl_data_attr: true, components: C48, min_len: 6, max_len: 6, req: R48, ex: E48, dl_pkey: K48, title: "VOLUME (m³), log" },
    AiEntry { ai: "3370", fnc1_required: false, dl_data_attr: true, components: C49, min_len: 6, max_len: 6, req: R49, ex: E49, dl_pkey: K49, title: "KG PER m²" },
    AiEntry { ai: "3371", fnc1_required: false, dl_data_attr: true, components: C49, min_len: 6, max_len: 6, req: R49, ex: E49, dl_pkey: K49, title: "KG PER m²" },
    AiEntry { ai: "3372", fnc1_required: false, dl_data_attr: true, components: C49, min_len: 6, max_len: 6, req: R49, ex: E49, dl_pkey: K49, title: "KG PER m²" },
    AiEntry { ai: "3373", fnc1_required: false, dl_data_attr: true, components: C49, min_len: 6, max_len: 6, req: R49, ex: E49, dl_pkey: K49, title: "KG PER m²" },
    AiEntry { ai: "3374", fnc1_required: false, dl_data_attr: true, components: C49, min_len: 6, max_len: 6, req: R49, ex: E49, dl_pkey: K49, title: "KG PER m²" },
    AiEntry { ai: "3375", fnc1_required: false, dl_data_attr: true, components: C49, min_len: 6, max_len: 6, req: R49, ex: E49, dl_pkey: K49, title: "KG PER m²" },
    AiEntry { ai: "3400", fnc1_required: false, dl_data_attr: true, components: C50, min_len: 6, max_len: 6, req: R50, ex: E50, dl_pkey: K50, title: "GROSS WEIGHT (lb)" },
    AiEntry { ai: "3401", fnc1_required: false, dl_data_attr: true, components: C50, min_len: 6, max_len: 6, req: R50, ex: E50, dl_pkey: K50, title: "GROSS WEIGHT (lb)" },
    AiEntry { ai: "3402", fnc1_required: false, dl_data_attr: true, components: C50, min_len: 6, max_len: 6, req: R50, ex: E50, dl_pkey: K50, title: "GROSS WEIGHT (lb)" },
    AiEntry { ai: "3403", fnc1_required: false, dl_data_attr: true, components: C50, min_len: 6, max_len: 6, req: R50, ex: E50, dl_pkey: K50, title: "GROSS WEIGHT (lb)" },
    AiEntry { ai: "3404", fnc1_required: false, dl_data_attr: true, components: C50, min_len: 6, max_len: 6, req: R50, ex: E50, dl_pkey: K50, title: "GROSS WEIGHT (lb)" },
    AiEntry { ai: "3405", fnc1_required: false, dl_data_attr: true, components: C50, min_len: 6, max_len: 6, req: R50, ex: E50, dl_pkey: K50, title: "GROSS WEIGHT (lb)" },
    AiEntry { ai: "3410", fnc1_required: false, dl_data_attr: true, components: C51, min_len: 6, max_len: 6, req: R51, ex: E51, dl_pkey: K51, title: "LENGTH (in), log" },
    AiEntry { ai: "3411", fnc1_required: false, dl_data_attr: true, components: C51, min_len: 6, max_len: 6, req: R51, ex: E51, dl_pkey: K51, title: "LENGTH (in), log" },
    AiEntry { ai: "3412", fnc1_required: false, dl_data_attr: true, components: C51, min_len: 6, max_len: 6, req: R51, ex: E51, dl_pkey: K51, title: "LENGTH (in), log" },
    AiEntry { ai: "3413", fnc1_required: false, dl_data_attr: true, components: C51, min_len: 6, max_len: 6, req: R51, ex: E51, dl_pkey: K51, title: "LENGTH (in), log" },
    AiEntry { ai: "3414", fnc1_required: false, dl_data_attr: true, components: C51, min_len: 6, max_len: 6, req: R51, ex: E51, dl_pkey: K51, title: "LENGTH (in), log" },
    AiEntry { ai: "3415", fnc1_required: false, dl_data_attr: true, components: C51, min_len: 6, max_len: 6, req: R51, ex: E51, dl_pkey: K51, title: "LENGTH (in), log" },
    AiEntry { ai: "3420", fnc1_required: false, dl_data_attr: true, components: C52, min_len: 6, max_len: 6, req: R52, ex: E52, dl_pkey: K52, title: "LENGTH (ft), log" },
    AiEntry { ai: "3421", fnc1_required: false, dl_data_attr: true, components: C52, min_len: 6, max_len: 6, req: R52, ex: E52, dl_pkey: K52, title: "LENGTH (ft), log" },
    AiEntry { ai: "3422", fnc1_required: false, dl_data_attr: true, components: C52, min_len: 6, max_len: 6, req: R52, ex: E52, dl_pkey: K52, title: "LENGTH (ft), log" },
    AiEntry { ai: "3423", fnc1_required: false, dl_data_attr: true, components: C52, min_len: 6, max_len: 6, req: R52, ex: E52, dl_pkey: K52, title: "LENGTH (ft), log" },
    AiEntry { ai: "3424", fnc1_required: false, dl_data_attr: true, components: C52, min_len: 6, max_len: 6, req: R52, ex: E52, dl_pkey: K52, title: "LENGTH (ft), log" },
    AiEntry { ai: "3425", fnc1_required: false, dl_data_attr: true, components: C52, min_len: 6, max_len: 6, req: R52, ex: E52, dl_pkey: K52, title: "LENGTH (ft), log" },
    AiEntry { ai: "3430", fnc1_required: false, dl_data_attr: true, components: C53, min_len: 6, max_len: 6, req: R53, ex: E53, dl_pkey: K53, title: "LENGTH (yd), log" },
    AiEntry { ai: "3431", fnc1_required: false, dl_data_attr: true, components: C53, min_len: 6, max_len: 6, req: R53, ex: E53, dl_pkey: K53, title: "LENGTH (yd), log" },
    AiEntry { ai: "3432", fnc1_required: false, dl_data_attr: true, components: C53, min_len: 6, max_len: 6, req: R53, ex: E53, dl_pkey: K53, title: "LENGTH (yd), log" },
    AiEntry { ai: "3433", fnc1_required: false, dl_data_attr: true, components: C53, min_len: 6, max_len: 6, req: R53, ex: E53, dl_pkey: K53, title: "LENGTH (yd), log" },
    AiEntry { ai: "3434", fnc1_required: false, dl_data_attr: true, components: C53, min_len: 6, max_len: 6, req: R53, ex: E53, dl_pkey: K53, title: "LENGTH (yd), log" },
    AiEntry { ai: "3435", fnc1_required: false, dl_data_attr: true, components: C53, min_len: 6, max_len: 6, req: R53, ex: E53, dl_pkey: K53, title: "LENGTH (yd), log" },
    AiEntry { ai: "3440", fnc1_required: false, dl_data_attr: true, components: C54, min_len: 6, max_len: 6, req: R54, ex: E54, dl_pkey: K54, title: "WIDTH (in), log" },
    AiEntry { ai: "3441", fnc1_required: false, dl_data_attr: true, components: C54, min_len: 6, max_len: 6, req: R54, ex: E54, dl_pkey: K54, title: "WIDTH (in), log" },
    AiEntry { ai: "3442", fnc1_required: false, dl_data_attr: true, components: C54, min_len: 6, max_len: 6, req: R54, ex: E54, dl_pkey: K54, title: "WIDTH (in), log" },
    AiEntry { ai: "3443", fnc1_required: false, dl_data_attr: true, components: C54, min_len: 6, max_len: 6, req: R54, ex: E54, dl_pkey: K54, title: "WIDTH (in), log" },
    AiEntry { ai: "3444", fnc1_required: false, dl_data_attr: true, components: C54, min_len: 6, max_len: 6, req: R54, ex: E54, dl_pkey: K54, title: "WIDTH (in), log" },
    AiEntry { ai: "3445", fnc1_required: false, dl_data_attr: true, components: C54, min_len: 6, max_len: 6, req: R54, ex: E54, dl_pkey: K54, title: "WIDTH (in), log" },
    AiEntry { ai: "3450", fnc1_required: false, dl_data_attr: true, components: C55, min_len: 6, max_len: 6, req: R55, ex: E55, dl_pkey: K55, title: "WIDTH (ft), log" },
    AiEntry { ai: "3451", fnc1_required: false, dl_data_attr: true, components: C55, min_len: 6, max_len: 6, req: R55, ex: E55, dl_pkey: K55, title: "WIDTH (ft), log" },
    AiEntry { ai: "3452", fnc1_required: false, dl_data_attr: true, components: C55, min_len: 6, max_len: 6, req: R55, ex: E55, dl_pkey: K55, title: "WIDTH (ft), log" },
    AiEntry { ai: "3453", fnc1_required: false, dl_data_attr: true, components: C55, min_len: 6, max_len: 6, req: R55, ex: E55, dl_pkey: K55, title: "WIDTH (ft), log" },
    AiEntry { ai: "3454", fnc1_required: false, dl_data_attr: true, components: C55, min_len: 6, max_len: 6, req: R55, ex: E55, dl_pkey: K55, title: "WIDTH (ft), log" },
    AiEntry { ai: "3455", fnc1_required: false, dl_data_attr: true, components: C55, min_len: 6, max_len: 6, req: R55, ex: E55, dl_pkey: K55, title: "WIDTH (ft), log" },
    AiEntry { ai: "3460", fnc1_required: false, dl_data_attr: true, components: C56, min_len: 6, max_len: 6, req: R56, ex: E56, dl_pkey: K56, title: "WIDTH (yd), log" },
    AiEntry { ai: "3461", fnc1_required: false, dl_data_attr: true, components: C56, min_len: 6, max_len: 6, req: R56, ex: E56, dl_pkey: K56, title: "WIDTH (yd), log" },
    AiEntry { ai: "3462", fnc1_required: false, dl_data_attr: true, components: C56, min_len: 6, max_len: 6, req: R56, ex: E56, dl_pkey: K56, title: "WIDTH (yd), log" },
    AiEntry { ai: "3463", fnc1_required: false, dl_data_attr: true, components: C56, min_len: 6, max_len: 6, req: R56, ex: E56, dl_pkey: K56, title: "WIDTH (yd), log" },
    AiEntry { ai: "3464", fnc1_required: false, dl_data_attr: true, components: C56, min_len: 6, max_len: 6, req: R56, ex: E56, dl_pkey: K56, title: "WIDTH (yd), log" },
    AiEntry { ai: "3465", fnc1_required: false, dl_data_attr: true, components: C56, min_len: 6, max_len: 6, req: R56, ex: E56, dl_pkey: K56, title: "WIDTH (yd), log" },
    AiEntry { ai: "3470", fnc1_required: false, dl_data_attr: true, components: C57, min_len: 6, max_len: 6, req: R57, ex: E57, dl_pkey: K57, title: "HEIGHT (in), log" },
    AiEntry { ai: "3471", fnc1_required: false, dl_data_attr: true, components: C57, min_len: 6, max_len: 6, req: R57, ex: E57, dl_pkey: K57, title: "HEIGHT (in), log" },
    AiEntry { ai: "3472", fnc1_required: false, dl_data_attr: true, components: C57, min_len: 6, max_len: 6, req: R57, ex: E57, dl_pkey: K57, title: "HEIGHT (in), log" },
    AiEntry { ai: "3473", fnc1_required: false, dl_data_attr: true, components: C57, min_len: 6, max_len: 6, req: R57, ex: E57, dl_pkey: K57, title: "HEIGHT (in), log" },
    AiEntry { ai: "3474", fnc1_required: false, dl_data_attr: true, components: C57, min_len: 6, max_len: 6, req: R57, ex: E57, dl_pkey: K57, title: "HEIGHT (in), log" },
    AiEntry { ai: "3475", fnc1_required: false, dl_data_attr: true, components: C57, min_len: 6, max_len: 6, req: R57, ex: E57, dl_pkey: K57, title: "HEIGHT (in), log" },
    AiEntry { ai: "3480", fnc1_required: false, dl_data_attr: true, components: C58, min_len: 6, max_len: 6, req: R58, ex: E58, dl_pkey: K58, title: "HEIGHT (ft), log" },
    AiEntry { ai: "3481", fnc1_required: false, dl_data_attr: true, components: C58, min_len: 6, max_len: 6, req: R58, ex: E58, dl_pkey: K58, title: "HEIGHT (ft), log" },
    AiEntry { ai: "3482", fnc1_required: false, dl_data_attr: true, components: C58, min_len: 6, max_len: 6, req: R58, ex: E58, dl_pkey: K58, title: "HEIGHT (ft), log" },
    AiEntry { ai: "3483", fnc1_required: false, dl_data_attr: true, components: C58, min_len: 6, max_len: 6, req: R58, ex: E58, dl_pkey: K58, title: "HEIGHT (ft), log" },
    AiEntry { ai: "3484", fnc1_required: false, dl_data_attr: true, components: C58, min_len: 6, max_len: 6, req: R58, ex: E58, dl_pkey: K58, title: "HEIGHT (ft), log" },
    AiEntry { ai: "3485", fnc1_required: false, dl_data_attr: true, components: C58, min_len: 6, max_len: 6, req: R58, ex: E58, dl_pkey: K58, title: "HEIGHT (ft), log" },
    AiEntry { ai: "3490", fnc1_required: false, dl_data_attr: true, components: C59, min_len: 6, max_len: 6, req: R59, ex: E59, dl_pkey: K59, title: "HEIGHT (yd), log" },
    AiEntry { ai: "3491", fnc1_required: false, dl_data_attr: true, components: C59, min_len: 6, max_len: 6, req: R59, ex: E59, dl_pkey: K59, title: "HEIGHT (yd), log" },
    AiEntry { ai: "3492", fnc1_required: false, dl_data_attr: true, components: C59, min_len: 6, max_len: 6, req: R59, ex: E59, dl_pkey: K59, title: "HEIGHT (yd), log" },
    AiEntry { ai: "3493", fnc1_required: false, dl_data_attr: true, components: C59, min_len: 6, max_len: 6, req: R59, ex: E59, dl_pkey: K59, title: "HEIGHT (yd), log" },
    AiEntry { ai: "3494", fnc1_required: false, dl_data_attr: true, components: C59, min_len: 6, max_len: 6, req: R59, ex: E59, dl_pkey: K59, title: "HEIGHT (yd), log" },
    AiEntry { ai: "3495", fnc1_required: false, dl_data_attr: true, components: C59, min_len: 6, max_len: 6, req: R59, ex: E59, dl_pkey: K59, title: "HEIGHT (yd), log" },
    AiEntry { ai: "3500", fnc1_required: false, dl_data_attr: true, components: C60, min_len: 6, max_len: 6, req: R60, ex: E60, dl_pkey: K60, title: "AREA (in²)" },
    AiEntry { ai: "3501", fnc1_required: false, dl_data_attr: true, components: C60, min_len: 6, max_len: 6, req: R60, ex: E60, dl_pkey: K60, title: "AREA (in²)" },
    AiEntry { ai: "3502", fnc1_required: false, dl_data_attr: true, components: C60, min_len: 6, max_len: 6, req: R60, ex: E60, dl_pkey: K60, title: "AREA (in²)" },
    AiEntry { ai: "3503", fnc1_required: false, dl_data_attr: true, components: C60, min_len: 6, max_len: 6, req: R60, ex: E60, dl_pkey: K60, title: "AREA (in²)" },
    AiEntry { ai: "3504", fnc1_required: false, dl_data_attr: true, components: C60, min_len: 6, max_len: 6, req: R60, ex: E60, dl_pkey: K60, title: "AREA (in²)" },
    AiEntry { ai: "3505", fnc1_required: false, dl_data_attr: true, components: C60, min_len: 6, max_len: 6, req: R60, ex: E60, dl_pkey: K60, title: "AREA (in²)" },
    AiEntry { ai: "3510", fnc1_required: false, dl_data_attr: true, components: C61, min_len: 6, max_len: 6, req: R61, ex: E61, dl_pkey: K61, title: "AREA (ft²)" },
    AiEntry { ai: "3511", fnc1_required: false, dl_data_attr: true, components: C61, min_len: 6, max_len: 6, req: R61, ex: E61, dl_pkey: K61, title: "AREA (ft²)" },
    AiEntry { ai: "3512", fnc1_required: false, dl_data_attr: true, components: C61, min_len: 6, max_len: 6, req: R61, ex: E61, dl_pkey: K61, title: "AREA (ft²)" },
    AiEntry { ai: "3513", fnc1_required: false, dl_data_attr: true, components: C61, min_len: 6, max_len: 6, req: R61, ex: E61, dl_pkey: K61, title: "AREA (ft²)" },
    AiEntry { ai: "3514", fnc1_required: false, dl_data_attr: true, components: C61, min_len: 6, max_len: 6, req: R61, ex: E61, dl_pkey: K61, title: "AREA (ft²)" },
    AiEntry { ai: "3515", fnc1_required: false, dl_data_attr: true, components: C61, min_len: 6, max_len: 6, req: R61, ex: E61, dl_pkey: K61, title: "AREA (ft²)" },
    AiEntry { ai: "3520", fnc1_required: false, dl_data_attr: true, components: C62, min_len: 6, max_len: 6, req: R62, ex: E62, dl_pkey: K62, title: "AREA (yd²)" },
    AiEntry { ai: "3521", fnc1_required: false, dl_data_attr: true, components: C62, min_len: 6, max_len: 6, req: R62, ex: E62, dl_pkey: K62, title: "AREA (yd²)" },
    AiEntry { ai: "3522", fnc1_required: false, dl_data_attr: true, components: C62, min_len: 6, max_len: 6, req: R62, ex: E62, dl_pkey: K62, title: "AREA (yd²)" },
    AiEntry { ai: "3523", fnc1_required: false, dl_data_attr: true, components: C62, min_len: 6, max_len: 6, req: R62, ex: E62, dl_pkey: K62, title: "AREA (yd²)" },
    AiEntry { ai: "3524", fnc1_required: false, dl_data_attr: true, components: C62, min_len: 6, max_len: 6, req: R62, ex: E62, dl_pkey: K62, title: "AREA (yd²)" },
    AiEntry { ai: "3525", fnc1_required: false, dl_data_attr: true, components: C62, min_len: 6, max_len: 6, req: R62, ex: E62, dl_pkey: K62, title: "AREA (yd²)" },
    AiEntry { ai: "3530", fnc1_required: false, dl_data_attr: true, components: C63, min_len: 6, max_len: 6, req: R63, ex: E63, dl_pkey: K63, title: "AREA (in²), log" },
    AiEntry { ai: "3531", fnc1_required: false, dl_data_attr: true, components: C63, min_len: 6, max_len: 6, req: R63, ex: E63, dl_pkey: K63, title: "AREA (in²), log" },
    AiEntry { ai: "3532", fnc1_required: false, dl_data_attr: true, components: C63, min_len: 6, max_len: 6, req: R63, ex: E63, dl_pkey: K63, title: "AREA (in²), log" },
    AiEntry { ai: "3533", fnc1_required: false, dl_data_attr: true, components: C63, min_len: 6, max_len: 6, req: R63, ex: E63, dl_pkey: K63, title: "AREA (in²), log" },
    AiEntry { ai: "3534", fnc1_required: false, dl_data_attr: true, components: C63, min_len: 6, max_len: 6, req: R63, ex: E63, dl_pkey: K63, title: "AREA (in²), log" },
    AiEntry { ai: "3535", fnc1_required: false, dl_data_attr: true, components: C63, min_len: 6, max_len: 6, req: R63, ex: E63, dl_pkey: K63, title: "AREA (in²), log" },
    AiEntry { ai: "3540", fnc1_required: false, dl_data_attr: true, components: C64, min_len: 6, max_len: 6, req: R64, ex: E64, dl_pkey: K64, title: "AREA (ft²), log" },
    AiEntry { ai: "3541", fnc1_required: false, dl_data_attr: true, components: C64, min_len: 6, max_len: 6, req: R64, ex: E64, dl_pkey: K64, title: "AREA (ft²), log" },
    AiEntry { ai: "3542", fnc1_required: false, dl_data_attr: true, components: C64, min_len: 6, max_len: 6, req: R64, ex: E64, dl_pkey: K64, title: "AREA (ft²), log" },
    AiEntry { ai: "3543", fnc1_required: false, dl_data_attr: true, components: C64, min_len: 6, max_len: 6, req: R64, ex: E64, dl_pkey: K64, title: "AREA (ft²), log" },
    AiEntry { ai: "3544", fnc1_required: false, dl_data_attr: true, components: C64, min_len: 6, max_len: 6, req: R64, ex: E64, dl_pkey: K64, title: "AREA (ft²), log" },
    AiEntry { ai: "3545", fnc1_required: false, dl_data_attr: true, components: C64, min_len: 6, max_len: 6, req: R64, ex: E64, dl_pkey: K64, title: "AREA (ft²), log" },
    AiEntry { ai: "3550", fnc1_required: false, dl_data_attr: true, components: C65, min_len: 6, max_len: 6, req: R65, ex: E65, dl_pkey: K65, title: "AREA (yd²), log" },
    AiEntry { ai: "3551", fnc1_required: false, dl_data_attr: true, components: C65, min_len: 6, max_len: 6, req: R65, ex: E65, dl_pkey: K65, title: "AREA (yd²), log" },
    AiEntry { ai: "3552", fnc1_required: false, dl_data_attr: true, components: C65, min_len: 6, max_len: 6, req: R65, ex: E65, dl_pkey: K65, title: "AREA (yd²), log" },
    AiEntry { ai: "3553", fnc1_required: false, dl_data_attr: true, components: C65, min_len: 6, max_len: 6, req: R65, ex: E65, dl_pkey: K65, title: "AREA (yd²), log" },
    AiEntry { ai: "3554", fnc1_required: false, dl_data_attr: true, components: C65, min_len: 6, max_len: 6, req: R65, ex: E65, dl_pkey: K65, title: "AREA (yd²), log" },
    AiEntry { ai: "3555", fnc1_required: false, dl_data_attr: true, components: C65, min_len: 6, max_len: 6, req: R65, ex: E65, dl_pkey: K65, title: "AREA (yd²), log" },
    AiEntry { ai: "3560", fnc1_required: false, dl_data_attr: true, components: C66, min_len: 6, max_len: 6, req: R66, ex: E66, dl_pkey: K66, title: "NET WEIGHT (tr oz)" },
    AiEntry { ai: "3561", fnc1_required: false, dl_data_attr: true, components: C66, min_len: 6, max_len: 6, req: R66, ex: E66, dl_pkey: K66, title: "NET WEIGHT (tr oz)" },
    AiEntry { ai: "3562", fnc1_required: false, dl_data_attr: true, components: C66, min_len: 6, max_len: 6, req: R66, ex: E66, dl_pkey: K66, title: "NET WEIGHT (tr oz)" },
    AiEntry { ai: "3563", fnc1_required: false, dl_data_attr: true, components: C66, min_len: 6, max_len: 6, req: R66, ex: E66, dl_pkey: K66, title: "NET WEIGHT (tr oz)" },
    AiEntry { ai: "3564", fnc1_required: false, dl_data_attr: true, components: C66, min_len: 6, max_len: 6, req: R66, ex: E66, dl_pkey: K66, title: "NET WEIGHT (tr oz)" },
    AiEntry { ai: "3565", fnc1_required: false, dl_data_attr: true, components: C66, min_len: 6, max_len: 6, req: R66, ex: E66, dl_pkey: K66, title: "NET WEIGHT (tr oz)" },
    AiEntry { ai: "3570", fnc1_required: false, dl_data_attr: true, components: C67, min_len: 6, max_len: 6, req: R67, ex: E67, dl_pkey: K67, title: "NET VOLUME (oz)" },
    AiEntry { ai: "3571", fnc1_required: false, dl_data_attr: true, components: C67, min_len: 6, max_len: 6, req: R67, ex: E67, dl_pkey: K67, title: "NET VOLUME (oz)" },
    AiEntry { ai: "3572", fnc1_required: false, dl_data_attr: true, components: C67, min_len: 6, max_len: 6, req: R67, ex: E67, dl_pkey: K67, title: "NET VOLUME (oz)" },
    AiEntry { ai: "3573", fnc1_required: false, dl_data_attr: true, components: C67, min_len: 6, max_len: 6, req: R67, ex: E67, dl_pkey: K67, title: "NET VOLUME (oz)" },
    AiEntry { ai: "3574", fnc1_required: false, dl_data_attr: true, components: C67, min_len: 6, max_len: 6, req: R67, ex: E67, dl_pkey: K67, title: "NET VOLUME (oz)" },
    AiEntry { ai: "3575", fnc1_required: false, dl_data_attr: true, components: C67, min_len: 6, max_len: 6, req: R67, ex: E67, dl_pkey: K67, title: "NET VOLUME (oz)" },
    AiEntry { ai: "3600", fnc1_required: false, dl_data_attr: true, components: C68, min_len: 6, max_len: 6, req: R68, ex: E68, dl_pkey: K68, title: "NET VOLUME (qt (US))" },
    AiEntry { ai: "3601", fnc1_required: false, dl_data_attr: true, components: C68, min_len: 6, max_len: 6, req: R68, ex: E68, dl_pkey: K68, title: "NET VOLUME (qt (US))" },
    AiEntry { ai: "3602", fnc1_required: false, dl_data_attr: true, components: C68, min_len: 6, max_len: 6, req: R68, ex: E68, dl_pkey: K68, title: "NET VOLUME (qt (US))" },
    AiEntry { ai: "3603", fnc1_required: false, dl_data_attr: true, components: C68, min_len: 6, max_len: 6, req: R68, ex: E68, dl_pkey: K68, title: "NET VOLUME (qt (US))" },
    AiEntry { ai: "3604", fnc1_required: false, dl_data_attr: true, components: C68, min_len: 6, max_len: 6, req: R68, ex: E68, dl_pkey: K68, title: "NET VOLUME (qt (US))" },
    AiEntry { ai: "3605", fnc1_required: false, dl_data_attr: true, components: C68, min_len: 6, max_len: 6, req: R68, ex: E68, dl_pkey: K68, title: "NET VOLUME (qt (US))" },
    AiEntry { ai: "3610", fnc1_required: false, dl_data_attr: true, components: C69, min_len: 6, max_len: 6, req: R69, ex: E69, dl_pkey: K69, title: "NET VOLUME (gal.)" },
    AiEntry { ai: "3611", fnc1_required: false, dl_data_attr: true, components: C69, min_len: 6, max_len: 6, req: R69, ex: E69, dl_pkey: K69, title: "NET VOLUME (gal.)" },
    AiEntry { ai: "3612", fnc1_required: false, dl_data_attr: true, components: C69, min_len: 6, max_len: 6, req: R69, ex: E69, dl_pkey: K69, title: "NET VOLUME (gal.)" },
    AiEntry { ai: "3613", fnc1_required: false, dl_data_attr: true, components: C69, min_len: 6, max_len: 6, req: R69, ex: E69, dl_pkey: K69, title: "NET VOLUME (gal.)" },
    AiEntry { ai: "3614", fnc1_required: false, dl_data_attr: true, components: C69, min_len: 6, max_len: 6, req: R69, ex: E69, dl_pkey: K69, title: "NET VOLUME (gal.)" },
    AiEntry { ai: "3615", fnc1_required: false, dl_data_attr: true, components: C69, min_len: 6, max_len: 6, req: R69, ex: E69, dl_pkey: K69, title: "NET VOLUME (gal.)" },
    AiEntry { ai: "3620", fnc1_required: false, dl_data_attr: true, components: C70, min_len: 6, max_len: 6, req: R70, ex: E70, dl_pkey: K70, title: "VOLUME (qt (US)), log" },
    AiEntry { ai: "3621", fnc1_required: false, dl_data_attr: true, components: C70, min_len: 6, max_len: 6, req: R70, ex: E70, dl_pkey: K70, title: "VOLUME (qt (US)), log" },
    AiEntry { ai: "3622", fnc1_required: false, dl_data_attr: true, components: C70, min_len: 6, max_len: 6, req: R70, ex: E70, dl_pkey: K70, title: "VOLUME (qt (US)), log" },
    AiEntry { ai: "3623", fnc1_required: false, dl_data_attr: true, components: C70, min_len: 6, max_len: 6, req: R70, ex: E70, dl_pkey: K70, title: "VOLUME (qt (US)), log" },
    AiEntry { ai: "3624", fnc1_required: false, dl_data_attr: true, components: C70, min_len: 6, max_len: 6, req: R70, ex: E70, dl_pkey: K70, title: "VOLUME (qt (US)), log" },
    AiEntry { ai: "3625", fnc1_required: false, dl_data_attr: true, components: C70, min_len: 6, max_len: 6, req: R70, ex: E70, dl_pkey: K70, title: "VOLUME (qt (US)), log" },
    AiEntry { ai: "3630", fnc1_required: false, dl_data_attr: true, components: C71, min_len: 6, max_len: 6, req: R71, ex: E71, dl_pkey: K71, title: "VOLUME (gal (US)), log" },
    AiEntry { ai: "3631", fnc1_required: false, dl_data_attr: true, components: C71, min_len: 6, max_len: 6, req: R71, ex: E71, dl_pkey: K71, title: "VOLUME (gal (US)), log" },
    AiEntry { ai: "3632", fnc1_required: false, dl_data_attr: true, components: C71, min_len: 6, max_len: 6, req: R71, ex: E71, dl_pkey: K71, title: "VOLUME (gal (US)), log" },
    AiEntry { ai: "3633", fnc1_required: false, dl_data_attr: true, components: C71, min_len: 6, max_len: 6, req: R71, ex: E71, dl_pkey: K71, title: "VOLUME (gal (US)), log" },
    AiEntry { ai: "3634", fnc1_required: false, dl_data_attr: true, components: C71, min_len: 6, max_len: 6, req: R71, ex: E71, dl_pkey: K71, title: "VOLUME (gal (US)), log" },
    AiEntry { ai: "3635", fnc1_required: false, dl_data_attr: true, components: C71, min_len: 6, max_len: 6, req: R71, ex: E71, dl_pkey: K71, title: "VOLUME (gal (US)), log" },
    AiEntry { ai: "3640", fnc1_required: false, dl_data_attr: true, components: C72, min_len: 6, max_len: 6, req: R72, ex: E72, dl_pkey: K72, title: "NET VOLUME (in³)" },
    AiEntry { ai: "3641", fnc1_required: false, dl_data_attr: true, components: C72, min_len: 6, max_len: 6, req: R72, ex: E72, dl_pkey: K72, title: "NET VOLUME (in³)" },
    AiEntry { ai: "3642", fnc1_required: false, dl_data_attr: true, components: C72, min_len: 6, max_len: 6, req: R72, ex: E72, dl_pkey: K72, title: "NET VOLUME (in³)" },
    AiEntry { ai: "3643", fnc1_required: false, dl_data_attr: true, components: C72, min_len: 6, max_len: 6, req: R72, ex: E72, dl_pkey: K72, title: "NET VOLUME (in³)" },
    AiEntry { ai: "3644", fnc1_required: false, dl_data_attr: true, components: C72, min_len: 6, max_len: 6, req: R72, ex: E72, dl_pkey: K72, title: "NET VOLUME (in³)" },
    AiEntry { ai: "3645", fnc1_required: false, dl_data_attr: true, components: C72, min_len: 6, max_len: 6, req: R72, ex: E72, dl_pkey: K72, title: "NET VOLUME (in³)" },
    AiEntry { ai: "3650", fnc1_required: false, dl_data_attr: true, components: C73, min_len: 6, max_len: 6, req: R73, ex: E73, dl_pkey: K73, title: "NET VOLUME (ft³)" },
    AiEntry { ai: "3651", fnc1_required: false, dl_data_attr: true, components: C73, min_len: 6, max_len: 6, req: R73, ex: E73, dl_pkey: K73, title: "NET VOLUME (ft³)" },
    AiEntry { ai: "3652", fnc1_required: false, dl_data_attr: true, components: C73, min_len: 6, max_len: 6, req: R73, ex: E73, dl_pkey: K73, title: "NET VOLUME (ft³)" },
    AiEntry { ai: "3653", fnc1_required: false, dl_data_attr: true, components: C73, min_len: 6, max_len: 6, req: R73, ex: E73, dl_pkey: K73, title: "NET VOLUME (ft³)" },
    AiEntry { ai: "3654", fnc1_required: false, dl_data_attr: true, components: C73, min_len: 6, max_len: 6, req: R73, ex: E73, dl_pkey: K73, title: "NET VOLUME (ft³)" },
    AiEntry { ai: "3655", fnc1_required: false, dl_data_attr: true, components: C73, min_len: 6, max_len: 6, req: R73, ex: E73, dl_pkey: K73, title: "NET VOLUME (ft³)" },
    AiEntry { ai: "3660", fnc1_required: false, dl_data_attr: true, components: C74, min_len: 6, max_len: 6, req: R74, ex: E74, dl_pkey: K74, title: "NET VOLUME (yd³)" },
    AiEntry { ai: "3661", fnc1_required: false, dl_data_attr: true, components: C74, min_len: 6, max_len: 6, req: R74, ex: E74, dl_pkey: K74, title: "NET VOLUME (yd³)" },
    AiEntry { ai: "3662", fnc1_required: false, dl_data_attr: true, components: C74, min_len: 6, max_len: 6, req: R74, ex: E74, dl_pkey: K74, title: "NET VOLUME (yd³)" },
    AiEntry { ai: "3663", fnc1_required: false, dl_data_attr: true, components: C74, min_len: 6, max_len: 6, req: R74, ex: E74, dl_pkey: K74, title: "NET VOLUME (yd³)" },
    AiEntry { ai: "3664", fnc1_required: false, dl_data_attr: true, components: C74, min_len: 6, max_len: 6, req: R74, ex: E74, dl_pkey: K74, title: "NET VOLUME (yd³)" },
    AiEntry { ai: "3665", fnc1_required: false, dl_data_attr: true, components: C74, min_len: 6, max_len: 6, req: R74, ex: E74, dl_pkey: K74, title: "NET VOLUME (yd³)" },
    AiEntry { ai: "3670", fnc1_required: false, dl_data_attr: true, components: C75, min_len: 6, max_len: 6, req: R75, ex: E75, dl_pkey: K75, title: "VOLUME (in³), log" },
    AiEntry { ai: "3671", fnc1_required: false, dl_data_attr: true, components: C75, min_len: 6, max_len: 6, req: R75, ex: E75, dl_pkey: K75, title: "VOLUME (in³), log" },
    AiEntry { ai: "3672", fnc1_required: false, dl_data_attr: true, components: C75, min_len: 6, max_len: 6, req: R75, ex: E75, dl_pkey: K75, title: "VOLUME (in³), log" },
    AiEntry { ai: "3673", fnc1_required: false, dl_data_attr: true, components: C75, min_len: 6, max_len: 6, req: R75, ex: E75, dl_pkey: K75, title: "VOLUME (in³), log" },
    AiEntry { ai: "3674", fnc1_required: false, dl_data_attr: true, components: C75, min_len: 6, max_len: 6, req: R75, ex: E75, dl_pkey: K75, title: "VOLUME (in³), log" },
    AiEntry { ai: "3675", fnc1_required: false, dl_data_attr: true, components: C75, min_len: 6, max_len: 6, req: R75, ex: E75, dl_pkey: K75, title: "VOLUME (in³), log" },
    AiEntry { ai: "3680", fnc1_required: false, dl_data_attr: true, components: C76, min_len: 6, max_len: 6, req: R76, ex: E76, dl_pkey: K76, title: "VOLUME (ft³), log" },
    AiEntry { ai: "3681", fnc1_required: false, dl_data_attr: true, components: C76, min_len: 6, max_len: 6, req: R76, ex: E76, dl_pkey: K76, title: "VOLUME (ft³), log" },
    AiEntry { ai: "3682", fnc1_required: false, dl_data_attr: true, components: C76, min_len: 6, max_len: 6, req: R76, ex: E76, dl_pkey: K76, title: "VOLUME (ft³), log" },
    AiEntry { ai: "3683", fnc1_required: false, dl_data_attr: true, components: C76, min_len: 6, max_len: 6, req: R76, ex: E76, dl_pkey: K76, title: "VOLUME (ft³), log" },
    AiEntry { ai: "3684", fnc1_required: false, dl_data_attr: true, components: C76, min_len: 6, max_len: 6, req: R76, ex: E76, dl_pkey: K76, title: "VOLUME (ft³), log" },
    AiEntry { ai: "3685", fnc1_required: false, dl_data_attr: true, components: C76, min_len: 6, max_len: 6, req: R76, ex: E76, dl_pkey: K76, title: "VOLUME (ft³), log" },
    AiEntry { ai: "3690", fnc1_required: false, dl_data_attr: true, components: C77, min_len: 6, max_len: 6, req: R77, ex: E77, dl_pkey: K77, title: "VOLUME (yd³), log" },
    AiEntry { ai: "3691", fnc1_required: false, dl_data_attr: true, components: C77, min_len: 6, max_len: 6, req: R77, ex: E77, dl_pkey: K77, title: "VOLUME (yd³), log" },
    AiEntry { ai: "3692", fnc1_required: false, dl_data_attr: true, components: C77, min_len: 6, max_len: 6, req: R77, ex: E77, dl_pkey: K77, title: "VOLUME (yd³), log" },
    AiEntry { ai: "3693", fnc1_required: false, dl_data_attr: true, components: C77, min_len: 6, max_len: 6, req: R77, ex: E77, dl_pkey: K77, title: "VOLUME (yd³), log" },
    AiEntry { ai: "3694", fnc1_required: false, dl_data_attr: true, components: C77, min_len: 6, max_len: 6, req: R77, ex: E77, dl_pkey: K77, title: "VOLUME (yd³), log" },
    AiEntry { ai: "3695", fnc1_required: false, dl_data_attr: true, components: C77, min_len: 6, max_len: 6, req: R77, ex: E77, dl_pkey: K77, title: "VOLUME (yd³), log" },
    AiEntry { ai: "37", fnc1_required: true, dl_data_attr: true, components: C78, min_len: 1, max_len: 8, req: R78, ex: E78, dl_pkey: K78, title: "COUNT" },
    AiEntry { ai: "3900", fnc1_required: true, dl_data_attr: true, components: C79, min_len: 1, max_len: 15, req: R79, ex: E79, dl_pkey: K79, title: "AMOUNT" },
    AiEntry { ai: "3901", fnc1_required: true, dl_data_attr: true, components: C79, min_len: 1, max_len: 15, req: R79, ex: E79, dl_pkey: K79, title: "AMOUNT" },
    AiEntry { ai: "3902", fnc1_required: true, dl_data_attr: true, components: C79, min_len: 1, max_len: 15, req: R79, ex: E79, dl_pkey: K79, title: "AMOUNT" },
    AiEntry { ai: "3903", fnc1_required: true, dl_data_attr: true, components: C79, min_len: 1, max_len: 15, req: R79, ex: E79, dl_pkey: K79, title: "AMOUNT" },
    AiEntry { ai: "3904", fnc1_required: true, dl_data_attr: true, components: C79, min_len: 1, max_len: 15, req: R79, ex: E79, dl_pkey: K79, title: "AMOUNT" },
    AiEntry { ai: "3905", fnc1_required: true, dl_data_attr: true, components: C79, min_len: 1, max_len: 15, req: R79, ex: E79, dl_pkey: K79, title: "AMOUNT" },
    AiEntry { ai: "3906", fnc1_required: true, dl_data_attr: true, components: C79, min_len: 1, max_len: 15, req: R79, ex: E79, dl_pkey: K79, title: "AMOUNT" },
    AiEntry { ai: "3907", fnc1_required: true, dl_data_attr: true, components: C79, min_len: 1, max_len: 15, req: R79, ex: E79, dl_pkey: K79, title: "AMOUNT" },
    AiEntry { ai: "3908", fnc1_required: true, dl_data_attr: true, components: C79, min_len: 1, max_len: 15, req: R79, ex: E79, dl_pkey: K79, title: "AMOUNT" },
    AiEntry { ai: "3909", fnc1_required: true, dl_data_attr: true, components: C79, min_len: 1, max_len: 15, req: R79, ex: E79, dl_pkey: K79, title: "AMOUNT" },
    AiEntry { ai: "3910", fnc1_required: true, dl_data_attr: true, components: C80, min_len: 4, max_len: 18, req: R80, ex: E80, dl_pkey: K80, title: "AMOUNT" },
    AiEntry { ai: "3911", fnc1_required: true, dl_data_attr: true, components: C80, min_len: 4, max_len: 18, req: R80, ex: E80, dl_pkey: K80, title: "AMOUNT" },
    AiEntry { ai: "3912", fnc1_required: true, dl_data_attr: true, components: C80, min_len: 4, max_len: 18, req: R80, ex: E80, dl_pkey: K80, title: "AMOUNT" },
    AiEntry { ai: "3913", fnc1_required: true, dl_data_attr: true, components: C80, min_len: 4, max_len: 18, req: R80, ex: E80, dl_pkey: K80, title: "AMOUNT" },
    AiEntry { ai: "3914", fnc1_required: true, dl_data_attr: true, components: C80, min_len: 4, max_len: 18, req: R80, ex: E80, dl_pkey: K80, title: "AMOUNT" },
    AiEntry { ai: "3915", fnc1_required: true, dl_data_attr: true, components: C80, min_len: 4, max_len: 18, req: R80, ex: E80, dl_pkey: K80, title: "AMOUNT" },
    AiEntry { ai: "3916", fnc1_required: true, dl_data_attr: true, components: C80, min_len: 4, max_len: 18, req: R80, ex: E80, dl_pkey: K80, title: "AMOUNT" },
    AiEntry { ai: "3917", fnc1_required: true, dl_data_attr: true, components: C80, min_len: 4, max_len: 18, req: R80, ex: E80, dl_pkey: K80, title: "AMOUNT" },
    AiEntry { ai: "3918", fnc1_required: true, dl_data_attr: true, components: C80, min_len: 4, max_len: 18, req: R80, ex: E80, dl_pkey: K80, title: "AMOUNT" },
    AiEntry { ai: "3919", fnc1_required: true, dl_data_attr: true, components: C80, min_len: 4, max_len: 18, req: R80, ex: E80, dl_pkey: K80, title: "AMOUNT" },
    AiEntry { ai: "3920", fnc1_required: true, dl_data_attr: true, components: C81, min_len: 1, max_len: 15, req: R81, ex: E81, dl_pkey: K81, title: "PRICE" },
    AiEntry { ai: "3921", fnc1_required: true, dl_data_attr: true, components: C81, min_len: 1, max_len: 15, req: R81, ex: E81, dl_pkey: K81, title: "PRICE" },
    AiEntry { ai: "3922", fnc1_required: true, dl_data_attr: true, components: C81, min_len: 1, max_len: 15, req: R81, ex: E81, dl_pkey: K81, title: "PRICE" },
    AiEntry { ai: "3923", fnc1_required: true, dl_data_attr: true, components: C81, min_len: 1, max_len: 15, req: R81, ex: E81, dl_pkey: K81, title: "PRICE" },
    AiEntry { ai: "3924", fnc1_required: true, dl_data_attr: true, components: C81, min_len: 1, max_len: 15, req: R81, ex: E81, dl_pkey: K81, title: "PRICE" },
    AiEntry { ai: "3925", fnc1_required: true, dl_data_attr: true, components: C81, min_len: 1, max_len: 15, req: R81, ex: E81, dl_pkey: K81, title: "PRICE" },
    AiEntry { ai: "3926", fnc1_required: true, dl_data_attr: true, components: C81, min_len: 1, max_len: 15, req: R81, ex: E81, dl_pkey: K81, title: "PRICE" },
    AiEntry { ai: "3927", fnc1_required: true, dl_data_attr: true, components: C81, min_len: 1, max_len: 15, req: R81, ex: E81, dl_pkey: K81, title: "PRICE" },
    AiEntry { ai: "3928", fnc1_required: true, dl_data_attr: true, components: C81, min_len: 1, max_len: 15, req: R81, ex: E81, dl_pkey: K81, title: "PRICE" },
    AiEntry { ai: "3929", fnc1_required: true, dl_data_attr: true, components: C81, min_len: 1, max_len: 15, req: R81, ex: E81, dl_pkey: K81, title: "PRICE" },
    AiEntry { ai: "3930", fnc1_required: true, dl_data_attr: true, components: C82, min_len: 4, max_len: 18, req: R82, ex: E82, dl_pkey: K82, title: "PRICE" },
    AiEntry { ai: "3931", fnc1_required: true, dl_data_attr: true, components: C82, min_len: 4, max_len: 18, req: R82, ex: E82, dl_pkey: K82, title: "PRICE" },
    AiEntry { ai: "3932", fnc1_required: true, dl_data_attr: true, components: C82, min_len: 4, max_len: 18, req: R82, ex: E82, dl_pkey: K82, title: "PRICE" },
    AiEntry { ai: "3933", fnc1_required: true, dl_data_attr: true, components: C82, min_len: 4, max_len: 18, req: R82, ex: E82, dl_pkey: K82, title: "PRICE" },
    AiEntry { ai: "3934", fnc1_required: true, dl_data_attr: true, components: C82, min_len: 4, max_len: 18, req: R82, ex: E82, dl_pkey: K82, title: "PRICE" },
    AiEntry { ai: "3935", fnc1_required: true, dl_data_attr: true, components: C82, min_len: 4, max_len: 18, req: R82, ex: E82, dl_pkey: K82, title: "PRICE" },
    AiEntry { ai: "3936", fnc1_required: true, dl_data_attr: true, components: C82, min_len: 4, max_len: 18, req: R82, ex: E82, dl_pkey: K82, title: "PRICE" },
    AiEntry { ai: "3937", fnc1_required: true, dl_data_attr: true, components: C82, min_len: 4, max_len: 18, req: R82, ex: E82, dl_pkey: K82, title: "PRICE" },
    AiEntry { ai: "3938", fnc1_required: true, dl_data_attr: true, components: C82, min_len: 4, max_len: 18, req: R82, ex: E82, dl_pkey: K82, title: "PRICE" },
    AiEntry { ai: "3939", fnc1_required: true, dl_data_attr: true, components: C82, min_len: 4, max_len: 18, req: R82, ex: E82, dl_pkey: K82, title: "PRICE" },
    AiEntry { ai: "3940", fnc1_required: true, dl_data_attr: true, components: C83, min_len: 4, max_len: 4, req: R83, ex: E83, dl_pkey: K83, title: "PRCNT OFF" },
    AiEntry { ai: "3941", fnc1_required: true, dl_data_attr: true, components: C83, min_len: 4, max_len: 4, req: R83, ex: E83, dl_pkey: K83, title: "PRCNT OFF" },
    AiEntry { ai: "3942", fnc1_required: true, dl_data_attr: true, components: C83, min_len: 4, max_len: 4, req: R83, ex: E83, dl_pkey: K83, title: "PRCNT OFF" },
    AiEntry { ai: "3943", fnc1_required: true, dl_data_attr: true, components: C83, min_len: 4, max_len: 4, req: R83, ex: E83, dl_pkey: K83, title: "PRCNT OFF" },
    AiEntry { ai: "3950", fnc1_required: true, dl_data_attr: true, components: C84, min_len: 6, max_len: 6, req: R84, ex: E84, dl_pkey: K84, title: "PRICE/UoM" },
    AiEntry { ai: "3951", fnc1_required: true, dl_data_attr: true, components: C84, min_len: 6, max_len: 6, req: R84, ex: E84, dl_pkey: K84, title: "PRICE/UoM" },
    AiEntry { ai: "3952", fnc1_required: true, dl_data_attr: true, components: C84, min_len: 6, max_len: 6, req: R84, ex: E84, dl_pkey: K84, title: "PRICE/UoM" },
    AiEntry { ai: "3953", fnc1_required: true, dl_data_attr: true, components: C84, min_len: 6, max_len: 6, req: R84, ex: E84, dl_pkey: K84, title: "PRICE/UoM" },
    AiEntry { ai: "3954", fnc1_required: true, dl_data_attr: true, components: C84, min_len: 6, max_len: 6, req: R84, ex: E84, dl_pkey: K84, title: "PRICE/UoM" },
    AiEntry { ai: "3955", fnc1_required: true, dl_data_attr: true, components: C84, min_len: 6, max_len: 6, req: R84, ex: E84, dl_pkey: K84, title: "PRICE/UoM" },
    AiEntry { ai: "400", fnc1_required: true, dl_data_attr: true, components: C85, min_len: 1, max_len: 30, req: R85, ex: E85, dl_pkey: K85, title: "ORDER NUMBER" },
    AiEntry { ai: "401", fnc1_required: true, dl_data_attr: true, components: C86, min_len: 1, max_len: 30, req: R86, ex: E86, dl_pkey: K86, title: "GINC" },
    AiEntry { ai: "402", fnc1_required: true, dl_data_attr: true, components: C87, min_len: 17, max_len: 17, req: R87, ex: E87, dl_pkey: K87, title: "GSIN" },
    AiEntry { ai: "403", fnc1_required: true, dl_data_attr: true, components: C88, min_len: 1, max_len: 30, req: R88, ex: E88, dl_pkey: K88, title: "ROUTE" },
    AiEntry { ai: "410", fnc1_required: false, dl_data_attr: true, components: C89, min_len: 13, max_len: 13, req: R89, ex: E89, dl_pkey: K89, title: "SHIP TO LOC" },
    AiEntry { ai: "411", fnc1_required: false, dl_data_attr: true, components: C90, min_len: 13, max_len: 13, req: R90, ex: E90, dl_pkey: K90, title: "BILL TO" },
    AiEntry { ai: "412", fnc1_required: false, dl_data_attr: true, components: C91, min_len: 13, max_len: 13, req: R91, ex: E91, dl_pkey: K91, title: "PURCHASE FROM" },
    AiEntry { ai: "413", fnc1_required: false, dl_data_attr: true, components: C92, min_len: 13, max_len: 13, req: R92, ex: E92, dl_pkey: K92, title: "SHIP FOR LOC" },
    AiEntry { ai: "414", fnc1_required: false, dl_data_attr: true, components: C93, min_len: 13, max_len: 13, req: R93, ex: E93, dl_pkey: K93, title: "LOC No." },
    AiEntry { ai: "415", fnc1_required: false, dl_data_attr: true, components: C94, min_len: 13, max_len: 13, req: R94, ex: E94, dl_pkey: K94, title: "PAY TO" },
    AiEntry { ai: "416", fnc1_required: false, dl_data_attr: true, components: C95, min_len: 13, max_len: 13, req: R95, ex: E95, dl_pkey: K95, title: "PROD/SERV LOC" },
    AiEntry { ai: "417", fnc1_required: false, dl_data_attr: true, components: C96, min_len: 13, max_len: 13, req: R96, ex: E96, dl_pkey: K96, title: "PARTY" },
    AiEntry { ai: "420", fnc1_required: true, dl_data_attr: true, components: C97, min_len: 1, max_len: 20, req: R97, ex: E97, dl_pkey: K97, title: "SHIP TO POST" },
    AiEntry { ai: "421", fnc1_required: true, dl_data_attr: true, components: C98, min_len: 4, max_len: 12, req: R98, ex: E98, dl_pkey: K98, title: "SHIP TO POST" },
    AiEntry { ai: "422", fnc1_required: true, dl_data_attr: true, components: C99, min_len: 3, max_len: 3, req: R99, ex: E99, dl_pkey: K99, title: "ORIGIN" },
    AiEntry { ai: "423", fnc1_required: true, dl_data_attr: true, components: C100, min_len: 3, max_len: 15, req: R100, ex: E100, dl_pkey: K100, title: "COUNTRY - INITIAL PROCESS" },
    AiEntry { ai: "424", fnc1_required: true, dl_data_attr: true, components: C101, min_len: 3, max_len: 3, req: R101, ex: E101, dl_pkey: K101, title: "COUNTRY - PROCESS" },
    AiEntry { ai: "425", fnc1_required: true, dl_data_attr: true, components: C102, min_len: 3, max_len: 15, req: R102, ex: E102, dl_pkey: K102, title: "COUNTRY - DISASSEMBLY" },
    AiEntry { ai: "426", fnc1_required: true, dl_data_attr: true, components: C103, min_len: 3, max_len: 3, req: R103, ex: E103, dl_pkey: K103, title: "COUNTRY - FULL PROCESS" },
    AiEntry { ai: "427", fnc1_required: true, dl_data_attr: true, components: C104, min_len: 1, max_len: 3, req: R104, ex: E104, dl_pkey: K104, title: "ORIGIN SUBDIVISION" },
    AiEntry { ai: "4300", fnc1_required: true, dl_data_attr: true, components: C105, min_len: 1, max_len: 35, req: R105, ex: E105, dl_pkey: K105, title: "SHIP TO COMP" },
    AiEntry { ai: "4301", fnc1_required: true, dl_data_attr: true, components: C106, min_len: 1, max_len: 35, req: R106, ex: E106, dl_pkey: K106, title: "SHIP TO NAME" },
    AiEntry { ai: "4302", fnc1_required: true, dl_data_attr: true, components: C107, min_len: 1, max_len: 70, req: R107, ex: E107, dl_pkey: K107, title: "SHIP TO ADD1" },
    AiEntry { ai: "4303", fnc1_required: true, dl_data_attr: true, components: C108, min_len: 1, max_len: 70, req: R108, ex: E108, dl_pkey: K108, title: "SHIP TO ADD2" },
    AiEntry { ai: "4304", fnc1_required: true, dl_data_attr: true, components: C109, min_len: 1, max_len: 70, req: R109, ex: E109, dl_pkey: K109, title: "SHIP TO SUB" },
    AiEntry { ai: "4305", fnc1_required: true, dl_data_attr: true, components: C110, min_len: 1, max_len: 70, req: R110, ex: E110, dl_pkey: K110, title: "SHIP TO LOC" },
    AiEntry { ai: "4306", fnc1_required: true, dl_data_attr: true, components: C111, min_len: 1, max_len: 70, req: R111, ex: E111, dl_pkey: K111, title: "SHIP TO REG" },
    AiEntry { ai: "4307", fnc1_required: true, dl_data_attr: true, components: C112, min_len: 2, max_len: 2, req: R112, ex: E112, dl_pkey: K112, title: "SHIP TO COUNTRY" },
    AiEntry { ai: "4308", fnc1_required: true, dl_data_attr: true, components: C113, min_len: 1, max_len: 30, req: R113, ex: E113, dl_pkey: K113, title: "SHIP TO PHONE" },
    AiEntry { ai: "4309", fnc1_required: true, dl_data_attr: true, components: C114, min_len: 20, max_len: 20, req: R114, ex: E114, dl_pkey: K114, title: "SHIP TO GEO" },
    AiEntry { ai: "4310", fnc1_required: true, dl_data_attr: true, components: C115, min_len: 1, max_len: 35, req: R115, ex: E115, dl_pkey: K115, title: "RTN TO COMP" },
    AiEntry { ai: "4311", fnc1_required: true, dl_data_attr: true, components: C116, min_len: 1, max_len: 35, req: R116, ex: E116, dl_pkey: K116, title: "RTN TO NAME" },
    AiEntry { ai: "4312", fnc1_required: true, dl_data_attr: true, components: C117, min_len: 1, max_len: 70, req: R117, ex: E117, dl_pkey: K117, title: "RTN TO ADD1" },
    AiEntry { ai: "4313", fnc1_required: true, dl_data_attr: true, components: C118, min_len: 1, max_len: 70, req: R118, ex: E118, dl_pkey: K118, title: "RTN TO ADD2" },
    AiEntry { ai: "4314", fnc1_required: true, dl_data_attr: true, components: C119, min_len: 1, max_len: 70, req: R119, ex: E119, dl_pkey: K119, title: "RTN TO SUB" },
    AiEntry { ai: "4315", fnc1_required: true, dl_data_attr: true, components: C120, min_len: 1, max_len: 70, req: R120, ex: E120, dl_pkey: K120, title: "RTN TO LOC" },
    AiEntry { ai: "4316", fnc1_required: true, dl_data_attr: true, components: C121, min_len: 1, max_len: 70, req: R121, ex: E121, dl_pkey: K121, title: "RTN TO REG" },
    AiEntry { ai: "4317", fnc1_required: true, dl_data_attr: true, components: C122, min_len: 2, max_len: 2, req: R122, ex: E122, dl_pkey: K122, title: "RTN TO COUNTRY" },
    AiEntry { ai: "4318", fnc1_required: true, dl_data_attr: true, components: C123, min_len: 1, max_len: 20, req: R123, ex: E123, dl_pkey: K123, title: "RTN TO POST" },
    AiEntry { ai: "4319", fnc1_required: true, dl_data_attr: true, components: C124, min_len: 1, max_len: 30, req: R124, ex: E124, dl_pkey: K124, title: "RTN TO PHONE" },
    AiEntry { ai: "4320", fnc1_required: true, dl_data_attr: true, components: C125, min_len: 1, max_len: 35, req: R125, ex: E125, dl_pkey: K125, title: "SRV DESCRIPTION" },
    AiEntry { ai: "4321", fnc1_required: true, dl_data_attr: true, components: C126, min_len: 1, max_len: 1, req: R126, ex: E126, dl_pkey: K126, title: "DANGEROUS GOODS" },
    AiEntry { ai: "4322", fnc1_required: true, dl_data_attr: true, components: C127, min_len: 1, max_len: 1, req: R127, ex: E127, dl_pkey: K127, title: "AUTH TO LEAVE" },
    AiEntry { ai: "4323", fnc1_required: true, dl_data_attr: true, components: C128, min_len: 1, max_len: 1, req: R128, ex: E128, dl_pkey: K128, title: "SIG REQUIRED" },
    AiEntry { ai: "4324", fnc1_required: true, dl_data_attr: true, components: C129, min_len: 10, max_len: 10, req: R129, ex: E129, dl_pkey: K129, title: "NOT BEF DEL DT" },
    AiEntry { ai: "4325", fnc1_required: true, dl_data_attr: true, components: C130, min_len: 10, max_len: 10, req: R130, ex: E130, dl_pkey: K130, title: "NOT AFT DEL DT" },
    AiEntry { ai: "4326", fnc1_required: true, dl_data_attr: true, components: C131, min_len: 6, max_len: 6, req: R131, ex: E131, dl_pkey: K131, title: "REL DATE" },
    AiEntry { ai: "4330", fnc1_required: true, dl_data_attr: true, components: C132, min_len: 6, max_len: 7, req: R132, ex: E132, dl_pkey: K132, title: "MAX TEMP F." },
    AiEntry { ai: "4331", fnc1_required: true, dl_data_attr: true, components: C133, min_len: 6, max_len: 7, req: R133, ex: E133, dl_pkey: K133, title: "MAX TEMP C." },
    AiEntry { ai: "4332", fnc1_required: true, dl_data_attr: true, components: C134, min_len: 6, max_len: 7, req: R134, ex: E134, dl_pkey: K134, title: "MIN TEMP F." },
    AiEntry { ai: "4333", fnc1_required: true, dl_data_attr: true, components: C135, min_len: 6, max_len: 7, req: R135, ex: E135, dl_pkey: K135, title: "MIN TEMP C." },
    AiEntry { ai: "7001", fnc1_required: true, dl_data_attr: true, components: C136, min_len: 13, max_len: 13, req: R136, ex: E136, dl_pkey: K136, title: "NSN" },
    AiEntry { ai: "7002", fnc1_required: true, dl_data_attr: true, components: C137, min_len: 1, max_len: 30, req: R137, ex: E137, dl_pkey: K137, title: "MEAT CUT" },
    AiEntry { ai: "7003", fnc1_required: true, dl_data_attr: true, components: C138, min_len: 10, max_len: 10, req: R138, ex: E138, dl_pkey: K138, title: "EXPIRY TIME" },
    AiEntry { ai: "7004", fnc1_required: true, dl_data_attr: true, components: C139, min_len: 1, max_len: 4, req: R139, ex: E139, dl_pkey: K139, title: "ACTIVE POTENCY" },
    AiEntry { ai: "7005", fnc1_required: true, dl_data_attr: true, components: C140, min_len: 1, max_len: 12, req: R140, ex: E140, dl_pkey: K140, title: "CATCH AREA" },
    AiEntry { ai: "7006", fnc1_required: true, dl_data_attr: true, components: C141, min_len: 6, max_len: 6, req: R141, ex: E141, dl_pkey: K141, title: "FIRST FREEZE DATE" },
    AiEntry { ai: "7007", fnc1_required: true, dl_data_attr: true, components: C142, min_len: 6, max_len: 12, req: R142, ex: E142, dl_pkey: K142, title: "HARVEST DATE" },
    AiEntry { ai: "7008", fnc1_required: true, dl_data_attr: true, components: C143, min_len: 1, max_len: 3, req: R143, ex: E143, dl_pkey: K143, title: "AQUATIC SPECIES" },
    AiEntry { ai: "7009", fnc1_required: true, dl_data_attr: true, components: C144, min_len: 1, max_len: 10, req: R144, ex: E144, dl_pkey: K144, title: "FISHING GEAR TYPE" },
    AiEntry { ai: "7010", fnc1_required: true, dl_data_attr: true, components: C145, min_len: 1, max_len: 2, req: R145, ex: E145, dl_pkey: K145, title: "PROD METHOD" },
    AiEntry { ai: "7011", fnc1_required: true, dl_data_attr: true, components: C146, min_len: 6, max_len: 10, req: R146, ex: E146, dl_pkey: K146, title: "TEST BY DATE" },
    AiEntry { ai: "7020", fnc1_required: true, dl_data_attr: true, components: C147, min_len: 1, max_len: 20, req: R147, ex: E147, dl_pkey: K147, title: "REFURB LOT" },
    AiEntry { ai: "7021", fnc1_required: true, dl_data_attr: true, components: C148, min_len: 1, max_len: 20, req: R148, ex: E148, dl_pkey: K148, title: "FUNC STAT" },
    AiEntry { ai: "7022", fnc1_required: true, dl_data_attr: true, components: C149, min_len: 1, max_len: 20, req: R149, ex: E149, dl_pkey: K149, title: "REV STAT" },
    AiEntry { ai: "7023", fnc1_required: true, dl_data_attr: true, components: C150, min_len: 1, max_len: 30, req: R150, ex: E150, dl_pkey: K150, title: "GIAI - ASSEMBLY" },
    AiEntry { ai: "7030", fnc1_required: true, dl_data_attr: true, components: C151, min_len: 4, max_len: 30, req: R151, ex: E151, dl_pkey: K151, title: "PROCESSOR # 0" },
    AiEntry { ai: "7031", fnc1_required: true, dl_data_attr: true, components: C152, min_len: 4, max_len: 30, req: R152, ex: E152, dl_pkey: K152, title: "PROCESSOR # 1" },
    AiEntry { ai: "7032", fnc1_required: true, dl_data_attr: true, components: C153, min_len: 4, max_len: 30, req: R153, ex: E153, dl_pkey: K153, title: "PROCESSOR # 2" },
    AiEntry { ai: "7033", fnc1_required: true, dl_data_attr: true, components: C154, min_len: 4, max_len: 30, req: R154, ex: E154, dl_pkey: K154, title: "PROCESSOR # 3" },
    AiEntry { ai: "7034", fnc1_required: true, dl_data_attr: true, components: C155, min_len: 4, max_len: 30, req: R155, ex: E155, dl_pkey: K155, title: "PROCESSOR # 4" },
    AiEntry { ai: "7035", fnc1_required: true, dl_data_attr: true, components: C156, min_len: 4, max_len: 30, req: R156, ex: E156, dl_pkey: K156, title: "PROCESSOR # 5" },
    AiEntry { ai: "7036", fnc1_required: true, dl_data_attr: true, components: C157, min_len: 4, max_len: 30, req: R157, ex: E157, dl_pkey: K157, title: "PROCESSOR # 6" },
    AiEntry { ai: "7037", fnc1_required: true, dl_data_attr: true, components: C158, min_len: 4, max_len: 30, req: R158, ex: E158, dl_pkey: K158, title: "PROCESSOR # 7" },
    AiEntry { ai: "7038", fnc1_required: true, dl_data_attr: true, components: C159, min_len: 4, max_len: 30, req: R159, ex: E159, dl_pkey: K159, title: "PROCESSOR # 8" },
    AiEntry { ai: "7039", fnc1_required: true, dl_data_attr: true, components: C160, min_len: 4, max_len: 30, req: R160, ex: E160, dl_pkey: K160, title: "PROCESSOR # 9" },
    AiEntry { ai: "7040", fnc1_required: true, dl_data_attr: false, components: C161, min_len: 4, max_len: 4, req: R161, ex: E161, dl_pkey: K161, title: "UIC+EXT" },
    AiEntry { ai: "7041", fnc1_required: true, dl_data_attr: false, components: C162, min_len: 1, max_len: 4, req: R162, ex: E162, dl_pkey: K162, title: "UFRGT UNIT TYPE" },
    AiEntry { ai: "710", fnc1_required: true, dl_data_attr: true, components: C163, min_len: 1, max_len: 20, req: R163, ex: E163, dl_pkey: K163, title: "NHRN PZN" },
    AiEntry { ai: "711", fnc1_required: true, dl_data_attr: true, components: C164, min_len: 1, max_len: 20, req: R164, ex: E164, dl_pkey: K164, title: "NHRN CIP" },
    AiEntry { ai: "712", fnc1_required: true, dl_data_attr: true, components: C165, min_len: 1, max_len: 20, req: R165, ex: E165, dl_pkey: K165, title: "NHRN CN" },
    AiEntry { ai: "713", fnc1_required: true, dl_data_attr: true, components: C166, min_len: 1, max_len: 20, req: R166, ex: E166, dl_pkey: K166, title: "NHRN DRN" },
    AiEntry { ai: "714", fnc1_required: true, dl_data_attr: true, components: C167, min_len: 1, max_len: 20, req: R167, ex: E167, dl_pkey: K167, title: "NHRN AIM" },
    AiEntry { ai: "715", fnc1_required: true, dl_data_attr: true, components: C168, min_len: 1, max_len: 20, req: R168, ex: E168, dl_pkey: K168, title: "NHRN NDC" },
    AiEntry { ai: "716", fnc1_required: true, dl_data_attr: true, components: C169, min_len: 1, max_len: 20, req: R169, ex: E169, dl_pkey: K169, title: "NHRN AIC" },
    AiEntry { ai: "717", fnc1_required: true, dl_data_attr: true, components: C170, min_len: 1, max_len: 20, req: R170, ex: E170, dl_pkey: K170, title: "NHRN SRN" },
    AiEntry { ai: "7230", fnc1_required: true, dl_data_attr: true, components: C171, min_len: 3, max_len: 30, req: R171, ex: E171, dl_pkey: K171, title: "CERT # 1" },
    AiEntry { ai: "7231", fnc1_required: true, dl_data_attr: true, components: C172, min_len: 3, max_len: 30, req: R172, ex: E172, dl_pkey: K172, title: "CERT # 2" },
    AiEntry { ai: "7232", fnc1_required: true, dl_data_attr: true, components: C173, min_len: 3, max_len: 30, req: R173, ex: E173, dl_pkey: K173, title: "CERT # 3" },
    AiEntry { ai: "7233", fnc1_required: true, dl_data_attr: true, components: C174, min_len: 3, max_len: 30, req: R174, ex: E174, dl_pkey: K174, title: "CERT # 4" },
    AiEntry { ai: "7234", fnc1_required: true, dl_data_attr: true, components: C175, min_len: 3, max_len: 30, req: R175, ex: E175, dl_pkey: K175, title: "CERT # 5" },
    AiEntry { ai: "7235", fnc1_required: true, dl_data_attr: true, components: C176, min_len: 3, max_len: 30, req: R176, ex: E176, dl_pkey: K176, title: "CERT # 6" },
    AiEntry { ai: "7236", fnc1_required: true, dl_data_attr: true, components: C177, min_len: 3, max_len: 30, req: R177, ex: E177, dl_pkey: K177, title: "CERT # 7" },
    AiEntry { ai: "7237", fnc1_required: true, dl_data_attr: true, components: C178, min_len: 3, max_len: 30, req: R178, ex: E178, dl_pkey: K178, title: "CERT # 8" },
    AiEntry { ai: "7238", fnc1_required: true, dl_data_attr: true, components: C179, min_len: 3, max_len: 30, req: R179, ex: E179, dl_pkey: K179, title: "CERT # 9" },
    AiEntry { ai: "7239", fnc1_required: true, dl_data_attr: true, components: C180, min_len: 3, max_len: 30, req: R180, ex: E180, dl_pkey: K180, title: "CERT # 10" },
    AiEntry { ai: "7240", fnc1_required: true, dl_data_attr: true, components: C181, min_len: 1, max_len: 20, req: R181, ex: E181, dl_pkey: K181, title: "PROTOCOL" },
    AiEntry { ai: "7241", fnc1_required: true, dl_data_attr: true, components: C182, min_len: 2, max_len: 2, req: R182, ex: E182, dl_pkey: K182, title: "AIDC MEDIA TYPE" },
    AiEntry { ai: "7242", fnc1_required: true, dl_data_attr: true, components: C183, min_len: 1, max_len: 25, req: R183, ex: E183, dl_pkey: K183, title: "VCN" },
    AiEntry { ai: "7250", fnc1_required: true, dl_data_attr: true, components: C184, min_len: 8, max_len: 8, req: R184, ex: E184, dl_pkey: K184, title: "DOB" },
    AiEntry { ai: "7251", fnc1_required: true, dl_data_attr: true, components: C185, min_len: 12, max_len: 12, req: R185, ex: E185, dl_pkey: K185, title: "DOB TIME" },
    AiEntry { ai: "7252", fnc1_required: true, dl_data_attr: true, components: C186, min_len: 1, max_len: 1, req: R186, ex: E186, dl_pkey: K186, title: "BIO SEX" },
    AiEntry { ai: "7253", fnc1_required: true, dl_data_attr: true, components: C187, min_len: 1, max_len: 40, req: R187, ex: E187, dl_pkey: K187, title: "FAMILY NAME" },
    AiEntry { ai: "7254", fnc1_required: true, dl_data_attr: true, components: C188, min_len: 1, max_len: 40, req: R188, ex: E188, dl_pkey: K188, title: "GIVEN NAME" },
    AiEntry { ai: "7255", fnc1_required: true, dl_data_attr: true, components: C189, min_len: 1, max_len: 10, req: R189, ex: E189, dl_pkey: K189, title: "SUFFIX" },
    AiEntry { ai: "7256", fnc1_required: true, dl_data_attr: true, components: C190, min_len: 1, max_len: 90, req: R190, ex: E190, dl_pkey: K190, title: "FULL NAME" },
    AiEntry { ai: "7257", fnc1_required: true, dl_data_attr: true, components: C191, min_len: 1, max_len: 70, req: R191, ex: E191, dl_pkey: K191, title: "PERSON ADDR" },
    AiEntry { ai: "7258", fnc1_required: true, dl_data_attr: true, components: C192, min_len: 3, max_len: 3, req: R192, ex: E192, dl_pkey: K192, title: "BIRTH SEQUENCE" },
    AiEntry { ai: "7259", fnc1_required: true, dl_data_attr: true, components: C193, min_len: 1, max_len: 40, req: R193, ex: E193, dl_pkey: K193, title: "BABY" },
    AiEntry { ai: "8001", fnc1_required: true, dl_data_attr: true, components: C194, min_len: 14, max_len: 14, req: R194, ex: E194, dl_pkey: K194, title: "DIMENSIONS" },
    AiEntry { ai: "8002", fnc1_required: true, dl_data_attr: true, components: C195, min_len: 1, max_len: 20, req: R195, ex: E195, dl_pkey: K195, title: "CMT No." },
    AiEntry { ai: "8003", fnc1_required: true, dl_data_attr: true, components: C196, min_len: 14, max_len: 30, req: R196, ex: E196, dl_pkey: K196, title: "GRAI" },
    AiEntry { ai: "8004", fnc1_required: true, dl_data_attr: true, components: C197, min_len: 1, max_len: 30, req: R197, ex: E197, dl_pkey: K197, title: "GIAI" },
    AiEntry { ai: "8005", fnc1_required: true, dl_data_attr: true, components: C198, min_len: 6, max_len: 6, req: R198, ex: E198, dl_pkey: K198, title: "PRICE PER UNIT" },
    AiEntry { ai: "8006", fnc1_required: true, dl_data_attr: true, components: C199, min_len: 18, max_len: 18, req: R199, ex: E199, dl_pkey: K199, title: "ITIP" },
    AiEntry { ai: "8007", fnc1_required: true, dl_data_attr: true, components: C200, min_len: 1, max_len: 34, req: R200, ex: E200, dl_pkey: K200, title: "IBAN" },
    AiEntry { ai: "8008", fnc1_required: true, dl_data_attr: true, components: C201, min_len: 8, max_len: 12, req: R201, ex: E201, dl_pkey: K201, title: "PROD TIME" },
    AiEntry { ai: "8009", fnc1_required: true, dl_data_attr: true, components: C202, min_len: 1, max_len: 50, req: R202, ex: E202, dl_pkey: K202, title: "OPTSEN" },
    AiEntry { ai: "8010", fnc1_required: true, dl_data_attr: true, components: C203, min_len: 1, max_len: 30, req: R203, ex: E203, dl_pkey: K203, title: "CPID" },
    AiEntry { ai: "8011", fnc1_required: true, dl_data_attr: false, components: C204, min_len: 1, max_len: 12, req: R204, ex: E204, dl_pkey: K204, title: "CPID SERIAL" },
    AiEntry { ai: "8012", fnc1_required: true, dl_data_attr: true, components: C205, min_len: 1, max_len: 20, req: R205, ex: E205, dl_pkey: K205, title: "VERSION" },
    AiEntry { ai: "8013", fnc1_required: true, dl_data_attr: true, components: C206, min_len: 1, max_len: 25, req: R206, ex: E206, dl_pkey: K206, title: "GMN" },
    AiEntry { ai: "8014", fnc1_required: true, dl_data_attr: false, components: C207, min_len: 1, max_len: 25, req: R207, ex: E207, dl_pkey: K207, title: "MUDI" },
    AiEntry { ai: "8017", fnc1_required: true, dl_data_attr: true, components: C208, min_len: 18, max_len: 18, req: R208, ex: E208, dl_pkey: K208, title: "GSRN - PROVIDER" },
    AiEntry { ai: "8018", fnc1_required: true, dl_data_attr: true, components: C209, min_len: 18, max_len: 18, req: R209, ex: E209, dl_pkey: K209, title: "GSRN - RECIPIENT" },
    AiEntry { ai: "8019", fnc1_required: true, dl_data_attr: false, components: C210, min_len: 1, max_len: 10, req: R210, ex: E210, dl_pkey: K210, title: "SRIN" },
    AiEntry { ai: "8020", fnc1_required: true, dl_data_attr: false, components: C211, min_len: 1, max_len: 25, req: R211, ex: E211, dl_pkey: K211, title: "REF No." },
    AiEntry { ai: "8026", fnc1_required: true, dl_data_attr: true, components: C212, min_len: 18, max_len: 18, req: R212, ex: E212, dl_pkey: K212, title: "ITIP CONTENT" },
    AiEntry { ai: "8030", fnc1_required: true, dl_data_attr: true, components: C213, min_len: 1, max_len: 90, req: R213, ex: E213, dl_pkey: K213, title: "DIGSIG" },
    AiEntry { ai: "8040", fnc1_required: true, dl_data_attr: false, components: C214, min_len: 15, max_len: 15, req: R214, ex: E214, dl_pkey: K214, title: "IMEI" },
    AiEntry { ai: "8041", fnc1_required: true, dl_data_attr: false, components: C215, min_len: 15, max_len: 15, req: R215, ex: E215, dl_pkey: K215, title: "IMEI2" },
    AiEntry { ai: "8042", fnc1_required: true, dl_data_attr: false, components: C216, min_len: 32, max_len: 32, req: R216, ex: E216, dl_pkey: K216, title: "ESIM" },
    AiEntry { ai: "8043", fnc1_required: true, dl_data_attr: false, components: C217, min_len: 18, max_len: 20, req: R217, ex: E217, dl_pkey: K217, title: "PSIM" },
    AiEntry { ai: "8110", fnc1_required: true, dl_data_attr: true, components: C218, min_len: 1, max_len: 70, req: R218, ex: E218, dl_pkey: K218, title: "" },
    AiEntry { ai: "8111", fnc1_required: true, dl_data_attr: true, components: C219, min_len: 4, max_len: 4, req: R219, ex: E219, dl_pkey: K219, title: "POINTS" },
    AiEntry { ai: "8112", fnc1_required: true, dl_data_attr: true, components: C220, min_len: 1, max_len: 70, req: R220, ex: E220, dl_pkey: K220, title: "" },
    AiEntry { ai: "8200", fnc1_required: true, dl_data_attr: false, components: C221, min_len: 1, max_len: 70, req: R221, ex: E221, dl_pkey: K221, title: "PRODUCT URL" },
    AiEntry { ai: "90", fnc1_required: true, dl_data_attr: true, components: C222, min_len: 1, max_len: 30, req: R222, ex: E222, dl_pkey: K222, title: "INTERNAL" },
    AiEntry { ai: "91", fnc1_required: true, dl_data_attr: true, components: C223, min_len: 1, max_len: 90, req: R223, ex: E223, dl_pkey: K223, title: "INTERNAL" },
    AiEntry { ai: "92", fnc1_required: true, dl_data_attr: true, components: C223, min_len: 1, max_len: 90, req: R223, ex: E223, dl_pkey: K223, title: "INTERNAL" },
    AiEntry { ai: "93", fnc1_required: true, dl_data_attr: true, components: C223, min_len: 1, max_len: 90, req: R223, ex: E223, dl_pkey: K223, title: "INTERNAL" },
    AiEntry { ai: "94", fnc1_required: true, dl_data_attr: true, components: C223, min_len: 1, max_len: 90, req: R223, ex: E223, dl_pkey: K223, title: "INTERNAL" },
    AiEntry { ai: "95", fnc1_required: true, dl_data_attr: true, components: C223, min_len: 1, max_len: 90, req: R223, ex: E223, dl_pkey: K223, title: "INTERNAL" },
    AiEntry { ai: "96", fnc1_required: true, dl_data_attr: true, components: C223, min_len: 1, max_len: 90, req: R223, ex: E223, dl_pkey: K223, title: "INTERNAL" },
    AiEntry { ai: "97", fnc1_required: true, dl_data_attr: true, components: C223, min_len: 1, max_len: 90, req: R223, ex: E223, dl_pkey: K223, title: "INTERNAL" },
    AiEntry { ai: "98", fnc1_required: true, dl_data_attr: true, components: C223, min_len: 1, max_len: 90, req: R223, ex: E223, dl_pkey: K223, title: "INTERNAL" },
    AiEntry { ai: "99", fnc1_required: true, dl_data_attr: true, components: C223, min_len: 1, max_len: 90, req: R223, ex: E223, dl_pkey: K223, title: "INTERNAL" },
];
