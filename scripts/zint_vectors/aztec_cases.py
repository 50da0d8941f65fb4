"""Aztec Code and Aztec Rune cases for the zint oracle (see generate.py): every compact layer
count, many full-range layer counts up to 32, every character mode, binary, ECI, GS1,
structured append, reader initialisation, automatic sizing at each zint ECC level and maximum
capacity; and all 256 runes.

Our options are AztecOptions as JSON; `--vers` 1-4 is compact C1-C4 and 5-36 full-range 1-32
layers; `--secure` 1-4 is ecc_percent 10/23/36/50.
"""
import random

from common import case_generic

SECURE = {10: 1, 23: 2, 36: 3, 50: 4}
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = UPPER.lower()
DIGITS = "0123456789"
PUNCT = "!\"#$%&'()*+,-./:;<=>?[]{}"
MIXED = "@\\^_`|~\x01\x07\x1b\x7f"
TEXT = UPPER + LOWER + DIGITS + PUNCT + " " * 6 + "@_\r\n"


def zvers(version):
    return int(version[1:]) if version.startswith("C") else int(version) + 4


def az(name, data, version=None, secure=None, binary=False, extra=(), **opts):
    """A case with `version` ("C1".."C4" / "1".."32") and/or ecc `secure` (percent) pinned."""
    zint = ["-b", "AZTEC"]
    options = dict(opts)
    if version is not None:
        zint.append(f"--vers={zvers(version)}")
        options["version"] = version
    if secure is not None:
        zint.append(f"--secure={SECURE[secure]}")
        options["ecc_percent"] = secure
    if binary:
        zint.append("--binary")
    zint.extend(extra)
    return case_generic(name, "aztec", data, zint, options)


