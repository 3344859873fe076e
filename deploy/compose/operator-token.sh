#!/bin/sh
# Prints a 12-hour operator token (RS256) signed with the demo key, with the claims the services
# check: iss, aud, groups [operador], subdelegacion, iat, exp.
#   docker compose run --rm operator-keys /scripts/operator-token.sh [subject] [subdelegacion]
set -eu
subject="${1:-operador.demo}"
subdelegacion="${2:-0901}"
now=$(date +%s)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"urn:idse:operadores","aud":"idse-certificados","sub":"%s","upn":"%s","groups":["operador"],"subdelegacion":"%s","iat":%s,"exp":%s}' \
  "$subject" "$subject" "$subdelegacion" "$now" $((now + 43200)) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign /keys/private-key.pem -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
