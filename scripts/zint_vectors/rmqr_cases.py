"""rMQR (ISO/IEC 23941) cases for generate.py: every size at M and H, every mode, GS1, ECI,
maximum-capacity inputs and automatic size selection, all compared module for module with zint.

zint chooses modes with a heuristic while we segment exactly, so the data here is single-mode
(digits, alphanumeric without digits, bytes through --binary, Kanji) or mixed data on which both
agree. zint 2.11.1 has no FNC1 in second position, so industry FNC1 is covered by unit tests and
the zxing-cpp round trip (scripts/rmqr_zxing_check.py), not here.
"""
import random

from common import case

SIZES = [
    (7, 43), (7, 59), (7, 77), (7, 99), (7, 139),
    (9, 43), (9, 59), (9, 77), (9, 99), (9, 139),
    (11, 27), (11, 43), (11, 59), (11, 77), (11, 99), (11, 139),
    (13, 27), (13, 43), (13, 59), (13, 77), (13, 99), (13, 139),
    (15, 43), (15, 59), (15, 77), (15, 99), (15, 139),
    (17, 43), (17, 59), (17, 77), (17, 99), (17, 139),
]
DATA_M = [6, 12, 20, 28, 44, 12, 21, 31, 42, 63, 7, 19, 31, 43, 57, 84, 12, 27, 38, 53, 73, 106,
          33, 48, 67, 88, 127, 39, 56, 78, 100, 152]
DATA_H = [3, 7, 10, 14, 24, 7, 11, 17, 22, 33, 5, 11, 15, 23, 29, 42, 7, 13, 20, 29, 35, 54,
          15, 26, 31, 48, 69, 21, 28, 38, 56, 76]
# Character count indicator lengths: numeric, alphanumeric, byte, Kanji.
CCI = [
    (4, 3, 3, 2), (5, 5, 4, 3), (6, 5, 5, 4), (7, 6, 5, 5), (7, 6, 6, 5),
    (5, 5, 4, 3), (6, 5, 5, 4), (7, 6, 5, 5), (7, 6, 6, 5), (8, 7, 6, 6),
    (4, 4, 3, 2), (6, 5, 5, 4), (7, 6, 5, 5), (7, 6, 6, 5), (8, 7, 6, 6), (8, 7, 7, 6),
    (5, 5, 4, 3), (6, 6, 5, 5), (7, 6, 6, 5), (7, 7, 6, 6), (8, 7, 7, 6), (8, 8, 7, 7),
    (7, 6, 6, 5), (7, 7, 6, 5), (8, 7, 7, 6), (8, 7, 7, 6), (9, 8, 7, 7),
    (7, 6, 6, 5), (8, 7, 6, 6), (8, 7, 7, 6), (8, 8, 7, 6), (9, 8, 8, 7),
]
MODES = ["numeric", "alnum", "byte", "kanji"]
ALNUM_NO_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
KANJI = "漢字点茗日本語東京都大阪府品質管理番号製造年月日あいうえおかきくけこアイウエオ"
BYTES = bytes(range(0x80, 0x100)) + b"abcdefghijklmnopqrstuvwxyz"


