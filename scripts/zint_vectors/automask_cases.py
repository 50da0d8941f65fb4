"""Random inputs with the mask left to the encoder, to measure how often our penalty-based mask
choice agrees with zint's (testdata/zint-automask/, read by formats/tests/zint_automask.rs)."""
import random

from common import case, ECC_SECURE
from qr_cases import payload, max_chars

LEVELS = "LMQH"


def cases():
    rng = random.Random(4242)
    for i in range(240):
        ecc = LEVELS[i % 4]
        mode = "NAB"[i % 3]
        v = rng.randint(1, 40) if i % 2 else rng.randint(1, 10)
        n = rng.randint(1, max(1, max_chars(v, ecc, mode)))
        data, opts, zargs = payload(rng, mode, n)
        c = case(f"auto-{i:03}-{ecc}-{mode}", "qr", data,
                 ["-b", "QRCODE", f"--secure={ECC_SECURE[ecc]}", f"--vers={v}", *zargs],
                 ecc=ecc, boost=False, version=v, **opts)
        c["automask"] = True
        yield c
