//! The content checks ("linters") the GS1 Barcode Syntax Dictionary names for each component.
//!
//! Each takes one component's characters (already checked against the component's character set
//! and length) and says what is wrong in words a user can act on. Sources: GS1 General
//! Specifications (check digits 7.9.1, check character pairs 7.9.5, dates 7.12, the AI
//! definitions of section 3), ISO 13616 (IBAN) and the GS1 US North American coupon guidelines
//! (AI 8110 "Coupon Code Identification for Use in North America", AI 8112 "Paperless Coupon").

use super::iso;
use super::spec::Lint;

/// Why a component failed a linter: `what` names the part of the AI (`check digit`, `date`…),
/// `reason` says what is wrong and how to fix it.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Failure {
    pub what: &'static str,
    pub reason: String,
}

type Outcome = Result<(), Failure>;

fn fail(what: &'static str, reason: impl Into<String>) -> Outcome {
    Err(Failure {
        what,
        reason: reason.into(),
    })
}

/// Runs one linter on a component value.
pub(crate) fn check(lint: Lint, v: &[u8]) -> Outcome {
    match lint {
        Lint::Csum => csum(v),
        Lint::CsumAlpha => csum_alpha(v),
        Lint::GcpPos1 => gcp(v, 0),
        Lint::GcpPos2 => gcp(v, 1),
        Lint::HasNonDigit => {
            if v.iter().all(u8::is_ascii_digit) {
                fail("value", "must contain a non-digit character")
            } else {
                Ok(())
            }
        }
        Lint::Hh => bounded(v, 23, "time", "hour", "HH (00-23)"),
        Lint::Mi => bounded(v, 59, "time", "minute", "MM (00-59)"),
        Lint::Ss => bounded(v, 59, "time", "second", "SS (00-59)"),
        Lint::HhMi => {
            bounded(
                v.get(..2).unwrap_or(v),
                23,
                "time",
                "hour",
                "HHMM (hour 00-23)",
            )?;
            bounded(
                v.get(2..).unwrap_or(&[]),
                59,
                "time",
                "minute",
                "HHMM (minute 00-59)",
            )
        }
        Lint::Hyphen => one_of(v, b"-", "indicator", "must be '-' (or left out)"),
        Lint::Iban => iban(v),
        Lint::ImporterIdx => match v {
            [b] if b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_' => Ok(()),
            _ => fail(
                "importer index",
                format!("'{}' is not 0-9, A-Z, a-z, - or _", esc(v)),
            ),
        },
        Lint::Iso3166 => country(v, false),
        Lint::Iso3166Or999 => country(v, true),
        Lint::Iso3166Alpha2 => match v {
            [a, b] if iso::is_country_alpha2([*a, *b]) => Ok(()),
            _ => fail(
                "country code",
                format!(
                    "'{}' is not an ISO 3166-1 alpha-2 country code (e.g. DE, GB, US)",
                    esc(v)
                ),
            ),
        },
        Lint::Iso4217 => {
            if iso::is_currency(num(v) as u16) {
                Ok(())
            } else {
                fail(
                    "currency code",
                    format!(
                        "'{}' is not an ISO 4217 numeric currency code (e.g. 978 euro, 840 US \
                         dollar)",
                        esc(v)
                    ),
                )
            }
        }
        Lint::Iso5218 => one_of(
            v,
            b"0129",
            "sex code",
            "must be 0, 1, 2 or 9 (ISO/IEC 5218)",
        ),
        Lint::Latitude => {
            if num(v) > 1_800_000_000 {
                fail(
                    "latitude",
                    format!("{} is above 1800000000 (90 degrees north)", esc(v)),
                )
            } else {
                Ok(())
            }
        }
        Lint::Longitude => {
            if num(v) > 3_600_000_000 {
                fail(
                    "longitude",
                    format!("{} is above 3600000000 (180 degrees east)", esc(v)),
                )
            } else {
                Ok(())
            }
        }
        Lint::MediaType => match num(v) {
            1..=10 | 80..=99 => Ok(()),
            _ => fail(
                "media type",
                format!(
                    "{} is not an AIDC media type code (01-10, or 80-99 internal)",
                    esc(v)
                ),
            ),
        },
        Lint::NonZero => {
            if v.iter().all(|&b| b == b'0') {
                fail("value", format!("'{}' must not be zero", esc(v)))
            } else {
                Ok(())
            }
        }
        Lint::NoZeroPrefix => {
            if v.len() > 1 && v.first() == Some(&b'0') {
                fail(
                    "serial",
                    format!("'{}' must not start with 0 (only \"0\" itself may)", esc(v)),
                )
            } else {
                Ok(())
            }
        }
        Lint::PackageType => {
            // UN/ECE Recommendation 21 codes (plus GS1's) are 2-3 upper-case letters or digits;
            // the code list itself is not checked.
            if (2..=3).contains(&v.len())
                && v.iter()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            {
                Ok(())
            } else {
                fail(
                    "package type",
                    format!("'{}' is not a UN/ECE Rec. 21 package type code", esc(v)),
                )
            }
        }
        Lint::PcEnc => pcenc(v),
        Lint::PieceOfTotal => {
            let (piece, total) = (num(v.get(..2).unwrap_or(v)), num(v.get(2..).unwrap_or(&[])));
            if piece == 0 || total == 0 || piece > total {
                fail(
                    "piece of total",
                    format!(
                        "piece {piece:02} of total {total:02}: both must be at least 01 and the \
                         piece at most the total"
                    ),
                )
            } else {
                Ok(())
            }
        }
        Lint::PosInSeqSlash => match v {
            [p @ b'1'..=b'9', b'/', t @ b'1'..=b'9'] if p <= t => Ok(()),
            _ => fail(
                "sequence",
                format!(
                    "'{}' is not position/total like 1/2 (1-9, position <= total)",
                    esc(v)
                ),
            ),
        },
        Lint::Winding => one_of(v, b"019", "winding direction", "must be 0, 1 or 9"),
        Lint::YesNo => one_of(v, b"01", "indicator", "must be 0 (no) or 1 (yes)"),
        Lint::Yymmd0 => date(v, 2, true),
        Lint::Yymmdd => date(v, 2, false),
        Lint::Yyyymmdd => date(v, 4, false),
        Lint::Zero => one_of(v, b"0", "indicator", "must be 0"),
        Lint::CouponCode => coupon_code(v),
        Lint::CouponPosOffer => coupon_pos_offer(v),
    }
}

