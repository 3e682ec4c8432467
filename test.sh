#!/usr/bin/env bash
# Install everything the test suite needs into .venv and run it (ruff, then pytest).
# This is the README's second command and exactly what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test,web,spark,postgres]'
bash scripts/system-deps.sh
.venv/bin/ruff check src tests $( [ -d benchmarks ] && echo benchmarks )
.venv/bin/python -m pytest "$@"
