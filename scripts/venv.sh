#!/usr/bin/env bash
# Create .venv (once) and install marsad into it with the extras given, e.g.: scripts/venv.sh web,test
# Shared by run.sh and test.sh, the README's two commands.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[$1]"
