#!/usr/bin/env bash
# Restore a backup written by backup.sh into a NEW, empty database and a NEW store root (never over live data).
# Then start the application on them and check everything: GET http://127.0.0.1:<management-port>/actuator/integrity
# re-verifies every case's record chain and re-hashes every stored file.
#
# usage: restore.sh <backup-folder>
# env:   ZHIFA_DB_NAME (the new database: must not exist), ZHIFA_DB_HOST, ZHIFA_DB_PORT, ZHIFA_DB_USER,
#        ZHIFA_DB_PASSWORD, ZHIFA_STORE_ROOT (the new store root: must be absent or empty)
set -euo pipefail
IN="${1:?usage: restore.sh <backup-folder>}"
: "${ZHIFA_DB_NAME:?set ZHIFA_DB_NAME}"
: "${ZHIFA_STORE_ROOT:?set ZHIFA_STORE_ROOT}"
HOST="${ZHIFA_DB_HOST:-127.0.0.1}"; PORT="${ZHIFA_DB_PORT:-3306}"; USER="${ZHIFA_DB_USER:-root}"
export MYSQL_PWD="${ZHIFA_DB_PASSWORD:-}"
MYSQL=(mysql --host="$HOST" --port="$PORT" --user="$USER" --default-character-set=utf8mb4)

[ -f "$IN/MANIFEST" ] || { echo "$IN is not a backup (no MANIFEST)" >&2; exit 2; }
want=$(sed -n 's/^database.sql.gz.sha256=//p' "$IN/MANIFEST")
have=$(sha256sum "$IN/database.sql.gz" | cut -d' ' -f1)
[ "$want" = "$have" ] || { echo "database.sql.gz is damaged (checksum differs)" >&2; exit 3; }
(cd "$IN/store" && sha256sum --quiet -c "../store.sha256") || { echo "the store copy is damaged" >&2; exit 3; }
if [ -d "$ZHIFA_STORE_ROOT" ] && [ -n "$(ls -A "$ZHIFA_STORE_ROOT")" ]; then
  echo "store root $ZHIFA_STORE_ROOT is not empty: restore into a new one" >&2; exit 2
fi
if [ -n "$("${MYSQL[@]}" -N -e "SHOW DATABASES LIKE '$ZHIFA_DB_NAME'")" ]; then
  echo "database $ZHIFA_DB_NAME exists: restore into a new one" >&2; exit 2
fi

"${MYSQL[@]}" -e "CREATE DATABASE \`$ZHIFA_DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
gunzip -c "$IN/database.sql.gz" | "${MYSQL[@]}" "$ZHIFA_DB_NAME"
mkdir -p "$ZHIFA_STORE_ROOT"
tar -C "$IN/store" -cf - . | tar -C "$ZHIFA_STORE_ROOT" -xf -
echo "restored $(sed -n 's/^database=//p' "$IN/MANIFEST") into database $ZHIFA_DB_NAME and store $ZHIFA_STORE_ROOT"
echo "now start the application on them and check: curl -s http://127.0.0.1:\$ZHIFA_MANAGEMENT_PORT/actuator/integrity"
