//! Properties of what a registry answers: `Link` pagination headers, error bodies and
//! `Retry-After` values.

use super::{Case, block_on, bounded, config};
use oras::error::registry::{ErrorItem, ErrorResponse};
use oras::http::retry::{RETRY_AFTER_CAP, parse_http_date, retry_after};
use oras::targets::remote::next_link;
use proptest::prelude::*;
use reqwest::ResponseBuilderExt as _;
use reqwest::Url;
use reqwest::header::{HeaderMap, HeaderValue};
use serde_json::{Value, json};
use std::time::{Duration, SystemTime};

const BASES: [&str; 4] = [
    "https://reg.io/v2/repo/tags/list?n=10",
    "http://localhost:5000/v2/_catalog",
    "https://[::1]:8443/v2/a/b/referrers/sha256:00",
    "http://127.0.0.1/v2/x/tags/list",
];

/// A response to a GET of `base`, with a `Link` header when `link` is a valid header value.
fn response_with_link(base: &str, link: Option<&[u8]>) -> Option<reqwest::Response> {
    let mut b = http::Response::builder()
        .status(200)
        .url(Url::parse(base).unwrap());
    if let Some(l) = link {
        b = b.header("Link", HeaderValue::from_bytes(l).ok()?);
    }
    Some(reqwest::Response::from(b.body(Vec::<u8>::new()).unwrap()))
}

fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

/// Header text built from `Link`-ish pieces, or any bytes.
fn link_like() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just("<".to_string()),
        Just(">".to_string()),
        Just("; ".to_string()),
        Just("rel=\"next\"".to_string()),
        Just("rel=next".to_string()),
        Just("rel=\"prev\"".to_string()),
        Just(",".to_string()),
        Just("//evil.example".to_string()),
        Just("https://reg.io".to_string()),
        Just("http://localhost:5000".to_string()),
        Just(":0".to_string()),
        "[a-zA-Z0-9/?&=%._:@\\[\\]-]{0,12}",
        any::<char>().prop_map(String::from),
    ];
    prop_oneof![
        4 => prop::collection::vec(piece, 0..12).prop_map(|v| v.concat().into_bytes()),
        1 => prop::collection::vec(any::<u8>(), 0..64),
    ]
}

proptest! {
    #![proptest_config(config(4096))]

    /// Any `Link` header: no panic, and a next page is only ever on the request's origin.
    #[test]
    fn link_next_page_stays_on_origin(base in prop::sample::select(BASES.to_vec()), link in link_like()) {
        bounded(move || -> Case {
            let Some(resp) = response_with_link(base, Some(&link)) else { return Ok(()) };
            if let Some(next) = next_link(&resp) {
                let next = Url::parse(&next).map_err(|e| TestCaseError::fail(e.to_string()))?;
                let here = Url::parse(base).unwrap();
                prop_assert!(same_origin(&next, &here), "{} from {}", next, here);
            }
            Ok(())
        })?;
    }

    /// A well-formed `Link: <target>; rel="next"` is followed to the target resolved against
    /// the request URL when it is on the same origin, and ignored otherwise.
    #[test]
    fn link_well_formed(
        base in prop::sample::select(BASES.to_vec()),
        path in "(/[a-z0-9._-]{1,8}){1,4}",
        query in prop::option::of("[a-z]{1,5}=[a-zA-Z0-9%]{0,8}(&[a-z]{1,5}=[0-9]{1,3}){0,2}"),
        origin in prop::sample::select(vec!["", "https://reg.io", "http://localhost:5000", "https://other.example", "http://127.0.0.1:80"]),
        rel in prop::sample::select(vec!["rel=\"next\"", "rel=next"]),
        before in prop::sample::select(vec!["", " "]),
    ) {
        bounded(move || -> Case {
            let target = match &query {
                Some(q) => format!("{origin}{path}?{q}"),
                None => format!("{origin}{path}"),
            };
            let header = format!("{before}<{target}>; {rel}");
            let resp = response_with_link(base, Some(header.as_bytes())).unwrap();
            let here = Url::parse(base).unwrap();
            let want = here.join(&target).ok().filter(|u| same_origin(u, &here)).map(|u| u.to_string());
            prop_assert_eq!(next_link(&resp), want);
            let none = response_with_link(base, None).unwrap();
            prop_assert_eq!(next_link(&none), None);
            let prev = response_with_link(base, Some(format!("<{target}>; rel=\"prev\"").as_bytes())).unwrap();
            prop_assert_eq!(next_link(&prev), None);
            Ok(())
        })?;
    }
}

/// An error body: the distribution spec's shape with any values, JSON of any shape, or bytes.
fn error_body() -> impl Strategy<Value = Vec<u8>> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    let value = leaf.prop_recursive(4, 32, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[A-Za-z]{0,6}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    });
    let item = (
        prop_oneof!["[A-Z_]{0,20}", any::<String>()],
        any::<String>(),
        prop::option::of(value.clone()),
    )
        .prop_map(|(code, message, detail)| match detail {
            Some(d) => json!({ "code": code, "message": message, "detail": d }),
            None => json!({ "code": code, "message": message }),
        });
    let deep = (1usize..127).prop_map(|n| {
        let detail = format!("{}{}", "[".repeat(n), "]".repeat(n));
        format!("{{\"errors\":[{{\"code\":\"X\",\"message\":\"m\",\"detail\":{detail}}}]}}")
            .into_bytes()
    });
    prop_oneof![
        4 => prop::collection::vec(item, 0..4).prop_map(|v| serde_json::to_vec(&json!({ "errors": v })).unwrap()),
        1 => value.prop_map(|v| serde_json::to_vec(&v).unwrap()),
        1 => deep,
        1 => prop::collection::vec(any::<u8>(), 0..256),
        1 => (prop::collection::vec(any::<String>(), 1..3), 8000usize..12000).prop_map(|(m, n)| {
            // around the 8 KiB read limit
            let pad = "x".repeat(n);
            serde_json::to_vec(&json!({ "errors": [{ "code": "DENIED", "message": pad, "detail": m }] })).unwrap()
        }),
    ]
}

