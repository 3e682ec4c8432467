#!/usr/bin/env bash
# First command of the README: a local marsad with the sample corpus in your browser.
#   bash run.sh              # creates .venv, installs marsad[web], ingests the sample articles, serves on 127.0.0.1:8000
#   bash run.sh --no-serve   # headless: ingest and print a report instead of serving
#   bash run.sh --port 8080  # any 'marsad demo' option
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/venv.sh web
exec .venv/bin/marsad demo "$@"
