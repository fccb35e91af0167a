//! The idle timeout of every exchange: a transfer that moves no byte for this long is treated
//! as a cut connection (the caller retries or resumes it, then fails with a clear error),
//! while a slow transfer that keeps moving is never cut, however long it takes.
//!
//! What counts as idle, per phase of one exchange:
//! - connecting and waiting for the response headers: time since the request started, or
//!   since the request body last moved (see below), with no answer;
//! - sending the request body: time since the network last took a piece of it. Time spent
//!   waiting for our own source (a pipe, a file, the source registry of `cp`) is not idle;
//!   the source has its own timeout when it is a registry;
//! - after the whole body went out: the server may be busy storing it (a registry on object
//!   storage copies a large blob before it answers), so the wait is the timeout plus one
//!   second per [`SERVER_RATE`] bytes sent;
//! - reading the response body: time the reader spends waiting for the next piece. A reader
//!   that is itself slow (a full pipe on stdout) is not idle.
//!
//! The timeout is 30 s by default, set by `--idle-timeout` or `ORAS_IDLE_TIMEOUT`
//! (`0` turns it off, as in oras 1.3.0).

use bytes::Bytes;
use http_body::{Body as HttpBody, Frame, SizeHint};
use std::error::Error as StdError;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::time::{Instant, Sleep};

/// The default idle timeout.
pub const DEFAULT: Duration = Duration::from_secs(30);
/// The rate at which a server is assumed to at least store what it was sent: after a body of
/// `n` bytes, the answer may take the timeout plus `n / SERVER_RATE` seconds.
pub const SERVER_RATE: u64 = 64 * 1024 * 1024;
/// Request bodies in memory larger than this are sent in pieces of this size, so that a
/// slow upload of a big manifest or chunk shows progress.
pub const PIECE: usize = 64 * 1024;

/// The idle timeout of a client; `None` waits forever.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdleTimeout(pub Option<Duration>);

impl Default for IdleTimeout {
    fn default() -> Self {
        IdleTimeout(Some(DEFAULT))
    }
}

impl IdleTimeout {
    /// `30s`, `2m`, `1m30s`, `500ms`, `1h`, a bare number of seconds, or `0` (off).
    pub fn parse(text: &str) -> Result<IdleTimeout, String> {
        let t = text.trim();
        let bad = || {
            format!(
                "invalid duration {text:?}: use a number of seconds or a Go duration such as 30s, 2m or 1m30s (0 turns the timeout off)"
            )
        };
        if t.is_empty() {
            return Err(bad());
        }
        if let Ok(secs) = t.parse::<u64>() {
            return Ok(IdleTimeout(
                (secs > 0).then(|| Duration::from_secs(secs.min(u32::MAX as u64))),
            ));
        }
        let mut total = Duration::ZERO;
        let mut rest = t;
        while !rest.is_empty() {
            let split = rest
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .ok_or_else(bad)?;
            let (num, tail) = rest.split_at(split);
            let value: f64 = num.parse().map_err(|_| bad())?;
            let unit_len = tail
                .find(|c: char| c.is_ascii_digit() || c == '.')
                .unwrap_or(tail.len());
            let (unit, next) = tail.split_at(unit_len);
            let secs = match unit {
                "ms" => value / 1000.0,
                "s" => value,
                "m" => value * 60.0,
                "h" => value * 3600.0,
                _ => return Err(bad()),
            };
            if !secs.is_finite() || secs > u32::MAX as f64 {
                return Err(bad());
            }
            total += Duration::from_secs_f64(secs);
            rest = next;
        }
        Ok(IdleTimeout((!total.is_zero()).then_some(total)))
    }
}

/// Which part of an exchange stalled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Sending,
    Waiting,
    Receiving,
}

/// A transfer that moved no byte for the idle timeout.
#[derive(Debug, Clone)]
pub struct Stalled {
    pub idle: Duration,
    pub phase: Phase,
}

impl std::fmt::Display for Stalled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match self.phase {
            Phase::Sending => "while sending the request",
            Phase::Waiting => "while connecting or waiting for the response",
            Phase::Receiving => "while receiving the response",
        };
        write!(
            f,
            "idle timeout: no data for {} {what} (change the limit with --idle-timeout or ORAS_IDLE_TIMEOUT)",
            crate::http::retry::go_duration(self.idle)
        )
    }
}

impl StdError for Stalled {}

impl Stalled {
    /// As an I/O error of kind `TimedOut` (what a body stream yields).
    pub fn into_io(self) -> std::io::Error {
        std::io::Error::new(std::io::ErrorKind::TimedOut, self)
    }
}

fn base() -> Instant {
    static BASE: OnceLock<Instant> = OnceLock::new();
    *BASE.get_or_init(Instant::now)
}

/// Milliseconds since the first use, on the monotonic clock.
fn now_ms() -> u64 {
    Instant::now().saturating_duration_since(base()).as_millis() as u64
}

fn at_ms(ms: u64) -> Instant {
    base() + Duration::from_millis(ms)
}

