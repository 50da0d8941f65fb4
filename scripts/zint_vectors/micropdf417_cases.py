"""MicroPDF417 cases for the zint oracle (see generate.py), and the generator of our RAP table.

Case names say how formats/tests/zint_micropdf417.rs compares them:
- `exact-…`: one clear encodation (pure numeric, one-sub-mode text, pure non-text bytes, each
  starting from MicroPDF417's initial byte compaction mode) with the size pinned or chosen
  automatically — compared module for module;
- `len-…`: zint 2.11 picks compaction modes by a heuristic (ISO/IEC 15438 Annex N) and we by a
  shortest-path search, so the codewords may differ: the test reads zint's codewords back from
  its matrix and requires ours to be no more (and the symbol no larger).

`python3 scripts/zint_vectors/micropdf417_cases.py --rap-table` regenerates
formats/src/pdf417/micro/rap.rs (see `rap_table`).
"""
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from common import case_generic, zint_matrix  # noqa: E402

# The 34 sizes of ISO/IEC 24728 Table 1 (columns, rows, check codewords) with the row address
# pattern numbers of their first row (left, centre, right: Tables 10-12; centre only for 3 and 4
# columns) and the cluster of their first row. Kept in step with formats/src/pdf417/micro/sizes.rs.
SIZES = [
    # 1 column
    (1, 11, 7, 1, 0, 9, 0), (1, 14, 7, 8, 0, 8, 3), (1, 17, 7, 36, 0, 36, 6), (1, 20, 8, 19, 0, 19, 0),
    (1, 24, 8, 9, 0, 17, 6), (1, 28, 8, 25, 0, 33, 0),
    # 2 columns
    (2, 8, 8, 1, 0, 1, 0), (2, 11, 9, 1, 0, 9, 0), (2, 14, 9, 8, 0, 8, 3), (2, 17, 10, 36, 0, 36, 6),
    (2, 20, 11, 19, 0, 19, 0), (2, 23, 13, 9, 0, 17, 6), (2, 26, 15, 27, 0, 35, 6),
    # 3 columns
    (3, 6, 12, 1, 1, 1, 0), (3, 8, 14, 7, 7, 7, 0), (3, 10, 16, 15, 15, 15, 6), (3, 12, 18, 25, 25, 25, 0),
    (3, 15, 21, 37, 37, 37, 0), (3, 20, 26, 1, 17, 33, 0), (3, 26, 32, 1, 9, 17, 0), (3, 32, 38, 21, 29, 37, 6),
    (3, 38, 44, 15, 31, 47, 6), (3, 44, 50, 1, 25, 49, 0),
    # 4 columns
    (4, 4, 8, 47, 19, 43, 3), (4, 6, 12, 1, 1, 1, 0), (4, 8, 14, 7, 7, 7, 0), (4, 10, 16, 15, 15, 15, 6),
    (4, 12, 18, 25, 25, 25, 0), (4, 15, 21, 37, 37, 37, 0), (4, 20, 26, 1, 17, 33, 0), (4, 26, 32, 1, 9, 17, 0),
    (4, 32, 38, 21, 29, 37, 6), (4, 38, 44, 15, 31, 47, 6), (4, 44, 50, 1, 25, 49, 0),
]
WIDTH = {1: 38, 2: 55, 3: 82, 4: 99}
# The most data codewords each column count holds.
MAX_CAP = {1: 20, 2: 37, 3: 82, 4: 126}
NON_TEXT = [b for b in range(256) if not (b in (9, 10, 13) or 32 <= b <= 126)]
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ "
LOWER = "abcdefghijklmnopqrstuvwxyz "
ALL_TEXT = "".join(chr(c) for c in range(32, 127)) + "\t\r\n"


def capacity(size):
    cols, rows, ecc = size[:3]
    return cols * rows - ecc


def byte_count_for(codewords):
    """Non-text bytes that byte compaction writes in exactly `codewords` codewords (with the
    latch): 6 bytes per 5 codewords, the rest one each."""
    q, r = divmod(codewords - 1, 5)
    return 6 * q + r


