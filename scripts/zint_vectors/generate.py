#!/usr/bin/env python3
"""Writes (or with --check, verifies) testdata/zint/<symbology>/<name>.json from zint's output.

Each vector records the zint command that made it, so the Rust, C, Python and Node suites can
compare our matrices module for module without zint installed; `--check` proves the committed
files still equal what the installed zint prints.
"""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import common  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2] / "testdata" / "zint"
# Every *_cases.py beside this script contributes cases (one file per symbology family).
CASE_MODULES = sorted(p.stem for p in pathlib.Path(__file__).parent.glob("*_cases.py"))
# Cases with the mask left to each encoder: compared for agreement, not required to be equal.
AUTOMASK_ROOT = ROOT.parent / "zint-automask"


def all_cases(only=None):
    import importlib
    for name in CASE_MODULES:
        if only and name != f"{only}_cases":
            continue
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        yield from mod.cases()


def main():
    check = "--check" in sys.argv
    # --only FAMILY: just FAMILY_cases.py (e.g. --only datamatrix), for quick iteration.
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    version = common.zint_version()
    seen, bad = set(), 0
    for c in all_cases(only):
        key = (c["symbology"], c["name"])
        if key in seen:
            raise SystemExit(f"duplicate case name {key}")
        seen.add(key)
        rows = common.zint_matrix(c["symbology"], c.get("zint_data", c["data"]), c["zint"])
        if c.get("expect_rows") is not None and c["expect_rows"] != len(rows):
            raise SystemExit(f"{key}: zint made {len(rows)} rows, case expects {c['expect_rows']}")
        vec = {
            "symbology": c["symbology"],
            "data_hex": c["data"].hex(),
            "options": c["options"],
            "zint": c["zint"],
            **({"zint_data_hex": c["zint_data"].hex()} if c.get("zint_data", c["data"]) != c["data"] else {}),
            "zint_version": version,
            "matrix": rows,
        }
        root = AUTOMASK_ROOT if c.get("automask") else ROOT
        path = root / c["symbology"] / f"{c['name']}.json"
        text = json.dumps(vec, indent=1) + "\n"
        if check:
            if not path.exists() or path.read_text() != text:
                print(f"MISMATCH {path.relative_to(ROOT.parent.parent)}")
                bad += 1
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
    print(f"zint vectors: {len(seen)} cases, {bad} mismatches ({'check' if check else 'written'})")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
