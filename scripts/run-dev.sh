#!/usr/bin/env bash
# Serves the site with a Celery worker and beat beside it; Ctrl-C stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p var/celery/queue var/celery/processed var/mail

.venv/bin/celery -A config worker --beat --loglevel=WARNING --concurrency=2 \
  --schedule=var/celery/beat-schedule &
worker=$!
trap 'kill "$worker" 2>/dev/null; wait "$worker" 2>/dev/null' EXIT INT TERM

echo "Museum Commons is at http://127.0.0.1:8000 (mail is written to var/mail/ and shown here)"
.venv/bin/python manage.py runserver 127.0.0.1:8000
