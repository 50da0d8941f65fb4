"""MaxiCode cases for the zint oracle (see generate.py): every mode 2-6, every code set with its
shifts, latches and lock-ins, Numeric Shift, maximum capacities, ECI designators of every
length, structured append, structured carrier messages (with --scmvv and pasted whole), and the
ISO/IEC 16023 examples zint reproduces.

Our options are MaxiCodeOptions as JSON. Every case pins the mode (`--mode`) except the
`auto-*` cases, which check the default mode choice. Data is passed with `--binary` (bytes as
given, as our encoder takes them).

zint 2.11.1 is the reference: later zint versions (2.15) encode some mode 4 inputs differently.
"""
import random

from common import case_generic

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = UPPER.lower()
DIGITS = "0123456789"
PUNCT_A = " \"#$%&'()*+,-./:"
PUNCT_B = "`{}~\x7f;<=>?[\\]^_@!|"
SET_C = bytes(range(0xC0, 0xE0)) + bytes([0xAA, 0xAC, 0xB1, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE]) + bytes(range(0x80, 0x8A))
SET_D = bytes(range(0xE0, 0x100)) + bytes([0xA1, 0xA8, 0xAB, 0xAF, 0xB0, 0xB4, 0xB7, 0xB8, 0xBB, 0xBF]) + bytes(range(0x8A, 0x95))
SET_E = bytes(range(0, 0x20)) + bytes([0x9F, 0xA0, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA9, 0xAD, 0xAE, 0xB6]) + bytes(range(0x95, 0x9F))
ISO_FIG2 = "THIS IS A 93 CHARACTER CODE SET A MESSAGE THAT FILLS A MODE 4, UNAPPENDED, MAXICODE SYMBOL..."
UPS = b"1Z00004951\x1dUPSN\x1d06X610\x1d159\x1d1234567\x1d1/1\x1d\x1dY\x1d634 ALPHA DR\x1dPITTSBURGH\x1dPA\x1e\x04"


def mc(name, data, mode=None, primary=None, scmvv=None, eci=None, structapp=None):
    zint = ["-b", "MAXICODE", "--binary"]
    options = {}
    if mode is not None:
        zint.append(f"--mode={mode}")
        options["mode"] = mode
    if primary is not None:
        zint.append(f"--primary={primary}")
        options["primary"] = primary
    if scmvv is not None:
        zint.append(f"--scmvv={scmvv}")
        options["scm_vv"] = scmvv
    if eci is not None:
        zint.append(f"--eci={eci}")
        options["eci"] = eci
    if structapp is not None:
        zint.append(f"--structapp={structapp[0]},{structapp[1]}")
        options["structured_append"] = {"index": structapp[0], "total": structapp[1]}
    return case_generic(name, "maxicode", data, zint, options)


def rand_bytes(rng, alphabet, n):
    if isinstance(alphabet, str):
        alphabet = alphabet.encode("latin-1")
    return bytes(rng.choice(alphabet) for _ in range(n))


