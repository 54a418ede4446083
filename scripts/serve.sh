#!/usr/bin/env bash
# Serves the widget at http://127.0.0.1:8080 with live reload: `make serve`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
setup_build
say "serving on http://127.0.0.1:8080 (Ctrl-C stops)"
exec env "${WASM_ENV[@]}" trunk serve "$@"
