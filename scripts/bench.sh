#!/usr/bin/env bash
# Builds the release bundle and prints its sizes and timings against the budgets: `make bench`.
# A measurement, not a test: it does not fail when a budget is exceeded.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
setup_tests
# Lighthouse only for the benchmark: `make test` does not need it.
ensure_npm_packages "$ROOT/tests/lighthouse"
release_build
node tests/e2e/bench.mjs
