//! A global allocator that can measure the peak heap use of code run on the current thread.
//!
//! It forwards to the system allocator and, only on a thread inside [`measure`], adds up the
//! bytes requested and freed there, remembering the peak. The property tests use it to show
//! that a claimed size (a descriptor's `size`, a tar header's size) never turns into an
//! allocation. Other threads and other tests pay one thread-local read per allocation.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Forwards to [`System`], counting on measured threads.
pub struct Meter;

#[global_allocator]
static GLOBAL: Meter = Meter;

thread_local! {
    // (measuring, live bytes, peak live bytes); const-initialised with no destructor, so
    // touching them never allocates.
    static ON: Cell<bool> = const { Cell::new(false) };
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

fn grew(n: usize) {
    let _ = ON.try_with(|on| {
        if on.get() {
            let live = LIVE.with(|l| {
                let v = l.get().saturating_add(n);
                l.set(v);
                v
            });
            PEAK.with(|p| p.set(p.get().max(live)));
        }
    });
}

fn shrank(n: usize) {
    let _ = ON.try_with(|on| {
        if on.get() {
            LIVE.with(|l| l.set(l.get().saturating_sub(n)));
        }
    });
}

// SAFETY: every call is forwarded unchanged to `System`; the bookkeeping never allocates.
unsafe impl GlobalAlloc for Meter {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        shrank(layout.size());
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size >= layout.size() {
            grew(new_size - layout.size());
        } else {
            shrank(layout.size() - new_size);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// Runs `f` on this thread and returns its result with the peak number of heap bytes that
/// were live at once because of it (allocations made by other threads are not counted).
pub fn measure<T>(f: impl FnOnce() -> T) -> (T, usize) {
    LIVE.with(|l| l.set(0));
    PEAK.with(|p| p.set(0));
    ON.with(|on| on.set(true));
    let out = f();
    ON.with(|on| on.set(false));
    (out, PEAK.with(Cell::get))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_what_this_thread_holds_at_once() {
        let ((), peak) = measure(|| {
            let a = vec![1u8; 1 << 20];
            drop(a);
            let b = vec![2u8; 1 << 19];
            std::hint::black_box(&b);
        });
        assert!((1 << 20..(1 << 20) + 4096).contains(&peak), "{peak}");
        let ((), other) = measure(|| {
            std::thread::spawn(|| std::hint::black_box(vec![0u8; 8 << 20]))
                .join()
                .map(drop)
                .unwrap();
        });
        assert!(
            other < 1 << 20,
            "another thread's allocation counted: {other}"
        );
    }
}
