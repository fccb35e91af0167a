//! Paginated listings (tag lists, the catalog, the referrers API): the next page comes from
//! the registry's `Link: <url>; rel="next"` header, so every listing is bounded here. It stops
//! with an error naming the bound when the registry sends a page it already sent (a `Link`
//! back to the same page would otherwise loop forever, keeping every page in memory), after
//! [`MAX_PAGES`] pages, or after [`MAX_LISTING_BYTES`] bytes of pages.

use crate::error::{Error, Result};
use reqwest::Response;
use std::collections::HashSet;

/// The most pages one listing follows (a million tags at 100 per page).
pub const MAX_PAGES: usize = 10_000;
/// The most bytes of pages one listing reads (every entry is kept until the listing ends).
pub const MAX_LISTING_BYTES: usize = 256 << 20;

/// The next page from a `Link: <url>; rel="next"` header, resolved against the request URL.
/// A next page on another origin (scheme, host or port) is ignored: following it would let a
/// registry point this client, with its credentials, anywhere (GHSA-h7vf-4x9w-h99v).
pub fn next_link(resp: &Response) -> Option<String> {
    let link = resp.headers().get("Link")?.to_str().ok()?;
    let start = link.find('<')? + 1;
    let end = link[start..].find('>')? + start;
    if !link[end..].contains("rel=\"next\"") && !link[end..].contains("rel=next") {
        return None;
    }
    let next = resp.url().join(&link[start..end]).ok()?;
    let here = resp.url();
    let same_origin = next.scheme() == here.scheme()
        && next.host_str() == here.host_str()
        && next.port_or_known_default() == here.port_or_known_default();
    same_origin.then(|| next.to_string())
}

/// The pages of one listing so far.
pub struct Pages {
    what: &'static str,
    seen: HashSet<String>,
    bytes: usize,
}

impl Pages {
    /// A listing of `what` (`tag list`, `catalog`, `referrers`) starting at `first`.
    pub fn new(what: &'static str, first: &str) -> Self {
        Pages {
            what,
            seen: HashSet::from([first.to_string()]),
            bytes: 0,
        }
    }

    /// Count a page body of `len` bytes.
    pub fn read(&mut self, len: usize) -> Result<()> {
        self.bytes = self.bytes.saturating_add(len);
        if self.bytes > MAX_LISTING_BYTES {
            return Err(Error::msg(format!(
                "{}: stopped after {} pages: the pages add up to more than {} MiB (the listing size limit)",
                self.what,
                self.seen.len(),
                MAX_LISTING_BYTES >> 20
            )));
        }
        Ok(())
    }

    /// Accept `url` as the next page, unless it was already read or the page limit is hit.
    pub fn next(&mut self, url: &str) -> Result<()> {
        if self.seen.len() >= MAX_PAGES {
            return Err(Error::msg(format!(
                "{}: stopped after {MAX_PAGES} pages (the page limit): the registry keeps sending a next page",
                self.what
            )));
        }
        if !self.seen.insert(url.to_string()) {
            return Err(Error::msg(format!(
                "{}: the registry sent the page {url:?} again (a pagination loop); stopped after {} pages",
                self.what,
                self.seen.len()
            )));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_page_stops_the_listing() {
        let mut p = Pages::new("tag list", "http://r/v2/a/tags/list");
        p.next("http://r/v2/a/tags/list?last=x").unwrap();
        let e = p.next("http://r/v2/a/tags/list").unwrap_err().to_string();
        assert!(
            e.contains("pagination loop") && e.contains("stopped after 2 pages"),
            "{e}"
        );
    }

    #[test]
    fn page_and_size_limits() {
        let mut p = Pages::new("catalog", "u0");
        for i in 1..MAX_PAGES {
            p.next(&format!("u{i}")).unwrap();
        }
        let e = p.next("one-more").unwrap_err().to_string();
        assert!(e.contains("the page limit"), "{e}");
        let mut p = Pages::new("catalog", "u0");
        p.read(MAX_LISTING_BYTES).unwrap();
        let e = p.read(1).unwrap_err().to_string();
        assert!(e.contains("the listing size limit"), "{e}");
    }
}
