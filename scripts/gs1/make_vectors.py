#!/usr/bin/env python3
"""Writes testdata/gs1/vectors.json: our own GS1 element-string test vectors, each with the verdict
zint 2.11.1 gives (`zint -b 16 --gs1 --dump`, GS1-128; Data Matrix `-b 71` when the data is too
long for GS1-128, whose limit would otherwise hide zint's GS1 verdict).

Each vector: name, input (as given to ElementString::parse), valid (our verdict), field (for an
invalid vector: a substring of our error's field), reason (optional substring of our reason),
zint (verdict "ok" | "warn" | "error" and zint's message; zint 2.11 reports linter failures as
"Warning 261" and still encodes, so both "warn" and "error" count as rejecting) and, where we
deliberately disagree with zint, differs (why). Raw-form inputs have no zint verdict (zint reads
bracket syntax only).

Run from the repository root: python3 scripts/gs1/make_vectors.py
"""
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "testdata", "gs1", "vectors.json")

CSET82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
CSET32 = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83]


def mod10(digits):
    """GS1 check digit (General Specifications 7.9.1), appended."""
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return digits + str((10 - s % 10) % 10)


def pair(data):
    """GS1 check character pair (General Specifications 7.9.5), appended."""
    s = sum(CSET82.index(c) * PRIMES[i] for i, c in enumerate(reversed(data))) % 1021
    return data + CSET32[s >> 5] + CSET32[s & 31]


GTIN = "[01]09521234543213"
SSCC = "[00]" + mod10("10614141123456789")
GSRN = mod10("95212345678901234")
ASSOC = "zint 2.11 does not check the dictionary's req=/ex= associations"
NEWER = "the AI is newer than zint 2.11's dictionary, which rejects it as unknown"
UNKNOWN = "note: zint 2.11 rejects this too, but as an unknown AI (newer than its dictionary)"

