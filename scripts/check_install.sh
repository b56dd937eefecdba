#!/usr/bin/env bash
# The packaging check of `make test`: in a clean virtual environment, a plain `pip install .`
# (no extras) runs every command, so every import the CLI needs is a runtime dependency.
# `marsad fetch` stores a page served on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
tmp=$(mktemp -d)
srv=""
trap '[ -n "$srv" ] && kill "$srv" 2>/dev/null; rm -rf "$tmp"' EXIT
$PY -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install -q --disable-pip-version-check . 2>&1 | grep -v "^WARNING: Location" || true
m="$tmp/venv/bin/marsad"
for c in "" analyze tag report fetch watch serve search export build; do
  $m $c --help >/dev/null || { echo "packaging check: 'marsad $c --help' failed"; exit 1; }
done
$m analyze src/marsad/samples/corpus --out "$tmp/out" -q
mkdir "$tmp/site"
cp tests/fixtures/html/01_wordpress.html "$tmp/site/page.html"
port=$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
$PY -m http.server "$port" --bind 127.0.0.1 --directory "$tmp/site" >/dev/null 2>&1 &
srv=$!
for _ in $(seq 50); do $PY -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break; sleep 0.1; done
$m fetch "http://127.0.0.1:$port/page.html" --db "$tmp/x.db"
n=$("$tmp/venv/bin/python" -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM articles').fetchone()[0])" "$tmp/x.db")
[ "$n" = 1 ] || { echo "packaging check: fetch stored $n articles, not 1"; exit 1; }
echo "packaging check: a plain 'pip install .' runs every command; fetch stored the page served on loopback"
