"""PDF417 cases for the zint oracle (see generate.py), and the generator of our codeword table.

Case names say how formats/tests/zint_pdf417.rs compares them:
- `exact-…`: one clear encodation (pure numeric of 8+ digits, plain text, pure bytes) with the
  security level and columns pinned — compared module for module;
- `len-…`: zint 2.11 picks its compaction modes by a heuristic (ISO/IEC 15438 Annex N) and ours
  by a shortest-path search, so the two may differ: the test decodes zint's matrix into codewords,
  requires ours to be no longer, and requires rxing to read the input back from ours.

`python3 scripts/zint_vectors/pdf417_cases.py --codeword-table` regenerates
formats/src/pdf417/patterns.rs (see `codeword_table`).
"""
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from common import case_generic, zint_matrix  # noqa: E402

# Bytes zint never puts in text compaction (not HT, LF, CR or printable ASCII).
NON_TEXT = [b for b in range(256) if not (b in (9, 10, 13) or 32 <= b <= 126)]
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ "
LOWER = "abcdefghijklmnopqrstuvwxyz "
ALL_TEXT = "".join(chr(c) for c in range(32, 127)) + "\t\r\n"


def ecc_count(level):
    return 2 << level


def rs_check_words(data, level):
    """ISO/IEC 15438 5.7: check words of `data` over GF(929), generator prod (x - 3^i), i=1..k."""
    k = ecc_count(level)
    g = [1]  # highest degree first
    for i in range(1, k + 1):
        r = pow(3, i, 929)
        g = [(a - r * b) % 929 for a, b in zip(g + [0], [0] + g)]
    rem = [0] * k
    for d in data:
        t = (d + rem[0]) % 929
        rem = rem[1:] + [0]
        for j in range(k):
            rem[j] = (rem[j] - t * g[j + 1]) % 929
    return [(-r) % 929 for r in rem]


def byte_words(data):
    """Byte compaction of whole 6-byte groups (mode 924): 5 base-900 digits per group."""
    out = []
    for i in range(0, len(data), 6):
        n = int.from_bytes(data[i:i + 6], "big")
        group = []
        for _ in range(5):
            group.append(n % 900)
            n //= 900
        out.extend(reversed(group))
    return out


