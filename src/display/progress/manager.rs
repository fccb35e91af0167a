//! The live progress view on a terminal's stderr: one two-line item per descriptor, fed by
//! the status events of a transfer and by counting readers, redrawn five times a second
//! through indicatif, and left in its final state when the transfer ends.

use super::reader::CountingReader;
use super::render::{Snapshot, render};
use crate::content::Descriptor;
use crate::targets::BlobReader;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle, TermLike};
use std::collections::VecDeque;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

const FRAME: Duration = Duration::from_millis(200);
const SPEED_WINDOW: usize = 10;
const MIN_WIDTH: usize = 80;
const MIN_HEIGHT: u16 = 10;

/// The prompt a text status line becomes on a terminal, and whether it ends the item.
/// `None`: the line has no terminal counterpart (pull's `Processing`).
pub fn tty_prompt(prompt: &str) -> Option<(&str, bool)> {
    match prompt {
        "Uploading" | "Downloading" | "Copying" | "Pulling  " | "Pushing  " => {
            Some((prompt, false))
        }
        "Processing " => None,
        other => Some((other, true)),
    }
}

struct State {
    prompt: String,
    started: Option<Instant>,
    ended: Option<Instant>,
    done: bool,
    window: VecDeque<(Instant, i64)>,
}

/// One tracked descriptor.
struct Item {
    bar: ProgressBar,
    name: String,
    digest: String,
    size: i64,
    /// Bytes seen by the counting reader (-1 before anything is known).
    offset: Arc<AtomicI64>,
    state: Mutex<State>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Item {
    fn snapshot(&self, now: Instant, frame: usize) -> Snapshot {
        let mut st = lock(&self.state);
        let offset = self.offset.load(Ordering::Relaxed);
        let mut speed = 0;
        if !st.done && offset >= 0 && st.started.is_some() {
            if st.window.len() == SPEED_WINDOW {
                st.window.pop_front();
            }
            st.window.push_back((now, offset));
            if let (Some(a), Some(b)) = (st.window.front(), st.window.back()) {
                let secs = b.0.duration_since(a.0).as_secs_f64();
                if st.window.len() >= 2 && secs > 0.0 {
                    speed = ((b.1 - a.1) as f64 / secs).max(0.0) as u64;
                }
            }
        }
        let elapsed = st
            .started
            .map(|s| st.ended.unwrap_or(now).saturating_duration_since(s));
        Snapshot {
            prompt: st.prompt.clone(),
            name: self.name.clone(),
            digest: self.digest.clone(),
            size: self.size,
            offset,
            elapsed,
            done: st.done,
            failed: false,
            speed,
            frame,
        }
    }
}

/// stderr as indicatif's terminal. Unlike indicatif's own stderr target it draws whatever
/// `TERM` says, as oras does: being a terminal is the only condition (checked by the caller).
#[derive(Debug)]
struct Stderr(console::Term);

impl Stderr {
    fn size(&self) -> (u16, u16) {
        let (rows, cols) = self.0.size_checked().unwrap_or((0, 0));
        (rows.max(MIN_HEIGHT), cols.max(MIN_WIDTH as u16))
    }
}

impl TermLike for Stderr {
    fn width(&self) -> u16 {
        self.size().1
    }
    fn height(&self) -> u16 {
        self.size().0
    }
    fn move_cursor_up(&self, n: usize) -> std::io::Result<()> {
        self.0.move_cursor_up(n)
    }
    fn move_cursor_down(&self, n: usize) -> std::io::Result<()> {
        self.0.move_cursor_down(n)
    }
    fn move_cursor_right(&self, n: usize) -> std::io::Result<()> {
        self.0.move_cursor_right(n)
    }
    fn move_cursor_left(&self, n: usize) -> std::io::Result<()> {
        self.0.move_cursor_left(n)
    }
    fn write_line(&self, s: &str) -> std::io::Result<()> {
        self.0.write_line(s)
    }
    fn write_str(&self, s: &str) -> std::io::Result<()> {
        self.0.write_str(s)
    }
    fn clear_line(&self) -> std::io::Result<()> {
        self.0.clear_line()
    }
    fn flush(&self) -> std::io::Result<()> {
        self.0.flush()
    }
}

struct Shared {
    multi: MultiProgress,
    items: Mutex<Vec<Arc<Item>>>,
    term: Stderr,
    frame: Mutex<usize>,
}

impl Shared {
    fn width(&self) -> usize {
        self.term.size().1 as usize
    }

