#!/usr/bin/env bash
# Debian's Chromium for the browser tests (Playwright drives it; no browser download).
# Skips quietly when it is already there; never fails the install when apt is unavailable.
set -u
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "install_browser: could not install chromium; browser tests will be skipped" >&2
else
  echo "install_browser: not root or no apt-get; browser tests will be skipped" >&2
fi
exit 0
