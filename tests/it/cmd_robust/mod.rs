//! Harder to break than oras 1.3.0 (issue 13): registries and networks that misbehave.
//! Real `docker-registry` processes behind the fault proxy where the fault is on the wire
//! (stalls, drips), and `hostile_server` where no real registry would misbehave that way
//! (HTML pages for every path, `Link` loops, hostile manifests, a peer that never speaks).

// TEST SERVER: a registry honouring If-Match on manifest PUTs, with a second writer.
mod conditional_registry;
// HTML answers, pagination and redirect loops, endless graphs, --pretty on hostile JSON.
mod hostile;
// TEST SERVER: the misbehaviours a real registry cannot show on its own.
mod hostile_server;
// The idle timeout: stalled downloads, uploads, manifests, tokens and connections; the
// resume bound.
mod idle;
// Many processes writing one tag-schema referrers index at once.
mod referrers;