def codeword_table():
    """Reads the bar-space pattern of every codeword value in every cluster off zint's symbols.

    Each symbol carries random non-text bytes (zint puts them all in one mode-924 byte run), so
    we know every codeword it holds: length descriptor, 924, the base-900 groups, 900 pads, the
    Reed-Solomon check words (computed here from the standard's generator polynomial) and the
    row indicators. The 17 modules at each codeword's place give the pattern. Every pattern read
    must agree with every other reading of the same (cluster, value), have the cluster number
    ISO/IEC 15438 defines ((b1 - b2 + b3 - b4) mod 9 over the bar widths), and each cluster's
    929 patterns must be distinct — which also checks the Reed-Solomon arithmetic.
    """
    rng = random.Random(15438)
    table = [dict() for _ in range(3)]
    for sym in range(400):
        if all(len(t) == 929 for t in table):
            break
        cols = rng.randint(1, 30)
        level = rng.choice([5, 6, 7, 8]) if sym % 4 else rng.randint(0, 8)
        k = ecc_count(level)
        max_rows = min(90, 928 // cols)
        rows = rng.randint(3, max_rows)
        room = rows * cols - k - 2
        if room < 5:
            continue
        n = 6 * rng.randint(1, room // 5)
        data = bytes(rng.choice(NON_TEXT) for _ in range(n))
        words = [924] + byte_words(data)
        words += [900] * (rows * cols - k - 1 - len(words))
        words = [len(words) + 1] + words
        words += rs_check_words(words, level)
        matrix = zint_matrix("pdf417", data, ["-b", "PDF417", f"--secure={level}", f"--cols={cols}",
                                             f"--rows={rows}", "--binary"])
        assert len(matrix) == rows, (len(matrix), rows)
        for r, line in enumerate(matrix):
            cluster = r % 3
            base = 30 * (r // 3)
            ri = [(rows - 1) // 3, level * 3 + (rows - 1) % 3, cols - 1]
            left = base + ri[cluster]
            right = base + ri[(cluster + 2) % 3]
            row_words = [left] + words[r * cols:(r + 1) * cols] + [right]
            for j, w in enumerate(row_words):
                pattern = line[17 + 17 * j: 34 + 17 * j]
                assert pattern[0] == "1" and pattern[-1] == "0", pattern
                seen = table[cluster].setdefault(w, pattern)
                assert seen == pattern, f"cluster {cluster} value {w}: {seen} vs {pattern}"
    for cluster, t in enumerate(table):
        assert len(t) == 929, f"cluster {cluster}: only {len(t)} values seen"
        assert len(set(t.values())) == 929
        for pattern in t.values():
            runs, cur = [], 1
            for a, b in zip(pattern, pattern[1:]):
                if a == b:
                    cur += 1
                else:
                    runs.append(cur)
                    cur = 1
            runs.append(cur)
            assert len(runs) == 8 and max(runs) <= 6
            assert (runs[0] - runs[2] + runs[4] - runs[6]) % 9 == 3 * cluster
    return [[int(t[v][:16], 2) for v in range(929)] for t in table]


def write_codeword_table():
    table = codeword_table()
    out = pathlib.Path(__file__).resolve().parents[2] / "formats/src/pdf417/patterns.rs"
    lines = [
        "//! Bar-space patterns of the 929 codeword values in clusters 0, 3 and 6 (ISO/IEC 15438",
        "//! Annex B). Generated by `python3 scripts/zint_vectors/pdf417_cases.py --codeword-table`,",
        "//! which reads every pattern off zint-made symbols whose codewords it knows and checks each",
        "//! against the standard's cluster rule; do not edit by hand.",
        "//!",
        "//! Each entry is the first 16 of a codeword's 17 modules, most significant bit first",
        "//! (1 = bar); the 17th module is always a space.",
        "",
        "/// `PATTERNS[cluster / 3][value]`.",
        "pub(super) const PATTERNS: [[u16; 929]; 3] = [",
    ]
    for t in table:
        lines.append("    [")
        for i in range(0, 929, 11):  # rustfmt's packing at max_width 100
            lines.append("        " + " ".join(f"0x{v:04x}," for v in t[i:i + 11]))
        lines.append("    ],")
    lines.append("];")
    out.write_text("\n".join(lines) + "\n")
    print(f"wrote {out}")



def opts(**kw):
    """Our Pdf417Options as JSON (serde names); unset fields take their defaults."""
    return kw


def zargs(level=None, cols=None, rows=None, compact=False, extra=()):
    args = ["-b", "PDF417COMP" if compact else "PDF417"]
    if level is not None:
        args.append(f"--secure={level}")
    if cols is not None:
        args.append(f"--cols={cols}")
    if rows is not None:
        args.append(f"--rows={rows}")
    return args + list(extra)


def both(level=None, cols=None, rows=None, compact=False, extra=(), **more):
    o = {}
    if level is not None:
        o["security_level"] = level
    if cols is not None:
        o["columns"] = cols
    if rows is not None:
        o["rows"] = rows
    if compact:
        o["compact"] = True
    o.update(more)
    return zargs(level, cols, rows, compact, extra), o


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def words(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def non_text(rng, n):
    return bytes(rng.choice(NON_TEXT) for _ in range(n))


def cases():
    rng = random.Random(417)
    # Pure numeric (8+ digits: numeric compaction is strictly shortest), every security level,
    # many column counts.
    for level in range(9):
        for cols in (1, 3, 7, 12, 20, 30)[level % 3::3] + (level + 2,):
            n = rng.choice([8, 13, 44, 45, 88, 100, 250])
            z, o = both(level, cols)
            if (n * 15 // 44 + 20 + (2 << level)) / cols > 88:
                continue
            yield case_generic(f"exact-num-l{level}-c{cols}-{n}", "pdf417", digits(rng, n), z, o)
    # Pure upper-case text with spaces, and lower-case words (one sub-mode each).
    for i, level in enumerate(range(9)):
        cols = 1 + (i * 7) % 15
        text = words(rng, rng.randint(1, 120), UPPER)
        z, o = both(level, cols)
        yield case_generic(f"exact-upper-l{level}-c{cols}", "pdf417", text.strip() or "A", z, o)
    for i, level in enumerate((0, 2, 4, 6, 8)):
        cols = 2 + i * 5
        text = "a" + words(rng, rng.randint(1, 150), LOWER).rstrip() 
        z, o = both(level, cols)
        yield case_generic(f"exact-lower-l{level}-c{cols}", "pdf417", text, z, o)
    # Pure bytes (none text compaction can carry): 901 and 924 runs, a single 913 shift.
    for i, n in enumerate((1, 2, 5, 6, 7, 12, 13, 100, 251, 600)):
        level = i % 9
        cols = 1 + (i * 4) % 29
        z, o = both(level, cols, extra=["--binary"])
        if (n + 20 + (2 << level)) / cols > 88:
            continue
        yield case_generic(f"exact-bytes-l{level}-c{cols}-{n}", "pdf417", non_text(rng, n), z, o)
    # Defaults (zint picks security level and columns): pure data only.
    for i, data in enumerate([digits(rng, 20), digits(rng, 400), "HELLO WORLD", words(rng, 300, UPPER),
                              words(rng, 900, LOWER), non_text(rng, 40), non_text(rng, 500),
                              digits(rng, 1500)]):
        z, o = both(extra=["--binary"] if isinstance(data, bytes) else [])
        yield case_generic(f"exact-default-{i}", "pdf417", data, z, o)
    # Rows pinned (columns from them), and rows with columns.
    for i, (rows, cols) in enumerate([(3, None), (5, None), (10, None), (30, None), (90, None),
                                      (8, 4), (20, 10), (40, 20), (90, 10), (3, 30)]):
        level = (i * 2) % 9
        # Fill at most the pinned size (zint adds rows with a warning where we refuse).
        room = rows * (cols or 30) - (2 << level) - 3
        n = max(8, min(rng.randint(10, 200), room * 44 // 15 - 10))
        z, o = both(level, cols, rows)
        yield case_generic(f"exact-rows{rows}-c{cols or 'auto'}-l{level}", "pdf417", digits(rng, n), z, o)
    # Compact PDF417.
    for i, cols in enumerate((1, 2, 4, 9, 16, 30)):
        level = (i * 3) % 9
        data = [digits(rng, 60), words(rng, 40, UPPER).strip() or "X", non_text(rng, 30)][i % 3]
        z, o = both(level, cols, compact=True, extra=["--binary"] if isinstance(data, bytes) else [])
        yield case_generic(f"exact-compact-c{cols}-l{level}", "pdf417", data, z, o)
    # Macro PDF417 (zint's --structapp: index from 1, count, ID digits).
    for i, (index, count, fid) in enumerate([(1, 2, ""), (2, 2, ""), (1, 3, "123456"), (3, 3, "001"),
                                            (5, 99999, "899899"), (99999, 99999, "12")]):
        z, o = both(3, 5, extra=[f"--structapp={index},{count}" + (f",{fid}" if fid else "")])
        o["macro_pdf417"] = {"segment_index": index - 1, "segment_count": count, "file_id": fid}
        yield case_generic(f"exact-macro-{i}", "pdf417", digits(rng, 30), z, o)
    # ECI designators of each size (data passed through as bytes).
    for i, eci in enumerate((3, 26, 899, 900, 810899, 810900, 811799)):
        z, o = both(2, 4, extra=[f"--eci={eci}", "--binary"], eci=eci)
        yield case_generic(f"exact-eci{eci}", "pdf417", non_text(rng, 12), z, o)
    # ECI 26 with UTF-8 text: mixed text and bytes.
    for i, text in enumerate(["Grüße aus Zürich", "naïve café", "€100", "日本語テキスト"]):
        z, o = both(2, 4, extra=["--eci=26", "--binary"], eci=26)
        yield case_generic(f"len-eci26-{i}", "pdf417", text.encode("utf-8"), z, o)
    # Reader initialisation.
    z, o = both(1, 3, extra=["--init"], reader_init=True)
    yield case_generic("exact-reader-init", "pdf417", digits(rng, 24), z, o)
    # Maximum capacity at level 0: 2710 digits, 1108 bytes, 1848 upper-case letters.
    for name, data, extra in [("digits", digits(rng, 2710), []), ("bytes", non_text(rng, 1108), ["--binary"]),
                              ("upper", "A" * 1848, [])]:
        z, o = both(0, 29, extra=extra)
        yield case_generic(f"exact-max-{name}", "pdf417", data, z, o)
    # Mixed data: zint's heuristic and our shortest path may differ (compared by length).
    mixed = [
        "Hello, World! 123", "https://example.com/path?q=1&r=2", "Part No. 12345678901234 Lot A7",
        "Gru\u00dfe aus Z\u00fcrich", "abc123def456ghi", "ABCDEFabcdef012345!@#$%^&*()", "a\tb\r\nc",
        "PDF417 ISO/IEC 15438:2015", "12345", "1234567", "x", "The quick brown fox jumps over the lazy dog",
        "MIXED case And 42 numbers 1234567890123", "e-mail: someone@example.org; tel +44 20 7946 0000",
    ]
    for i, text in enumerate(mixed):
        level = i % 9
        # Enough columns for the check words in 90 rows (zint widens with a warning; we refuse).
        cols = max(1 + (i * 3) % 20, ((2 << level) + 40) // 90 + 1)
        z, o = both(level, cols, extra=["--binary"])
        yield case_generic(f"len-mixed-{i:02}-l{level}-c{cols}", "pdf417", text.encode("latin-1"), z, o)
    for i in range(10):
        data = bytes(rng.randrange(256) for _ in range(rng.randint(1, 300)))
        z, o = both(i % 9, 6 + i, extra=["--binary"])
        yield case_generic(f"len-random-bytes-{i}", "pdf417", data, z, o)
    for i in range(8):
        parts = [rng.choice([digits(rng, rng.randint(1, 30)), words(rng, rng.randint(1, 20), ALL_TEXT),
                             non_text(rng, rng.randint(1, 8)).decode("latin-1")]) for _ in range(6)]
        data = "".join(parts).encode("latin-1")
        z, o = both(None, None, extra=["--binary"])
        yield case_generic(f"len-segments-{i}", "pdf417", data, z, o)


if __name__ == "__main__" and "--codeword-table" in sys.argv:
    write_codeword_table()
