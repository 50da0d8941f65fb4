"""DotCode cases for the zint oracle (see generate.py): every code set and the changes between
them, binary runs and upper shifts, numeric runs and the 17…10 compression, macros, GS1 with
variable-length AIs, ECI, reader initialisation, many widths, every mask 0-7 pinned, the
mask choice left to the encoder at pinned widths, automatic sizes (with a corner-forced mask, so
the right edge has a dot) and the largest symbols.

Our options are DotCodeOptions as JSON: `--cols` is `columns`, `--mask` is `mask`.

zint --dump pads rows to whole hex digits and common.zint_matrix takes the width as one past
the last dark dot; a DotCode column can be empty under a pinned mask, so every case either pins
`columns` (the Rust test pads rows to it) or uses masks 4-7, whose forced corner dots reach the
right edge.
"""
import random

from common import case_generic

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = UPPER.lower()
DIGITS = "0123456789"
PRINTABLE = "".join(chr(c) for c in range(32, 127))


def dc(name, data, cols=None, mask=None, gs1=False, eci=None, init=False):
    zint = ["-b", "DOTCODE"]
    options = {}
    if cols is not None:
        # Keep at least 5 rows (zint refuses shorter symbols): a lower bound on the area.
        n = len(data.encode() if isinstance(data, str) else data)
        low = max(1, n // 3)
        cols = max(5, min(cols, 2 * (9 * (low + 3 + low // 2) + 2) // 6))
        zint.append(f"--cols={cols}")
        options["columns"] = cols
    if mask is not None:
        zint.append(f"--mask={mask}")
        options["mask"] = mask
    if gs1:
        zint.append("--gs1")
        options["gs1"] = True
    else:
        zint.append("--binary")
    if eci is not None:
        zint.append(f"--eci={eci}")
        options["eci"] = eci
    if init:
        zint.append("--init")
        options["reader_init"] = True
    return case_generic(name, "dotcode", data, zint, options)


def rand_text(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def cases():
    rng = random.Random(4004)
    # Every code set and the changes between them; widths and masks vary across cases.
    modes = [
        ("digits", "1234567890"),
        ("digits-odd", "123456789"),
        ("digits-long", "12345678901234567890123456789012345678901234"),
        ("upper", "HELLO WORLD"),
        ("lower", "hello world"),
        ("mixed", "Hello, World!"),
        ("controls", "\x01\x02\x03ABC\x04\x05"),
        ("ctrl-lower", "abc\x01def\x02ghi"),
        ("crlf", "line one\r\nline two\r\n"),
        ("cr-alone", "AB\rCD\rEF"),
        ("tabs", "A\tB\tC\x1cD\x1dE\x1eF"),
        ("lead-tab", "\tTAB FIRST"),
        ("lead-gs", "\x1dGS FIRST 123"),
        ("text-digits", "ABC123456DEF7890GHI"),
        ("short-digit-runs", "A12B34C56D78"),
        ("digits-then-text", "1234567890abcdef"),
        ("lower-digits", "abc1234def5678ghi"),
        ("shift-c-in-a", "\x01\x02123456\x03\x04"),
        ("shift-b-in-a", "\x01\x02ab\x03\x04xy\x05"),
        ("a-then-b", "\x01\x02\x03\x04\x05abcdefghijklmnop"),
        ("punct", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"),
        ("url", "https://www.example.com/path?query=1&x=y#frag"),
        ("two-digits", "12"),
        ("three-digits", "123"),
        ("one-char", "A"),
        ("seventeen-ten", "17123456101234"),
        ("seventeen-ten-mid", "AB1712345610CD"),
        ("printable", PRINTABLE),
        ("del", "abc\x7fdef"),
    ]
    widths = [9, 12, 16, 20, 23, 28, 31, 40]
    for i, (name, text) in enumerate(modes):
        yield dc(f"mode-{name}", text, cols=widths[i % len(widths)], mask=i % 8)
    # Binary: upper shifts next to digits and text, binary latch for runs, groups of 1-6.
    binaries = [
        ("upper-shift-digit", b"\x801\xa02\xff3"),
        ("upper-shift-text", b"A\x80B\xe9C"),
        ("latch-1", b"\x80"),
        ("latch-2", b"\x80\x81"),
        ("latch-5", b"\x80\x81\x82\x83\x84"),
        ("latch-6", b"\x80\x81\x82\x83\x84\x85"),
        ("latch-11", bytes(range(200, 211))),
        ("mixed-latin1", "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e".encode("latin-1")),
        ("binary-digits", b"\x80\x81\x82\x8312345678901234\x84\x85"),
        ("binary-few-digits", b"\x80\x81\x82\x831234\x84\x85"),
        ("binary-text-end", b"\xc0\xc1\xc2\xc3ABCDEFGH"),
        ("binary-lower-end", b"\xc0\xc1\xc2\xc3abcdefgh"),
        ("binary-nul", b"A\x00B\x00C\x00"),
        ("binary-ends", b"\xfftext in the middle\xfe"),
        ("random-64", bytes(rng.randrange(256) for _ in range(64))),
        ("random-high-40", bytes(rng.randrange(128, 256) for _ in range(40))),
    ]
    for i, (name, data) in enumerate(binaries):
        yield dc(f"bin-{name}", data, cols=[14, 18, 24, 33][i % 4], mask=(i + 3) % 8)
    # Macros: [)>RS05GS … RS EOT (and 06, 12), [)>RS nn … EOT; malformed ones are plain data.
    macros = [
        ("05", b"[)>\x1e05\x1d0101234567890\x1e\x04"),
        ("06", b"[)>\x1e06\x1dABC DEF\x1dGHI\x1e\x04"),
        ("12", b"[)>\x1e12\x1dtext 123\x1e\x04"),
        ("07", b"[)>\x1e07ABCDEF\x04"),
        ("05-no-trailer", b"[)>\x1e05\x1dABCDEF"),
    ]
    for i, (name, data) in enumerate(macros):
        yield dc(f"macro-{name}", data, cols=[21, 26][i % 2], mask=i)
    # Numeric runs and lengths.
    for n in (2, 3, 4, 5, 10, 11, 30, 61, 100, 201):
        yield dc(f"numeric-{n:03}", rand_text(rng, DIGITS, n), cols=[23, 32, 45][n % 3], mask=n % 4)
    # GS1: fixed and variable-length AIs (valid element strings), 17…10 compression.
    gs1 = [
        "[01]09521234543213",
        "[01]09521234543213[10]ABC123[21]XYZ",
        "[01]09521234543213[17]251231[10]LOT42",
        "[01]09521234543213[10]12345678[21]1234",
        "[01]09521234543213[3103]000123[10]A1[21]12345",
        "[00]095011010000000018[02]09521234543213[37]5[10]ABC",
        "[01]09521234543213[11]250101[17]260101[10]B[21]abc",
        "[01]09521234543213[21]mixed_Case!%[240]REF-9",
    ]
    for i, data in enumerate(gs1):
        yield dc(f"gs1-{i}", data, cols=[18, 25, 32][i % 3], mask=(i * 3) % 8, gs1=True)
    # ECI designators of each size: ≤ 39 one codeword, above three.
    for i, (eci, data) in enumerate([(3, b"Gr\xfc\xdfe"), (26, "Grüße aus Zürich".encode()),
                                     (39, b"\xb0\xb1\xb2"), (40, b"forty"), (899, b"\x00\x01\x02bin"),
                                     (12345, b"ECI 12345"), (811799, b"max eci")]):
        yield dc(f"eci-{eci}", data, cols=20 + 2 * i, mask=i % 8, eci=eci)
    # Reader initialisation.
    yield dc("init-text", "PROGRAM READER", cols=20, mask=1, init=True)
    yield dc("init-digits", "123456", cols=15, mask=6, init=True)
    # Many widths with the same data: odd and even widths fold by columns and rows.
    text = "DotCode width sweep 0123456789"
    for w in (5, 6, 7, 8, 10, 11, 15, 19, 25, 36, 47, 58, 64, 80, 100, 150, 200):
        yield dc(f"width-{w:03}", text, cols=w, mask=w % 8)
    # Every mask at one size, and the encoder's own choice at pinned widths.
    for m in range(8):
        yield dc(f"mask-{m}", "Mask test 12345", cols=17, mask=m)
    for i, (w, data) in enumerate([(12, "AUTO MASK"), (17, "auto mask 123456"), (24, "Hello, World!"),
                                   (30, "1234567890"), (9, "A"), (40, PRINTABLE), (55, "x" * 60),
                                   (15, "\x80\x81\x82"), (20, "[)>\x1e05\x1dMACRO\x1e\x04"),
                                   (33, "0" * 80)]):
        yield dc(f"automask-{i:02}", data, cols=w)
    # Automatic size (zint's 2:3 rule) over a range of lengths, corner-forced masks.
    for i, n in enumerate([1, 3, 7, 13, 20, 40, 75, 150, 300, 600]):
        yield dc(f"autosize-{i:02}-{n}", rand_text(rng, UPPER + LOWER + DIGITS + " ", n), mask=4 + i % 4)
    # Largest symbols: 200 wide, and automatic sizing near zint's limit.
    yield dc("max-digits-200", rand_text(rng, DIGITS, 2900), cols=200, mask=2)
    yield dc("max-text-200", rand_text(rng, PRINTABLE, 1400), cols=200, mask=7)
    yield dc("max-binary-200", bytes(rng.randrange(128, 256) for _ in range(1200)), cols=200, mask=5)
    yield dc("big-auto-digits", rand_text(rng, DIGITS, 1900), mask=6)
    yield dc("tall-narrow", rand_text(rng, UPPER, 30), cols=5, mask=4)
