"""Data Matrix ECC 200 cases for the zint oracle (see generate.py): every size (square,
rectangular, DMRE) pinned at maximum capacity, automatic size selection (default, --square,
--dmre), every encodation mode, GS1, ECI, structured append, reader initialisation and the
05/06 macros.

Names starting with "opt-" are data where several encodations are equally short or where our
optimal search finds a shorter one than zint's minimal encoder: formats/tests/zint_datamatrix.rs
compares those by codeword count (ours never more) and decoded content, every other case module
for module.
"""
import random

from common import case_generic

# (rows, cols, data codewords, kind) in zint --vers order (1-48): ISO/IEC 16022 Table 7 and
# ISO/IEC 21471 (DMRE).
SIZES = [
    (10, 10, 3, "sq"), (12, 12, 5, "sq"), (14, 14, 8, "sq"), (16, 16, 12, "sq"), (18, 18, 18, "sq"),
    (20, 20, 22, "sq"), (22, 22, 30, "sq"), (24, 24, 36, "sq"), (26, 26, 44, "sq"), (32, 32, 62, "sq"),
    (36, 36, 86, "sq"), (40, 40, 114, "sq"), (44, 44, 144, "sq"), (48, 48, 174, "sq"),
    (52, 52, 204, "sq"), (64, 64, 280, "sq"), (72, 72, 368, "sq"), (80, 80, 456, "sq"),
    (88, 88, 576, "sq"), (96, 96, 696, "sq"), (104, 104, 816, "sq"), (120, 120, 1050, "sq"),
    (132, 132, 1304, "sq"), (144, 144, 1558, "sq"),
    (8, 18, 5, "rect"), (8, 32, 10, "rect"), (12, 26, 16, "rect"), (12, 36, 22, "rect"),
    (16, 36, 32, "rect"), (16, 48, 49, "rect"),
    (8, 48, 18, "dmre"), (8, 64, 24, "dmre"), (8, 80, 32, "dmre"), (8, 96, 38, "dmre"),
    (8, 120, 49, "dmre"), (8, 144, 63, "dmre"), (12, 64, 43, "dmre"), (12, 88, 64, "dmre"),
    (16, 64, 62, "dmre"), (20, 36, 44, "dmre"), (20, 44, 56, "dmre"), (20, 64, 84, "dmre"),
    (22, 48, 72, "dmre"), (24, 48, 80, "dmre"), (24, 64, 108, "dmre"), (26, 40, 70, "dmre"),
    (26, 48, 90, "dmre"), (26, 64, 118, "dmre"),
]

ZINT = ["-b", "DATAMATRIX"]


def opts(**kw):
    base = {"version": None, "square_only": False, "dmre": False, "gs1": False, "eci": None,
            "reader_init": False, "structured_append": None}
    base.update(kw)
    return base


