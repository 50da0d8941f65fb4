"""Micro QR (M1-M4) cases for generate.py.

Every case pins what zint must not choose differently from us: with boost off, ECC is pinned with
--secure (zint only boosts when --secure is absent); version and mask are pinned unless the case
is about choosing them. Data is single-mode (all digits, all alphanumeric, raw bytes through
--binary, or kanji text in zint's default UTF-8 input) so zint's heuristic mode choice and our
optimal segmenter agree; the few mixed-mode cases are ones where both choose the same segments.
"""
import random

from common import ECC_SECURE, case

SYM = "micro-qr"
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
# Kanji and kana Shift JIS places in Kanji mode's ranges (0x8140-0x9FFC, 0xE040-0xEBBF).
KANJI = "点茗漢字日本語東京大阪学校先生会社電話番号山川田中森林花鳥風月あいうえおカキクケコ"

# (version, ecc) -> max characters (numeric, alphanumeric, byte, kanji), ISO/IEC 18004 Table 7.
CAPACITY = {
    (1, "L"): (5, 0, 0, 0),
    (2, "L"): (10, 6, 0, 0),
    (2, "M"): (8, 5, 0, 0),
    (3, "L"): (23, 14, 9, 6),
    (3, "M"): (18, 11, 7, 4),
    (4, "L"): (35, 21, 15, 9),
    (4, "M"): (30, 18, 13, 8),
    (4, "Q"): (21, 13, 9, 5),
}
MODES = ["numeric", "alnum", "byte", "kanji"]


def make(rng, mode, n):
    """n characters of `mode` (bytes for byte mode)."""
    if mode == "numeric":
        return "".join(rng.choice("0123456789") for _ in range(n))
    if mode == "alnum":
        # Letters with at most isolated digits, so no numeric run is worth its own segment.
        return "".join(rng.choice(LETTERS if i % 3 else ALNUM) for i in range(n))
    if mode == "byte":
        return bytes(rng.randrange(256) for _ in range(n))
    return "".join(rng.choice(KANJI) for _ in range(n))


def one(name, data, version, ecc, mask, boost=False):
    """A case pinning what is not None; byte data goes through --binary and without kanji."""
    zint = ["-b", "MICROQR"]
    opts = {"ecc": ecc, "boost": boost, "version": version, "mask": mask}
    if isinstance(data, bytes):
        zint.append("--binary")
        opts["kanji"] = False
    if version is not None:
        zint.append(f"--vers={version}")
    if not boost:
        zint.append(f"--secure={ECC_SECURE[ecc]}")
    if mask is not None:
        zint.append(f"--mask={mask}")
    return case(name, SYM, data, zint, **opts)


def cases():
    rng = random.Random(18004)

    # 1. Every version, every level it has, every mask; the data mode rotates over those offered.
    for (version, ecc), caps in CAPACITY.items():
        offered = [m for m, c in zip(MODES, caps) if c]
        for mask in range(4):
            mode = offered[mask % len(offered)]
            n = rng.randint(1, caps[MODES.index(mode)])
            yield one(f"m{version}{ecc.lower()}-mask{mask}-{mode}{n}",
                      make(rng, mode, n), version, ecc, mask)

    # 2. Full capacity for every version, level and mode (the standard's table).
    for (version, ecc), caps in CAPACITY.items():
        for mode, n in zip(MODES, caps):
            if n:
                mask = (version + n) % 4
                yield one(f"m{version}{ecc.lower()}-full-{mode}{n}",
                          make(rng, mode, n), version, ecc, mask)

    # 3. Automatic version at a pinned level (mask pinned).
    for i in range(24):
        ecc = "LMQ"[i % 3]
        mode = MODES[i % 4]
        top = CAPACITY[(4, ecc)][MODES.index(mode)]
        n = rng.randint(1, top)
        yield one(f"auto-version-{ecc.lower()}-{mode}{n}-{i}", make(rng, mode, n), None, ecc,
                  i % 4)

    # 4. Boost: our ecc L with boost equals zint without --secure (it starts at L and boosts).
    for i in range(10):
        mode = MODES[i % 4]
        n = rng.randint(1, CAPACITY[(4, "L")][MODES.index(mode)])
        yield one(f"boost-{mode}{n}-{i}", make(rng, mode, n), None, "L", (i + 1) % 4, boost=True)

    # 5. Mixed-mode inputs where zint's heuristic and our segmenter agree.
    mixed = [
        ("mixed-digits-letters", "12345678901234ABC", None, "L"),
        ("mixed-letters-bytes", "HELLO world", 4, "L"),
        ("mixed-kanji-digits", "点茗1234567890", 4, "M"),
        ("mixed-url", "HTTP://A.B/c", 4, "L"),
        # Multi-segment streams found by comparing random inputs (zint 2.11.1 picks the same).
        ("mixed-a8-b1-n7-b2", "$CBZBZ% #7304320yb", 4, "L"),
        ("mixed-n9-b2-a7", "131485405ayZ.AXC+B", 4, "L"),
        ("mixed-a6-b1-n3", "DX+AZEa304", None, "L"),
        ("mixed-b6-a6-n6", "eeb&&c$:%*XF471059", 4, "L"),
        ("mixed-n3-b2-n5", "217Yz06198", None, "M"),
        ("mixed-b2-n5-a3", "!z23421-/0", 4, "M"),
        ("mixed-n4-b6-n7", "8781efbaf&2322597", 4, "L"),
        ("mixed-a4-n6-b1-n6", "F%DE526006x830251", 4, "L"),
        ("mixed-n7-b1-n8-a2", "0321624x48066413+$", 4, "L"),
        ("mixed-n5-a5-n7-b3", "01913%EBCE9288168bz&", 4, "L"),
        ("mixed-n6-b5-n5", "239498!aced85303", 4, "L"),
    ]
    for i, (name, data, version, ecc) in enumerate(mixed):
        yield one(name, data, version, ecc, i % 4)

    # 6. Automatic mask (ISO/IEC 18004 7.8.3.2 edge scoring), random single-mode inputs.
    for i in range(60):
        ecc = "LMQ"[i % 3]
        mode = MODES[i % 4]
        top = CAPACITY[(4, ecc)][MODES.index(mode)]
        n = rng.randint(1, top)
        version = None if i % 2 else 4
        yield one(f"auto-mask-{i:02}-{mode}{n}", make(rng, mode, n), version, ecc, None)