/// Printable rendering of user bytes for messages.
pub(crate) fn esc(v: &[u8]) -> String {
    v.escape_ascii().to_string()
}

/// Decimal value of a run of digits (the callers' components are numeric, checked before).
fn num(v: &[u8]) -> u64 {
    v.iter().fold(0u64, |n, &d| {
        n.saturating_mul(10)
            .saturating_add(u64::from(d.wrapping_sub(b'0') % 10))
    })
}

fn one_of(v: &[u8], allowed: &[u8], what: &'static str, rule: &str) -> Outcome {
    match v {
        [b] if allowed.contains(b) => Ok(()),
        _ => fail(what, format!("'{}' {rule}", esc(v))),
    }
}

fn bounded(v: &[u8], max: u64, what: &'static str, unit: &str, format: &str) -> Outcome {
    if num(v) > max {
        fail(
            what,
            format!("{unit} {} is not a valid {unit}: use {format}", esc(v)),
        )
    } else {
        Ok(())
    }
}

/// GS1 mod-10 check digit (GenSpecs 7.9.1): weights 3,1,3,… from the rightmost data digit.
pub(crate) fn mod10(data: &[u8]) -> u8 {
    let sum: u32 = data
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| u32::from(d.wrapping_sub(b'0') % 10) * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

fn csum(v: &[u8]) -> Outcome {
    let Some((&last, data)) = v.split_last() else {
        return Ok(());
    };
    let want = mod10(data);
    if last.wrapping_sub(b'0') == want {
        Ok(())
    } else {
        fail(
            "check digit",
            format!("is {}, should be {want}", last as char),
        )
    }
}

/// CSET 82 in GS1 order: a character's value is its index (GenSpecs figure 7.11-1).
const CSET82: &[u8; 82] =
    b"!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
/// The check character alphabet (CSET 32, GenSpecs figure 7.11-3).
const CSET32: &[u8; 32] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
/// The first 23 primes: the weights of the data characters, rightmost first (GenSpecs 7.9.5).
const PRIMES: [u32; 23] = [
    2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83,
];

fn csum_alpha(v: &[u8]) -> Outcome {
    if v.len() < 3 {
        return fail(
            "check characters",
            format!(
                "'{}' is too short to carry data and its two check characters",
                esc(v)
            ),
        );
    }
    let (data, given) = v.split_at(v.len() - 2);
    let mut sum = 0u32;
    for (i, c) in data.iter().rev().enumerate() {
        let value = CSET82.iter().position(|x| x == c).unwrap_or(0) as u32;
        sum += value * PRIMES.get(i).copied().unwrap_or(0);
    }
    sum %= 1021;
    let want = [CSET32[(sum >> 5) as usize], CSET32[(sum & 31) as usize]];
    if given == want {
        Ok(())
    } else {
        fail(
            "check characters",
            format!("are '{}', should be '{}'", esc(given), esc(&want)),
        )
    }
}

/// A GS1 Company Prefix starts at `offset`: it is at least 4 digits long (GenSpecs 1.4.3).
fn gcp(v: &[u8], offset: usize) -> Outcome {
    let prefix = v.get(offset..offset + 4);
    if prefix.is_some_and(|p| p.iter().all(u8::is_ascii_digit)) {
        return Ok(());
    }
    fail(
        "company prefix",
        format!(
            "'{}' must hold a GS1 Company Prefix (at least 4 digits) from position {}",
            esc(v),
            offset + 1
        ),
    )
}

fn country(v: &[u8], allow_999: bool) -> Outcome {
    let code = num(v) as u16;
    if iso::is_country(code) || (allow_999 && code == 999) {
        Ok(())
    } else {
        fail(
            "country code",
            format!(
                "'{}' is not an ISO 3166-1 numeric country code (e.g. 276 Germany, 826 United \
                 Kingdom{})",
                esc(v),
                if allow_999 { ", or 999 unknown" } else { "" }
            ),
        )
    }
}

const DAYS: [u8; 13] = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// A date YYMMDD (`year_digits` 2) or YYYYMMDD (4); `day0` allows day 00 ("end of month").
fn date(v: &[u8], year_digits: usize, day0: bool) -> Outcome {
    let year = num(v.get(..year_digits).unwrap_or(&[]));
    let month = num(v.get(year_digits..year_digits + 2).unwrap_or(&[]));
    let day = num(v.get(year_digits + 2..year_digits + 4).unwrap_or(&[]));
    let form = match (year_digits, day0) {
        (4, _) => "YYYYMMDD",
        (_, true) => "YYMMDD (day 00 allowed)",
        _ => "YYMMDD",
    };
    if !(1..=12).contains(&month) {
        return fail(
            "date",
            format!("month {month:02} is not a valid month: use {form}"),
        );
    }
    // Two-digit years are resolved within a ±50-year window of today (GenSpecs 7.12), where
    // every year divisible by 4 is a leap year; four-digit years follow the Gregorian rule.
    let leap = if year_digits == 4 {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    } else {
        year % 4 == 0
    };
    let days = if month == 2 && !leap {
        28
    } else {
        u64::from(DAYS[month as usize])
    };
    if day == 0 && !day0 {
        return fail("date", format!("day 00 is not a valid day: use {form}"));
    }
    if day > days {
        let why = if month == 2 && day == 29 {
            " (not a leap year)"
        } else {
            ""
        };
        return fail(
            "date",
            format!("day {day:02} is not a valid day{why}: use {form}"),
        );
    }
    Ok(())
}

fn pcenc(v: &[u8]) -> Outcome {
    let mut i = 0;
    while let Some(&b) = v.get(i) {
        if b == b'%' {
            let hex = v.get(i + 1..i + 3);
            if !hex.is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) {
                return fail(
                    "percent encoding",
                    format!(
                        "'%' at position {} must be followed by two hex digits (write %25 for %)",
                        i + 1
                    ),
                );
            }
            i += 3;
        } else {
            i += 1;
        }
    }
    Ok(())
}

