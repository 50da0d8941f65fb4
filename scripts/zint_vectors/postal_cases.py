"""USPS Intelligent Mail, POSTNET and RM4SCC cases for the zint oracle (see generate.py): every
IMb routing length and barcode identifier, POSTNET ZIP / ZIP+4 / delivery point with and without
the check digit, and RM4SCC postcodes up to zint's longest input."""
import random

from common import case_generic

DIGITS = "0123456789"
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def digits(rng, n):
    return "".join(rng.choice(DIGITS) for _ in range(n))


def imb(rng):
    def c(name, data):
        return case_generic(name, "imb", data, ["-b", "USPS_IMAIL"], {})

    spec = "01234567094987654321"
    for routing in ("", "01234", "012345678", "01234567891"):
        yield c(f"spec-{len(routing):02}", spec + ("-" + routing if routing else ""))
    yield c("zeros", "0" * 20)
    yield c("zeros-11", "0" * 20 + "-" + "0" * 11)
    yield c("nines", "94" + "9" * 18 + "-" + "9" * 11)
    yield c("trailing-dash", spec + "-")
    for second in "01234":
        for n in (0, 5, 9, 11):
            t = rng.choice(DIGITS) + second + digits(rng, 18)
            yield c(f"id{second}-r{n:02}", t + ("-" + digits(rng, n) if n else ""))
    for i in range(30):
        t = rng.choice(DIGITS) + rng.choice("01234") + digits(rng, 18)
        n = rng.choice((0, 5, 9, 11))
        yield c(f"rand{i:02}", t + ("-" + digits(rng, n) if n else ""))


def postnet(rng):
    def c(name, data, zint_data=None):
        return case_generic(name, "postnet", data, ["-b", "POSTNET"], {}, zint_data=zint_data)

    def check(d):
        return str((10 - sum(map(int, d)) % 10) % 10)

    for n in (5, 9, 11):
        yield c(f"zeros-{n:02}", "0" * n)
        yield c(f"nines-{n:02}", "9" * n)
        yield c(f"seq-{n:02}", (DIGITS * 2)[:n])
        for i in range(12):
            d = digits(rng, n)
            yield c(f"rand-{n:02}-{i:02}", d)
        for i in range(4):
            d = digits(rng, n)
            yield c(f"with-check-{n:02}-{i:02}", d + check(d), zint_data=d)


def rm4scc(rng):
    def c(name, data, zint_data=None):
        return case_generic(name, "rm4scc", data, ["-b", "RM4SCC"], {}, zint_data=zint_data)

    yield c("example", "SN34RD1A")
    yield c("one", "A")
    yield c("charset", ALNUM)
    yield c("lower", "sn34rd1a", zint_data="SN34RD1A")
    yield c("max", "".join(rng.choice(ALNUM) for _ in range(50)))
    for ch in ALNUM:
        yield c(f"char-{ch}", ch)
    for i in range(25):
        n = rng.randint(1, 20)
        yield c(f"rand{i:02}", "".join(rng.choice(ALNUM) for _ in range(n)))


def cases():
    rng = random.Random(3200)
    yield from imb(rng)
    yield from postnet(rng)
    yield from rm4scc(rng)
