//! Golden transcripts: replay `shared/golden/<scenario>/`, recorded with Go oras 1.3.0,
//! against the `oras` under test (README in that folder: format, replay, normalisation).
//!
//! Environment: `ORAS_BIN` (binary under test, default Cargo's build), `ORAS_SHARED_DIR`
//! (default `$CARGO_MANIFEST_DIR/../shared`), `ORAS_GOLDEN_KEEP=1` (keep the work dir of
//! a replay), `ORAS_GOLDEN_REGISTRY_LOG=1` (registry logs in failure reports),
//! `ORAS_GOLDEN_STEP_TIMEOUT` (seconds per step, default 120).

// Per-step file listing (`NN.files`): work dir snapshots and their diff.
mod files;
// Per-scenario masking (push-directory's gzip-dependent digests).
mod mask;
// Normalisation pipeline: literal substitutions, patterns, trees, unordered stdout.
mod normalize;
// Hand-written matchers for [LOGTIME], [UPLOAD], [SPEED] and [TIME].
mod patterns;
// Failure reports with line diffs.
mod report;
// The replay loop: run each step and compare every recorded part.
mod replay;
// `scenario.json` and the recorded `NN.*` files.
mod scenario;
// Registry state checks (`NN.state`, `NN.manifest.<name>.json`) over raw HTTP.
mod state;
// `discover` tree annotation sorting.
mod tree;
// Work dir, HOME, TMPDIR and the scenario inputs.
mod workdir;

use mask::Mask;
use replay::Options;

/// One `#[test]` per scenario (so nextest runs them in parallel) plus the list of names.
macro_rules! golden_scenarios {
    ($( $(#[$attr:meta])* $test:ident => $dir:literal $(, $options:expr)? ; )*) => {
        /// Every scenario folder this file replays.
        const SCENARIOS: &[&str] = &[$($dir),*];

        /// The scenario tests (`golden::scenarios::*`: nextest's registry test group).
        mod scenarios {
            #[allow(unused_imports)]
            use super::*;
            $(
                $(#[$attr])*
                #[test]
                fn $test() {
                    #[allow(unused_mut, unused_assignments)]
                    let mut options = Options::default();
                    $( options = $options; )?
                    replay::replay($dir, options);
                }
            )*
        }
    };
}

golden_scenarios! {
    attach_discover_referrers_api => "attach-discover-referrers-api";
    attach_discover_tag_schema => "attach-discover-tag-schema";
    backup_restore => "backup-restore";
    blob_ops => "blob-ops";
    copy_basic => "copy-basic";
    copy_duplicate_blobs => "copy-duplicate-blobs";
    copy_oci_layout => "copy-oci-layout";
    copy_recursive => "copy-recursive";
    debug_custom_headers => "debug-custom-headers";
    delete_prompt_no_terminal => "delete-prompt-no-terminal";
    index_update_semantics => "index-update-semantics";
    login_logout => "login-logout";
    manifest_fetch_push_delete => "manifest-fetch-push-delete";
    manifest_index => "manifest-index";
    oci_layout_push_pull => "oci-layout-push-pull";
    pull_basic => "pull-basic";
    pull_config_skipped => "pull-config-skipped";
    push_annotation_file => "push-annotation-file";
    push_config_image_spec => "push-config-image-spec";
    push_directory => "push-directory",
        Options { mask: Some(Mask::DirectoryLayer { manifest: "dir_v1" }) };
    push_files_mediatypes_tags => "push-files-mediatypes-tags";
    push_output_formats => "push-output-formats";
    push_single_file => "push-single-file";
    repeated_flags => "repeated-flags";
    repo_ls_tags => "repo-ls-tags";
    repo_tags_layout_filter => "repo-tags-layout-filter";
    tag_resolve => "tag-resolve";
}

/// Every folder under `shared/golden/` has a test above, and every test has a folder.
#[test]
fn every_scenario_folder_is_replayed() {
    let golden = crate::support::paths::golden_dir();
    let mut on_disk: Vec<String> = std::fs::read_dir(&golden)
        .expect("listing shared/golden")
        .filter_map(Result::ok)
        .filter(|e| e.path().join("scenario.json").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = SCENARIOS.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(
        listed, on_disk,
        "golden_scenarios! in tests/it/golden/mod.rs is out of date"
    );
}

/// Every scenario.json parses (unknown options are rejected) and its files are present.
#[test]
fn every_scenario_loads() {
    let golden = crate::support::paths::golden_dir();
    for name in SCENARIOS {
        let folder = scenario::Folder::load(&golden, name);
        for n in 1..=folder.scenario.steps.len() {
            let _ = folder.expected(n);
        }
    }
}
