//! Parsing, merging and checking registries.conf files.

use super::*;

fn write(dir: &Path, rel: &str, body: &str) -> PathBuf {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, body).unwrap();
    p
}

#[test]
fn debian_default_files_have_no_registry() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "root/etc/containers/registries.conf",
        "# unqualified-search-registries = [\"example.com\"]\n",
    );
    write(
        dir.path(),
        "root/etc/containers/registries.conf.d/shortnames.conf",
        "[aliases]\n  # fedora\n  \"fedora\" = \"registry.fedoraproject.org/fedora\"\n",
    );
    let conf = RegistriesConf::load(&ContainersEnv::under(dir.path())).unwrap();
    assert!(conf.is_empty());
}

#[test]
fn longest_prefix_and_drop_ins_override() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "root/etc/containers/registries.conf",
        r#"
unqualified-search-registries = ["docker.io"]
short-name-mode = "enforcing"
[[registry]]
prefix = "r.io"
location = "r.io"
[[registry.mirror]]
location = "m1.io"
[[registry]]
prefix = "r.io/team"
location = "other.io/team"
"#,
    );
    write(
        dir.path(),
        "root/etc/containers/registries.conf.d/10-a.conf",
        "[[registry]]\nprefix = \"r.io\"\nlocation = \"r.io\"\nblocked = true\n",
    );
    write(
        dir.path(),
        "root/etc/containers/registries.conf.d/20-b.ignored",
        "not toml at all [",
    );
    let conf = RegistriesConf::load(&ContainersEnv::under(dir.path())).unwrap();
    let r = conf.find("r.io/app").unwrap();
    assert!(r.blocked, "the drop-in replaced the table");
    assert!(r.file.ends_with("10-a.conf"));
    assert_eq!(
        conf.find("r.io/team/app").unwrap().location,
        "other.io/team"
    );
    assert!(conf.find("s.io/app").is_none());
}

#[test]
fn user_file_replaces_the_system_files_and_the_variable_replaces_both() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "root/etc/containers/registries.conf",
        "[[registry]]\nlocation = \"sys.io\"\n",
    );
    let e = ContainersEnv::under(dir.path());
    assert!(RegistriesConf::load(&e).unwrap().find("sys.io/a").is_some());
    write(
        dir.path(),
        "home/.config/containers/registries.conf",
        "[[registry]]\nlocation = \"user.io\"\n",
    );
    let conf = RegistriesConf::load(&e).unwrap();
    assert!(conf.find("sys.io/a").is_none());
    assert!(conf.find("user.io/a").is_some());
    let only = write(
        dir.path(),
        "only.conf",
        "[[registry]]\nlocation = \"only.io\"\n",
    );
    let e2 = ContainersEnv {
        registries_conf: Some(only),
        ..e.clone()
    };
    let conf = RegistriesConf::load(&e2).unwrap();
    assert!(conf.find("user.io/a").is_none());
    assert!(conf.find("only.io/a").is_some());
    let missing = ContainersEnv {
        registries_conf: Some(dir.path().join("nope.conf")),
        ..e.clone()
    };
    let err = RegistriesConf::load(&missing).unwrap_err().to_string();
    assert!(
        err.contains("nope.conf") && err.contains("no such file"),
        "{err}"
    );
    let off = ContainersEnv {
        disabled: true,
        ..e
    };
    assert!(RegistriesConf::load(&off).unwrap().is_empty());
}

#[test]
fn invalid_files_name_the_file() {
    let p = Path::new("/etc/x.conf");
    let err = |body: &str| parse(p, body, false).unwrap_err().to_string();
    let e = err("[[registry]\nlocation = 1");
    assert!(
        e.starts_with("invalid registries configuration /etc/x.conf: line 1"),
        "{e}"
    );
    assert!(
        err("[[registry]]\nlocation = \"https://r.io\"").contains("URI schemes are not supported")
    );
    assert!(
        err("[[registry]]\nlocation = \"not a registry\"")
            .contains("invalid location \"not a registry\"")
    );
    assert!(err("[[registry]]\nprefix = \"r.io\"").contains("location is unset"));
    assert!(
        err("[[registry]]\nlocation = \"r.io\"\n[[registry.mirror]]\nlocation = \"m.io\"\npull-from-mirror = \"sometimes\"")
            .contains("unsupported pull-from-mirror value \"sometimes\"")
    );
    assert!(err("[[registry]]\nlocation = \"r.io\"\ninsecure = \"yes\"").contains("line 3"));
    assert!(
        err("[[registry]]\nlocation = \"r.io\"\n[[registry]]\nprefix = \"r.io/x\"\nlocation = \"r.io\"\nblocked = true")
            .contains("conflicting 'blocked' setting")
    );
    assert!(
        parse(p, "[registries.search]\nregistries = [\"a.io\"]\n", true)
            .unwrap_err()
            .to_string()
            .contains("v2 format")
    );
}

#[test]
fn version_1_tables_are_converted() {
    let got = parse(
        Path::new("/f"),
        "[registries.insecure]\nregistries = [\"i.io\"]\n[registries.block]\nregistries = [\"b.io\"]\n",
        false,
    )
    .unwrap();
    let conf = RegistriesConf::from_registries(got);
    assert!(conf.find("b.io/x").unwrap().blocked);
    assert!(conf.find("i.io/x").unwrap().insecure);
}
