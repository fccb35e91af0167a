//! Go's `time` formats: `time.RFC3339` in UTC (annotations) and `time.RFC3339Nano` in the
//! local zone (the `--debug` log), the zone read through the C library (`TZ`,
//! `/etc/localtime`), as Go reads it.

use std::time::{SystemTime, UNIX_EPOCH};

/// `(year, month, day)` of a count of days since 1970-01-01 (Howard Hinnant's algorithm).
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `YYYY-MM-DDTHH:MM:SS` of seconds since the epoch, already shifted to the wanted zone.
fn date_time(secs: i64) -> String {
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// Seconds since the epoch as `time.RFC3339` in UTC: `YYYY-MM-DDTHH:MM:SSZ`.
pub fn rfc3339_utc(secs: i64) -> String {
    format!("{}Z", date_time(secs))
}

/// Go's zone suffix of `Z07:00`: `Z` for a zero offset, else `±HH:MM`.
fn zone_suffix(offset_secs: i64) -> String {
    if offset_secs == 0 {
        return "Z".into();
    }
    let sign = if offset_secs < 0 { '-' } else { '+' };
    let abs = offset_secs.abs();
    format!("{sign}{:02}:{:02}", abs / 3600, abs % 3600 / 60)
}

/// `time.RFC3339Nano`: the fraction without trailing zeros (none at all when zero).
pub fn rfc3339_nano(secs: i64, nanos: u32, offset_secs: i64) -> String {
    let mut out = date_time(secs + offset_secs);
    if nanos != 0 {
        let frac = format!("{nanos:09}");
        out.push('.');
        out.push_str(frac.trim_end_matches('0'));
    }
    out.push_str(&zone_suffix(offset_secs));
    out
}

/// The offset of the local zone from UTC at `secs`, in seconds (0 when unknown).
#[cfg(unix)]
fn local_offset(secs: i64) -> i64 {
    let t = secs as libc::time_t;
    // SAFETY: an all-zero `tm` is a valid value; localtime_r only writes into it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call; localtime_r is the reentrant variant
    // (glibc reads TZ / /etc/localtime on its first use).
    let ok = unsafe { !libc::localtime_r(&t, &mut tm).is_null() };
    if ok { tm.tm_gmtoff as i64 } else { 0 }
}

#[cfg(not(unix))]
fn local_offset(_secs: i64) -> i64 {
    0
}

/// Now, as Go's `time.Now().Format(time.RFC3339Nano)` prints it in the local zone.
pub fn now_rfc3339_nano_local() -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let secs = now.as_secs() as i64;
    rfc3339_nano(secs, now.subsec_nanos(), local_offset(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_go() {
        assert_eq!(rfc3339_utc(1_735_689_600), "2025-01-01T00:00:00Z");
        assert_eq!(
            rfc3339_nano(1_796_489_252, 330_450_017, 3600),
            "2026-12-05T17:47:32.330450017+01:00"
        );
        assert_eq!(
            rfc3339_nano(1_796_489_252, 257_343_150, 0),
            "2026-12-05T16:47:32.25734315Z"
        );
        assert_eq!(rfc3339_nano(0, 0, -9000), "1969-12-31T21:30:00-02:30");
        assert_eq!(days_from_civil(2025, 1, 1), 1_735_689_600 / 86_400);
        assert_eq!(civil_from_days(days_from_civil(2000, 2, 29)), (2000, 2, 29));
    }
}
