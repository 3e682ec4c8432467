#!/usr/bin/env bash
# Debian packages some tests need (headless Chromium, PostgreSQL, Java for Spark).
# Installed only when missing and when we may (root); tests that need them skip otherwise.
set -uo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing system packages: ${need[*]}" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/dev/null 2>&1 \
      || echo "warning: could not install ${need[*]}; the tests that need them will skip" >&2
  else
    echo "note: ${need[*]} missing and not root; the tests that need them will skip" >&2
  fi
fi
exit 0
