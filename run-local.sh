#!/usr/bin/env bash
# Runs IDSE Certificados on this machine: embedded PostgreSQL, Kafka (KRaft) and GreenMail, plus
# every service as its own process. Needs only a JDK 17+. Ctrl-C stops everything.
#
# Settings are environment variables (IDSE_POSTGRES_PORT, IDSE_KAFKA_PORT, IDSE_SMTP_PORT,
# IDSE_MAIL_API_PORT, IDSE_REQUEST_SERVICE_PORT, ...): see mx.idse.localrun.LocalRun; the
# launcher prints them all when it starts. Set IDSE_SKIP_BUILD=true to reuse the last build.
set -euo pipefail

cd "$(dirname "$0")"

if ! command -v java >/dev/null 2>&1; then
  echo "run-local.sh: 'java' not found; install a JDK 17 or newer." >&2
  exit 1
fi

if [[ "${IDSE_SKIP_BUILD:-false}" != "true" ]]; then
  echo "[run-local] Building (./mvnw -B -q -DskipTests install)..."
  ./mvnw -B -q -DskipTests install
fi

mkdir -p .local-run/logs .local-run/data

# exec: Ctrl-C reaches the launcher directly, whose shutdown hook stops every process it started.
exec java -cp "local-run/target/local-run-1.0.0-SNAPSHOT.jar:local-run/target/lib/*" mx.idse.localrun.LocalRun
