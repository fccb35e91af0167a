//! Pure rendering of one progress item into its two terminal lines (oras's TTY layout), and
//! the human formats it uses: 1024-based sizes and Go `Duration.String()` durations.

use std::time::Duration;

/// Length of the bar between the brackets.
const BAR_LEN: usize = 20;
/// Width the speed is right-aligned to (`1023 KB`).
const SPEED_LEN: usize = 7;
const SPINNER: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

const RESET: &str = "\x1b[0m";
const YELLOW_FG: &str = "\x1b[93m";
const GREEN_FG: &str = "\x1b[92m";
const RED_FG: &str = "\x1b[91m";
const BLUE_BG: &str = "\x1b[104m";

/// Everything the renderer needs to know about one item at one instant.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub prompt: String,
    /// Title annotation, else media type.
    pub name: String,
    pub digest: String,
    pub size: i64,
    /// Bytes transferred so far; negative while nothing is known yet.
    pub offset: i64,
    /// Time since the transfer started (to its end once done); `None` if it never started.
    pub elapsed: Option<Duration>,
    pub done: bool,
    pub failed: bool,
    /// Bytes per second over the recent window.
    pub speed: u64,
    /// Frame counter, selects the spinner symbol.
    pub frame: usize,
}

/// A size in 1024-based units, as oras shows it (`12  B`, `10.5 MB`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bytes {
    pub value: f64,
    pub unit: &'static str,
}

const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];

impl Bytes {
    pub fn of(size: i64) -> Bytes {
        let f = size as f64;
        if f < 1024.0 {
            return Bytes {
                value: f,
                unit: UNITS[0],
            };
        }
        let e = ((f.ln() / 1024f64.ln()).floor() as usize).min(UNITS.len() - 1);
        Bytes {
            value: round_to(f / 1024f64.powi(e as i32)),
            unit: UNITS[e],
        }
    }
}

impl std::fmt::Display for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Go `%v` of a float64 is its shortest representation, as Rust's `{}` (for the
        // magnitudes that occur here, under 10^21).
        write!(f, "{} {:>2}", self.value, self.unit)
    }
}

/// At most four significant characters: two decimals under 10, one under 100, else none.
pub fn round_to(v: f64) -> f64 {
    if v < 10.0 {
        (v * 100.0).round() / 100.0
    } else if v < 100.0 {
        (v * 10.0).round() / 10.0
    } else {
        v.round()
    }
}

/// A transfer time as oras shows it: rounded to seconds above 1s, to milliseconds above
/// 1ms, else to microseconds, then written as Go's `Duration.String()`.
pub fn human_duration(d: Duration) -> String {
    let n = d.as_nanos();
    let unit = if n > 1_000_000_000 {
        1_000_000_000
    } else if n > 1_000_000 {
        1_000_000
    } else {
        1_000
    };
    go_duration_string(round_half_away(n, unit))
}

fn round_half_away(n: u128, m: u128) -> u128 {
    let r = n % m;
    if r + r < m { n - r } else { n + (m - r) }
}

