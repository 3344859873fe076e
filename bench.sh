#!/usr/bin/env bash
# Benchmarks IDSE Certificados on this machine and prints one figure per line with its unit:
# bare Argon2id hashes/s (in-process, the service's parameters) and intake requests/s through the
# REST API on the real path (PostgreSQL, outbox, Kafka), with p50/p99 and their ratio; raw RSA-2048
# signatures/s (JMH, the CA's provider and the JDK's) and certificates issued end to end per second
# (RequestConcluded on Kafka -> certificate-service -> CertificateIssued on Kafka), with p50/p99 and
# their ratio. See docs/benchmarks.md.
#
#   ./bench.sh [--n N] [--issuance-n N] [--issuance-warmup W] [--signing-seconds S] [--warmup W] [--concurrency C]
#              [--scenarios hashing,intake,signing,issuance,ocsp] [--csr ec|rsa|mixed]
#              [--service-java-opts "..."]
#
# Runs on free ports with scratch data in bench/target/bench-run/, so a local run is not disturbed.
# Set IDSE_SKIP_BUILD=true to reuse the last build.
set -euo pipefail

cd "$(dirname "$0")"

if ! command -v java >/dev/null 2>&1; then
  echo "bench.sh: 'java' not found; install a JDK 17 or newer." >&2
  exit 1
fi

if [[ "${IDSE_SKIP_BUILD:-false}" != "true" ]]; then
  echo "[bench] Building (./mvnw -B -q -DskipTests package)..." >&2
  ./mvnw -B -q -DskipTests package
fi

mkdir -p bench/target/bench-run/tmp

# pki brings JBoss LogManager and its SLF4J provider along: name them so neither complains.
exec java -Djava.io.tmpdir=bench/target/bench-run/tmp \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider \
  -cp "bench/target/bench-1.0.0-SNAPSHOT.jar:bench/target/lib/*" mx.idse.bench.Bench "$@"