def mode_bits(mode, n):
    return {
        "numeric": 10 * (n // 3) + [0, 4, 7][n % 3],
        "alnum": 11 * (n // 2) + 6 * (n % 2),
        "byte": 8 * n,
        "kanji": 13 * n,
    }[mode]


def max_chars(index, ecc, mode):
    """Most characters of `mode` one segment can put in a size at a level."""
    cap = 8 * (DATA_M if ecc == "M" else DATA_H)[index]
    cci = CCI[index][MODES.index(mode)]
    n = 0
    while n + 1 < (1 << cci) and 3 + cci + mode_bits(mode, n + 1) <= cap:
        n += 1
    return n


def sample(mode, n, rng):
    if mode == "numeric":
        return "".join(rng.choice("0123456789") for _ in range(n)).encode()
    if mode == "alnum":
        return "".join(rng.choice(ALNUM_NO_DIGITS) for _ in range(n)).encode()
    if mode == "byte":
        return bytes(rng.choice(BYTES) for _ in range(n))
    return "".join(rng.choice(KANJI) for _ in range(n)).encode("utf-8")


def zint_args(ecc=None, vers=None, binary=False, extra=()):
    args = ["-b", "RMQR"]
    if vers is not None:
        args.append(f"--vers={vers}")
    if ecc is not None:
        args.append(f"--secure={2 if ecc == 'M' else 4}")
    if binary:
        args.append("--binary")
    return args + list(extra)


def cases():
    rng = random.Random(23941)

    # Every size at M and H, pinned, rotating through the four modes, about half full.
    for i, (h, w) in enumerate(SIZES):
        for k, ecc in enumerate("MH"):
            mode = MODES[(i + 2 * k) % 4]
            n = max(1, max_chars(i, ecc, mode) // 2)
            yield case(f"size_r{h}x{w}_{ecc.lower()}_{mode}", "rmqr", sample(mode, n, rng),
                       zint_args(ecc, i + 1, mode == "byte"),
                       ecc=ecc, boost=False, version=i + 1)

    # Maximum capacity: digits for every size and level, bytes for every size at M and H,
    # alphanumeric and Kanji for every size at M.
    for i, (h, w) in enumerate(SIZES):
        for ecc in "MH":
            for mode in ["numeric", "byte"] + (["alnum", "kanji"] if ecc == "M" else []):
                n = max_chars(i, ecc, mode)
                yield case(f"max_r{h}x{w}_{ecc.lower()}_{mode}", "rmqr", sample(mode, n, rng),
                           zint_args(ecc, i + 1, mode == "byte"),
                           ecc=ecc, boost=False, version=i + 1)

    # Automatic size: explicit M, explicit H and the default (M with boost).
    for mode, lengths in [
        ("numeric", [1, 6, 13, 25, 48, 90, 150, 230, 300, 361]),
        ("alnum", [1, 9, 20, 35, 60, 100, 150, 219]),
        ("byte", [1, 4, 10, 21, 37, 60, 90, 120, 150]),
        ("kanji", [1, 3, 8, 20, 45, 92]),
    ]:
        for n in lengths:
            data = sample(mode, n, rng)
            binary = mode == "byte"
            yield case(f"auto_{mode}_{n}_m", "rmqr", data, zint_args("M", binary=binary),
                       ecc="M", boost=False)
            yield case(f"auto_{mode}_{n}_boost", "rmqr", data, zint_args(binary=binary))
            if n * 2 <= max(lengths):
                yield case(f"auto_{mode}_{n}_h", "rmqr", data, zint_args("H", binary=binary),
                           ecc="H")

    # Text both encoders segment the same way.
    for name, text in [
        ("hello_world", "Hello, World!"),
        ("url_upper", "HTTPS://EXAMPLE.COM/ABC"),
        ("url_lower", "https://example.com/rmqr?id=42"),
        ("alnum_digits", "ABC123"),
        ("iso_example", "123456789012"),
        ("space", " "),
    ]:
        yield case(f"text_{name}", "rmqr", text, zint_args("M"), ecc="M", boost=False)
        # "ABC123" fills R11x27-H (40 bits) exactly: we boost to H, zint only boosts when the
        # data is strictly shorter (a deliberate difference, unit-tested in rmqr_tests.rs).
        if name != "alnum_digits":
            yield case(f"text_{name}_boost", "rmqr", text, zint_args())

    # GS1: FNC1 in first position; variable-length fields end with GS (FNC1 in the symbol).
    for name, zint_data, ours, ecc in [
        ("gtin", "[01]09501101530003", "0109501101530003", "M"),
        ("gtin_expiry_lot", "[01]09501101530003[17]201231[10]AB-123",
         "01095011015300031720123110AB-123", "M"),
        ("lot_serial", "[01]09501101530003[10]ABC123[21]XYZ",
         "010950110153000310ABC123\x1d21XYZ", "H"),
        ("serial_percent", "[01]09501101530003[21]A%B", "010950110153000321A%B", "M"),
        ("long", "[01]09501101530003[3103]000150[15]251231[10]LOT42[21]SER0001",
         "010950110153000331030001501525123110LOT42\x1d21SER0001", "M"),
    ]:
        yield case(f"gs1_{name}", "rmqr", ours, zint_args(ecc, extra=["--gs1"]),
                   zint_data=zint_data, ecc=ecc, boost=False, fnc1="gs1")

    # ECI designators of each header length, with raw bytes.
    for name, eci, data, ecc in [
        ("utf8", 26, "Grüße, 東京".encode(), "M"),
        ("latin1", 3, "café crème".encode("latin-1"), "H"),
        ("binary", 899, bytes(range(0x80, 0xa0)), "M"),
        ("sjis", 20, "テスト".encode("shift_jis"), "M"),
        ("large", 123456, b"\xff\xfe\xfd\xfc", "M"),
    ]:
        yield case(f"eci_{name}", "rmqr", data, zint_args(ecc, binary=True, extra=[f"--eci={eci}"]),
                   ecc=ecc, boost=False, eci=eci, kanji=False)
