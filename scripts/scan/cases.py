"""The symbols the scan checks cover and the payloads that fill them (shared by capacity.py
and scan.py)."""

RMQR_VERSIONS = [
    (7, 43), (7, 59), (7, 77), (7, 99), (7, 139),
    (9, 43), (9, 59), (9, 77), (9, 99), (9, 139),
    (11, 27), (11, 43), (11, 59), (11, 77), (11, 99), (11, 139),
    (13, 27), (13, 43), (13, 59), (13, 77), (13, 99), (13, 139),
    (15, 43), (15, 59), (15, 77), (15, 99), (15, 139),
    (17, 43), (17, 59), (17, 77), (17, 99), (17, 139),
]
ALL_MODES = ["numeric", "alphanumeric", "byte"]
MICRO = {1: (["L"], ["numeric"]), 2: (["L", "M"], ["numeric", "alphanumeric"]),
         3: (["L", "M"], ALL_MODES), 4: (["L", "M", "Q"], ALL_MODES)}


def symbols():
    """Every symbol to scan: dicts with symbology, version (our CLI's name), zint_version
    (zint's --vers), ecc and the modes that symbol supports."""
    for v in range(1, 41):
        for ecc in "LMQH":
            yield {"symbology": "qr", "version": str(v), "zint_version": v, "ecc": ecc,
                   "modes": ALL_MODES}
    for v, (levels, modes) in MICRO.items():
        for ecc in levels:
            yield {"symbology": "micro-qr", "version": f"M{v}", "zint_version": v, "ecc": ecc,
                   "modes": modes}
    for i, (h, w) in enumerate(RMQR_VERSIONS, start=1):
        for ecc in "MH":
            yield {"symbology": "rmqr", "version": f"R{h}x{w}", "zint_version": i, "ecc": ecc,
                   "modes": ALL_MODES}


def key(sym):
    return f"{sym['symbology']}/{sym['version']}/{sym['ecc']}"


def _stream(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x >> 8


ALNUM_NON_DIGIT = "ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
BYTE_CHARS = "abcdefghijklmnopqrstuvwxyz!?,;_&=~'"


def payload(mode, n, seed=7):
    """A deterministic payload of `n` characters that only `mode` encodes well: numeric is all
    digits; alphanumeric never has two digits in a row (so no encoder gains by switching to
    numeric); byte uses lower-case letters and punctuation outside the alphanumeric set. The
    first character is never `-`, so the payload is never taken for a command-line option."""
    rnd = _stream(seed + n)
    out = []
    for i in range(n):
        r = next(rnd)
        if mode == "numeric":
            out.append("0123456789"[r % 10])
        elif mode == "alphanumeric":
            if i > 0 and not out[-1].isdigit() and r % 4 == 0:
                out.append("0123456789"[(r >> 4) % 10])
            else:
                out.append(ALNUM_NON_DIGIT[(r >> 4) % len(ALNUM_NON_DIGIT)] if i else "Q")
        else:
            out.append(BYTE_CHARS[r % len(BYTE_CHARS)] if i else "q")
    return "".join(out)
