"""Code 39, Code 93, Interleaved 2 of 5, ITF-14 and Codabar cases for the zint oracle (see
generate.py): plain and check-digit variants, every character, full ASCII, odd and even digit
counts, every Codabar start/stop, and each symbology's longest input."""
import random

from common import case_generic

C39 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"
CODABAR_INNER = "0123456789-$:/.+"


def gs1_check(digits):
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - s % 10) % 10)


def code39(rng):
    def c(name, data, check=False, full=False):
        zint = ["-b", "EXCODE39" if full else "CODE39"] + (["--vers=1"] if check else [])
        return case_generic(f"{name}{'-check' if check else ''}", "code39", data, zint,
                            {"check_digit": check, "full_ascii": full})

    for check in (False, True):
        yield c("one", "A", check)
        yield c("digits", "0123456789", check)
        yield c("charset", C39, check)
        yield c("punct", "-. $/+%", check)
        yield c("a", "A", check)
        yield c("max", "".join(rng.choice(C39) for _ in range(85)), check)
        for i in range(12):
            n = rng.randint(1, 40)
            yield c(f"rand{i:02}", "".join(rng.choice(C39) for _ in range(n)), check)
    # A data sum of 38 mod 43 gives a space check character (zint shows it as '_').
    yield c("check-is-space", "Z3", True)
    for check in (False, True):
        yield c("full-lower", "hello world", check, True)
        yield c("full-controls", "\x00\x01\x1a\x1b\x1f\x7f", check, True)
        yield c("full-punct", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", check, True)
        yield c("full-upper", "CODE39", check, True)
        yield c("full-max", "".join(rng.choice("abcdef") for _ in range(42)) + "A", check, True)
        for i in range(5):
            n = rng.randint(1, 30)
            yield c(f"full-rand{i:02}", "".join(chr(rng.randint(0, 127)) for _ in range(n)),
                    check, True)


def code93(rng):
    def c(name, data, show=False):
        return case_generic(name, "code93", data, ["-b", "CODE93"] + (["--vers=1"] if show else []),
                            {"full_ascii": False, "show_check_digits": show})

    yield c("one", "A")
    yield c("test93", "TEST93")
    yield c("test93-show", "TEST93", True)
    yield c("charset", C39)
    yield c("lower", "code 93 lower case")
    yield c("controls", "\x00\x01\x09\x0a\x0d\x1b\x1f\x7f")
    yield c("punct", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
    yield c("max-native", "".join(rng.choice(C39) for _ in range(107)))
    yield c("max-shifted", "a" * 53 + "B")
    yield c("long-weights", "".join(C39[i % 43] for i in range(60)))
    for i in range(30):
        n = rng.randint(1, 50)
        yield c(f"rand{i:02}", "".join(rng.choice(C39) for _ in range(n)))
    for i in range(15):
        n = rng.randint(1, 40)
        yield c(f"ascii{i:02}", "".join(chr(rng.randint(0, 127)) for _ in range(n)))


def itf(rng):
    def c(name, data, check=False):
        return case_generic(f"{name}{'-check' if check else ''}", "itf", data,
                            ["-b", "C25INTER"] + (["--vers=1"] if check else []),
                            {"check_digit": check, "bearer": None})

    for check in (False, True):
        yield c("one", "7", check)
        yield c("two", "12", check)
        yield c("odd", "12345", check)
        yield c("even", "123456", check)
        yield c("all-digits", "0123456789", check)
        yield c("zeros", "00000000", check)
        yield c("max", "".join(rng.choice("0123456789") for _ in range(90)), check)
        yield c("max-odd", "".join(rng.choice("0123456789") for _ in range(89)), check)
        for i in range(20):
            n = rng.randint(1, 60)
            yield c(f"rand{i:02}", "".join(rng.choice("0123456789") for _ in range(n)), check)


def itf14(rng):
    def c(name, data, zint_data=None, bearer=None):
        return case_generic(name, "itf14", data, ["-b", "ITF14"], {"check_digit": False, "bearer": bearer},
                            zint_data=zint_data)

    yield c("gtin13", "1234567890123")
    yield c("zeros", "0000000000000")
    yield c("short-padded", "12345")
    yield c("one-digit", "7")
    yield c("with-check", "10614141000019", zint_data="1061414100001")
    yield c("bearer-none", "1234567890123", bearer="none")
    yield c("bearer-horizontal", "1234567890123", bearer="horizontal")
    yield c("bearer-frame", "1234567890123", bearer="frame")
    for i in range(30):
        d = "".join(rng.choice("0123456789") for _ in range(13))
        yield c(f"rand{i:02}", d)
    for i in range(15):
        d = "".join(rng.choice("0123456789") for _ in range(13))
        yield c(f"rand-check{i:02}", d + gs1_check(d), zint_data=d)


def codabar(rng):
    def c(name, data, check=False, show=False):
        vers = ["--vers=2"] if show else ["--vers=1"] if check else []
        return case_generic(f"{name}{'-check' if check else ''}{'-show' if show else ''}", "codabar",
                            data, ["-b", "CODABAR"] + vers,
                            {"check_digit": check, "show_check_digit": show})

    for check in (False, True):
        for s in "ABCD":
            for e in "ABCD":
                yield c(f"{s}{e}", f"{s}40156{e}", check)
        yield c("inner-charset", "A" + CODABAR_INNER + "B", check)
        yield c("min", "A1B", check)
        yield c("max", "C" + "".join(rng.choice(CODABAR_INNER) for _ in range(58)) + "D", check)
        yield c("lower", "a1234b", check)
        for i in range(8):
            n = rng.randint(1, 40)
            yield c(f"rand{i:02}", rng.choice("ABCD") + "".join(rng.choice(CODABAR_INNER) for _ in range(n))
                    + rng.choice("ABCD"), check)
    yield c("show", "A123B", True, True)


def cases():
    rng = random.Random(1939)
    yield from code39(rng)
    yield from code93(rng)
    yield from itf(rng)
    yield from itf14(rng)
    yield from codabar(rng)