def runs(pattern):
    out, cur = [], 1
    for a, b in zip(pattern, pattern[1:]):
        if a == b:
            cur += 1
        else:
            out.append(cur)
            cur = 1
    return out + [cur]


def cluster_of(pattern):
    """ISO/IEC 15438: a codeword's cluster is (b1 - b2 + b3 - b4) mod 9 over its bar widths."""
    r = runs(pattern)
    return (r[0] - r[2] + r[4] - r[6]) % 9


def rap_table():
    """Reads the 52 side and 52 centre row address patterns off zint symbols of all 34 sizes.

    For each size a symbol is made whose data fills the size exactly (so zint picks it at the
    pinned column count); row `r` then carries side pattern number `left + r` (and `right + r`)
    and centre number `centre + r`, counting on from 52 to 1 (ISO/IEC 24728 5.3.2). Every reading
    of a number must agree with every other, each pattern must be 10 modules of three bars and
    three spaces starting with a bar (side) or a bar of one module (centre), all 52 distinct; the
    symbol's width, row count, stop bar and first-row cluster must be those of SIZES.
    """
    rng = random.Random(24728)
    side, centre = {}, {}
    for size in SIZES:
        cols, rows, ecc, left, mid, right, cluster = size
        n = byte_count_for(capacity(size))
        data = bytes(rng.choice(NON_TEXT) for _ in range(n))
        m = zint_matrix("micropdf417", data, ["-b", "MICROPDF417", f"--cols={cols}", "--binary"])
        assert len(m) == rows and len(m[0]) == WIDTH[cols], (size, len(m), len(m[0]))
        for r, line in enumerate(m):
            assert line[-1] == "1", "stop bar"
            readings = [(side, left, line[:10]), (side, right, line[-11:-1])]
            if cols == 3:
                readings.append((centre, mid, line[27:37]))
            if cols == 4:
                readings.append((centre, mid, line[44:54]))
            for table, start, pattern in readings:
                number = (start - 1 + r) % 52 + 1
                seen = table.setdefault(number, pattern)
                assert seen == pattern, (size, r, number, seen, pattern)
            first = line[10:27]
            assert cluster_of(first) == (cluster + 3 * r) % 9, (size, r)
    for name, table in (("side", side), ("centre", centre)):
        assert sorted(table) == list(range(1, 53)), f"{name}: numbers {sorted(table)}"
        assert len(set(table.values())) == 52, name
        for p in table.values():
            assert len(p) == 10 and p[0] == "1" and p[-1] == "0" and len(runs(p)) == 6, (name, p)
    return [int(side[i], 2) for i in range(1, 53)], [int(centre[i], 2) for i in range(1, 53)]


