#!/usr/bin/env bash
# Every test of the project, from nothing installed to a verdict: `make test`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"

# The report the whole suite runs on; every other report in data/ is built, checked and
# smoke-tested (scripts/post-build.mjs and build.rs read REPORT too).
export REPORT="${REPORT:-data/qingshanhu-2023}"
REPORT="${REPORT%/}"
[ -f "$REPORT/dataset.toml" ] || die "REPORT=$REPORT: no $REPORT/dataset.toml (a report is a folder data/<slug>/ with report.txt and dataset.toml)"

# A fresh CI checkout builds everything once: incremental compilation's caches are only cost.
[ -n "${CI:-}" ] && export CARGO_INCREMENTAL=0

started=$SECONDS
setup_tests
say "set-up done in $((SECONDS - started))s (toolchain: ${WASM_ENV[0]#WASM_TOOLCHAIN=})"

passed=0
failed=()
step() {
  local name=$1; shift
  local step_started=$SECONDS
  say "$name"
  if "$@"; then
    passed=$((passed + 1))
    say "$name: ok ($((SECONDS - step_started))s)"
  else
    failed+=("$name")
    say "$name: FAILED ($((SECONDS - step_started))s)"
  fi
}

wasm_tests() {
  CHROMEDRIVER=/usr/bin/chromedriver \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    with_wasm cargo test --target "$WASM_TARGET" --test web
}

# A release build that can panic on request, for the end-to-end failure test: it fails as
# the published bundle does (an immediate abort, see release_build). Its pages are all the test
# needs (scripts/post-build.mjs).
fault_build() {
  WASM_OPT=skip POST_BUILD_PAGES_ONLY=1 release_build --features fault-injection --dist target/dist-faults
}

# The end-to-end tests in one engine (chromium, firefox or webkit: tests/e2e/engines.mjs); the
# Chromium run also has the Chromium-only tests. figures.csv is the dataset the tests check against.
end_to_end() {
  mkdir -p target/e2e
  cargo run --quiet >target/e2e/figures.csv
  (cd tests/e2e && E2E_ENGINES=$1 npm test)
}

step "cargo fmt --check" cargo fmt --all -- --check
# Every feature, so the fault-injection code is linted too; the lints are Cargo.toml's [lints].
step "clippy (native)" cargo clippy --all-targets --all-features --locked -- -D warnings
step "clippy (wasm32)" wasm_clippy --target "$WASM_TARGET" --lib --bins --tests --all-features --locked -- -D warnings
step "native tests" cargo test --locked
step "in-browser tests (wasm-bindgen-test, headless Chromium)" wasm_tests
step "trunk build --release" release_build
step "trunk build --release (fault-injection test build)" fault_build
if [ -f dist/index.html ]; then
  step "end-to-end in Chromium (dist/)" end_to_end chromium
  step "end-to-end in Firefox (dist/)" end_to_end firefox
  step "end-to-end in WebKit (dist/)" end_to_end webkit
else
  failed+=("end-to-end (skipped: no dist/)")
fi

# Another report: its release build runs every check of its dataset and writes its pages and
# fact-check sheet; the smoke test mounts it, draws every chart, and puts it beside the main
# report on one page.
other_report() {
  local folder=$1 slug
  slug=$(basename "$folder")
  (export REPORT="$folder" WASM_OPT=skip && release_build --dist "target/dist-reports/$slug") || return 1
  (cd tests/e2e && E2E_SMOKE_DIST="../../target/dist-reports/$slug" E2E_SMOKE_SLUG="$slug" \
    E2E_MAIN_SLUG="$(basename "$REPORT")" node --test smoke.mjs)
}
for folder in data/*/; do
  folder=${folder%/}
  [ -f "$folder/dataset.toml" ] && [ "$folder" != "$REPORT" ] || continue
  step "report $folder: release build, checks and smoke test" other_report "$folder"
done

say "all steps took $((SECONDS - started))s"
echo "${passed} passed, ${#failed[@]} failed"
if [ ${#failed[@]} -gt 0 ]; then
  printf 'failed: %s\n' "${failed[@]}" >&2
  exit 1
fi
