"""QR Code Model 2 cases for the zint oracle (see generate.py): every version x level, every
mask, every mode, ECI, GS1, structured append and ECC boost."""
import random

from common import case, ECC_SECURE

# ISO/IEC 18004 Table 9: ECC codewords per block and block counts, by level and version.
ECC_PER_BLOCK = {
    "L": [7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "M": [10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    "Q": [13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    "H": [17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
}
BLOCKS = {
    "L": [1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    "M": [1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    "Q": [1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    "H": [1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
}
LEVELS = "LMQH"
ALNUM_NO_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def raw_modules(v):
    m = (16 * v + 128) * v + 64
    if v >= 2:
        n = v // 7 + 2
        m -= (25 * n - 10) * n - 55
        if v >= 7:
            m -= 36
    return m


def data_bits(v, ecc):
    return (raw_modules(v) // 8 - ECC_PER_BLOCK[ecc][v - 1] * BLOCKS[ecc][v - 1]) * 8


def cci(v, mode):
    cls = 0 if v <= 9 else 1 if v <= 26 else 2
    return {"N": (10, 12, 14), "A": (9, 11, 13), "B": (8, 16, 16), "K": (8, 10, 12)}[mode][cls]


def max_chars(v, ecc, mode):
    bits = data_bits(v, ecc) - 4 - cci(v, mode)
    if mode == "N":
        n = bits // 10 * 3
        rest = bits % 10
        return n + (2 if rest >= 7 else 1 if rest >= 4 else 0)
    if mode == "A":
        return bits // 11 * 2 + (1 if bits % 11 >= 6 else 0)
    if mode == "B":
        return bits // 8
    return bits // 13


def kanji_chars(rng, n):
    out = []
    while len(out) < n:
        lead = rng.randint(0x88, 0x97)
        trail = rng.choice(list(range(0x40, 0x7F)) + list(range(0x80, 0xFD)))
        if lead == 0x88 and trail < 0x9F:
            continue
        try:
            out.append(bytes([lead, trail]).decode("shift_jis"))
        except UnicodeDecodeError:
            continue
    return "".join(out)


def payload(rng, mode, n):
    """(data bytes, our extra options, extra zint args) for a single-mode payload of n chars."""
    if mode == "N":
        return "".join(rng.choice("0123456789") for _ in range(n)).encode(), {}, []
    if mode == "A":
        return "".join(rng.choice(ALNUM_NO_DIGITS) for _ in range(n)).encode(), {}, []
    if mode == "B":
        data = bytes(rng.choice(list(range(0x80, 0x100)) + list(b"abcdefghijklmnopqrstuvwxyz")) for _ in range(n))
        return data, {"kanji": False}, ["--binary"]
    return kanji_chars(rng, n).encode("utf-8"), {}, []


def cases():
    rng = random.Random(20261121)
    # Every version x every level, masks and modes rotating, data filling 60-100 % of the symbol.
    for v in range(1, 41):
        for li, ecc in enumerate(LEVELS):
            mode = "NABK"[(v + li) % 4]
            mask = (v * 3 + li) % 8
            cap = max_chars(v, ecc, mode)
            n = max(1, cap if (v + li) % 5 == 0 else rng.randint(max(1, cap * 6 // 10), cap))
            data, opts, zargs = payload(rng, mode, n)
            yield case(f"v{v:02}-{ecc}-mask{mask}-{mode}{n}", "qr", data,
                       ["-b", "QRCODE", f"--secure={ECC_SECURE[ecc]}", f"--vers={v}", f"--mask={mask}", *zargs],
                       ecc=ecc, boost=False, version=v, mask=mask, **opts)
    # Every mask on a few versions.
    for v in (1, 2, 7, 14, 27, 40):
        for mask in range(8):
            ecc = LEVELS[mask % 4]
            data, opts, zargs = payload(rng, "A", max(1, max_chars(v, ecc, "A") // 2))
            yield case(f"masks-v{v:02}-{ecc}-mask{mask}", "qr", data,
                       ["-b", "QRCODE", f"--secure={ECC_SECURE[ecc]}", f"--vers={v}", f"--mask={mask}", *zargs],
                       ecc=ecc, boost=False, version=v, mask=mask, **opts)
    # Maximum capacity of version 40 in each mode and level.
    for ecc in LEVELS:
        for mode in "NABK":
            n = max_chars(40, ecc, mode)
            data, opts, zargs = payload(rng, mode, n)
            yield case(f"max-v40-{ecc}-{mode}{n}", "qr", data,
                       ["-b", "QRCODE", f"--secure={ECC_SECURE[ecc]}", "--mask=5", *zargs],
                       ecc=ecc, boost=False, mask=5, **opts)
    # Automatic version (smallest that fits) at each level, pinned mask.
    for i in range(24):
        ecc = LEVELS[i % 4]
        mode = "NAB"[i % 3]
        data, opts, zargs = payload(rng, mode, rng.randint(1, 400))
        yield case(f"autover-{i:02}-{ecc}-{mode}", "qr", data,
                   ["-b", "QRCODE", f"--secure={ECC_SECURE[ecc]}", f"--mask={i % 8}", *zargs],
                   ecc=ecc, boost=False, mask=i % 8, **opts)
    # ECC boost: zint raises the level when none is given; ours from L with boost on.
    for i in range(12):
        v = 1 + i * 3
        data, opts, zargs = payload(rng, "N", rng.randint(1, max(1, max_chars(v, "L", "N"))))
        yield case(f"boost-{i:02}-v{v:02}", "qr", data,
                   ["-b", "QRCODE", f"--vers={v}", f"--mask={i % 8}", *zargs],
                   ecc="L", boost=True, version=v, mask=i % 8, **opts)
    # ECI 26 (UTF-8) and others with text.
    for i, (eci, text) in enumerate([(26, "Grüße aus Zürich"), (26, "naïve café"), (26, "€100"),
                                     (3, "ÀÉÎÕÜ"), (26, "plain ascii"), (899, "binary")]):
        yield case(f"eci{eci}-{i}", "qr", text.encode("utf-8") if eci != 3 else text.encode("latin-1"),
                   ["-b", "QRCODE", "--secure=2", f"--eci={eci}", "--mask=2", "--binary"],
                   ecc="M", boost=False, eci=eci, mask=2, kanji=False)
    # GS1 (FNC1 first position): zint parses [AI] brackets; ours takes GS-separated element strings
    # here (the facade also takes brackets). Every element string is valid GS1 (check digits,
    # required AI pairings), since the facade validates them.
    gs1 = [
        ("[01]09521234543213[10]ABC123", b"010952123454321310ABC123"),
        ("[01]09521234543213[3103]000123[10]LOT-7%[21]SN42", b"0109521234543213310300012310LOT-7%\x1d21SN42"),
        ("[00]012345678905000000", b"00012345678905000000"),
        ("[01]09521234543213[10]ABC[21]XYZ789[17]261231",
         b"010952123454321310ABC\x1d21XYZ789\x1d17261231"),
        ("[91]%%%%[92]abc", b"91%%%%\x1d92abc"),
    ]
    for i, (zdata, ours) in enumerate(gs1):
        for ecc in "MH":
            yield case(f"gs1-{i}-{ecc}", "qr", ours,
                       ["-b", "QRCODE", "--gs1", f"--secure={ECC_SECURE[ecc]}", "--mask=1"],
                       zint_data=zdata, ecc=ecc, boost=False, fnc1="gs1", mask=1)
    # Structured append (zint's ID is the parity byte).
    for i in range(1, 5):
        data, opts, zargs = payload(rng, "A", 30)
        yield case(f"structapp-{i}-of-4", "qr", data,
                   ["-b", "QRCODE", "--secure=2", "--vers=3", "--mask=0", f"--structapp={i},4,{37 * i}", *zargs],
                   ecc="M", boost=False, version=3, mask=0,
                   structured_append={"index": i, "count": 4, "parity": 37 * i}, **opts)
    # Mixed content where the optimal split is unambiguous.
    mixed = ["HELLO 1234567890123 WORLD", "ABC12345678901234567890", "12345678901234567890ABCDEFGHIJ",
             "https://example.com/0123456789012345", "a1234567890123456789012b", "点茗ABC123456789"]
    for i, text in enumerate(mixed):
        yield case(f"mixed-{i}", "qr", text,
                   ["-b", "QRCODE", "--secure=1", "--mask=4"], ecc="L", boost=False, mask=4)
    # GS1 together with an ECI: zint writes FNC1 first, then the ECI header; so do we.
    for sym, zsym, extra in [("qr", "QRCODE", ["--mask=3"]), ("rmqr", "RMQR", ["--vers=18"])]:
        opts = {"mask": 3} if sym == "qr" else {"version": 18}
        yield case(f"gs1-eci3-{sym}", sym, b"010952123454321310ABC\x1d21XYZ",
                   ["-b", zsym, "--gs1", "--eci=3", "--secure=2", *extra],
                   zint_data="[01]09521234543213[10]ABC[21]XYZ", ecc="M", boost=False, fnc1="gs1", eci=3, **opts)
