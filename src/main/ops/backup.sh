#!/usr/bin/env bash
# Consistent backup of a Zhifa installation: the database (mysqldump --single-transaction: one consistent snapshot
# of InnoDB without locking the application) and then the store root (evidence files; write-once and
# content-addressed). Order matters: the dump first, the files second — a file is published before the transaction
# that records it commits, and stored files are never changed or deleted, so every file the dump refers to is
# already in the store when it is copied (files published after the dump are harmless extras).
#
# usage: backup.sh <backup-folder>        (created; must not exist)
# env:   ZHIFA_DB_NAME (required), ZHIFA_DB_HOST (127.0.0.1), ZHIFA_DB_PORT (3306), ZHIFA_DB_USER (root),
#        ZHIFA_DB_PASSWORD (empty), ZHIFA_STORE_ROOT (./data) — the same values the application runs with
set -euo pipefail
OUT="${1:?usage: backup.sh <backup-folder>}"
: "${ZHIFA_DB_NAME:?set ZHIFA_DB_NAME}"
HOST="${ZHIFA_DB_HOST:-127.0.0.1}"; PORT="${ZHIFA_DB_PORT:-3306}"; USER="${ZHIFA_DB_USER:-root}"
STORE="${ZHIFA_STORE_ROOT:-./data}"
[ -e "$OUT" ] && { echo "backup folder $OUT exists: choose a new one" >&2; exit 2; }
[ -d "$STORE" ] || { echo "store root $STORE is not a folder" >&2; exit 2; }
mkdir -p "$OUT"
export MYSQL_PWD="${ZHIFA_DB_PASSWORD:-}"
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)

# 1. the database: one snapshot (REPEATABLE READ transaction), streamed, compressed
mysqldump --host="$HOST" --port="$PORT" --user="$USER" --single-transaction --quick --skip-lock-tables \
  --routines --triggers --events --hex-blob --default-character-set=utf8mb4 --no-tablespaces \
  "$ZHIFA_DB_NAME" | gzip -6 > "$OUT/database.sql.gz"

# 2. the store root, after the dump (see above); tmp/ holds only unfinished uploads
mkdir -p "$OUT/store"
tar -C "$STORE" --exclude='./evidence/tmp' --exclude='*.part' -cf - . | tar -C "$OUT/store" -xf -

# 3. a manifest: what was backed up, with checksums to detect a damaged copy
{
  echo "started=$started"
  echo "finished=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "database=$ZHIFA_DB_NAME"
  echo "database.sql.gz.sha256=$(sha256sum "$OUT/database.sql.gz" | cut -d' ' -f1)"
  echo "store.files=$(find "$OUT/store" -type f | wc -l)"
  echo "store.bytes=$(du -sb "$OUT/store" | cut -f1)"
} > "$OUT/MANIFEST"
(cd "$OUT/store" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum) > "$OUT/store.sha256"
echo "backup written to $OUT"
cat "$OUT/MANIFEST"