def dm(name, data, zargs, zint_data=None, binary=True, **kw):
    args = [*ZINT, *(["--binary"] if binary else []), *zargs]
    return case_generic(name, "datamatrix", data, args, opts(**kw), zint_data=zint_data)


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def cases():
    rng = random.Random(16022)
    # Every size pinned, filled to capacity with digits (two per codeword: one encodation only).
    for i, (r, c, cap, kind) in enumerate(SIZES):
        yield dm(f"size-{r}x{c}-max", digits(rng, 2 * cap), [f"--vers={i + 1}"], version=f"{r}x{c}")
    # Every size pinned, part filled: the 253-state pad, and an odd digit count in ASCII.
    for i, (r, c, cap, kind) in enumerate(SIZES):
        if i % 3 == 0:
            n = max(1, cap - 1 - rng.randrange(max(1, cap // 2)))
            yield dm(f"size-{r}x{c}-pad{n}", digits(rng, 2 * n - 1), [f"--vers={i + 1}"],
                     version=f"{r}x{c}")
    # Automatic size: default (square and ISO rectangles), square only, with DMRE.
    for n in (1, 5, 9, 10, 17, 36, 43, 63, 97, 123, 250, 555, 1000, 2222, 3116):
        yield dm(f"auto-digits{n}", digits(rng, n), [])
    for n in (9, 19, 44, 85, 300):
        yield dm(f"auto-square-digits{n}", digits(rng, n), ["--square"], square_only=True)
    for n in (11, 30, 47, 97, 125, 170, 230):
        yield dm(f"auto-dmre-digits{n}", digits(rng, n), ["--dmre"], dmre=True)
    # Base256: bytes above 127 where nothing else is as short.
    for n in (1, 3, 20, 249, 250, 600, 1555):
        data = bytes(rng.randrange(128, 256) for _ in range(n))
        yield dm(f"b256-{n}", data, [])
    yield dm("b256-pinned-exact-44x44", bytes(rng.randrange(128, 256) for _ in range(142)),
             ["--vers=13"], version="44x44")
    # C40 / Text / X12 / EDIFACT and mixes: compared by length and content.
    words = {
        "c40": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ",
        "text": "abcdefghijklmnopqrstuvwxyz0123456789 ",
        "x12": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789*>\r ",
        "edifact": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,-/:;=?()+'",
    }
    for mode, alphabet in words.items():
        for n in (3, 4, 7, 12, 25, 50, 101, 400):
            data = "".join(rng.choice(alphabet) for _ in range(n))
            yield dm(f"opt-{mode}-{n}", data, [])
    for i, text in enumerate([
        "Hello, world", "https://example.com/path?q=1&r=ABC", "Lorem ipsum dolor sit amet",
        "AIMAIMAIM", "aimaimaim", "A1B2C3D4E5F6", "Grüße aus Zürich", "ABC\x80DEF\xff",
        "**>>\r\r**", "12345ABCDE67890abcde!@#$%", "~`{|}^_[]\\", "AAAAAAAAAAAAAAAAAAAA"
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ]):
        data = text.encode("latin-1")
        yield dm(f"opt-mixed-{i:02}", data, [])
    # Random runs of every character class: our optimal search against zint's minimal encoder.
    classes = ["0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz", "*>\r ",
               ".,-/:;=?()+'", "!\"#$%&@[]^_`{|}~", "\x80\xa9\xe9\xff"]
    for i in range(40):
        parts = []
        for _ in range(rng.randint(1, 10)):
            cls = rng.choice(classes)
            parts.append("".join(rng.choice(cls) for _ in range(rng.randint(1, 14))))
        data = "".join(parts).encode("latin-1")
        zargs, kw = [], {}
        if i % 4 == 1:
            zargs, kw = ["--dmre"], {"dmre": True}
        elif i % 4 == 2:
            zargs, kw = ["--square"], {"square_only": True}
        yield dm(f"opt-random-{i:02}", data, zargs, **kw)
    # Pinned sizes with letters: the end-of-data rules (unlatch or not, Shift 1 pad, ASCII tail).
    for i, (text, vers, ours) in enumerate([
        ("ABC", 1, "10x10"), ("ABCDEF", 2, "12x12"), ("ABCDEFGHIJ", 3, "14x14"),
        ("ABCDEFGH", 3, "14x14"), ("abcdefghij", 3, "14x14"), ("A.B.C.D.E.F.G", 4, "16x16"),
        ("ABC>DEF*GHI\r", 26, "8x32"), ("ABCDEFGHIJKLMNOP", 28, "12x36"),
    ]):
        yield dm(f"opt-eod-{i}-{ours}", text, [f"--vers={vers}"], version=ours)
    # GS1 with fixed and variable-length AIs (brackets for both encoders).
    for i, text in enumerate([
        "[01]09521234543213", "[01]09521234543213[10]ABC123", "[01]09521234543213[17]261231[10]LOT42",
        # Valid GS1 throughout: (10)/(21) come with a GTIN, SSCC check digits are right.
        "[01]09521234543213[10]ABC[21]XYZ789[17]261231",
        "[01]09521234543213[21]12345678901234567890[10]A1B2", "[00]012345678905000000",
        "[01]09521234543213[3103]000123[10]LOT-7[21]SN42", "[91]abc[92]DEF123",
    ]):
        yield dm(f"gs1-{i}", text, ["--gs1"], binary=False, zint_data=text, gs1=True) | \
            {"name": f"opt-gs1-{i}" if i in (3, 4, 7) else f"gs1-{i}"}
    # ECI: one, two and three designator codewords.
    for eci, data in [(3, b"caf\xe9 cr\xe8me"), (26, "Grüße".encode()), (899, bytes(range(0, 256, 7))),
                      (1000, b"12345678"), (100000, b"12345678"), (811799, b"9876")]:
        yield dm(f"eci{eci}", data, [f"--eci={eci}"], eci=eci)
    # Structured append, default and explicit file identification.
    for idx, total, fid in [(1, 2, None), (2, 2, None), (3, 16, (1, 254)), (16, 16, (254, 1)), (5, 7, (42, 7))]:
        zid = f",{fid[0] * 1000 + fid[1]:06d}" if fid else ""
        sa = {"index": idx, "total": total, "file_id": list(fid) if fid else [1, 1]}
        yield dm(f"structapp-{idx}-of-{total}", digits(rng, 20), [f"--structapp={idx},{total}{zid}"],
                 structured_append=sa)
    # Reader initialisation.
    yield dm("readerinit-digits", "0123456789", ["--init"], reader_init=True)
    yield dm("readerinit-bytes", b"\xf0\xf1\xf2", ["--init"], reader_init=True)
    # 05/06 macros: the envelope becomes one codeword.
    yield dm("macro05", b"[)>\x1e05\x1d0123456789\x1e\x04", [])
    yield dm("macro06", b"[)>\x1e06\x1d12345678901234\x1e\x04", [])
    yield dm("opt-macro06-text", b"[)>\x1e06\x1d12S123456\x1dQ3\x1e\x04", [])
    yield dm("macro-not-closed", b"[)>\x1e05\x1d0123456789\x1e", [])
