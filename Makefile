# Museum Commons. `make help` lists every target.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3.11
UV_VERSION := 0.13.8
UV := .tools/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_LINK_MODE := copy

.PHONY: help install run test lint format check-migrations pytest test-e2e messages services-start services-stop seed bench-search

help: ## List the targets with what they do
	@grep -hE '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  \033[1m%-18s\033[0m %s\n", $$1, $$2}'

$(UV):
	@$(PYTHON) -m pip install --quiet --disable-pip-version-check --target .tools uv==$(UV_VERSION)

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	@$(UV) sync --frozen --python $(PYTHON) --quiet
	@touch $@

install: $(VENV)/.synced ## Create .venv from uv.lock (runtime, dev and test groups)

run: install ## Migrate, load the bilingual demo network and serve it with a Celery worker and beat
	@mkdir -p var/mail var/celery/queue var/celery/processed
	@$(MANAGE) migrate --no-input -v0
	@$(MANAGE) seed_demo
	@scripts/run-dev.sh

seed: install ## Load (or refresh) the demo network
	@mkdir -p var
	@$(MANAGE) seed_demo

lint: install ## ruff check and ruff format --check
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .

format: install ## Fix what ruff can fix, and format
	@$(VENV)/bin/ruff check --fix .
	@$(VENV)/bin/ruff format .

check-migrations: install ## Django system checks, and no model change without its migration
	@DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check
	@DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run

pytest: install ## The tests outside the browser (starts OpenSearch when Java and Maven are here)
	@scripts/with-search-engine.sh $(VENV)/bin/pytest -m "not browser" $(PYTEST_ARGS)
	@if [ -n "$${DATABASE_URL:-}" ] && [[ "$${DATABASE_URL}" != sqlite* ]]; then \
	  echo "The database search backend again, on SQLite (FTS5):"; \
	  env -u DATABASE_URL scripts/with-search-engine.sh $(VENV)/bin/pytest -q -m "not browser and not postgres" \
	    tests/search/test_database.py tests/search/test_behaviour.py -k database $(PYTEST_ARGS); \
	fi

test-e2e: install ## Browser journeys in Debian's Chromium, screenshots in test-artifacts/
	@scripts/with-search-engine.sh $(VENV)/bin/pytest -m browser $(PYTEST_ARGS)

bench-search: install ## Search latency and rebuild throughput, engine vs database, on N=100000 throw-away resources
	@scripts/with-search-engine.sh $(MANAGE) bench_search --resources $(or $(N),100000) $(BENCH_ARGS)

test: lint check-migrations pytest test-e2e ## The whole suite: ruff, checks, migrations, tests, browser journeys

messages: install ## Extract and compile the French and English catalogues
	@$(MANAGE) makemessages -l fr -l en --no-obsolete --ignore '.venv/*' --ignore '.tools/*' --ignore 'var/*'
	@$(MANAGE) compilemessages --ignore '.venv/*' --ignore '.tools/*' -v0

services-start: ## Start PostgreSQL, Redis and OpenSearch on loopback (see README)
	@scripts/services.sh start

services-stop: ## Stop them
	@scripts/services.sh stop
