//! Golden CLI cases: each `tests/cmd/*.toml` pins a command's stdout, stderr and exit code.
//! Refresh with `TRYCMD=overwrite cargo test --test cli`, then review the diff.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

#[test]
fn cli_cases() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