# (name, input, valid, field substring or None, reason substring or None, differs or None)
CASES = [
    # --- valid ---
    ("gtin", GTIN, True),
    ("sscc", SSCC, True),
    ("gtin batch expiry", GTIN + "[10]ABC123[17]251231", True),
    ("expiry day 00", GTIN + "[17]250100", True),
    ("prod date leap day", GTIN + "[11]240229", True),
    ("best before", GTIN + "[15]250630", True),
    ("cset82 serial", GTIN + "[21]!\"%&'()*+,-./:;<=>", True),
    ("cset82 serial 2", GTIN + "[21]?_azAZ09", True),
    ("content count sscc", SSCC + "[02]09521234543213[37]12", True),
    ("net weight", GTIN + "[3103]000123", True),
    ("price with currency", GTIN + "[3103]000500[3932]978499", True),
    ("gdti", "[253]" + mod10("952123454321") + "ABC", True),
    ("gcn", "[255]" + mod10("952123454321") + "12", True),
    ("origin country", GTIN + "[422]276", True),
    ("country list", GTIN + "[423]276250826", True),
    ("country process", GTIN + "[424]826[425]276", True),
    ("ship to country alpha2", SSCC + "[4307]DE", True),
    ("ship to company pcenc", SSCC + "[4300]ACME%20CO", True),
    ("dangerous goods yes", SSCC + "[4321]1", True),
    ("not before delivery", SSCC + "[4324]2501010930", True),
    ("ship to geo", SSCC + "[4309]12345678901234567890", True),
    ("max temp hyphen", SSCC + "[4330]001234-", True, None, None, NEWER),
    ("max temp no hyphen", SSCC + "[4330]001234", True, None, None, NEWER),
    ("expiry time", GTIN + "[7003]2501011230", True),
    ("harvest date range", GTIN + "[7007]250101250131", True),
    ("test by date", GTIN + "[7011]250101", True, None, None, NEWER),
    ("test by date time", GTIN + "[7011]2501011200", True, None, None, NEWER),
    ("processor country", GTIN + "[7030]276ABC", True),
    ("processor 999", GTIN + "[7030]999XYZ", True),
    ("dimensions", GTIN + "[8001]01000200000310", True),
    ("grai", "[8003]0" + mod10("952123454321") + "ABC", True),
    ("itip", "[8006]095212345432130102", True),
    ("iban", "[415]" + mod10("952123454321") + "[8020]REF1[8007]GB82WEST12345698765432", True),
    ("prod time", GTIN + "[8008]250101123015", True),
    ("prod time hours only", GTIN + "[8008]25010112", True),
    ("cpid", "[8010]9521ABC#-/[8011]123", True),
    ("gmn", "[8013]" + pair("1987654Ad4X4bL5ttr2310c"), True),
    ("mudi", GTIN + "[8014]" + pair("9521ABC123"), True, None, None, NEWER),
    ("gsrn", "[8018]" + GSRN, True),
    ("coupon", "[8110]06141411234562751101233160430", True),
    ("positive offer", "[8112]100614141234560123456", True),
    ("internal", "[90]ANY[99]X", True),
    ("route", SSCC + "[403]ROUTE-9", True),
    ("giai", "[8004]9521ABC", True),
    ("media type", "[8018]" + GSRN + "[7241]01", True, None, None, NEWER),
    ("date of birth", "[8018]" + GSRN + "[7250]19991231", True, None, None, NEWER),
    ("bio sex", "[8018]" + GSRN + "[7252]1", True, None, None, NEWER),
    ("birth sequence", "[8018]" + GSRN + "[7259]BABY[7258]1/2", True, None, None, NEWER),
    ("parenthesis syntax", "(01)09521234543213(10)ABC(17)250101", True),
    ("duplicate same value", GTIN + "[10]A[10]A", True),
    ("variant", GTIN + "[20]07", True),
    ("amount", "[255]" + mod10("952123454321") + "[3902]1999", True),
    # --- invalid ---
    ("gtin check digit", "[01]09521234543214", False, "(01) GTIN check digit", "is 4, should be 3"),
    ("sscc check digit", "[00]106141411234567890", False, "(00) SSCC check digit", None),
    ("gln check digit", GTIN + "[414]9521234543214", False, "(414) LOC No. check digit", None),
    ("gsrn check digit", "[8018]952123456789012340", False, "check digit", None),
    ("gmn check pair", "[8013]1987654Ad4X4bL5ttr2310c2L", False, "check characters", "should be '2K'"),
    ("month 13", GTIN + "[17]251301", False, "(17) USE BY or EXPIRY date", "month 13"),
    ("day 32", GTIN + "[17]250132", False, "(17) USE BY or EXPIRY date", "day 32 is not a valid day"),
    ("not leap", GTIN + "[11]230229", False, "(11) PROD DATE date", "leap"),
    ("april 31", GTIN + "[15]250431", False, "date", "day 31"),
    ("yymmdd day 00", GTIN + "[7006]250100", False, "(7006) FIRST FREEZE DATE date", "day 00"),
    ("yyyymmdd 1900 not leap", "[8018]" + GSRN + "[7250]19000229", False, "date", "leap", UNKNOWN),
    ("yyyymmdd month", "[8018]" + GSRN + "[7250]20251301", False, "date", "month 13", UNKNOWN),
    ("hhmi hour 24", GTIN + "[7003]2501012400", False, "time", "hour 24"),
    ("hhmi minute 60", SSCC + "[4324]2501011060", False, "time", "minute 60"),
    ("hh 25", GTIN + "[8008]2501012500", False, "time", "hour 25"),
    ("mi 60", GTIN + "[8008]2501011260", False, "time", "minute 60"),
    ("ss 61", GTIN + "[8008]250101120061", False, "time", "second 61"),
    ("country 999", GTIN + "[422]999", False, "(422) ORIGIN country code", None),
    ("country 000", GTIN + "[424]000", False, "country code", None),
    ("country list bad second", GTIN + "[423]276001", False, "country code", "'001'"),
    ("processor country 000", GTIN + "[7030]000ABC", False, "country code", None),
    ("alpha2 XX", SSCC + "[4307]XX", False, "(4307) SHIP TO COUNTRY country code", None),
    ("currency 000", GTIN + "[3103]000500[3932]000499", False, "currency code", None),
    ("pcenc bad hex", SSCC + "[4300]A%2G", False, "percent encoding", None),
    ("pcenc cut", SSCC + "[4301]AB%4", False, "percent encoding", None),
    ("yesno 2", SSCC + "[4321]2", False, "(4321) DANGEROUS GOODS indicator", None),
    ("latitude", SSCC + "[4309]18000000010000000000", False, "latitude", None),
    ("longitude", SSCC + "[4309]00000000003600000001", False, "longitude", None),
    ("hyphen", SSCC + "[4330]001234X", False, "indicator", "'-'", UNKNOWN),
    ("importer index", "[7040]1AB!", False, "importer index", None),
    ("nonzero", GTIN + "[8001]00000200000310", False, "(8001) DIMENSIONS value", "zero"),
    ("winding", GTIN + "[8001]01000200000320", False, "winding direction", None),
    ("zero", "[8003]1" + mod10("952123454321") + "ABC", False, "(8003) GRAI indicator", None),
    ("piece over total", "[8006]095212345432130302", False, "piece of total", None),
    ("piece zero", "[8006]095212345432130002", False, "piece of total", None),
    ("iban check", "[415]" + mod10("952123454321") + "[8020]REF1[8007]GB83WEST12345698765432",
     False, "(8007) IBAN", "should be 82"),
    ("iban country", "[415]" + mod10("952123454321") + "[8020]REF1[8007]XX82WEST12345698765432",
     False, "IBAN", "country"),
    ("cpid serial zero prefix", "[8010]9521ABC[8011]0123", False, "(8011) CPID SERIAL serial", None),
    ("mudi all digits", GTIN + "[8014]" + pair("9521123460"), False, "(8014) MUDI value",
     "non-digit", UNKNOWN),
    ("giai no company prefix", "[8004]ABC123", False, "(8004) GIAI company prefix", None),
    ("giai short company prefix", "[8004]12ABCDEF", False, "company prefix", None,
     "zint 2.11 wants only 2 leading digits; a GS1 Company Prefix has at least 4"),
    ("ginc short company prefix", "[401]952X", False, "company prefix", None,
     "zint 2.11 wants only 2 leading digits; a GS1 Company Prefix has at least 4"),
    ("coupon vli", "[8110]76141411234562751101233160430", False, "(8110) coupon", "indicator 7"),
    ("coupon field", "[8110]0614141123456275110123716", False, "coupon", "data field indicator 7"),
    ("coupon date", "[8110]06141411234562751101233161330", False, "date", "month 13"),
    ("coupon cut short", "[8110]061414112345627", False, "coupon", "cut short"),
    ("positive offer format", "[8112]200614141234560123456", False, "(8112) coupon", "format"),
    ("positive offer trailing", "[8112]1006141412345601234567", False, "coupon", "reserved"),
    ("media type 11", "[8018]" + GSRN + "[7241]11", False, "media type", None, UNKNOWN),
    ("bio sex 3", "[8018]" + GSRN + "[7252]3", False, "sex code", None, UNKNOWN),
    ("birth sequence order", "[8018]" + GSRN + "[7259]BABY[7258]3/2", False, "sequence", None,
     UNKNOWN),
    ("package type", SSCC + "[7041]b", False, "(7041) UFRGT UNIT TYPE package type", None, UNKNOWN),
    ("space in batch", GTIN + "[10]A B", False, "(10) BATCH/LOT",
     "value 'A B' has ' ' which AI 10 (BATCH/LOT) does not allow (GS1 character set 82)"),
    ("hash in batch", GTIN + "[10]AB#C", False, "(10) BATCH/LOT", "'#'"),
    ("lowercase in cset39", "[8010]9521Abc[8011]1", False, "(8010) CPID", "character set 39"),
    ("letter in gtin", "[01]0952123454321A", False, "(01) GTIN", "digits only"),
    ("gtin too short", "[01]0952123454321", False, "(01) GTIN", "13 characters"),
    ("gtin too long", "[01]095212345432130", False, "(01) GTIN", "15 characters"),
    ("batch too long", GTIN + "[10]123456789012345678901", False, "(10) BATCH/LOT", "at most 20"),
    ("country too short", GTIN + "[422]27", False, "(422) ORIGIN", "exactly 3"),
    ("country list partial", GTIN + "[423]2762", False, "(423)", "needs 3 characters"),
    ("unknown ai 23", "[23]1", False, "(23)", "not a GS1 Application Identifier"),
    ("unknown ai 3106", GTIN + "[3106]000123", False, "(3106)", "not a GS1"),
    ("ai too short", "[1]1", False, "(1)", "2 to 4 digits"),
    ("ai too long", "[12345]1", False, "(12345)", "2 to 4 digits"),
    ("ai not digits", "[1A]1", False, "(1A)", "2 to 4 digits"),
    ("empty value", GTIN + "[10][17]250101", False, "(10) BATCH/LOT", "no value"),
    ("no ai", "ABC", False, "GS1 element string", "does not start with an AI"),
    ("unclosed bracket", "[01", False, "GS1 element string", "closing"),
    ("non-ascii", GTIN + "[10]\u00e9", False, "GS1 element string", "not ASCII"),
    ("batch needs gtin", "[10]ABC", False, "(10) BATCH/LOT", "needs AI (01), (02), (03)", ASSOC),
    ("net weight needs gtin", "[3103]000123", False, "(3103) NET WEIGHT (kg)",
     "needs AI (01) or (02)", ASSOC),
    ("secondary serial needs pair", GTIN + "[250]X", False, "(250)", "AI (01) with (21)", ASSOC),
    ("gtin excludes count", GTIN + "[37]1", False, "(01) GTIN", "AI (37) COUNT", ASSOC),
    ("content excludes gtin", SSCC + "[02]09521234543213[37]1[01]09521234543213", False,
     "(02) CONTENT", "AI (01) GTIN", ASSOC),
    ("two net weights", GTIN + "[3103]000123[3102]001230", False, "(3103)", "(3102)", ASSOC),
    ("duplicate different", GTIN + "[10]A[10]B", False, "(10) BATCH/LOT", "twice",
     "zint 2.11 does not check repeated AIs"),
]