#[derive(Debug)]
struct PulseState {
    /// When the exchange last moved (ms, see `now_ms`).
    last: AtomicU64,
    /// The request body is waiting for its own source, not for the network.
    local_wait: AtomicBool,
    /// Request body bytes taken by the network.
    sent: AtomicU64,
    /// The whole request body went out.
    body_done: AtomicBool,
}

/// The activity of one exchange: touched when it starts and whenever its request body moves.
#[derive(Clone, Debug)]
pub struct Pulse(Arc<PulseState>);

impl Default for Pulse {
    fn default() -> Self {
        Pulse(Arc::new(PulseState {
            last: AtomicU64::new(now_ms()),
            local_wait: AtomicBool::new(false),
            sent: AtomicU64::new(0),
            body_done: AtomicBool::new(false),
        }))
    }
}

impl Pulse {
    fn touch(&self) {
        self.0.last.store(now_ms(), Ordering::Release);
    }

    /// Completes once the exchange has not moved for `idle` (plus the storing allowance
    /// after a request body); the phase it stalled in.
    pub async fn stalled(&self, idle: Duration) -> Stalled {
        loop {
            if self.0.local_wait.load(Ordering::Acquire) {
                self.touch();
            }
            let done = self.0.body_done.load(Ordering::Acquire);
            let sent = self.0.sent.load(Ordering::Acquire);
            let mut limit = idle;
            if done {
                limit += Duration::from_millis(sent.saturating_mul(1000) / SERVER_RATE);
            }
            let deadline = at_ms(self.0.last.load(Ordering::Acquire)) + limit;
            if Instant::now() >= deadline {
                let phase = if sent > 0 && !done {
                    Phase::Sending
                } else {
                    Phase::Waiting
                };
                return Stalled { idle, phase };
            }
            tokio::time::sleep_until(deadline).await;
        }
    }
}

type BoxError = Box<dyn StdError + Send + Sync>;

/// A request body that reports its progress to a [`Pulse`].
pub struct PulseBody<B> {
    inner: B,
    pulse: Pulse,
}

impl<B> PulseBody<B> {
    pub fn new(inner: B, pulse: &Pulse) -> Self {
        PulseBody {
            inner,
            pulse: pulse.clone(),
        }
    }
}

impl<B> HttpBody for PulseBody<B>
where
    B: HttpBody<Data = Bytes> + Unpin,
    B::Error: Into<BoxError>,
{
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = self.get_mut();
        let polled = Pin::new(&mut this.inner).poll_frame(cx);
        let state = &this.pulse.0;
        if polled.is_pending() {
            state.local_wait.store(true, Ordering::Release);
            return Poll::Pending;
        }
        state.local_wait.store(false, Ordering::Release);
        match polled {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(d) = frame.data_ref() {
                    state.sent.fetch_add(d.len() as u64, Ordering::AcqRel);
                }
                if this.inner.is_end_stream() {
                    state.body_done.store(true, Ordering::Release);
                }
                this.pulse.touch();
                Poll::Ready(Some(Ok(frame)))
            }
            Poll::Ready(Some(Err(e))) => Poll::Ready(Some(Err(e.into()))),
            _ => {
                state.body_done.store(true, Ordering::Release);
                this.pulse.touch();
                Poll::Ready(None)
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// Bytes in memory sent in pieces of [`PIECE`] bytes.
pub struct Pieces(Bytes);

impl Pieces {
    pub fn new(bytes: Vec<u8>) -> Self {
        Pieces(Bytes::from(bytes))
    }
}

impl HttpBody for Pieces {
    type Data = Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if self.0.is_empty() {
            return Poll::Ready(None);
        }
        let n = self.0.len().min(PIECE);
        Poll::Ready(Some(Ok(Frame::data(self.0.split_to(n)))))
    }

    fn is_end_stream(&self) -> bool {
        self.0.is_empty()
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.0.len() as u64)
    }
}

/// A response body that fails with [`Stalled`] when its reader waits longer than the idle
/// timeout for the next piece. Only time spent waiting counts: a reader that comes back late
/// (a slow consumer) starts a new wait. The timer is armed once and moved only when it
/// fires early, so a fast transfer does not register a timer per piece.
pub struct IdleBody<B> {
    inner: B,
    idle: Duration,
    /// Since when the reader has been waiting, if it is.
    waiting_since: Option<Instant>,
    timer: Option<Pin<Box<Sleep>>>,
}

impl<B> IdleBody<B> {
    pub fn new(inner: B, idle: Duration) -> Self {
        IdleBody {
            inner,
            idle,
            waiting_since: None,
            timer: None,
        }
    }
}