fn iban(v: &[u8]) -> Outcome {
    let what = "IBAN";
    if v.len() < 5 {
        return fail(what, format!("'{}' is too short for an IBAN", esc(v)));
    }
    let (cc, check, rest) = (&v[..2], &v[2..4], &v[4..]);
    if !iso::is_country_alpha2([cc[0], cc[1]]) {
        return fail(
            what,
            format!("'{}' is not an ISO 3166-1 alpha-2 country code", esc(cc)),
        );
    }
    if !check.iter().all(u8::is_ascii_digit) {
        return fail(
            what,
            format!("check digits '{}' must be digits", esc(check)),
        );
    }
    if let Some(bad) = rest
        .iter()
        .find(|b| !b.is_ascii_digit() && !b.is_ascii_uppercase())
    {
        return fail(
            what,
            format!("'{}' is not allowed (0-9, A-Z only)", *bad as char),
        );
    }
    // ISO 13616: the account part, then country and check digits, with letters as 10-35, must
    // leave remainder 1 modulo 97.
    let mut rem = 0u32;
    for &b in rest.iter().chain(cc).chain(check) {
        rem = if b.is_ascii_digit() {
            (rem * 10 + u32::from(b - b'0')) % 97
        } else {
            (rem * 100 + u32::from(b - b'A') + 10) % 97
        };
    }
    if rem == 1 {
        return Ok(());
    }
    // The check digits that would make it valid: 98 - (value with "00") mod 97.
    let mut rem0 = 0u32;
    for &b in rest.iter().chain(cc).chain(b"00") {
        rem0 = if b.is_ascii_digit() {
            (rem0 * 10 + u32::from(b - b'0')) % 97
        } else {
            (rem0 * 100 + u32::from(b - b'A') + 10) % 97
        };
    }
    fail(
        what,
        format!(
            "check digits are {}, should be {:02}",
            esc(check),
            98 - rem0
        ),
    )
}

