"""Han Xin Code cases for the zint oracle (see generate.py): every version 1-10, every 5th up to
80 and 84, every error correction level and mask, every mode (numeric, text in both submodes,
binary, Region 1 and Region 2 Chinese, GB 18030 double-byte and four-byte), mixed data, maximum
capacities, ECI, and (names starting `automask-`) inputs with the mask left to both encoders.

Our options are HanXinOptions as JSON: version "1"-"84" (zint --vers), ecc_level 1-4
(--secure), mask 0-3 (--mask), eci (--eci), binary (--binary).
"""
import random

import common
from common import case_generic

# ISO/IEC 20830 Annex B: data codewords by level (L1-L4) and version.
DATA_CODEWORDS = [
    [21, 31, 42, 46, 57, 70, 84, 99, 114, 131, 135, 153, 171, 189, 209, 229, 251, 273, 297, 321, 345, 354, 381, 407, 436, 464, 493, 523, 554, 586, 619, 634, 666, 702, 738, 774, 812, 849, 888, 929, 946, 987, 1028, 1071, 1115, 1160, 1204, 1251, 1271, 1317, 1368, 1416, 1465, 1517, 1569, 1621, 1674, 1697, 1752, 1807, 1864, 1920, 1979, 2037, 2096, 2124, 2184, 2245, 2309, 2372, 2436, 2501, 2568, 2633, 2663, 2732, 2800, 2870, 2940, 3011, 3083, 3156, 3190, 3264],
    [17, 25, 34, 38, 49, 58, 70, 81, 96, 109, 113, 127, 143, 157, 175, 191, 209, 227, 247, 267, 287, 296, 317, 339, 362, 386, 411, 437, 462, 488, 515, 528, 556, 586, 614, 646, 676, 707, 740, 773, 788, 823, 856, 893, 929, 966, 1004, 1043, 1059, 1099, 1140, 1180, 1221, 1263, 1307, 1351, 1394, 1415, 1460, 1505, 1552, 1600, 1649, 1697, 1748, 1770, 1820, 1871, 1925, 1976, 2030, 2083, 2140, 2195, 2219, 2276, 2334, 2392, 2450, 2509, 2569, 2630, 2658, 2720],
    [13, 19, 26, 30, 37, 46, 54, 63, 74, 83, 87, 97, 109, 121, 135, 147, 161, 175, 191, 205, 221, 228, 245, 261, 280, 298, 317, 337, 358, 376, 397, 408, 428, 452, 474, 498, 522, 545, 572, 597, 608, 635, 660, 689, 717, 746, 774, 805, 817, 847, 880, 910, 943, 975, 1009, 1041, 1076, 1091, 1126, 1161, 1198, 1234, 1271, 1309, 1348, 1366, 1404, 1443, 1485, 1524, 1566, 1607, 1650, 1693, 1713, 1756, 1800, 1844, 1890, 1935, 1983, 2030, 2050, 2098],
    [9, 15, 20, 22, 27, 34, 40, 47, 54, 61, 65, 73, 81, 89, 99, 109, 119, 129, 141, 153, 165, 168, 181, 195, 208, 220, 235, 251, 264, 280, 295, 302, 318, 334, 352, 368, 386, 405, 424, 441, 450, 469, 490, 509, 531, 552, 574, 595, 605, 627, 652, 674, 697, 721, 747, 771, 796, 809, 834, 861, 892, 914, 941, 969, 998, 1012, 1040, 1069, 1099, 1130, 1160, 1191, 1222, 1253, 1269, 1300, 1334, 1366, 1400, 1433, 1469, 1504, 1520, 1554],
]

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = UPPER.lower()
DIGITS = "0123456789"
PUNCT = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
# Bits per character of each single-mode payload (for filling a version).
BITS = {"N": 10 / 3, "T": 6, "T2": 6.5, "B": 8, "R1": 12, "R2": 12, "D": 15, "F": 25, "M": 10}
OVERHEAD = {"N": 14, "T": 10, "T2": 16, "B": 17, "R1": 16, "R2": 16, "D": 19, "F": 0, "M": 60}