def rand_text(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def cases():
    rng = random.Random(24778)
    # Every compact layer count, a few fill levels each.
    for layers, n in [(1, 3), (1, 12), (2, 10), (2, 30), (3, 25), (3, 50), (4, 40), (4, 80)]:
        yield az(f"compact-C{layers}-upper{n}", rand_text(rng, UPPER, n), version=f"C{layers}")
    for layers in range(1, 5):
        yield az(f"compact-C{layers}-text", rand_text(rng, TEXT, 6 * layers), version=f"C{layers}")
        yield az(f"compact-C{layers}-digits", rand_text(rng, DIGITS, 10 * layers), version=f"C{layers}")
    # Full-range layer counts, including every codeword size boundary and 32.
    for layers in (1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 18, 22, 23, 24, 27, 30, 32):
        n = 4 + layers * layers * 3
        yield az(f"full-{layers:02}-upper{n}", rand_text(rng, UPPER + " ", n), version=str(layers))
    for layers in (1, 3, 7, 9, 14, 20, 23, 28, 32):
        yield az(f"full-{layers:02}-digits", rand_text(rng, DIGITS, (112 * layers + 16 * layers * layers) * 6 // 40), version=str(layers))
    # Every mode and the mode changes between them.
    modes = [
        ("upper", "HELLO WORLD"),
        ("lower", "hello world"),
        ("mixed", "@\\^_`|~"),
        ("mixed-ctrl", "\x01\x02\x1b\x1f\x7f"),
        ("punct", "!\"#$%&'()*+-/;<=>?[]{}"),
        ("digit", "0123456789 ,."),
        ("pairs", "A. B, C: D\r\nE"),
        ("pairs-run", ". . . , , : : \r\n\r\n"),
        ("cr-alone", "AB\rcd\r12\r"),
        ("mixed-case", "Hello World, This Is Aztec!"),
        ("url", "https://www.example.com/path?query=1&x=y#frag"),
        ("email", "mailto:someone@example.org"),
        ("digits-text", "ABC123DEF456ghi789"),
        ("lower-upper", "abcDEFghiJKL"),
        ("punct-digits", "12.34,56.78 90"),
        ("spaces", "A  B   C    D"),
        ("shift-upper", "aBcDeFgH"),
        ("shift-punct", "a!b?c.d"),
    ]
    for name, text in modes:
        yield az(f"mode-{name}", text, version="3")
    # Binary: high bytes and control characters no mode has, short and long runs.
    yield az("binary-short", bytes([0x80, 0x81, 0xff, 0x00, 0x10]), version="2", binary=True)
    yield az("binary-31", bytes(range(128, 159)), version="4", binary=True)
    yield az("binary-32", bytes(range(128, 160)), version="4", binary=True)
    yield az("binary-62", bytes(rng.randrange(128, 256) for _ in range(62)), version="6", binary=True)
    yield az("binary-300", bytes(rng.randrange(256) for _ in range(300)), version="12", binary=True)
    yield az("binary-mixed", b"Caf\xe9 cr\xe8me br\xfbl\xe9e", version="3", binary=True)
    yield az("binary-nul", b"A\x00B\x00C", version="C2", binary=True)
    # ECI designators of each length.
    for eci, data in [(3, b"Gr\xfc\xdfe"), (26, "Grüße aus Zürich".encode()), (7, b"\xb0\xb1\xb2"),
                      (899, b"\x00\x01\x02binary"), (12345, b"ECI"), (123456, b"eci")]:
        yield az(f"eci-{eci}", data, version="4", binary=True, extra=[f"--eci={eci}"], eci=eci)
    # GS1: FNC1 first, FNC1 after variable-length values.
    # Every element string is valid GS1 ((10) and (21) need a GTIN), as our parser insists.
    for i, gs1 in enumerate(["[01]09521234543213", "[01]09521234543213[10]ABC123[21]XYZ",
                             "[01]09521234543213[10]LOT42[21]SN7[240]REF",
                             "[00]095011010000000018[02]09521234543213[37]5[10]ABC"]):
        yield az(f"gs1-{i}", gs1, version="3", extra=["--gs1"], gs1=True)
    yield az("gs1-compact", "[01]09521234543213[10]12345", version="C3", extra=["--gs1"],
             gs1=True)
    # Structured append, with and without an ID.
    for i, (idx, total, ident) in enumerate([(1, 2, None), (2, 2, None), (3, 7, "ID42"),
                                               (26, 26, "msg"), (1, 3, "Abc1")]):
        extra = [f"--structapp={idx},{total}" + (f",{ident}" if ident else "")]
        yield az(f"structapp-{i}", f"PART {idx} OF {total}", version="4", extra=extra,
                 structured_append={"index": idx, "total": total, "id": ident})
    # Reader initialisation (compact 1 layer, full-range).
    yield az("init-C1", "PROGRAM", version="C1", extra=["--init"], reader_init=True)
    yield az("init-full-3", "PROGRAM THE READER 1234", version="3", extra=["--init"], reader_init=True)
    yield az("init-auto", "SET 42", extra=["--init"], reader_init=True)
    yield az("init-auto-full", "SET UP THE READER WITH THIS LONGER TEXT", extra=["--init"], reader_init=True)
    # Automatic size at each zint ECC level (the sizing rule), across the range.
    for i, n in enumerate([1, 5, 13, 14, 40, 60, 90, 150, 300, 700, 1500, 1900]):
        secure = [10, 23, 36, 50][i % 4]
        text = rand_text(rng, UPPER, n)
        yield az(f"auto-{i:02}-ecc{secure}-upper{n}", text, secure=secure)
    for i, n in enumerate([3, 20, 64, 200, 900]):
        yield az(f"auto-default-{i}-digits{n}", rand_text(rng, DIGITS, n))
    # Maximum capacity: 32 layers at 10 % (zint's 17940-bit limit) in digits, upper and binary.
    yield az("max-digits-ecc10", rand_text(rng, DIGITS, 4480), secure=10)
    yield az("max-upper-ecc10", rand_text(rng, UPPER, 3580), secure=10)
    yield az("max-binary-ecc23", bytes(rng.randrange(128, 256) for _ in range(1900)), secure=23, binary=True)
    yield az("max-upper-pinned32", rand_text(rng, UPPER, 3500), version="32")

    # Aztec Runes: all 256 values.
    for v in range(256):
        yield case_generic(f"rune-{v:03}", "aztec-rune", str(v), ["-b", "AZRUNE"], {})
