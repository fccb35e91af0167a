//! Gzip on every core, byte for byte the same whatever the core count or thread timing (as
//! pigz does it): the input is cut into blocks of [`BLOCK`] bytes; each block is compressed
//! as raw deflate on its own, primed with the last 32 KiB of the block before as its
//! dictionary, and ends with a sync flush, so the pieces join into one deflate stream; the
//! last block ends the stream. What a block compresses to depends only on its bytes, the
//! block before and the level, never on which thread compressed it or when. The gzip header
//! is the one Go's `compress/gzip` writes (no mtime, no name, OS 255), the trailer the CRC-32
//! and size of the whole input.

use flate2::{Compress, Compression, Crc, FlushCompress, Status};
use std::collections::VecDeque;
use std::io::{self, Write};
use std::sync::{Arc, Mutex, mpsc};
use std::thread::JoinHandle;

/// Input bytes per block.
const BLOCK: usize = 128 * 1024;
/// Deflate's window: how much of the block before primes the next.
const DICT: usize = 32 * 1024;
/// Go's gzip header: magic, deflate, no flags, mtime 0, no extra flags, OS "unknown".
const HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];

type Compressed = io::Result<Vec<u8>>;

struct Job {
    input: Vec<u8>,
    dict: Vec<u8>,
    last: bool,
    done: mpsc::SyncSender<Compressed>,
}

/// A `Write` of the uncompressed stream that writes its gzip stream to `W`.
pub struct ParallelGz<W: Write> {
    out: W,
    block: Vec<u8>,
    /// The tail of the block before (the next block's dictionary).
    dict: Vec<u8>,
    crc: Crc,
    /// The workers' queue; dropping it (also when the stream is abandoned) ends them.
    jobs: Option<mpsc::Sender<Job>>,
    workers: Vec<JoinHandle<()>>,
    /// Blocks handed to the workers, in stream order.
    pending: VecDeque<mpsc::Receiver<Compressed>>,
    max_pending: usize,
}

impl<W: Write> ParallelGz<W> {
    /// Start a gzip stream at `level` on `out`, compressing on one thread per core (at most 4).
    pub fn new(out: W, level: u32) -> io::Result<Self> {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().clamp(1, 4));
        Self::with_threads(out, level, threads)
    }

    /// Start a gzip stream at `level` on `out`, compressing on `threads` threads.
    pub fn with_threads(mut out: W, level: u32, threads: usize) -> io::Result<Self> {
        out.write_all(&HEADER)?;
        let threads = threads.max(1);
        let (tx, rx) = mpsc::channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        let workers = (0..threads)
            .map(|_| {
                let rx = rx.clone();
                std::thread::spawn(move || work(&rx, Compression::new(level)))
            })
            .collect();
        Ok(ParallelGz {
            out,
            block: Vec::with_capacity(BLOCK),
            dict: Vec::new(),
            crc: Crc::new(),
            jobs: Some(tx),
            workers,
            pending: VecDeque::new(),
            max_pending: 2 * threads + 1,
        })
    }

    /// Hand the current block to the workers; write out finished blocks while too many wait.
    fn submit(&mut self, last: bool) -> io::Result<()> {
        let input = std::mem::replace(&mut self.block, Vec::with_capacity(BLOCK));
        self.crc.update(&input);
        let next_dict = input[input.len().saturating_sub(DICT)..].to_vec();
        let dict = std::mem::replace(&mut self.dict, next_dict);
        let (done, result) = mpsc::sync_channel(1);
        let job = Job {
            input,
            dict,
            last,
            done,
        };
        self.jobs
            .as_ref()
            .and_then(|j| j.send(job).ok())
            .ok_or_else(|| io::Error::other("the gzip workers stopped"))?;
        self.pending.push_back(result);
        while self.pending.len() > self.max_pending {
            self.write_next()?;
        }
        Ok(())
    }

    /// Wait for the oldest pending block and write it out.
    fn write_next(&mut self) -> io::Result<()> {
        let Some(next) = self.pending.pop_front() else {
            return Ok(());
        };
        let bytes = next
            .recv()
            .map_err(|_| io::Error::other("a gzip worker stopped"))??;
        self.out.write_all(&bytes)
    }

    /// End the stream (last block, CRC-32, size) and return the inner writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.submit(true)?;
        while !self.pending.is_empty() {
            self.write_next()?;
        }
        let size = self.crc.amount();
        let crc = self.crc.sum();
        self.out.write_all(&crc.to_le_bytes())?;
        self.out.write_all(&size.to_le_bytes())?;
        // the workers see the closed queue and end
        self.jobs = None;
        for w in self.workers.drain(..) {
            let _ = w.join();
        }
        Ok(self.out)
    }
}