/// Reads the numeric fields of a coupon value left to right.
struct Fields<'a> {
    v: &'a [u8],
    pos: usize,
}

impl<'a> Fields<'a> {
    fn digits(&mut self, n: usize, name: &str) -> Result<&'a [u8], Failure> {
        let Some(field) = self.v.get(self.pos..self.pos + n) else {
            return Err(Failure {
                what: "coupon",
                reason: format!("{name} at position {} is cut short", self.pos + 1),
            });
        };
        if let Some(bad) = field.iter().find(|b| !b.is_ascii_digit()) {
            return Err(Failure {
                what: "coupon",
                reason: format!("{name} has '{}'; coupon fields are digits", *bad as char),
            });
        }
        self.pos += n;
        Ok(field)
    }

    /// One digit that must be in `allowed`.
    fn code(&mut self, name: &str, allowed: &[u8]) -> Result<u8, Failure> {
        let d = self.digits(1, name)?[0];
        if allowed.contains(&d) {
            Ok(d)
        } else {
            Err(Failure {
                what: "coupon",
                reason: format!("{name} '{}' must be one of {}", d as char, esc(allowed)),
            })
        }
    }

    /// A variable length indicator in `lo..=hi` then a field of VLI + `extra` digits; with
    /// `nine_absent`, VLI 9 means the field is left out.
    fn vli(&mut self, name: &str, lo: u8, hi: u8, extra: usize, nine_absent: bool) -> Outcome {
        let d = self.digits(1, name)?[0] - b'0';
        if nine_absent && d == 9 {
            return Ok(());
        }
        if d < lo || d > hi {
            return fail(
                "coupon",
                format!("{name} length indicator {d} must be {lo}-{hi}"),
            );
        }
        self.digits(usize::from(d) + extra, name).map(|_| ())
    }

    fn done(&self) -> bool {
        self.pos >= self.v.len()
    }
}

/// AI 8110: North American coupon code (GS1 US coupon application guideline).
fn coupon_code(v: &[u8]) -> Outcome {
    let mut f = Fields { v, pos: 0 };
    f.vli("primary company prefix", 0, 6, 6, false)?;
    f.digits(6, "offer code")?;
    f.vli("save value", 1, 5, 0, false)?;
    f.vli("primary purchase requirement", 1, 5, 0, false)?;
    f.code("primary purchase requirement code", b"0123459")?;
    f.digits(3, "primary purchase family code")?;
    while !f.done() {
        match f.digits(1, "data field indicator")?[0] {
            b'1' => {
                f.code("additional purchase rules code", b"0123")?;
                f.vli("second purchase requirement", 1, 5, 0, false)?;
                f.code("second purchase requirement code", b"012349")?;
                f.digits(3, "second purchase family code")?;
                f.vli("second purchase company prefix", 0, 6, 6, true)?;
            }
            b'2' => {
                f.vli("third purchase requirement", 1, 5, 0, false)?;
                f.code("third purchase requirement code", b"012349")?;
                f.digits(3, "third purchase family code")?;
                f.vli("third purchase company prefix", 0, 6, 6, true)?;
            }
            b'3' => date(f.digits(6, "expiration date")?, 2, true)?,
            b'4' => date(f.digits(6, "start date")?, 2, true)?,
            b'5' => f.vli("serial number", 0, 9, 6, false)?,
            b'6' => f.vli("retailer id", 1, 7, 6, false)?,
            b'9' => {
                f.code("save value code", b"01256")?;
                f.code("save value applies to item", b"012")?;
                f.digits(1, "store coupon flag")?;
                f.code("don't multiply flag", b"01")?;
            }
            d => {
                return fail(
                    "coupon",
                    format!("data field indicator {} must be 1-6 or 9", d as char),
                );
            }
        }
    }
    Ok(())
}