proptest! {
    #![proptest_config(config(1024))]

    /// Any error body in any chunking: no panic; the entries are those of the first 8 KiB
    /// (as JSON reads them), and the oras-go line is built from them.
    #[test]
    fn error_body_parse(
        body in error_body(),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..6),
        status in 400u16..600,
    ) {
        bounded(move || -> Case {
            let mut at: Vec<usize> = cuts.iter().map(|i| i.index(body.len() + 1)).collect();
            at.sort_unstable();
            let mut chunks = Vec::new();
            let mut prev = 0;
            for a in at.into_iter().chain([body.len()]) {
                chunks.push(Ok::<_, std::io::Error>(body[prev..a].to_vec()));
                prev = a;
            }
            let stream = futures_util::stream::iter(chunks);
            let resp = http::Response::builder()
                .status(status)
                .url(Url::parse("http://localhost:5000/v2/a/manifests/v1").unwrap())
                .body(reqwest::Body::wrap_stream(stream))
                .unwrap();
            let got = block_on(ErrorResponse::from_response("GET", reqwest::Response::from(resp)));
            #[derive(serde::Deserialize)]
            struct Body {
                #[serde(default)]
                errors: Vec<ErrorItem>,
            }
            let seen = &body[..body.len().min(8 * 1024)];
            let want = serde_json::from_slice::<Body>(seen).map(|b| b.errors).unwrap_or_default();
            prop_assert_eq!(&got.errors, &want);
            prop_assert_eq!(got.status, status);
            let line = got.to_string();
            let head = format!("GET \"http://localhost:5000/v2/a/manifests/v1\": response status code {status}: ");
            prop_assert!(line.starts_with(&head), "{}", line);
            let joined = want.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ");
            if !want.is_empty() {
                prop_assert_eq!(&line[head.len()..], joined.as_str());
                prop_assert_eq!(got.registry_message(), joined);
            }
            Ok(())
        })?;
    }
}

/// Civil date of a day count since 1970-01-01 (Howard Hinnant's algorithm), for writing
/// dates to parse.
fn civil(days: i64) -> (i64, usize, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m as usize, d)
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];

/// `Retry-After` text built from date-ish pieces, or anything.
fn date_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Sun, ".to_string()),
        Just("Sunday, ".to_string()),
        Just(" GMT".to_string()),
        Just(" ".to_string()),
        Just("-".to_string()),
        Just(":".to_string()),
        prop::sample::select(MONTHS.to_vec()).prop_map(str::to_string),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        "[0-9]{1,4}",
        any::<char>().prop_map(String::from),
    ];
    // each field in range or anything at all
    let num = |lo: i64, hi: i64| prop_oneof![lo..=hi, any::<i64>()];
    let shaped = (
        num(1, 31),
        prop::sample::select(MONTHS.to_vec()),
        prop_oneof![num(-1, 10_000), Just(i64::MAX), Just(i64::MIN)],
        num(0, 23),
        num(0, 59),
        num(0, 60),
        0usize..3,
    )
        .prop_map(|(d, m, y, h, mi, s, form)| match form {
            0 => format!("Sun, {d} {m} {y} {h}:{mi}:{s} GMT"),
            1 => format!("Sunday, {d}-{m}-{y} {h}:{mi}:{s} GMT"),
            _ => format!("Sun {m} {d} {h}:{mi}:{s} {y}"),
        });
    prop_oneof![
        3 => prop::collection::vec(piece, 0..10).prop_map(|v| v.concat()),
        2 => shaped,
        1 => any::<String>(),
    ]
}

proptest! {
    #![proptest_config(config(4096))]

    /// Any `Retry-After` value: no panic, and the wait never exceeds the cap.
    #[test]
    fn retry_after_arbitrary(v in date_like()) {
        bounded(move || -> Case {
            let _ = parse_http_date(&v);
            if let Ok(hv) = HeaderValue::from_str(&v) {
                let mut h = HeaderMap::new();
                h.insert(reqwest::header::RETRY_AFTER, hv);
                if let Some(wait) = retry_after(&h, SystemTime::now()) {
                    prop_assert!(wait <= RETRY_AFTER_CAP);
                }
            }
            Ok(())
        })?;
    }

    /// HTTP dates in the three forms Go's `http.ParseTime` accepts parse to their instant.
    #[test]
    fn http_dates_round_trip(secs in 0i64..253_402_300_800, form in 0usize..3) {
        bounded(move || -> Case {
            let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
            let (y, m, d) = civil(days);
            let (h, mi, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
            let wd = DAYS[days.rem_euclid(7) as usize];
            let mon = MONTHS[m - 1];
            let text = match form {
                0 => format!("{wd}, {d:02} {mon} {y} {h:02}:{mi:02}:{s:02} GMT"),
                1 if (1970..2070).contains(&y) => {
                    format!("{wd}day, {d:02}-{mon}-{:02} {h:02}:{mi:02}:{s:02} GMT", y % 100)
                }
                _ => format!("{wd} {mon} {d:>2} {h:02}:{mi:02}:{s:02} {y}"),
            };
            let want = SystemTime::UNIX_EPOCH + Duration::from_secs(secs as u64);
            prop_assert_eq!(parse_http_date(&text), Some(want), "{}", text);
            Ok(())
        })?;
    }
}
