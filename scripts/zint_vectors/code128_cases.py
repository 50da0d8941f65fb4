"""Code 128 and GS1-128 cases for the zint oracle (see generate.py).

Names starting with `exact-` are inputs whose minimal encodation is unambiguous (pure digits,
pure uppercase, lowercase, GS1 numeric, ...): the Rust test requires them module for module.
For the others zint 2.11's code-set choice is a heuristic (ISO/IEC 15417 Annex E), so the test
accepts a different symbol when ours has no more symbol characters and rxing reads the same
content back.
"""
import random

from common import case_generic

C128 = ["-b", "20"]      # BARCODE_CODE128
GS1_128 = ["-b", "16"]   # BARCODE_GS1_128 (GS1 mode implied)


def opts(**kw):
    base = {"gs1": False, "reader_init": False, "extra_escape": False}
    base.update(kw)
    return base


def gs1_check(digits):
    """GS1 mod-10 check digit of `digits` (the weights 3,1,3,... from the right)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def gtin(rng, n=13):
    body = "".join(rng.choice("0123456789") for _ in range(n))
    return body + gs1_check(body)


def c128(name, data, extra=(), **kw):
    if isinstance(data, str):
        data = data.encode("latin-1")
    # --binary: bytes as given (zint otherwise reads the input as UTF-8).
    return case_generic(name, "code128", data, [*C128, "--binary", *extra], opts(**kw))


def gs1(name, data, parens=False):
    args = [*GS1_128, "--gs1parens"] if parens else GS1_128
    return case_generic(name, "gs1-128", data, list(args), opts(gs1=True))


def code128_cases():
    rng = random.Random(15417)
    # Digits: every length 1-12 (odd lengths end or start outside code set C), then long runs.
    for n in list(range(1, 13)) + [19, 20, 41, 60, 99, 120]:
        yield c128(f"exact-digits-{n:03}", "".join(rng.choice("0123456789") for _ in range(n)))
    # Uppercase, space and punctuation (sets A and B both hold them: Start B).
    for i, s in enumerate(["A", "ABC", "HELLO WORLD", "CODE-128/ISO.15417", "X" * 59,
                           "THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG"]):
        yield c128(f"exact-upper-{i}", s)
    # Lowercase and mixed case text (set B only).
    for i, s in enumerate(["a", "hello", "Hello, World!", "codevault{}|~", "z" * 60]):
        yield c128(f"exact-lower-{i}", s)
    # Text with digit runs of every parity at start, middle and end.
    for i, s in enumerate(["AB1234", "AB12345", "1234AB", "12345AB", "A1B2C3", "A12B3456C",
                           "Order 4711/2024", "abc123456789def", "123abc", "9" + "x" * 3 + "0000"]):
        yield c128(f"digits-mixed-{i}", s)
    # Control characters: set A, SHIFT and latches.
    for i, s in enumerate(["\x01", "\x00\x01\x02ABC", "abc\x01def", "abc\tdef\tghi", "\r\n",
                           "\x1bABC\x1bdef", "A\x7fB", "line1\nline2\nline3", "\x04\x05abcdef\x06"]):
        yield c128(f"control-{i}", s)
    # ISO/IEC 8859-1 bytes through FNC4 (single shift and the double-FNC4 latch).
    for i, s in enumerate(["\xe9", "caf\xe9", "\xe0\xe1\xe2\xe3\xe4\xe5", "Gr\xfc\xdfe aus Z\xfcrich",
                           "\xc0\xc1\xc2", "\xa9 2024", "\x80\x9f", "\xff" * 10, "\xb1\xb2\xb3ab\xb4\xb5\xb6",
                           "na\xefve r\xe9sum\xe9 \xe0 la carte"]):
        yield c128(f"latin1-{i}", s)
    # Random printable ASCII and random bytes.
    for i in range(8):
        n = rng.randint(1, 40)
        yield c128(f"random-ascii-{i}", "".join(chr(rng.randint(32, 126)) for _ in range(n)))
    for i in range(4):
        n = rng.randint(1, 20)
        yield c128(f"random-bytes-{i}", bytes(rng.randint(0, 255) for _ in range(n)))
    # Reader initialisation: FNC3 after the start character.
    for i, s in enumerate(["1234", "ABC", "hello", "\x01abc"]):
        tag = "exact-" if i < 3 else ""
        yield c128(f"{tag}init-{i}", s, extra=["--init"], reader_init=True)


def gs1_cases():
    rng = random.Random(128)
    # Fixed-length numeric AIs only: code set C throughout.
    for i in range(6):
        yield gs1(f"exact-gtin-{i}", f"[01]{gtin(rng)}")
    yield gs1("exact-sscc", f"[00]{gtin(rng, 17)}")
    yield gs1("exact-gtin-expiry", f"[01]{gtin(rng)}[17]261231")
    yield gs1("exact-gtin-weight", f"[01]{gtin(rng)}[3103]001250")
    yield gs1("exact-gtin-dates", f"[01]{gtin(rng)}[11]240101[15]251231")
    yield gs1("exact-sscc-count", f"[00]{gtin(rng, 17)}[02]{gtin(rng)}[37]12")
    yield gs1("exact-weights", f"[01]{gtin(rng)}[3102]000150[3302]000200")
    # Variable-length AIs: FNC1 separators, odd and even digit values.
    for i, tail in enumerate(["[10]ABC", "[10]ABC123", "[10]1234", "[10]12345", "[21]SN42",
                              "[21]123456789", "[10]A[21]B", "[10]LOT-7[21]SER%9", "[30]12",
                              "[30]123", "[10]abc/def", "[21]0"]):
        yield gs1(f"gtin-var-{i}", f"[01]{gtin(rng)}{tail}")
    # (Element strings satisfy the GS1 syntax dictionary's pairings: (10), (21), (8200), ...
    # need a GTIN, (37) an SSCC with (02).)
    for i, s in enumerate(["[01]{g}[10]ABC", "[01]{g}[21]XYZ789[17]261231", "[01]{g}[10]12[21]34[30]5",
                           "[400]PO-12345", "[90]internal", "[91]%%%%[92]abc", "[01]{g}[8200]http://e.x/abc",
                           "[01]{g}[21]S1[240]ADDL-ID[250]SEC", "[00]{s}[420]12345",
                           "[01]{g}[422]276[423]276040"]):
        yield gs1(f"var-{i}", s.format(g=gtin(rng), s=gtin(rng, 17)))
    # Many AIs in one symbol.
    yield gs1("many-1", f"[01]{gtin(rng)}[17]261231[10]L1[21]S2")
    yield gs1("many-2", f"[00]{gtin(rng, 17)}[02]{gtin(rng)}[37]24[10]ABC")
    yield gs1("many-3", f"[01]{gtin(rng)}[3103]000123[3922]199[10]X[21]Y[30]1")
    yield gs1("many-4", f"[01]{gtin(rng)}[11]240101[13]240102[15]240103[17]240104")
    # Parenthesis syntax (zint --gs1parens).
    yield gs1("exact-parens-gtin", f"({'01'}){gtin(rng)}", parens=True)
    yield gs1("parens-gtin-lot", f"(01){gtin(rng)}(10)ABC123", parens=True)
    yield gs1("parens-many", f"(01){gtin(rng)}(17)261231(21)1234567", parens=True)
    yield gs1("parens-var", f"(01){gtin(rng)}(10)XYZ(21)99", parens=True)
    # Random variable-length values (alphanumerics and digits) after a GTIN.
    for i in range(12):
        n = rng.randint(1, 12)
        alphabet = "0123456789" if i % 3 == 0 else "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        value = "".join(rng.choice(alphabet) for _ in range(n))
        ai = ["10", "21", "22"][i % 3]
        tag = "exact-" if i % 3 == 0 else ""
        yield gs1(f"{tag}random-{i:02}", f"[01]{gtin(rng)}[{ai}]{value}")
    # Longest: 48 data characters.
    yield gs1("max-48", f"[01]{gtin(rng)}[10]{'1' * 20}[21]{'2' * 7}")


def cases():
    yield from code128_cases()
    yield from gs1_cases()