RAW = [
    ("raw form", "010952123454321310ABC\x1d17250101", True),
    ("raw form gs after fixed", "0109521234543213\x1d10ABC", True),
    ("raw unknown ai", "2312", False, "GS1 element string", "no GS1 AI starts"),
    ("raw bad check digit", "0109521234543214", False, "(01) GTIN check digit", None),
    ("raw short fixed", "01095212", False, "(01) GTIN", "6 characters"),
]


def zint(data):
    args = ["--gs1parens"] if data.startswith("(") else []
    for symbology in ("16", "71"):
        p = subprocess.run(["zint", "-b", symbology, "--gs1", *args, "--dump", "-d", data],
                           capture_output=True, text=True)
        msg = p.stderr.strip()
        if p.returncode and "too long" in msg.lower() and symbology == "16":
            continue
        verdict = "error" if p.returncode else ("warn" if "Warning" in msg else "ok")
        return {"verdict": verdict, "message": msg, "symbology": int(symbology)}
    raise RuntimeError(data)


def main():
    version = subprocess.run(["zint", "--version"], capture_output=True, text=True).stdout.split()[-1]
    vectors = []
    for case in CASES + RAW:
        name, data, valid, *rest = case
        rest += [None] * (3 - len(rest))
        field, reason, differs = rest
        v = {"name": name, "input": data, "valid": valid}
        if field:
            v["field"] = field
        if reason:
            v["reason"] = reason
        if case in CASES:
            v["zint"] = zint(data)
        if differs and differs.startswith("note: "):
            v["note"] = differs[len("note: "):]
        elif differs:
            v["differs"] = differs
        vectors.append(v)
    names = [v["name"] for v in vectors]
    assert len(set(names)) == len(names), "duplicate vector names"
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump({"zint_version": version, "vectors": vectors}, f, indent=1, ensure_ascii=True)
        f.write("\n")
    print(f"wrote {len(vectors)} vectors to {OUT}")


if __name__ == "__main__":
    main()