def gb(lead_range, trail_range, rng, n, codec="gb18030"):
    out = []
    while len(out) < n:
        b = bytes([rng.choice(lead_range), rng.choice(trail_range)])
        try:
            ch = b.decode(codec)
        except UnicodeDecodeError:
            continue
        if len(ch) == 1 and ch.encode("gb18030") == b:
            out.append(ch)
    return "".join(out)


def payload(rng, mode, n):
    """(text or bytes, binary flag) of n characters in one mode."""
    if mode == "N":
        return "".join(rng.choice(DIGITS) for _ in range(n)), False
    if mode == "T":
        return "".join(rng.choice(UPPER + LOWER + DIGITS) for _ in range(n)), False
    if mode == "T2":
        # Both submodes: words and punctuation.
        s = ""
        while len(s) < n:
            s += "".join(rng.choice(LOWER) for _ in range(rng.randint(2, 6))) + rng.choice(PUNCT)
        return s[:n], False
    if mode == "B":
        return bytes(rng.choice(list(range(0x80, 0x100)) + list(range(0, 0x20))) for _ in range(n)), True
    if mode == "R1":
        return gb(range(0xB0, 0xD8), range(0xA1, 0xFF), rng, n), False
    if mode == "R2":
        return gb(range(0xD8, 0xF8), range(0xA1, 0xFF), rng, n), False
    if mode == "D":
        # GBK/3: lead bytes 0x81-0xA0 are all hanzi outside GB 2312.
        return gb(range(0x81, 0xA1), [t for t in range(0x40, 0xFF) if t != 0x7F], rng, n), False
    if mode == "F":
        # CJK Extension B (U+20000-U+2A6DF): four bytes in GB 18030.
        return "".join(chr(rng.randint(0x20000, 0x2A6D6)) for _ in range(n)), False
    # Mixed: words, numbers and Chinese.
    parts = []
    while sum(len(p) for p in parts) < n:
        kind = rng.choice(["N", "T", "T2", "R1", "R1", "R2", "D"])
        parts.append(payload(rng, kind, rng.randint(1, 8))[0])
    return "".join(parts)[:n], False


def hx(name, data, version=None, level=None, mask=None, eci=None, binary=False):
    zint = ["-b", "HANXIN"]
    options = {}
    if version is not None:
        zint.append(f"--vers={version}")
        options["version"] = str(version)
    if level is not None:
        zint.append(f"--secure={level}")
        options["ecc_level"] = level
    if mask is not None:
        zint.append(f"--mask={mask}")
        options["mask"] = mask
    if eci is not None:
        zint.append(f"--eci={eci}")
        options["eci"] = eci
    if binary:
        zint.append("--binary")
        options["binary"] = True
    return case_generic(name, "hanxin", data, zint, options)


