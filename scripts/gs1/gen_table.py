#!/usr/bin/env python3
"""Generates formats/src/gs1/table.rs from the GS1 Barcode Syntax Dictionary.

Usage (from the repository root):

    python3 scripts/gs1/gen_table.py [DICTIONARY] [-o OUT | --stdout]

DICTIONARY defaults to ../shared/testdata/gs1/gs1-syntax-dictionary.txt (beside the repository);
OUT defaults to formats/src/gs1/table.rs. The test `gs1_table` runs this with --stdout and checks
the committed file is identical, so edit the generator (or the dictionary), never the output.

The dictionary (Apache-2.0, (c) BWIPP project, Zint project, GS1 AISBL) describes each AI as:
AIs [flags] components... [attributes...] [# title]. See its header comments for the format.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_DICT = os.path.join(os.path.dirname(ROOT), "shared", "testdata", "gs1",
                            "gs1-syntax-dictionary.txt")
DEFAULT_OUT = os.path.join(ROOT, "formats", "src", "gs1", "table.rs")

# Dictionary linter name -> our `Lint` variant. A linter the dictionary names that is missing
# here stops the generator, so a new dictionary release cannot silently skip a check.
LINTS = {
    "csum": "Csum",
    "csumalpha": "CsumAlpha",
    "gcppos1": "GcpPos1",
    "gcppos2": "GcpPos2",
    "hasnondigit": "HasNonDigit",
    "hh": "Hh",
    "hhmi": "HhMi",
    "hyphen": "Hyphen",
    "iban": "Iban",
    "importeridx": "ImporterIdx",
    "iso3166": "Iso3166",
    "iso3166999": "Iso3166Or999",
    "iso3166alpha2": "Iso3166Alpha2",
    "iso4217": "Iso4217",
    "iso5218": "Iso5218",
    "latitude": "Latitude",
    "longitude": "Longitude",
    "mediatype": "MediaType",
    "mi": "Mi",
    "nonzero": "NonZero",
    "nozeroprefix": "NoZeroPrefix",
    "packagetype": "PackageType",
    "pcenc": "PcEnc",
    "pieceoftotal": "PieceOfTotal",
    "posinseqslash": "PosInSeqSlash",
    "ss": "Ss",
    "winding": "Winding",
    "yesno": "YesNo",
    "yymmd0": "Yymmd0",
    "yymmdd": "Yymmdd",
    "yyyymmdd": "Yyyymmdd",
    "zero": "Zero",
    "couponcode": "CouponCode",
    "couponposoffer": "CouponPosOffer",
}
CSETS = {"N": "Numeric", "X": "Cset82", "Y": "Cset39", "Z": "Cset64"}
COMPONENT = re.compile(r"^(\[)?([NXYZ])(\d+)?(?:\.\.(\d+))?(\])?((?:,[a-z0-9]+)*)$")
AI_RANGE = re.compile(r"^(\d{2,4})(?:-(\d{2,4}))?$")
FLAG_CHARS = set("*!?\"$%&'()+,-./:;<=>@[\\]^_`{|}~")


def parse(text):
    """Returns a list of entry dicts in dictionary order."""
    entries = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        body, _, title = line.partition("#")
        tokens = body.split()
        m = AI_RANGE.match(tokens[0])
        if not m:
            raise SystemExit(f"line {lineno}: bad AI {tokens[0]!r}")
        lo, hi = m.group(1), m.group(2) or m.group(1)
        if len(lo) != len(hi) or int(lo) > int(hi):
            raise SystemExit(f"line {lineno}: bad AI range {tokens[0]!r}")
        i = 1
        flags = ""
        if i < len(tokens) and set(tokens[i]) <= FLAG_CHARS:
            flags = tokens[i]
            i += 1
        comps = []
        while i < len(tokens):
            c = COMPONENT.match(tokens[i])
            if not c:
                break
            opt_open, cset, fixed, var_max, opt_close, lints = c.groups()
            if bool(opt_open) != bool(opt_close):
                raise SystemExit(f"line {lineno}: unbalanced [] in {tokens[i]!r}")
            if fixed and var_max:
                raise SystemExit(f"line {lineno}: component {tokens[i]!r}")
            lo_len, hi_len = (int(fixed), int(fixed)) if fixed else (1, int(var_max))
            names = [n for n in lints.split(",") if n]
            for n in names:
                if n not in LINTS:
                    raise SystemExit(f"line {lineno}: unknown linter {n!r}: add it to LINTS")
            comps.append((CSETS[cset], lo_len, hi_len, bool(opt_open), [LINTS[n] for n in names]))
            i += 1
        if not comps:
            raise SystemExit(f"line {lineno}: no components")
        req, ex = [], []
        for attr in tokens[i:]:
            key, _, value = attr.partition("=")
            if key == "req":
                req.append(value)
            elif key == "ex":
                ex.extend(value.split(","))
            elif key in ("dlpkey", "dlattr"):
                pass  # GS1 Digital Link only; element strings do not need it
            else:
                raise SystemExit(f"line {lineno}: unknown attribute {attr!r}")
        entries.append({
            "lo": lo, "hi": hi, "fixed": "*" in flags, "comps": comps, "req": req,
            "ex": ",".join(ex), "title": title.strip(),
        })
    keys = [pad(e["lo"], "0") for e in entries]
    if keys != sorted(keys):
        raise SystemExit("dictionary entries are not in lexical AI order")
    for a, b in zip(entries, entries[1:]):
        if pad(a["hi"], "9") >= pad(b["lo"], "0"):
            raise SystemExit(f"AI {a['lo']} overlaps AI {b['lo']} (AIs must be prefix-free)")
    return entries


def pad(ai, fill):
    """The AI as a 4-digit key: prefix-free AIs become disjoint intervals of 0000-9999."""
    return int(ai + fill * (4 - len(ai)))


def rust_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(entries, licence_lines):
    out = []
    w = out.append
    w("// @generated by scripts/gs1/gen_table.py from the GS1 Barcode Syntax Dictionary: do not")
    w("// edit; change the generator or the dictionary and regenerate (the gs1_table test checks).")
    w("//")
    w("// The AI table below is derived from the GS1 Barcode Syntax Dictionary,")
    for line in licence_lines:
        w(("// " + line).rstrip())
    w("")
    w("use super::spec::{Ai, Comp, Cset::*, Lint::*};")
    w("")
    # Components are shared by many AIs (N6 alone serves 90 of them): one const per distinct list.
    comp_ids = {}
    comp_defs = []
    for e in entries:
        key = repr(e["comps"])
        if key not in comp_ids:
            comp_ids[key] = f"C{len(comp_ids)}"
            parts = []
            for cset, lo, hi, opt, lints in e["comps"]:
                parts.append(
                    f"Comp {{ cset: {cset}, min: {lo}, max: {hi}, optional: {str(opt).lower()}, "
                    f"lints: &[{', '.join(lints)}] }}")
            comp_defs.append(f"const {comp_ids[key]}: &[Comp] = &[{', '.join(parts)}];")
    out.extend(comp_defs)
    w("")
    w(f"/// Every AI of the dictionary ({len(entries)} entries, ranges kept as ranges), sorted by")
    w("/// `lo`, the AI padded to four digits with zeros (`hi` is padded with nines).")
    w("pub(crate) const AIS: &[Ai] = &[")
    for e in entries:
        digits = len(e["lo"])
        req = ", ".join(rust_str(r) for r in e["req"])
        w(f"    Ai {{ lo: {pad(e['lo'], '0')}, hi: {pad(e['hi'], '9')}, digits: {digits}, "
          f"fixed: {str(e['fixed']).lower()}, title: {rust_str(e['title'])}, "
          f"comps: {comp_ids[repr(e['comps'])]}, req: &[{req}], ex: {rust_str(e['ex'])} }},")
    w("];")
    return "\n".join(out) + "\n"


def licence_header(text):
    """The dictionary's copyright and licence comment lines, as its header states them."""
    lines = [l[1:].strip() if l.startswith("#") else l for l in text.splitlines()]
    start = next(i for i, l in enumerate(lines) if l.startswith("Copyright"))
    end = next(i for i in range(start, len(lines)) if "limitations under the License" in lines[i])
    return lines[start:end + 1]


def main(argv):
    args = list(argv)
    to_stdout = "--stdout" in args
    if to_stdout:
        args.remove("--stdout")
    out_path = DEFAULT_OUT
    if "-o" in args:
        i = args.index("-o")
        out_path = args[i + 1]
        del args[i:i + 2]
    dict_path = args[0] if args else DEFAULT_DICT
    with open(dict_path, encoding="utf-8") as f:
        text = f.read()
    rendered = render(parse(text), licence_header(text))
    if to_stdout:
        sys.stdout.write(rendered)
    else:
        with open(out_path, "w", encoding="utf-8") as f:
            f.write(rendered)
        print(f"wrote {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