    fn draw(&self) {
        let frame = {
            let mut f = lock(&self.frame);
            *f += 1;
            *f
        };
        let width = self.width();
        let now = Instant::now();
        let items: Vec<Arc<Item>> = lock(&self.items).clone();
        for item in items {
            let [a, b] = render(&item.snapshot(now, frame), width);
            item.bar.set_message(format!("{a}\n{b}"));
        }
    }
}

/// The progress view of one command.
pub struct Manager {
    shared: Arc<Shared>,
    ticker: Mutex<Option<(mpsc::Sender<()>, JoinHandle<()>)>>,
}

impl Manager {
    /// Start drawing on stderr (the caller checked that it is a terminal).
    pub fn start() -> Arc<Manager> {
        let term = console::Term::stderr();
        let _ = term.hide_cursor();
        let multi = MultiProgress::with_draw_target(ProgressDrawTarget::term_like_with_hz(
            Box::new(Stderr(term.clone())),
            20,
        ));
        let term = Stderr(term);
        let shared = Arc::new(Shared {
            multi,
            items: Mutex::new(Vec::new()),
            term,
            frame: Mutex::new(0),
        });
        let (tx, rx) = mpsc::channel::<()>();
        let s = shared.clone();
        let handle = std::thread::spawn(move || {
            while let Err(mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(FRAME) {
                s.draw();
            }
        });
        Arc::new(Manager {
            shared,
            ticker: Mutex::new(Some((tx, handle))),
        })
    }

    fn find_or_add(&self, desc: &Descriptor, prompt: &str) -> Arc<Item> {
        let name = desc.display_name().to_string();
        let digest = desc.digest.to_string();
        let mut items = lock(&self.shared.items);
        if let Some(i) = items
            .iter()
            .rev()
            .find(|i| i.digest == digest && i.name == name)
        {
            return i.clone();
        }
        let bar = ProgressBar::hidden();
        bar.set_style(
            ProgressStyle::with_template("{msg}").unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        let item = Arc::new(Item {
            bar: self.shared.multi.add(bar),
            name,
            digest,
            size: desc.size,
            offset: Arc::new(AtomicI64::new(-1)),
            state: Mutex::new(State {
                prompt: prompt.to_string(),
                started: None,
                ended: None,
                done: false,
                window: VecDeque::new(),
            }),
        });
        items.push(item.clone());
        item
    }

    /// A status event: `prompt` is the text-mode prompt of the event.
    pub fn event(&self, prompt: &str, desc: &Descriptor) {
        let Some((prompt, last)) = tty_prompt(prompt) else {
            return;
        };
        let item = self.find_or_add(desc, prompt);
        let now = Instant::now();
        {
            let mut st = lock(&item.state);
            if st.done {
                return;
            }
            st.prompt = prompt.to_string();
            if last {
                st.done = true;
                if st.started.is_some() {
                    st.ended = Some(now);
                }
                item.offset.store(desc.size, Ordering::Relaxed);
            } else if st.started.is_none() {
                st.started = Some(now);
                st.window.push_back((now, 0));
                let _ = item
                    .offset
                    .compare_exchange(-1, 0, Ordering::Relaxed, Ordering::Relaxed);
            }
        }
        let [a, b] = render(
            &item.snapshot(now, *lock(&self.shared.frame)),
            self.shared.width(),
        );
        item.bar.set_message(format!("{a}\n{b}"));
    }

    /// Count the bytes of `reader` towards the item of `desc` (started by a transferring
    /// event); a new reader of the same item (a retried upload) starts from zero.
    pub fn track_reader(&self, desc: &Descriptor, reader: BlobReader) -> BlobReader {
        let name = desc.display_name();
        let digest = desc.digest.to_string();
        let item = lock(&self.shared.items)
            .iter()
            .rev()
            .find(|i| i.digest == digest && i.name == name)
            .cloned();
        match item {
            Some(item) => {
                item.offset.store(0, Ordering::Relaxed);
                Box::pin(CountingReader::new(reader, item.offset.clone()))
            }
            None => reader,
        }
    }

    /// Stop redrawing, draw the final state once and give the cursor back. Idempotent.
    pub fn finish(&self) {
        let Some((tx, handle)) = lock(&self.ticker).take() else {
            return;
        };
        drop(tx);
        let _ = handle.join();
        self.shared.draw();
        for item in lock(&self.shared.items).iter() {
            item.bar.finish();
        }
        let _ = self.shared.term.0.show_cursor();
    }
}

impl Drop for Manager {
    fn drop(&mut self) {
        self.finish();
    }
}