impl<B> HttpBody for IdleBody<B>
where
    B: HttpBody<Data = Bytes> + Unpin,
    B::Error: Into<BoxError>,
{
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = self.get_mut();
        if let Poll::Ready(item) = Pin::new(&mut this.inner).poll_frame(cx) {
            this.waiting_since = None;
            return Poll::Ready(item.map(|r| r.map_err(Into::into)));
        }
        let deadline = *this.waiting_since.get_or_insert_with(Instant::now) + this.idle;
        let timer = this
            .timer
            .get_or_insert_with(|| Box::pin(tokio::time::sleep_until(deadline)));
        while timer.as_mut().poll(cx).is_ready() {
            if Instant::now() >= deadline {
                this.waiting_since = None;
                let stalled = Stalled {
                    idle: this.idle,
                    phase: Phase::Receiving,
                };
                return Poll::Ready(Some(Err(Box::new(stalled.into_io()))));
            }
            // armed for an earlier wait: move it to this one's deadline
            timer.as_mut().reset(deadline);
        }
        Poll::Pending
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        let p = |s: &str| IdleTimeout::parse(s).map(|t| t.0);
        assert_eq!(p("30s"), Ok(Some(Duration::from_secs(30))));
        assert_eq!(p("45"), Ok(Some(Duration::from_secs(45))));
        assert_eq!(p("1m30s"), Ok(Some(Duration::from_secs(90))));
        assert_eq!(p("500ms"), Ok(Some(Duration::from_millis(500))));
        assert_eq!(p("1.5s"), Ok(Some(Duration::from_millis(1500))));
        assert_eq!(p("2h"), Ok(Some(Duration::from_secs(7200))));
        assert_eq!(p("0"), Ok(None));
        assert_eq!(p("0s"), Ok(None));
        for bad in ["", "s", "10x", "-1s", "1e9h", "abc"] {
            assert!(p(bad).is_err(), "{bad}");
        }
        assert_eq!(IdleTimeout::default().0, Some(DEFAULT));
    }

    #[tokio::test]
    async fn a_pulse_stalls_after_the_timeout_and_allows_for_storing() {
        let pulse = Pulse::default();
        let idle = Duration::from_millis(50);
        let start = Instant::now();
        let s = pulse.stalled(idle).await;
        assert_eq!(s.phase, Phase::Waiting);
        assert!(Instant::now() - start >= idle);
        // a body of 32 MiB that went out: half a second more to store it
        pulse.0.sent.store(32 << 20, Ordering::Release);
        pulse.0.body_done.store(true, Ordering::Release);
        pulse.touch();
        let start = Instant::now();
        pulse.stalled(idle).await;
        assert!(Instant::now() - start >= Duration::from_millis(550));
    }

    /// Deterministic: while the body waits for its own source the watchdog never fires.
    #[tokio::test]
    async fn a_body_waiting_for_its_source_is_not_idle() {
        let pulse = Pulse::default();
        pulse.0.local_wait.store(true, Ordering::Release);
        let watch = pulse.stalled(Duration::from_millis(10));
        let stalled = tokio::time::timeout(Duration::from_millis(300), watch).await;
        assert!(
            stalled.is_err(),
            "timed out while the source was the one waiting"
        );
    }

    /// A body with one piece, then nothing ever again.
    struct OneThenSilence(bool);
    impl HttpBody for OneThenSilence {
        type Data = Bytes;
        type Error = std::convert::Infallible;
        fn poll_frame(
            mut self: Pin<&mut Self>,
            _cx: &mut Context<'_>,
        ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
            if std::mem::replace(&mut self.0, true) {
                return Poll::Pending;
            }
            Poll::Ready(Some(Ok(Frame::data(Bytes::from_static(b"x")))))
        }
    }

    #[tokio::test]
    async fn a_silent_body_fails_after_the_timeout_counting_only_the_wait() {
        let idle = Duration::from_millis(50);
        let mut body = IdleBody::new(OneThenSilence(false), idle);
        async fn next(b: &mut IdleBody<OneThenSilence>) -> Option<Result<Frame<Bytes>, BoxError>> {
            std::future::poll_fn(|cx| Pin::new(&mut *b).poll_frame(cx)).await
        }
        assert!(next(&mut body).await.unwrap().is_ok());
        // a reader that comes back late starts a new wait, it is not failed at once
        tokio::time::sleep(Duration::from_millis(120)).await;
        let start = Instant::now();
        let err = next(&mut body).await.unwrap().unwrap_err();
        assert!(Instant::now() - start >= idle);
        let io = err.downcast_ref::<std::io::Error>().unwrap();
        assert_eq!(io.kind(), std::io::ErrorKind::TimedOut);
        assert!(
            io.to_string().contains("while receiving the response"),
            "{io}"
        );
    }

    #[test]
    fn pieces_cover_the_bytes() {
        let mut p = Pieces::new(vec![7u8; PIECE * 2 + 1]);
        let mut cx = Context::from_waker(std::task::Waker::noop());
        let mut sizes = Vec::new();
        while let Poll::Ready(Some(Ok(f))) = Pin::new(&mut p).poll_frame(&mut cx) {
            sizes.push(f.into_data().unwrap().len());
        }
        assert_eq!(sizes, vec![PIECE, PIECE, 1]);
    }
}