impl<W: Write> Write for ParallelGz<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = buf.len().min(BLOCK - self.block.len());
        self.block.extend_from_slice(&buf[..n]);
        if self.block.len() == BLOCK {
            self.submit(false)?;
        }
        Ok(n)
    }

    /// Blocks are only written out whole: a flush writes nothing early.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A worker: compress jobs until the stream is finished or dropped. Each block gets a new
/// compressor: a reset one keeps state that changes its output (measured with zlib-rs),
/// which would make the bytes depend on which blocks a thread compressed before.
fn work(jobs: &Mutex<mpsc::Receiver<Job>>, level: Compression) {
    loop {
        let job = match jobs.lock().map(|rx| rx.recv()) {
            Ok(Ok(job)) => job,
            _ => return,
        };
        let mut c = Compress::new(level, false);
        let _ = job
            .done
            .send(compress(&mut c, &job.dict, &job.input, job.last));
    }
}

/// One block as raw deflate: primed with `dict`, ended by a sync flush (or the end of the
/// stream when `last`).
fn compress(c: &mut Compress, dict: &[u8], input: &[u8], last: bool) -> Compressed {
    if !dict.is_empty() {
        c.set_dictionary(dict).map_err(io::Error::other)?;
    }
    let flush = if last {
        FlushCompress::Finish
    } else {
        FlushCompress::Sync
    };
    let mut out = Vec::with_capacity(input.len() / 2 + 4096);
    loop {
        if out.capacity() - out.len() < 1024 {
            out.reserve(out.capacity());
        }
        let consumed = c.total_in() as usize;
        let status = c
            .compress_vec(&input[consumed..], &mut out, flush)
            .map_err(io::Error::other)?;
        let all_in = c.total_in() as usize == input.len();
        // zlib has written everything once it stops with output room to spare
        let room_left = out.len() < out.capacity();
        match status {
            Status::StreamEnd => return Ok(out),
            _ if all_in && room_left && !last => return Ok(out),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    /// Compressible bytes that are not all alike.
    fn sample(len: usize) -> Vec<u8> {
        let mut x = 1u32;
        (0..len)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
                b"abcdefgh \n"[(x >> 24) as usize % 10]
            })
            .collect()
    }

    fn gzip(input: &[u8], threads: usize, write_size: usize) -> Vec<u8> {
        let mut gz = ParallelGz::with_threads(Vec::new(), 6, threads).unwrap();
        for piece in input.chunks(write_size.max(1)) {
            gz.write_all(piece).unwrap();
        }
        gz.finish().unwrap()
    }

    #[test]
    fn same_bytes_on_any_thread_count_and_a_valid_gzip() {
        for len in [0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 5 * BLOCK + 123] {
            let input = sample(len);
            let one = gzip(&input, 1, 7_000);
            assert_eq!(one[..10], HEADER);
            for threads in [2, 3, 4] {
                assert_eq!(
                    gzip(&input, threads, 65_536),
                    one,
                    "len {len}, {threads} threads"
                );
            }
            let mut back = Vec::new();
            flate2::read::GzDecoder::new(&one[..])
                .read_to_end(&mut back)
                .unwrap();
            assert_eq!(back, input, "len {len}");
        }
    }
}
