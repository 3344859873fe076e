#!/bin/sh
# Makes the demo key pair that signs and verifies operator tokens, once: the services read
# public-key.pem (mp.jwt.verify.publickey.location); operator-token.sh signs with the private key.
# For docker compose only: production verifies tokens from its identity provider's key.
set -eu
cd /keys
if [ ! -f public-key.pem ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out private-key.pem
  openssl pkey -in private-key.pem -pubout -out public-key.pem
  chmod 600 private-key.pem
  chmod 644 public-key.pem
  echo "operator-keys: new demo key pair in /keys"
else
  echo "operator-keys: keeping the key pair in /keys"
fi
