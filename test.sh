#!/usr/bin/env bash
# Install everything the test suite needs into .venv and run it (ruff, then pytest).
# This is the README's second command and exactly what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/venv.sh test,web,spark,postgres
bash scripts/system-deps.sh
.venv/bin/ruff check src tests $( [ -d benchmarks ] && echo benchmarks )
.venv/bin/python -m pytest "$@"