/// AI 8112: paperless coupon code for the positive offer file (GS1 US).
fn coupon_pos_offer(v: &[u8]) -> Outcome {
    let mut f = Fields { v, pos: 0 };
    f.code("coupon format", b"01")?;
    f.vli("coupon funder id", 0, 6, 6, false)?;
    f.digits(6, "offer code")?;
    f.vli("serial number", 0, 9, 6, false)?;
    if !f.done() {
        return fail(
            "coupon",
            format!(
                "characters after position {} are reserved: remove them",
                f.pos
            ),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(lint: Lint, v: &str) -> String {
        check(lint, v.as_bytes())
            .err()
            .map(|f| f.reason)
            .unwrap_or_default()
    }

    #[test]
    fn check_digits() {
        assert_eq!(mod10(b"0952123454321"), 3);
        assert!(check(Lint::Csum, b"09521234543213").is_ok());
        assert_eq!(reason(Lint::Csum, "09521234543214"), "is 4, should be 3");
        // SSCC example of GenSpecs 2.2.1 (106141411234567897).
        assert!(check(Lint::Csum, b"106141411234567897").is_ok());
    }

    #[test]
    fn check_character_pairs() {
        // GenSpecs 7.9.5 worked example: 1987654Ad4X4bL5ttr2310c + check pair 2K.
        assert!(check(Lint::CsumAlpha, b"1987654Ad4X4bL5ttr2310c2K").is_ok());
        assert_eq!(
            reason(Lint::CsumAlpha, "1987654Ad4X4bL5ttr2310c2L"),
            "are '2L', should be '2K'"
        );
    }

    #[test]
    fn dates() {
        assert!(check(Lint::Yymmd0, b"240229").is_ok());
        assert!(check(Lint::Yymmd0, b"250100").is_ok());
        assert_eq!(
            reason(Lint::Yymmd0, "250132"),
            "day 32 is not a valid day: use YYMMDD (day 00 allowed)"
        );
        assert!(reason(Lint::Yymmdd, "230229").contains("not a leap year"));
        assert!(reason(Lint::Yymmdd, "250100").contains("day 00"));
        assert!(reason(Lint::Yymmdd, "251301").contains("month 13"));
        assert!(check(Lint::Yyyymmdd, b"20000229").is_ok());
        assert!(check(Lint::Yyyymmdd, b"19000229").is_err());
    }

    #[test]
    fn iban_check() {
        assert!(check(Lint::Iban, b"GB82WEST12345698765432").is_ok());
        assert_eq!(
            reason(Lint::Iban, "GB83WEST12345698765432"),
            "check digits are 83, should be 82"
        );
        assert!(check(Lint::Iban, b"XX82WEST12345698765432").is_err());
    }

    #[test]
    fn others() {
        assert!(check(Lint::PcEnc, b"A%20B").is_ok());
        assert!(check(Lint::PcEnc, b"A%2").is_err());
        assert!(check(Lint::PieceOfTotal, b"0102").is_ok());
        assert!(check(Lint::PieceOfTotal, b"0302").is_err());
        assert!(check(Lint::PosInSeqSlash, b"1/2").is_ok());
        assert!(check(Lint::PosInSeqSlash, b"3/2").is_err());
        assert!(check(Lint::HhMi, b"2359").is_ok());
        assert!(check(Lint::HhMi, b"2400").is_err());
        assert!(check(Lint::Latitude, b"1800000001").is_err());
        assert!(check(Lint::GcpPos1, b"1234ABC").is_ok());
        assert!(check(Lint::GcpPos1, b"123ABC").is_err());
        assert!(check(Lint::CouponCode, b"0614141123456111").is_err());
        assert!(check(Lint::CouponPosOffer, b"100614141234560123456").is_ok());
        assert!(check(Lint::CouponCode, b"06141411234562751101233160430").is_ok());
    }
}
