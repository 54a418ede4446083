#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already there at the right
# version. Sourced by the other scripts; `setup_build` and `setup_tests` are idempotent.
#
# The wasm32 toolchain: rustup's target when rustup can fetch it; otherwise (no internet, as in
# CI) Debian's rustc-web with its std source, building std for wasm32 from source (build-std),
# cached in .cache/rustc-web. After `setup_build`, run wasm32 commands as `with_wasm CMD …`.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.cache"
WASM_TARGET=wasm32-unknown-unknown
TRUNK_VERSION=0.21.14
# wasm-opt comes ready-made from npm's binaryen (scripts/tools/package.json; scripts/post-build.mjs
# runs it): compiling binaryen from source took a quarter of a fresh set-up.
BUILD_TOOLS="$ROOT/scripts/tools"
DEBIAN_RUST_PACKAGES=(rustc-web libstd-rust-web-1.96 libstd-rust-web-dev rust-web-src libllvm22 rust-web-clippy)
# The three engines readers use: Chromium, Firefox (driven over WebDriver BiDi by puppeteer-core)
# and WebKitGTK (Safari's engine, through WebKitWebDriver, in an Xvfb display).
TEST_PACKAGES=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb fonts-noto-cjk)
# The build draws the share images in Noto Sans CJK (`cargo run -- share-images`), so
# fontconfig's files too: resvg finds the font through them.
BUILD_PACKAGES=(fonts-noto-cjk fontconfig)
RUSTUP_TIMEOUT_SECONDS=${RUSTUP_TIMEOUT_SECONDS:-45}

export PATH="$BUILD_TOOLS/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

APT_UPDATED=""
apt_update_once() {
  [ -n "$APT_UPDATED" ] && return
  say "apt-get update"
  as_root apt-get update -qq >/dev/null
  APT_UPDATED=1
}

ensure_apt_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return
  apt_update_once
  say "apt-get install ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_rustup() {
  command -v cargo >/dev/null && command -v rustup >/dev/null && return
  die "Rust is not installed: install rustup (https://rustup.rs) and run this again"
}

ensure_rustfmt_clippy() {
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || timeout "$RUSTUP_TIMEOUT_SECONDS" rustup component add rustfmt
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || timeout "$RUSTUP_TIMEOUT_SECONDS" rustup component add clippy
}

