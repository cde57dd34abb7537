#!/usr/bin/env bash
# Installs code-server 4.96.4 (VS Code 1.96.4 with its Node extension host) into $1 (default .vscode-test/code-server),
# offline-safe: only the npm registry and Debian packages are used. Idempotent.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
CS_DIR=${1:-.vscode-test/code-server}
export TMPDIR=${TMPDIR:-/tmp}

# Debian: the browser that drives the workbench, ripgrep (stands in for @vscode/ripgrep's download),
# krb5 headers (the 'kerberos' addon builds from source when its prebuilt download fails).
if ! command -v chromium >/dev/null || ! command -v rg >/dev/null || [ ! -e /usr/include/gssapi/gssapi.h ]; then
  pkgs="chromium ripgrep libkrb5-dev fonts-dejavu-core"
  echo "Installing Debian packages for the in-editor tests: $pkgs (needs root; waits up to 10 minutes for another apt to finish)"
  if [ "$(id -u)" != 0 ]; then
    echo "error: installing $pkgs needs root; run as root, or install them yourself and run npm test again" >&2
    exit 1
  fi
  apt_opts=(-o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)
  if ! apt-get "${apt_opts[@]}" update -qq || ! DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install -y -qq --no-install-recommends $pkgs; then
    echo "error: apt-get could not install $pkgs (see above); the in-editor tests need them" >&2
    exit 1
  fi
fi

if [ ! -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  cp "$here/package.json" "$here/package-lock.json" "$CS_DIR/"
  # @vscode/ripgrep@1.15.9 takes a cached asset when one is present instead of downloading it
  rgc="$TMPDIR/vscode-ripgrep-cache-1.15.9"; mkdir -p "$rgc"
  tar czf "$rgc/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
  (cd "$CS_DIR" && npm ci --ignore-scripts --no-audit --no-fund)
  # lib/vscode pins @vscode/proxy-agent to a git commit; the registry's 0.27.0 has the same integrity hash,
  # so drop the git 'resolved' and let npm fetch it by version.
  node -e '
    const fs = require("fs"); const f = process.argv[1];
    const j = JSON.parse(fs.readFileSync(f, "utf8")); const e = j.packages["node_modules/@vscode/proxy-agent"];
    if (e && String(e.resolved || "").startsWith("git")) { delete e.resolved; fs.writeFileSync(f, JSON.stringify(j, null, 2)); }
  ' "$CS_DIR/node_modules/code-server/lib/vscode/npm-shrinkwrap.json"
  # code-server's postinstall refuses to run as root unless told; it then installs lib/vscode and builds native addons
  (cd "$CS_DIR" && npm_config_unsafe_perm=true npm rebuild)
fi
echo "code-server ready: $CS_DIR/node_modules/.bin/code-server"
