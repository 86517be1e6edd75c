#!/usr/bin/env bash
# Runs every test: unit tests, integration tests against the real embedded Elasticsearch,
# s3proxy, H2 and the local PostgreSQL, and the browser tests in headless Chromium.
# Under CI=true, tests that need Chromium or PostgreSQL fail when those are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --test
export LANG="${LANG:-C.UTF-8}"
./mvnw verify "$@"