# The offline route: Debian's rustc-web (whose sysroot carries the std source) in .cache.
install_debian_rust() {
  local tree="$CACHE/rustc-web" stamp="$CACHE/rustc-web/.installed"
  local wanted
  wanted="${DEBIAN_RUST_PACKAGES[*]}"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] && [ -x "$tree/usr/bin/rustc" ]; then
    return
  fi
  apt_update_once
  say "downloading Debian's rustc-web into $tree"
  rm -rf "$tree" "$CACHE/debs"
  mkdir -p "$tree" "$CACHE/debs"
  (cd "$CACHE/debs" && apt-get download -qq "${DEBIAN_RUST_PACKAGES[@]}") || die "apt-get download ${DEBIAN_RUST_PACKAGES[*]} failed"
  for deb in "$CACHE"/debs/*.deb; do dpkg -x "$deb" "$tree"; done
  echo "$wanted" >"$stamp"
}

WASM_ENV=()
# WASM_TOOLCHAIN=debian forces the offline route even where rustup has the target (to test it).
ensure_wasm_toolchain() {
  [ ${#WASM_ENV[@]} -gt 0 ] && return
  if [ "${WASM_TOOLCHAIN:-}" = debian ]; then
    say "WASM_TOOLCHAIN=debian: using Debian's rustc-web and building std for $WASM_TARGET from source"
  elif rustup target list --installed 2>/dev/null | grep -qx "$WASM_TARGET"; then
    WASM_ENV=(WASM_TOOLCHAIN=rustup)
    return
  fi
  if [ "${WASM_TOOLCHAIN:-}" != debian ] && [ ! -x "$CACHE/rustc-web/usr/bin/rustc" ]; then
    say "rustup target add $WASM_TARGET (giving up after ${RUSTUP_TIMEOUT_SECONDS}s)"
    if timeout "$RUSTUP_TIMEOUT_SECONDS" rustup target add "$WASM_TARGET" >/dev/null 2>&1; then
      WASM_ENV=(WASM_TOOLCHAIN=rustup)
      return
    fi
    say "rustup cannot download: using Debian's rustc-web and building std for $WASM_TARGET from source"
  fi
  install_debian_rust
  local tree="$CACHE/rustc-web" lld
  lld="$(rustc --print sysroot)/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld"
  [ -x "$lld" ] || die "rust-lld not found at $lld (it ships with rustup's stable toolchain)"
  WASM_ENV=(
    WASM_TOOLCHAIN=debian
    RUSTC="$tree/usr/bin/rustc"
    RUSTDOC="$tree/usr/bin/rustdoc"
    LD_LIBRARY_PATH="$tree/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
    RUSTC_BOOTSTRAP=1
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    CARGO_UNSTABLE_PANIC_ABORT_TESTS=true
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$lld"
  )
}

# Runs a command with the wasm32 toolchain's environment.
with_wasm() { env "${WASM_ENV[@]}" "$@"; }

# The release build compiles std itself, for size, when the toolchain has std's source:
# Debian's rustc-web always has it; rustup gets it as the rust-src component. Without it the
# release build still works, only larger.
RELEASE_STD_ENV=()
ensure_std_source() {
  [ ${#RELEASE_STD_ENV[@]} -gt 0 ] && return
  local std_source
  # shellcheck disable=SC2016 # $RUSTC is the wasm32 environment's, expanded inside it
  std_source="$(with_wasm sh -c '"${RUSTC:-rustc}" --print sysroot')/lib/rustlib/src/rust/library/std"
  if [ ! -d "$std_source" ] && [ "${WASM_ENV[0]}" = WASM_TOOLCHAIN=rustup ]; then
    timeout "$RUSTUP_TIMEOUT_SECONDS" rustup component add rust-src >/dev/null 2>&1 || true
  fi
  if [ -d "$std_source" ]; then
    RELEASE_STD_ENV=(CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size)
  else
    say "no std source ($std_source): the release build uses the prebuilt std (a larger wasm)"
    RELEASE_STD_ENV=(RELEASE_STD=prebuilt)
  fi
}

# The release bundle, smallest. These are unstable flags, hence RUSTC_BOOTSTRAP on either
# toolchain: panics lose file/line strings and Debug formatting is compiled out (a tenth of
# the wasm); with std built here, std is built for size and a panic aborts at once, without
# formatting a message (another tenth). The loader shows the failure panel (static/embed.js).
release_build() {
  ensure_std_source
  local rustflags="-Zlocation-detail=none -Zfmt-debug=none"
  [ "${RELEASE_STD_ENV[0]}" = RELEASE_STD=prebuilt ] || rustflags+=" -Zunstable-options -Cpanic=immediate-abort"
  with_wasm env RUSTC_BOOTSTRAP=1 "${RELEASE_STD_ENV[@]}" \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$rustflags" \
    trunk build --release "$@"
}

# cargo-clippy for wasm32: rustup's when it has the target, else Debian's matching 1.96 one.
wasm_clippy() {
  if [ "${WASM_ENV[0]}" = WASM_TOOLCHAIN=debian ]; then
    with_wasm "$CACHE/rustc-web/usr/bin/cargo-clippy" clippy "$@"
  else
    cargo clippy "$@"
  fi
}

# cargo install CRATE at VERSION unless BINARY --version already prints REPORTS.
ensure_cargo_tool() {
  local crate=$1 version=$2 binary=$3 reports=$4; shift 4
  if command -v "$binary" >/dev/null && "$binary" --version 2>/dev/null | grep -qF "$reports"; then
    return
  fi
  say "cargo install $crate $version (a few minutes, once)"
  # A build tool, not the product: no optimisation, no LTO and parallel code generation
  # compile it in a fraction of the release profile's time, and it is fast enough for our use
  # (it orchestrates the build; the work is rustc's, binaryen's and esbuild's).
  CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=256 CARGO_PROFILE_RELEASE_DEBUG=false \
    CARGO_PROFILE_RELEASE_STRIP=true \
    cargo install "$crate" --version "$version" "$@"
}

wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# npm ci in DIR unless its node_modules matches its lock file.
ensure_npm_packages() {
  local dir=$1
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "npm ci (${dir#"$ROOT"/})"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

ensure_rust_tools() {
  # No TLS and no update check: trunk only builds and serves on loopback here, and both
  # features are a third of its compile time.
  ensure_cargo_tool trunk "$TRUNK_VERSION" trunk "$TRUNK_VERSION" --locked --no-default-features &
  local trunk=$!
  # wasm-bindgen-cli must match the wasm-bindgen that Cargo.lock pins (it builds without --locked).
  # The two compile side by side: each has long single-threaded stretches the other fills.
  local bindgen
  bindgen="$(wasm_bindgen_version)"
  ensure_cargo_tool wasm-bindgen-cli "$bindgen" wasm-bindgen "$bindgen" || { wait "$trunk"; return 1; }
  wait "$trunk"
}

ensure_node() {
  command -v node >/dev/null || ensure_apt_packages nodejs npm
}

setup_build() {
  ensure_rustup
  [ -f "$ROOT/Cargo.lock" ] || (cd "$ROOT" && cargo generate-lockfile)
  ensure_wasm_toolchain
  ensure_node
  ensure_apt_packages "${BUILD_PACKAGES[@]}"
  ensure_npm_packages "$BUILD_TOOLS"
  ensure_rust_tools
}

# Compiling the Rust tools keeps both cores busy while apt and npm mostly wait on the network
# and the disk, so the two run side by side; either failing fails the set-up.
setup_tests() {
  ensure_rustup
  [ -f "$ROOT/Cargo.lock" ] || (cd "$ROOT" && cargo generate-lockfile)
  ensure_wasm_toolchain
  ensure_node
  ensure_rust_tools &
  local rust_tools=$!
  ensure_rustfmt_clippy
  ensure_apt_packages "${TEST_PACKAGES[@]}" "${BUILD_PACKAGES[@]}"
  ensure_npm_packages "$BUILD_TOOLS"
  ensure_npm_packages "$ROOT/tests/e2e"
  wait "$rust_tools" || die "installing trunk or wasm-bindgen-cli failed"
}