/// Go's `time.Duration.String()` for a non-negative number of nanoseconds.
pub fn go_duration_string(n: u128) -> String {
    if n == 0 {
        return "0s".into();
    }
    if n < 1_000 {
        return format!("{n}ns");
    }
    if n < 1_000_000 {
        return format!("{}µs", decimal(n, 3));
    }
    if n < 1_000_000_000 {
        return format!("{}ms", decimal(n, 6));
    }
    let secs = n / 1_000_000_000;
    let frac = n % 1_000_000_000;
    let (h, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
    let s = decimal(s * 1_000_000_000 + frac, 9);
    match (h, m) {
        (0, 0) => format!("{s}s"),
        (0, m) => format!("{m}m{s}s"),
        (h, m) => format!("{h}h{m}m{s}s"),
    }
}

/// `n / 10^digits` written with its fraction, trailing zeros dropped.
fn decimal(n: u128, digits: u32) -> String {
    let p = 10u128.pow(digits);
    let (int, frac) = (n / p, n % p);
    if frac == 0 {
        return int.to_string();
    }
    let f = format!("{frac:0width$}", width = digits as usize);
    format!("{int}.{}", f.trim_end_matches('0'))
}

/// The two lines of one item for a terminal `width` columns wide:
/// `<mark> [<bar>](<speed>/s) <prompt> <name>   <done>/<total> <pct>% <time>` (or
/// `✓ <prompt> <name> …` once done) and `  └─ <digest>`.
pub fn render(s: &Snapshot, width: usize) -> [String; 2] {
    if s.offset < 0 && s.elapsed.is_none() && !s.done {
        return ["loading status...".into(), "  └─ loading digest...".into()];
    }
    let total = Bytes::of(s.size);
    let mut percent = 1.0;
    let done_text = if s.done {
        format!("{}", total.value)
    } else {
        if s.size != 0 && s.offset >= 0 {
            percent = s.offset as f64 / s.size as f64;
        }
        format!("{:.2}", round_to(total.value * percent))
    };
    let time = s.elapsed.map_or_else(|| "0s".to_string(), human_duration);
    let right = format!(" {done_text}/{total} {:6.2}% {time:>6}", percent * 100.0);
    let right_len = right.chars().count();

    let chars = |t: &str| t.chars().count();
    let (mut left, left_len) = if s.done {
        (
            format!("{GREEN_FG}✓{RESET} {} {}", s.prompt, s.name),
            chars(&s.prompt) + chars(&s.name) + 3,
        )
    } else {
        let filled = ((percent * BAR_LEN as f64) as usize).min(BAR_LEN);
        let mark = if s.failed {
            format!("{RED_FG}✗{RESET}")
        } else {
            format!("{YELLOW_FG}{}{RESET}", SPINNER[s.frame % SPINNER.len()])
        };
        let speed = Bytes::of(s.speed as i64).to_string();
        (
            format!(
                "{mark} [{BLUE_BG}{}{RESET}{}]({speed:>SPEED_LEN$}/s) {} {}",
                " ".repeat(filled),
                ".".repeat(BAR_LEN - filled),
                s.prompt,
                s.name
            ),
            BAR_LEN + SPEED_LEN + 7 + chars(&s.prompt) + chars(&s.name) + 3,
        )
    };
    let margin = width as i64 - left_len as i64 - right_len as i64;
    let pad = if margin < 0 {
        // hide the end of the name, keeping one column for a dot
        let mut cut = (left.len() as i64 + margin - 1).max(0) as usize;
        while !left.is_char_boundary(cut) {
            cut -= 1;
        }
        left.truncate(cut);
        left.push('.');
        0
    } else {
        margin as usize
    };
    [
        format!("{left}{}{right}", " ".repeat(pad)),
        format!("  └─ {}", s.digest),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut it = s.chars();
        while let Some(c) = it.next() {
            if c == '\x1b' {
                for d in it.by_ref() {
                    if d == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    fn snap() -> Snapshot {
        Snapshot {
            prompt: "Uploading".into(),
            name: "bin/linux/arm64/oras".into(),
            digest: "sha256:3237b5a0c3f4b9fc2d8a7f5e3b4d6c2a1e0f9b8c7d6e5f4a3b2c1d0e9f8a7b6c"
                .into(),
            size: 11_010_048,
            offset: 5_505_024,
            elapsed: Some(Duration::from_millis(1500)),
            done: false,
            failed: false,
            speed: 3 * 1024 * 1024,
            frame: 3,
        }
    }

    #[test]
    fn bytes_like_oras() {
        let cases = [
            (0, "0  B"),
            (12, "12  B"),
            (1023, "1023  B"),
            (1024, "1 KB"),
            (1536, "1.5 KB"),
            (11_010_048, "10.5 MB"),
            (123_456_789, "118 MB"),
            (10 * 1024 * 1024 * 1024, "10 GB"),
            (5 * 1024i64.pow(5), "5120 TB"),
        ];
        for (n, want) in cases {
            assert_eq!(Bytes::of(n).to_string(), want, "{n}");
        }
    }

    #[test]
    fn durations_like_go() {
        let ms = Duration::from_millis;
        assert_eq!(human_duration(Duration::ZERO), "0s");
        assert_eq!(human_duration(Duration::from_nanos(1_400)), "1µs");
        assert_eq!(human_duration(Duration::from_micros(36_400)), "36ms");
        assert_eq!(human_duration(ms(999)), "999ms");
        assert_eq!(human_duration(ms(1500)), "2s");
        assert_eq!(human_duration(ms(65_400)), "1m5s");
        assert_eq!(human_duration(ms(3_600_000)), "1h0m0s");
        assert_eq!(go_duration_string(1_500_000), "1.5ms");
        assert_eq!(go_duration_string(2_500), "2.5µs");
        assert_eq!(go_duration_string(999), "999ns");
        assert_eq!(go_duration_string(61_250_000_000), "1m1.25s");
    }

    #[test]
    fn in_progress_line() {
        let [a, b] = render(&snap(), 100);
        let a = strip(&a);
        assert_eq!(
            a,
            "⠸ [          ..........](   3 MB/s) Uploading bin/linux/arm64/oras       5.25/10.5 MB  50.00%     2s"
        );
        assert_eq!(a.chars().count(), 100);
        assert_eq!(
            b,
            "  └─ sha256:3237b5a0c3f4b9fc2d8a7f5e3b4d6c2a1e0f9b8c7d6e5f4a3b2c1d0e9f8a7b6c"
        );
    }

    #[test]
    fn done_line() {
        let mut s = snap();
        s.done = true;
        s.prompt = "Uploaded ".into();
        s.offset = s.size;
        s.elapsed = Some(Duration::from_micros(36_200));
        let [a, _] = render(&s, 80);
        assert!(a.starts_with("\x1b[92m✓\x1b[0m Uploaded  bin"), "{a:?}");
        let a = strip(&a);
        assert_eq!(
            a,
            "✓ Uploaded  bin/linux/arm64/oras                     10.5/10.5 MB 100.00%   36ms"
        );
        assert_eq!(a.chars().count(), 80);
    }

    #[test]
    fn never_started_and_zero_size() {
        let s = Snapshot {
            prompt: "Exists   ".into(),
            name: "application/vnd.oci.empty.v1+json".into(),
            digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"
                .into(),
            size: 2,
            offset: 2,
            elapsed: None,
            done: true,
            failed: false,
            speed: 0,
            frame: 0,
        };
        let a = strip(&render(&s, 80)[0]);
        assert!(a.ends_with(" 2/2  B 100.00%     0s"), "{a:?}");
        let mut s = snap();
        s.size = 0;
        s.offset = 0;
        let a = strip(&render(&s, 100)[0]);
        assert!(a.contains("[                    ]"), "{a:?}");
        assert!(a.ends_with(" 0.00/0  B 100.00%     2s"), "{a:?}");
    }

    #[test]
    fn long_names_are_cut_with_a_dot() {
        let mut s = snap();
        s.done = true;
        s.name = "x".repeat(200);
        let a = strip(&render(&s, 80)[0]);
        assert_eq!(a.chars().count(), 80, "{a:?}");
        assert!(a.contains("xx. 10.5/10.5 MB"), "{a:?}");
    }

    #[test]
    fn loading_placeholder() {
        let mut s = snap();
        s.offset = -1;
        s.elapsed = None;
        assert_eq!(
            render(&s, 80),
            [
                "loading status...".to_string(),
                "  └─ loading digest...".into()
            ]
        );
    }
}
