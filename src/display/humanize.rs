//! Human-readable sizes and durations as oras prints them (`humanize.ToBytes`,
//! `humanize.FormatDuration` = Go's `time.Duration.String()` after rounding).

use std::time::Duration;

const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];

/// oras `humanize.ToBytes(size).String()`: `0  B`, `512  B`, `10.5 KB`, `1.5 MB`.
pub fn to_bytes(size: i64) -> String {
    let f = size as f64;
    if f < 1024.0 {
        return format!("{} {:>2}", f, UNITS[0]);
    }
    let e = ((f.ln() / 1024f64.ln()).floor() as usize).min(UNITS.len() - 1);
    let p = f / 1024f64.powi(e as i32);
    format!("{} {:>2}", round_to(p), UNITS[e])
}

/// At most four significant characters: `9.99`, `99.9`, `999`.
fn round_to(size: f64) -> f64 {
    if size < 10.0 {
        (size * 100.0).round() / 100.0
    } else if size < 100.0 {
        (size * 10.0).round() / 10.0
    } else {
        size.round()
    }
}

/// oras `humanize.FormatDuration`: round to the second above 1s, to the millisecond above
/// 1ms, else to the microsecond, then print as Go's `Duration.String()`.
pub fn format_duration(d: Duration) -> String {
    let ns = d.as_nanos().min(i64::MAX as u128) as i64;
    let unit = if ns > 1_000_000_000 {
        1_000_000_000
    } else if ns > 1_000_000 {
        1_000_000
    } else {
        1_000
    };
    go_duration_string(round(ns, unit))
}

/// Go's `Duration.Round` for non-negative durations: halves round up.
fn round(d: i64, m: i64) -> i64 {
    let r = d % m;
    if r + r < m {
        d - r
    } else {
        d.saturating_add(m - r)
    }
}

/// Go's `time.Duration.String()` for a non-negative number of nanoseconds.
pub fn go_duration_string(ns: i64) -> String {
    if ns == 0 {
        return "0s".into();
    }
    let u = ns as u64;
    if u < 1_000 {
        return format!("{u}ns");
    }
    if u < 1_000_000 {
        return format!("{}µs", fraction(u, 1_000));
    }
    if u < 1_000_000_000 {
        return format!("{}ms", fraction(u, 1_000_000));
    }
    let secs = u / 1_000_000_000;
    let sub = u % 1_000_000_000;
    let (h, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
    let s_text = fraction(s * 1_000_000_000 + sub, 1_000_000_000);
    if h > 0 {
        format!("{h}h{m}m{s_text}s")
    } else if m > 0 {
        format!("{m}m{s_text}s")
    } else {
        format!("{s_text}s")
    }
}

/// `v / unit` with the remainder as decimals, trailing zeros dropped.
fn fraction(v: u64, unit: u64) -> String {
    let (whole, rest) = (v / unit, v % unit);
    if rest == 0 {
        return whole.to_string();
    }
    let width = unit.ilog10() as usize;
    let digits = format!("{rest:0width$}");
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_match_oras() {
        assert_eq!(to_bytes(0), "0  B");
        assert_eq!(to_bytes(1023), "1023  B");
        assert_eq!(to_bytes(1024), "1 KB");
        assert_eq!(to_bytes(10752), "10.5 KB");
        assert_eq!(to_bytes(1536 * 1024), "1.5 MB");
        assert_eq!(to_bytes(123_456_789), "118 MB");
        assert_eq!(to_bytes(15 * 1024 * 1024 + 300_000), "15.3 MB");
    }

    #[test]
    fn durations_match_oras_format_duration() {
        let cases: [(u64, &str); 16] = [
            (0, "0s"),
            (12_345, "12µs"),
            (12_345_000, "12ms"),
            (12_345_000_000, "12s"),
            (1_500_000_000, "2s"),
            (1_499_000_000, "1s"),
            (1_500_000, "2ms"),
            (1_499_000, "1ms"),
            (1_500, "2µs"),
            (1_499, "1µs"),
            (3_000_000_000, "3s"),
            (5_000_000, "5ms"),
            (7_000, "7µs"),
            (100, "0s"),
            (7_384_501_000_000, "2h3m5s"),
            (65_000_000_000, "1m5s"),
        ];
        for (ns, want) in cases {
            assert_eq!(format_duration(Duration::from_nanos(ns)), want, "{ns}");
        }
        assert_eq!(go_duration_string(3_600_000_000_000), "1h0m0s");
        assert_eq!(go_duration_string(1_234_000_000), "1.234s");
        assert_eq!(go_duration_string(1_500), "1.5µs");
    }
}
