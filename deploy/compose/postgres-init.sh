#!/bin/sh
# One role and one database per context, so no context can read another's tables:
# for each name in SUPERGRAPH_CONTEXTS, role <name> (password from <NAME>_DB_PASSWORD) owns
# database supergraph_<name>, which only it may connect to. Idempotent: the postgres image
# runs it on a fresh volume; run it again by hand after adding a context:
#   docker compose exec postgres sh /docker-entrypoint-initdb.d/10-contexts.sh
set -eu
for context in ${SUPERGRAPH_CONTEXTS:?list the contexts}; do
  name=$(printf '%s' "$context" | tr '-' '_')
  variable="$(printf '%s' "$name" | tr 'a-z' 'A-Z')_DB_PASSWORD"
  password=$(printenv "$variable" || true)
  if [ -z "$password" ]; then
    echo "postgres-init: $variable is not set" >&2
    exit 1
  fi
  psql -v ON_ERROR_STOP=1 -q --username "${POSTGRES_USER:-postgres}" --dbname postgres \
    -v role="$name" -v password="$password" -v db="supergraph_$name" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'role') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role')
\gexec
SELECT format('ALTER ROLE %I PASSWORD %L', :'role', :'password')
\gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db')
\gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db')
\gexec
SQL
  echo "postgres-init: database supergraph_$name owned by $name"
done