def cases():
    rng = random.Random(16023)
    # The ISO/IEC 16023:2000 examples zint reproduces: Figure 2 (93 set A characters filling
    # mode 4) and the B.1 mode 3 primary message; and Figure H1's text (zint's encodation
    # differs from the figure's).
    yield mc("iso-figure2-mode4-full", ISO_FIG2, mode=4)
    yield mc("iso-b1-mode3", "CEN", mode=3, primary="B1050056999")
    yield mc("iso-h1-text", "MaxiCode (19 chars)", mode=4)
    yield mc("manual-mode4", "A MaxiCode Message in Mode 4", mode=4)

    # Modes 4, 5 and 6 with each code set and the changes between them.
    texts = [
        ("upper", b"HELLO WORLD"),
        ("lower", b"hello world"),
        ("mixed-case", b"Hello World, This Is MaxiCode!"),
        ("punct-a", PUNCT_A.encode()),
        ("punct-b", PUNCT_B.encode()),
        ("shift-b-single", b"ABCdEFG"),
        ("latch-b", b"ABCdefGHI"),
        ("shift-a-from-b", b"abcDefg"),
        ("2shift-a", b"abcDEfgh"),
        ("3shift-a", b"abcDEFgh"),
        ("latch-a-from-b", b"abcDEFGhij"),
        ("set-c-single", b"ABC\xc0DEF"),
        ("set-c-run", b"\xc0\xc1\xc2\xc3\xc4\xc5"),
        ("set-c-lock-mid", b"AB\xc0\xc1\xc2\xc3\xc4CD"),
        ("set-d-run", b"\xe0\xe1\xe2\xe3\xe4"),
        ("set-d-lock-mid", b"ab\xe9\xe8\xea\xeb\xefcd"),
        ("set-e-ctrl", b"\x01\x02\x03\x04\x05"),
        ("set-e-mid", b"AB\x00\x07\x09\x0bCD"),
        ("set-e-single", b"A\x1fB"),
        ("cr-in-a", b"LINE1\rLINE2\r"),
        ("cr-in-e", b"\x01\r\x02\r"),
        ("fs-gs-rs", b"A\x1cB\x1dC\x1ed\x1ce"),
        ("gs-after-e", b"\x01\x1d\x02\x1e"),
        ("space-in-c", b"\xc0 \xc1 \xc2 \xc3"),
        ("space-in-d", b"\xe0 \xe1 \xe2"),
        ("space-in-b", b"ab cd ef"),
        ("comma-dot-b", b"a,b.c/d:e"),
        ("comma-dot-a", b"A,B.C/D:E"),
        ("latin1-words", b"Caf\xe9 cr\xe8me br\xfbl\xe9e \xc0 LA CARTE"),
        ("c-d-e-mix", b"\xc0\xe0\x01\xc1\xe1\x02\xaa\xa1\x9f"),
        ("digits-9", b"123456789"),
        ("digits-10", b"1234567890"),
        ("digits-18", b"123456789012345678"),
        ("digits-in-b", b"abc123456789def"),
        ("digits-in-text", b"ORDER 1234567890123 QTY 42"),
        ("digits-start", b"000000001A"),
        ("nul-bytes", b"A\x00B\x00C"),
        ("high-e", b"\x95\x96\x97\x98\xa0\xa2"),
    ]
    for name, data in texts:
        yield mc(f"mode4-{name}", data, mode=4)
    for name, data in texts[::3]:
        yield mc(f"mode5-{name}", data, mode=5)
    yield mc("mode6-upper", "READER PROGRAM 1", mode=6)
    yield mc("mode6-mixed", "Program: Set 42, enable.", mode=6)

    # Random texts over several alphabets.
    alphabets = [
        ("upper-digits", UPPER + DIGITS + " "),
        ("text", UPPER + LOWER + DIGITS + " .,"),
        ("all-ascii", bytes(range(128))),
        ("latin1", bytes(range(160, 256))),
        ("any", bytes(range(256))),
    ]
    for i, (name, alpha) in enumerate(alphabets):
        for n in (10, 30, 50):
            yield mc(f"random-{name}-{n}", rand_bytes(rng, alpha, n), mode=4 if n != 30 else 5)

    # Maximum capacity.
    yield mc("max-mode4-upper93", rand_bytes(rng, UPPER, 93), mode=4)
    yield mc("max-mode4-digits138", rand_bytes(rng, DIGITS, 138), mode=4)
    yield mc("max-mode5-upper77", rand_bytes(rng, UPPER, 77), mode=5)
    yield mc("max-mode5-digits113", rand_bytes(rng, DIGITS, 113), mode=5)
    yield mc("max-mode6-upper93", rand_bytes(rng, UPPER, 93), mode=6)
    yield mc("max-mode2-upper84", rand_bytes(rng, UPPER, 84), mode=2, primary="152382802840001")
    yield mc("max-mode2-digits126", rand_bytes(rng, DIGITS, 126), mode=2, primary="152382802840001")
    yield mc("max-mode3-upper84", rand_bytes(rng, UPPER, 84), mode=3, primary="B1050056999")
    yield mc("max-mode4-lower", rand_bytes(rng, LOWER, 90), mode=4)

    # Structured carrier messages: mode 2 (numeric postcode) and 3 (alphanumeric).
    for i, primary in enumerate(["152382802840001", "12345840001", "1840001", "000000000840001",
                                 "999999999999999", "12345   840001", "90210840002"]):
        yield mc(f"mode2-primary-{i}", "SECONDARY MESSAGE", mode=2, primary=primary)
    for i, primary in enumerate(["B1050056999", "SW1A1A826001", "b1050056999", "A1 2B056123",
                                 "AB826001", "Z-9./:250999"]):
        yield mc(f"mode3-primary-{i}", "Secondary message", mode=3, primary=primary)
    yield mc("mode2-scmvv96", UPS, mode=2, primary="152382802840001", scmvv=96)
    yield mc("mode2-scmvv01", b"DATA", mode=2, primary="152382802840001", scmvv=1)
    yield mc("mode3-scmvv96", UPS, mode=3, primary="B1050056999", scmvv=96)
    # The UPS message pasted whole, header included: zint 2.11 encodes it as given, which is
    # the same symbol as --scmvv=96 with the rest.
    yield mc("mode2-ups-pasted", b"[)>\x1e01\x1d96" + UPS, mode=2, primary="152382802840001")
    yield mc("mode3-ups-pasted", b"[)>\x1e01\x1d96" + UPS, mode=3, primary="B1050056999")
    yield mc("mode2-empty-ish", b" ", mode=2, primary="152382802840001")
    yield mc("mode2-lower", b"abcdefghijklmnopqrstuvwxyz", mode=2, primary="152382802840001")

    # Default mode choice.
    yield mc("auto-mode4", "NO PRIMARY")
    yield mc("auto-mode2", "NUMERIC POSTCODE", primary="152382802840001")
    yield mc("auto-mode3", "ALPHA POSTCODE", primary="B1050056999")

    # ECI designators of every length.
    for eci, data in [(3, b"Gr\xfc\xdfe"), (26, "Grüße aus Zürich".encode()), (7, b"\xb0\xb1\xb2"),
                      (31, b"X"), (32, b"eci 32"), (899, b"\x00\x01\x02binary"),
                      (1023, b"ECI"), (1024, b"ECI"), (12345, b"ECI"), (32767, b"eci"),
                      (32768, b"eci"), (999999, b"max")]:
        yield mc(f"eci-{eci}", data, mode=4, eci=eci)
    yield mc("eci-mode2", b"\xe9t\xe9", mode=2, primary="152382802840001", eci=3)
    yield mc("eci-mode5", b"\xe9t\xe9", mode=5, eci=3)

    # Structured append.
    for idx, total in [(1, 2), (2, 2), (3, 8), (8, 8), (1, 5)]:
        yield mc(f"structapp-{idx}of{total}", f"PART {idx} OF {total}", mode=4, structapp=(idx, total))
    yield mc("structapp-mode2", "SA", mode=2, primary="152382802840001", structapp=(2, 3))
    yield mc("structapp-eci", b"\xe9", mode=5, eci=26, structapp=(1, 2))
    yield mc("structapp-lock-c", b"\xc0\xc1\xc2\xc3\xc4", mode=4, structapp=(1, 2))
