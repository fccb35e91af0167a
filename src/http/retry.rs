//! The retry policy (oras-go `retry.DefaultPolicy` plus `Retry-After`): up to 5 retries on
//! 408, 429, 5xx and network timeouts (a refused connection fails at once, as in oras-go); exponential backoff with
//! jitter; a `Retry-After` answer (seconds or an HTTP date) is honoured up to a cap.

use reqwest::header::{HeaderMap, RETRY_AFTER};
use std::time::{Duration, SystemTime};

/// Retries after the first attempt.
pub const MAX_RETRIES: u32 = 5;
/// The longest wait a `Retry-After` header can impose.
pub const RETRY_AFTER_CAP: Duration = Duration::from_secs(30);

/// Marks a response that came after this many retries of its request (in the response's
/// extensions): an earlier attempt may have done what was asked before its answer failed.
#[derive(Clone, Copy, Debug)]
pub struct Retried(pub u32);

/// Status codes worth another attempt.
pub fn retryable_status(code: u16) -> bool {
    matches!(code, 0 | 408 | 429 | 500..=599)
}

/// Transport errors worth another attempt: timeouts (connect or read) only.
pub fn retryable_error(e: &reqwest::Error) -> bool {
    e.is_timeout()
}

/// A number in `[0, 1)` that changes between calls (no RNG dependency needed for jitter).
pub fn unit_jitter() -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static SEQ: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.subsec_nanos() as u64)
        .unwrap_or(0);
    let mut x = nanos ^ SEQ.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed);
    // splitmix64 finaliser
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^= x >> 31;
    (x >> 11) as f64 / (1u64 << 53) as f64
}

/// oras-go backoff: 250 ms × 2ⁿ ±10 %, clamped to [200 ms, 3 s].
pub fn backoff(attempt: u32) -> Duration {
    let base = 250.0 * 2f64.powi(attempt.min(20) as i32);
    let jitter = unit_jitter() * 0.2 - 0.1;
    Duration::from_millis((base * (1.0 + jitter)).clamp(200.0, 3000.0) as u64)
}

/// The wait a `Retry-After` header asks for (delta seconds or an HTTP date), capped at
/// [`RETRY_AFTER_CAP`], plus up to 10 % jitter so clients told the same date spread out.
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let raw = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    let wait = if let Ok(secs) = raw.parse::<u64>() {
        Duration::from_secs(secs)
    } else {
        let at = parse_http_date(raw)?;
        at.duration_since(now).unwrap_or(Duration::ZERO)
    };
    let wait = wait.min(RETRY_AFTER_CAP);
    Some((wait + wait.mul_f64(unit_jitter() * 0.1)).min(RETRY_AFTER_CAP))
}

/// The delay before retry number `attempt` (0-based) after a response with `headers`.
pub fn delay(attempt: u32, headers: Option<&HeaderMap>) -> Duration {
    headers
        .and_then(|h| retry_after(h, SystemTime::now()))
        .unwrap_or_else(|| backoff(attempt))
}

/// Parse an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), RFC 850
/// (`Sunday, 06-Nov-94 08:49:37 GMT`) or asctime (`Sun Nov  6 08:49:37 1994`) date, as
/// Go's `http.ParseTime`.
pub fn parse_http_date(s: &str) -> Option<SystemTime> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = |m: &str| MONTHS.iter().position(|x| *x == m).map(|i| i as i64 + 1);
    let words: Vec<&str> = s.split_whitespace().collect();
    let (day, mon, year, time) = match words.as_slice() {
        [_, d, m, y, t, "GMT"] => (d.parse().ok()?, month(m)?, y.parse::<i64>().ok()?, *t),
        [_, dmy, t, "GMT"] => {
            let mut p = dmy.split('-');
            let d = p.next()?.parse().ok()?;
            let m = month(p.next()?)?;
            let y: i64 = p.next()?.parse().ok()?;
            if !(0..=99).contains(&y) {
                return None; // Go's layout has a two-digit year here
            }
            (d, m, if y < 70 { 2000 + y } else { 1900 + y }, *t)
        }
        [_, m, d, t, y] => (d.parse().ok()?, month(m)?, y.parse().ok()?, *t),
        _ => return None,
    };
    let mut hms = time.split(':').map(|x| x.parse::<i64>().ok());
    let (h, mi, se) = (hms.next()??, hms.next()??, hms.next()??);
    // Go's layouts only read in-range fields and four-digit years; anything else (negative
    // times, huge years) is not a date, and would overflow the arithmetic below.
    if !(1..=31).contains(&day)
        || !(0..=23).contains(&h)
        || !(0..=59).contains(&mi)
        || !(0..=60).contains(&se)
        || !(0..=9999).contains(&year)
    {
        return None;
    }
    let secs = crate::go::time::days_from_civil(year, mon, day) * 86_400 + h * 3600 + mi * 60 + se;
    let secs = u64::try_from(secs).ok()?;
    Some(SystemTime::UNIX_EPOCH + Duration::from_secs(secs))
}