def write_rap_table():
    side, centre = rap_table()
    out = pathlib.Path(__file__).resolve().parents[2] / "formats/src/pdf417/micro/rap.rs"
    lines = [
        "//! The 52 row address patterns of each kind (ISO/IEC 24728 Table 2). Generated by",
        "//! `python3 scripts/zint_vectors/micropdf417_cases.py --rap-table`, which reads them off",
        "//! zint symbols of all 34 sizes and checks every reading; do not edit by hand.",
        "//!",
        "//! Each entry is 10 modules, most significant bit first (1 = bar): three bars and three",
        "//! spaces.",
        "",
        "/// Left and right row address patterns, `SIDE[number - 1]`.",
        "pub(super) const SIDE: [u16; 52] = [",
    ]
    for i in range(0, 52, 13):  # rustfmt's packing at max_width 100
        lines.append("    " + " ".join(f"0x{v:03x}," for v in side[i:i + 13]))
    lines += ["];", "", "/// Centre row address patterns (3 and 4 columns), `CENTRE[number - 1]`.",
              "pub(super) const CENTRE: [u16; 52] = ["]
    for i in range(0, 52, 13):
        lines.append("    " + " ".join(f"0x{v:03x}," for v in centre[i:i + 13]))
    lines.append("];")
    out.write_text("\n".join(lines) + "\n")
    print(f"wrote {out}")


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def words(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def non_text(rng, n):
    return bytes(rng.choice(NON_TEXT) for _ in range(n))


def numeric_cws(n):
    """Codewords numeric compaction writes for `n` digits, with its latch."""
    q, r = divmod(n, 44)
    return 1 + 15 * q + (r // 3 + 1 if r else 0)


def max_digits(cws):
    n = 0
    while numeric_cws(n + 1) <= cws:
        n += 1
    return n


def both(cols=None, extra=(), **more):
    z = ["-b", "MICROPDF417"]
    o = {}
    if cols is not None:
        z.append(f"--cols={cols}")
        o["columns"] = cols
    o.update(more)
    return z + list(extra), o


def filler(rng, kind, cws):
    """Data of one kind whose codewords (with the first latch) number exactly `cws`."""
    if kind == "bytes":
        return non_text(rng, byte_count_for(cws))
    if kind == "upper":
        return words(rng, 2 * (cws - 1), "ABCDEFGHIJKLMNOPQRSTUVWXYZ").encode()
    n = max_digits(cws)
    assert numeric_cws(n) == cws, (cws, n)
    return digits(rng, n).encode()


def cases():
    rng = random.Random(24728)
    # Every size, its data region filled exactly with bytes: pinned by columns (zint's --cols)
    # or by our version name.
    for i, size in enumerate(SIZES):
        cols, rows = size[:2]
        data = filler(rng, "bytes", capacity(size))
        z, o = both(cols, extra=["--binary"])
        if i % 2:
            o = {"version": f"{rows}x{cols}"}
        yield case_generic(f"exact-size-{rows:02}x{cols}", "micropdf417", data, z, o)
    # zint's automatic size choice: each size it offers, filled exactly (bytes, text or digits).
    for i, size in enumerate(SIZES):
        cap = capacity(size)
        kind = ["upper", "digits", "bytes"][i % 3]
        if kind == "digits" and numeric_cws(max_digits(cap)) != cap:
            kind = "upper"
        data = filler(rng, kind, cap)
        z, o = both(extra=["--binary"] if kind == "bytes" else [])
        name = f"exact-auto-{cap:03}-{kind}"
        if any(capacity(s) == cap for s in SIZES[:i]):
            continue  # one case per capacity
        yield case_generic(name, "micropdf417", data, z, o)
    # The most each column count holds, in each mode.
    for cols, cap in MAX_CAP.items():
        for kind in ("digits", "upper", "bytes"):
            data = filler(rng, kind, cap) if kind != "digits" else digits(rng, max_digits(cap)).encode()
            z, o = both(cols, extra=["--binary"] if kind == "bytes" else [])
            yield case_generic(f"exact-max-c{cols}-{kind}", "micropdf417", data, z, o)
    # Pure digits (6 or more: numeric compaction there for zint too), pinned and automatic.
    for i, n in enumerate((6, 7, 13, 44, 45, 88, 100, 150)):
        cols = [None, 1, 2, 3, 4][i % 5]
        if cols and numeric_cws(n) > MAX_CAP[cols]:
            cols = 3
        z, o = both(cols)
        yield case_generic(f"exact-num-{n}-c{cols or 'auto'}", "micropdf417", digits(rng, n), z, o)
    # One text sub-mode: upper case with spaces, lower case words.
    for i, n in enumerate((1, 2, 9, 30, 60, 120)):
        cols = [None, 2, 3, 4][i % 4]
        text = (words(rng, n, UPPER).strip() or "Q")
        if cols and 1 + (len(text) + 1) // 2 > MAX_CAP[cols]:
            cols = 4
        z, o = both(cols)
        yield case_generic(f"exact-upper-{n}-c{cols or 'auto'}", "micropdf417", text, z, o)
    for i, n in enumerate((3, 25, 70, 140)):
        cols = [None, 4][i % 2]
        text = "a" + words(rng, n, LOWER).rstrip()
        z, o = both(cols)
        yield case_generic(f"exact-lower-{n}-c{cols or 'auto'}", "micropdf417", text, z, o)
    # Non-text bytes: 901 and 924 runs of every length class.
    for n in (1, 2, 5, 6, 7, 12, 13, 50):
        z, o = both(extra=["--binary"])
        yield case_generic(f"exact-bytes-{n:03}", "micropdf417", non_text(rng, n), z, o)
    # ECI designators of each size (the data written as bytes).
    for eci in (3, 26, 899, 900, 810899, 810900, 811799):
        z, o = both(2, extra=[f"--eci={eci}", "--binary"], eci=eci)
        yield case_generic(f"exact-eci{eci}", "micropdf417", non_text(rng, 10), z, o)
    # Macro MicroPDF417 (zint's --structapp: index from 1, count, ID digits).
    for i, (index, count, fid) in enumerate([(1, 2, ""), (2, 2, ""), (1, 3, "123456"), (3, 3, "001"),
                                            (5, 99999, "899899"), (99999, 99999, "12")]):
        cols = [None, 3, 4][i % 3]
        z, o = both(cols, extra=[f"--structapp={index},{count}" + (f",{fid}" if fid else "")])
        o["macro_pdf417"] = {"segment_index": index - 1, "segment_count": count, "file_id": fid}
        yield case_generic(f"exact-macro-{i}", "micropdf417", digits(rng, 20), z, o)
    # Reader initialisation, alone and with ECI and macro.
    z, o = both(1, extra=["--init"], reader_init=True)
    yield case_generic("exact-reader-init-digits", "micropdf417", digits(rng, 12), z, o)
    z, o = both(extra=["--init"], reader_init=True)
    yield case_generic("exact-reader-init-text", "micropdf417", "READER INIT", z, o)
    z, o = both(4, extra=["--init", "--eci=26", "--binary", "--structapp=2,4,42"], reader_init=True, eci=26)
    o["macro_pdf417"] = {"segment_index": 1, "segment_count": 4, "file_id": "42"}
    yield case_generic("exact-reader-init-eci-macro", "micropdf417", non_text(rng, 9), z, o)

    # Mixed data, short digit strings, UTF-8 under ECI 26: zint's heuristic and our shortest
    # path may differ (compared by length).
    for n in range(1, 6):
        z, o = both()
        yield case_generic(f"len-digits-{n}", "micropdf417", digits(rng, n), z, o)
    mixed = [
        "Hello, World! 123", "https://example.com/path?q=1&r=2", "Part No. 12345678901234 Lot A7",
        "abc123def456ghi", "ABCDEFabcdef012345!@#$%^&*()", "a\tb\r\nc", "ISO/IEC 24728:2006",
        "x", "The quick brown fox jumps over the lazy dog", "MIXED case And 42 numbers 1234567890123",
        "e-mail: someone@example.org; tel +44 20 7946 0000", "1A", "12345678\x80abc", "\x80\x81ABCDEFGH",
    ]
    for i, text in enumerate(mixed):
        cols = [None, 1, 2, 3, 4][i % 5]
        data = text.encode("latin-1")
        if cols == 1 and len(data) > 20:
            cols = 2
        z, o = both(cols, extra=["--binary"])
        yield case_generic(f"len-mixed-{i:02}-c{cols or 'auto'}", "micropdf417", data, z, o)
    for i, text in enumerate(["Grüße aus Zürich", "naïve café", "€100", "日本語テキスト"]):
        z, o = both(None, extra=["--eci=26", "--binary"], eci=26)
        yield case_generic(f"len-eci26-{i}", "micropdf417", text.encode("utf-8"), z, o)
    for i in range(8):
        data = bytes(rng.randrange(256) for _ in range(rng.randint(1, 100)))
        z, o = both(extra=["--binary"])
        yield case_generic(f"len-random-bytes-{i}", "micropdf417", data, z, o)
    for i in range(8):
        parts = [rng.choice([digits(rng, rng.randint(1, 20)), words(rng, rng.randint(1, 12), ALL_TEXT),
                             non_text(rng, rng.randint(1, 6)).decode("latin-1")]) for _ in range(5)]
        data = "".join(parts).encode("latin-1")
        z, o = both(extra=["--binary"])
        yield case_generic(f"len-segments-{i}", "micropdf417", data, z, o)


if __name__ == "__main__" and "--rap-table" in sys.argv:
    write_rap_table()
