#!/usr/bin/env bash
# Runs the portal on the embedded defaults (Elasticsearch, S3 API server and H2 inside the app,
# data under ./data). On first start with an empty index it harvests the shipped demo sources.
# Open http://localhost:8080/ . Extra arguments go to the application, e.g.
#   scripts/run.sh --server.port=9090
#   scripts/run.sh --spring.profiles.active=postgres
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
./mvnw -q -DskipTests -DskipITs package
export LANG="${LANG:-C.UTF-8}"
exec java --enable-native-access=ALL-UNNAMED -Xmx1g -jar backend/target/road-to-the-sea.jar "$@"