/// Go's `time.Duration` text for waits in the retry warning (`250ms`, `1.5s`).
pub fn go_duration(d: Duration) -> String {
    let ms = d.as_millis();
    if ms < 1000 {
        format!("{ms}ms")
    } else {
        let s = d.as_secs_f64();
        let text = format!("{s:.3}");
        format!("{}s", text.trim_end_matches('0').trim_end_matches('.'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn backoff_stays_in_bounds() {
        for attempt in 0..8 {
            let d = backoff(attempt);
            assert!(
                d >= Duration::from_millis(200) && d <= Duration::from_secs(3),
                "{d:?}"
            );
        }
        let first = backoff(0).as_millis();
        assert!((225..=275).contains(&first), "{first}");
    }

    #[test]
    fn http_dates() {
        let t = parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        assert_eq!(
            t.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs(),
            784_111_777
        );
        assert_eq!(parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT"), Some(t));
        assert_eq!(parse_http_date("Sun Nov  6 08:49:37 1994"), Some(t));
        assert_eq!(parse_http_date("yesterday"), None);
    }

    /// Found by `properties::remote::retry_after_arbitrary`: out-of-range fields used to
    /// overflow the date arithmetic (a panic in debug builds, a wrapped date in release).
    #[test]
    fn regression_http_date_fields_out_of_range() {
        for bad in [
            "Sun Jan 1 0:-89601798642036177:-3847264056165385989 0",
            "Sun, 01 Jan 9223372036854775807 00:00:00 GMT",
            "Sun, 01 Jan -9223372036854775808 00:00:00 GMT",
            "Sunday, 01-Jan-9223372036854775807 00:00:00 GMT",
            "Sun, 06 Nov 1994 -1:00:00 GMT",
            "Sun Nov  6 08:49:37 10000",
        ] {
            assert_eq!(parse_http_date(bad), None, "{bad}");
        }
        let mut h = HeaderMap::new();
        h.insert(
            RETRY_AFTER,
            HeaderValue::from_static("Sun, 01 Jan 9223372036854775807 00:00:00 GMT"),
        );
        assert_eq!(retry_after(&h, SystemTime::now()), None);
        assert!(parse_http_date("Fri, 31 Dec 9999 23:59:60 GMT").is_some());
    }

    #[test]
    fn retry_after_seconds_date_and_cap() {
        let now = parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, HeaderValue::from_static("2"));
        let d = retry_after(&h, now).unwrap();
        assert!(
            d >= Duration::from_secs(2) && d <= Duration::from_millis(2200),
            "{d:?}"
        );
        h.insert(
            RETRY_AFTER,
            HeaderValue::from_static("Sun, 06 Nov 1994 08:49:41 GMT"),
        );
        let d = retry_after(&h, now).unwrap();
        assert!(
            d >= Duration::from_secs(4) && d <= Duration::from_millis(4400),
            "{d:?}"
        );
        h.insert(RETRY_AFTER, HeaderValue::from_static("86400"));
        assert_eq!(retry_after(&h, now), Some(RETRY_AFTER_CAP));
        h.insert(
            RETRY_AFTER,
            HeaderValue::from_static("Sun, 06 Nov 1994 08:00:00 GMT"),
        );
        assert_eq!(retry_after(&h, now), Some(Duration::ZERO));
    }

    #[test]
    fn durations_like_go() {
        assert_eq!(go_duration(Duration::from_millis(250)), "250ms");
        assert_eq!(go_duration(Duration::from_millis(1500)), "1.5s");
        assert_eq!(go_duration(Duration::from_secs(3)), "3s");
    }
}
