"""EAN-13, EAN-8, UPC-A and UPC-E cases for the zint oracle (see generate.py): every EAN-13
leading digit and UPC-E number system / zero-suppression pattern, with and without check digit,
zero-padded short input, UPC-A given to UPC-E, EAN-2 values 0-99, many EAN-5 values, every
add-on gap. Our options are EanOptions (addon, addon_gap, quiet_zone_markers)."""
import random

from common import case_generic

ZINT_BARCODE = {"ean13": "EANX", "ean8": "EANX", "upca": "UPCA", "upce": "UPCE"}
MIN_GAP = {"ean13": 7, "ean8": 7, "upca": 9, "upce": 7}


def check_digit(digits):
    """GS1 mod-10 check digit of a digit string (weights 3, 1, ... from the right)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str((10 - total % 10) % 10)


def upce_expand(ns, six):
    """The UPC-A (11 digits) of a UPC-E, or None for the excluded forms (GS1 5.2.2.4.2)."""
    a, b, c, d, e, last = six
    if last in "012":
        body = a + b + last + "0000" + c + d + e
    elif last == "3":
        if c in "012":
            return None
        body = a + b + c + "00000" + d + e
    elif last == "4":
        if d == "0":
            return None
        body = a + b + c + d + "00000" + e
    else:
        if e == "0":
            return None
        body = a + b + c + d + e + "0000" + last
    return ns + body


def random_upce(rng, last):
    while True:
        six = "".join(rng.choice("0123456789") for _ in range(5)) + str(last)
        if upce_expand("0", six):
            return six


def options(addon=None, gap=None, markers=False):
    return {"addon": addon, "addon_gap": gap, "quiet_zone_markers": markers}


def mk(name, sym, data, zint_data=None, addon=None, gap=None, markers=False):
    zdata = zint_data if zint_data is not None else data
    barcode = ZINT_BARCODE[sym]
    if sym == "ean8" and len(zdata.split("+")[0]) == 8:
        # zint's EANX reads 8 digits as an EAN-13 without check digit; EANX_CHK as EAN-8 with one.
        barcode = "EANX_CHK"
    args = ["-b", barcode]
    if gap is not None:
        args.append(f"--addongap={gap}")
    if addon is not None:
        zdata += "+" + addon
    return case_generic(name, sym, data, args, options(addon, gap, markers),
                        zint_data=zdata if zdata != data else None)


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def addon_cases(rng, sym, base, zint_base=None, n2=8, n5=10):
    """Add-ons on `base`: EAN-2 values covering all four parity classes, EAN-5 values covering
    all ten parity patterns, every legal gap, and the add-on given as an option."""
    z = zint_base if zint_base is not None else base
    out = []
    for v in rng.sample(range(100), n2):
        a = f"{v:02d}"
        out.append(mk(f"ean2_{a}", sym, f"{base}+{a}", zint_data=f"{z}+{a}"))
    seen_parity = set()
    values = []
    while len(seen_parity) < 10 or len(values) < n5:
        a = digits(rng, 5)
        p = (3 * sum(int(a[i]) for i in (0, 2, 4)) + 9 * sum(int(a[i]) for i in (1, 3))) % 10
        if p not in seen_parity or len(values) < n5:
            seen_parity.add(p)
            values.append(a)
    for a in values:
        out.append(mk(f"ean5_{a}", sym, f"{base}+{a}", zint_data=f"{z}+{a}"))
    for gap in range(MIN_GAP[sym], 13):
        out.append(mk(f"gap{gap}_ean2", sym, f"{base}+{rng.randrange(100):02d}", zint_data=None, gap=gap)
                   if zint_base is None else
                   mk(f"gap{gap}_ean2", sym, base, zint_data=z, addon=f"{rng.randrange(100):02d}", gap=gap))
        out.append(mk(f"gap{gap}_ean5", sym, base, zint_data=z, addon=digits(rng, 5), gap=gap))
    out.append(mk("addon_option_2", sym, base, zint_data=z, addon="42"))
    out.append(mk("addon_option_5", sym, base, zint_data=z, addon="90000"))
    out.append(mk("markers_addon", sym, base, zint_data=z, addon="12", markers=True))
    return out


def ean13_cases(rng):
    sym = "ean13"
    out = []
    for first in range(10):
        body = str(first) + digits(rng, 11)
        out.append(mk(f"lead{first}_nocheck", sym, body))
        out.append(mk(f"lead{first}_check", sym, body + check_digit(body)))
    for i in range(12):
        out.append(mk(f"random{i:02d}", sym, digits(rng, 12)))
    for n in range(8, 12):
        # zint pads 8-11 digits to 12 (no check digit given) as we do.
        out.append(mk(f"short{n}", sym, digits(rng, n)))
    for n in (1, 5, 7):
        # zint makes EAN-8 or a lone add-on of these; we pad to 12, so zint gets the padded form.
        d = digits(rng, n)
        out.append(mk(f"short{n}", sym, d, zint_data=d.zfill(12)))
    out.append(mk("all_zero", sym, "000000000000"))
    out.append(mk("all_nine", sym, "999999999999"))
    out.append(mk("gs1_example", sym, "9501101530003"))
    out.append(mk("markers", sym, "9501101530003", markers=True))
    # EAN-2: all hundred values (parity = value mod 4).
    for v in range(100):
        out.append(mk(f"ean2_all_{v:02d}", sym, f"978087779930+{v:02d}"))
    out += addon_cases(rng, sym, "9780877799306", n2=0, n5=40)
    return out


def ean8_cases(rng):
    sym = "ean8"
    out = []
    for i in range(20):
        body = digits(rng, 7)
        out.append(mk(f"random{i:02d}_nocheck", sym, body))
        out.append(mk(f"random{i:02d}_check", sym, body + check_digit(body)))
    for n in range(1, 7):
        d = digits(rng, n)
        # zint pads 6 digits to 7 but reads 1-5 digits without an add-on as a lone EAN-2/EAN-5.
        out.append(mk(f"short{n}", sym, d, zint_data=d if n == 6 else d.zfill(7)))
    out.append(mk("short3_addon", sym, "123+12"))
    out.append(mk("gs1_example", sym, "95012346"))
    out.append(mk("markers", sym, "9501234", markers=True))
    out.append(mk("all_zero", sym, "0000000"))
    out.append(mk("all_nine", sym, "9999999"))
    out += addon_cases(rng, sym, "9501234")
    return out


def upca_cases(rng):
    sym = "upca"
    out = []
    for first in range(10):
        body = str(first) + digits(rng, 10)
        out.append(mk(f"ns{first}_nocheck", sym, body))
        out.append(mk(f"ns{first}_check", sym, body + check_digit(body)))
    for i in range(10):
        out.append(mk(f"random{i:02d}", sym, digits(rng, 11)))
    for n in (1, 4, 8, 10):
        out.append(mk(f"short{n}", sym, digits(rng, n)))
    out.append(mk("example_036000291452", sym, "036000291452"))
    out.append(mk("markers", sym, "03600029145", markers=True))
    out.append(mk("all_nine", sym, "99999999999"))
    out += addon_cases(rng, sym, "03600029145")
    return out


def upce_cases(rng):
    sym = "upce"
    out = []
    for ns in "01":
        for last in range(10):
            six = random_upce(rng, last)
            upca = upce_expand(ns, six)
            cd = check_digit(upca)
            out.append(mk(f"ns{ns}_rule{last}_7", sym, ns + six))
            out.append(mk(f"ns{ns}_rule{last}_8", sym, ns + six + cd))
            # The UPC-A it stands for: zint 2.11 has no UPC-A input for UPC-E, so it gets the UPC-E.
            out.append(mk(f"ns{ns}_rule{last}_upca11", sym, upca, zint_data=ns + six))
            out.append(mk(f"ns{ns}_rule{last}_upca12", sym, upca + cd, zint_data=ns + six))
    for last in range(10):
        out.append(mk(f"six_rule{last}", sym, random_upce(rng, last)))
    for n in (1, 3, 5):
        d = digits(rng, n - 1) + "1"
        out.append(mk(f"short{n}", sym, d))
    out.append(mk("example_01234565", sym, "01234565"))
    out.append(mk("markers", sym, "0123456", markers=True))
    out += addon_cases(rng, sym, "01234565")
    out.append(mk("upca_addon", sym, "012345000065+12", zint_data="01234565+12"))
    return out


def cases():
    rng = random.Random(1315420)
    yield from ean13_cases(rng)
    yield from ean8_cases(rng)
    yield from upca_cases(rng)
    yield from upce_cases(rng)