def fill(rng, mode, version, level, lo=0.55, hi=0.95):
    """A payload filling lo-hi of the version's capacity, trimmed until zint fits it in
    (zint's mode choice can need a few more bits than the estimate)."""
    cap = DATA_CODEWORDS[level - 1][version - 1] * 8 - OVERHEAD[mode]
    n = max(1, int(cap * rng.uniform(lo, hi) / BITS[mode]))
    data, binary = payload(rng, mode, n)
    args = ["-b", "HANXIN", f"--vers={version}", f"--secure={level}"] + (["--binary"] if binary else [])
    while len(data) > 1:
        raw = data if isinstance(data, bytes) else data.encode("utf-8")
        try:
            common.zint_matrix("hanxin", raw, args)
            break
        except RuntimeError:
            data = data[: len(data) * 9 // 10]
    return data, binary


def cases():
    rng = random.Random(20830)
    modes = ["N", "T", "T2", "B", "R1", "R2", "D", "F", "M"]
    versions = list(range(1, 11)) + list(range(15, 85, 5)) + [84]
    # Every listed version, cycling level, mask and mode.
    for i, v in enumerate(versions):
        level, mask, mode = i % 4 + 1, (i // 4) % 4, modes[i % len(modes)]
        data, binary = fill(rng, mode, v, level)
        yield hx(f"v{v:02}-L{level}-m{mask}-{mode}", data, v, level, mask, binary=binary)
    # Every mode at every level, versions 3-14.
    for li, level in enumerate(range(1, 5)):
        for mi, mode in enumerate(modes):
            v = 3 + (li * 3 + mi) % 12
            mask = (li + mi) % 4
            data, binary = fill(rng, mode, v, level, 0.2, 0.9)
            yield hx(f"mode-{mode}-L{level}-v{v:02}-m{mask}", data, v, level, mask, binary=binary)
    # Named Chinese texts (Region 1, Region 2, double-byte, four-byte) and the ISO examples.
    named = [
        ("hanzi", "汉字"), ("zhongguo", "中国"), ("beijing", "北京"), ("region2", "亍齄"),
        ("double-byte", "丂們"), ("four-byte", "𠀀𠀁𪚥"), ("latin-gb", "é汉"),
        ("iso-k2", "1234567890"), ("iso-k3", "1234567890ABCDEFGabcdefg,Han Xin Code"),
        ("iso-fig1", "Hanxin Code symbol"), ("iso-fig4", "汉信码标准"),
        ("iso-fig5", "汉信码标准\r\n中国物品编码中心"),
        ("mixed-url", "https://example.com/汉信码?id=12345"),
        ("mixed-sentence", "Summer Palace Ticket 2015年6月6日 13:00 颐和园门票"),
        ("control-chars", "A\x01B\x1bC\x7f\r\n"),
        ("latin1", "Grüße, ÿ and ß"),
    ]
    for i, (name, text) in enumerate(named):
        level, mask = i % 4 + 1, (i + 1) % 4
        yield hx(f"named-{name}", text, None, level, mask)
    # ISO/IEC 20830 Annex K settings exactly.
    yield hx("iso-k2-v1-L1", "1234567890", 1, 1)
    yield hx("iso-k3-v10-L3", "1234567890ABCDEFGabcdefg,Han Xin Code", 10, 3)
    # Maximum capacities.
    yield hx("max-numeric-v84-L1", "7" * 7827, 84, 1, 2)
    yield hx("max-text-v84-L4", "".join(rng.choice(UPPER + LOWER) for _ in range(2070)), 84, 4, 1)
    yield hx("max-binary-v84-L1", bytes(rng.randrange(256) for _ in range(3261)), 84, 1, 0, binary=True)
    yield hx("max-region1-v84-L2", payload(rng, "R1", 1811)[0], 84, 2, 3)
    yield hx("max-numeric-v1-L1", "1" * 45, 1, 1, 0)
    yield hx("max-binary-v1-L4", bytes(range(0xF0, 0xF6)), 1, 4, 3, binary=True)
    # ECI: byte character sets, UTF-8, GB 18030 / GB 2312, binary, 2- and 3-byte designators.
    eci = [
        ("eci3-latin1", "café 12", 3), ("eci7-cyrillic", "Жук 42", 7),
        ("eci26-utf8", "汉信码 UTF-8", 26), ("eci32-gb18030", "汉信码𠀀 GB", 32),
        ("eci29-gb2312", "中国北京", 29), ("eci899-binary", "\x00\x01bin", 899),
        ("eci1000", "ECI 1000", 1000), ("eci20000", "ECI 20000", 20000),
        ("eci4-latin2", "Študentska št. 2198390", 4), ("eci20-sjis", "点茗", 20),
    ]
    for i, (name, text, e) in enumerate(eci):
        yield hx(f"eci-{name}", text, None, i % 4 + 1, i % 4, eci=e)
    yield hx("eci26-binary", "汉字".encode("utf-8"), 2, 2, 1, eci=26, binary=True)
    # Automatic version (level pinned) and the default (L1 raised while it fits).
    for i, mode in enumerate(modes):
        data, binary = payload(rng, mode, rng.randint(5, 120))
        yield hx(f"autoversion-{mode}-L{i % 4 + 1}", data, None, i % 4 + 1, i % 4, binary=binary)
    for i, mode in enumerate(["N", "T", "R1", "B"]):
        data, binary = payload(rng, mode, rng.randint(3, 60))
        yield hx(f"default-{mode}", data, None, None, i, binary=binary)
    # The mask left to both encoders.
    for i in range(48):
        mode = modes[i % len(modes)]
        v = rng.randint(1, 84) if i % 3 == 0 else rng.randint(1, 12)
        level = i % 4 + 1
        data, binary = fill(rng, mode, v, level, 0.1, 0.95)
        yield hx(f"automask-{i:02}-v{v:02}-L{level}-{mode}", data, v, level, None, binary=binary)
