#!/usr/bin/env python3
"""Validate the EPCIS XML documents this crate emits against GS1's EPCIS 2.0 XSD.

The Rust test `cargo test --features epcis --test epcis` writes every emitted document to
target/epcis-emitted/*.xml; this script checks each one with `xmlschema` (PyPI) against
../shared/data/epcis/gs1-epcis/XSD/EPCglobal-epcis-2_0.xsd, prints "N passed, M failed" and exits 1 on
any failure (or when there is nothing to check).

    python3 -m pip install xmlschema==4.3.2
    cargo test --no-default-features --features epcis --test epcis
    python3 tests/xsd/validate_emitted.py
"""
import pathlib
import sys

import xmlschema

ROOT = pathlib.Path(__file__).resolve().parents[2]
XSD = ROOT.parent / "shared" / "data" / "epcis" / "gs1-epcis" / "XSD" / "EPCglobal-epcis-2_0.xsd"
EMITTED = ROOT / "target" / "epcis-emitted"


def main() -> int:
    if not XSD.exists():
        print(f"missing XSD {XSD} (the shared data folder is required)")
        return 1
    files = sorted(EMITTED.glob("*.xml")) + [pathlib.Path(a) for a in sys.argv[1:]]
    if not files:
        print(f"nothing to validate in {EMITTED}: run the epcis tests first")
        return 1
    schema = xmlschema.XMLSchema(str(XSD))
    passed = failed = 0
    for f in files:
        errors = list(schema.iter_errors(str(f)))
        if errors:
            failed += 1
            print(f"FAIL {f.name}: {errors[0].reason} at {errors[0].path}")
        else:
            passed += 1
            print(f"ok   {f.name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
