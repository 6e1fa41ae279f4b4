# Lebenslagen CMS — every target documents itself: `make help`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Tests run on PostgreSQL (search, constraints and locking behave as in production).
# CI sets DATABASE_URL; locally the machine's PostgreSQL is used unless you set your own.
TEST_DATABASE_URL ?= $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/lebenslagen)
# The suite runs in parallel on TEST_WORKERS processes (pytest-xdist), each test module
# on one worker in its order; `make test TEST_WORKERS=0` runs it in this process.
TEST_WORKERS ?= 2
# `make bench` measures a database of its own, generated once per preset (small|saxony).
BENCH_PRESET ?= small
BENCH_SERVER ?= postgres://postgres@127.0.0.1:5432
BENCH_DATABASE_URL ?= $(BENCH_SERVER)/lebenslagen_bench_$(BENCH_PRESET)
BENCH_ARGS ?=
# Seconds between publishes of the churn measurement (bench-churn, bench-scale).
BENCH_CHURN ?= 10

.DEFAULT_GOAL := help
.PHONY: help install run test lint format check migrate seed lock clean schema bench bench-scale bench-expensive bench-load bench-churn graphiql-assets messages

help: ## Show this help
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml requirements.lock
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e ".[dev]"
	touch $@

install: $(BIN)/.installed ## Create the virtualenv and install pinned dependencies

migrate: install ## Apply database migrations (SQLite unless DATABASE_URL is set)
	$(BIN)/python manage.py migrate --noinput

seed: migrate ## Load the German demo catalogue and communes (idempotent)
	$(BIN)/python manage.py seed_demo

run: seed ## Set up everything and serve admin + GraphQL on PORT (default 8000)
	$(BIN)/python manage.py publish_scheduled
	@echo ""
	@echo "  Admin:     http://localhost:$(PORT)/admin/   (login: admin / admin;"
	@echo "             editorial roles: see 'Demo users' above, password demo-passwort)"
	@echo "  GraphQL:   http://localhost:$(PORT)/graphql/ (GraphiQL in the browser)"
	@echo ""
	$(BIN)/python manage.py runserver 0.0.0.0:$(PORT)

test: install ## Run checks and the whole test suite on PostgreSQL
	DATABASE_URL=$(TEST_DATABASE_URL) $(BIN)/python manage.py check
	DATABASE_URL=$(TEST_DATABASE_URL) $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DATABASE_URL=$(TEST_DATABASE_URL) $(BIN)/mypy
	$(BIN)/lint-imports
	DATABASE_URL=$(TEST_DATABASE_URL) $(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

bench-data-%: install
	@psql "$(BENCH_SERVER)/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname='lebenslagen_bench_$*'" | grep -q 1 \
		|| psql "$(BENCH_SERVER)/postgres" -qc 'CREATE DATABASE "lebenslagen_bench_$*"'
	DATABASE_URL=$(BENCH_SERVER)/lebenslagen_bench_$* $(BIN)/python manage.py migrate --noinput -v0
	DATABASE_URL=$(BENCH_SERVER)/lebenslagen_bench_$* $(BIN)/python manage.py generate_catalogue --preset $* --unless-generated

bench: bench-data-$(BENCH_PRESET) ## Benchmark the API under gunicorn (BENCH_PRESET=small|saxony, BENCH_ARGS="--duration 10")
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python manage.py benchmark $(BENCH_ARGS)

bench-scale: bench-data-small bench-data-saxony ## Benchmark the saxony preset (small as baseline, profile, cold start, churn, issue 17 goals) in one run
	DATABASE_URL=$(BENCH_SERVER)/lebenslagen_bench_saxony $(BIN)/python manage.py benchmark \
		--baseline-database $(BENCH_SERVER)/lebenslagen_bench_small \
		--with-churn $(BENCH_CHURN) $(BENCH_ARGS)

bench-expensive: bench-data-$(BENCH_PRESET) ## Replay the costliest request shapes (issue 12) and report server time per request
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python manage.py benchmark --expensive $(BENCH_ARGS)

bench-load: bench-data-$(BENCH_PRESET) ## Load test: all portal journeys mixed while an editor publishes (BENCH_ARGS="--duration 60")
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python manage.py benchmark --load $(BENCH_ARGS)

bench-churn: bench-data-$(BENCH_PRESET) ## A working day: cache hit rate and latency while an editor publishes every BENCH_CHURN s (default 10)
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python manage.py benchmark --churn $(BENCH_CHURN) $(BENCH_ARGS)

schema: install ## Write the GraphQL schema to graphql_schema/schema.graphql (commit it)
	$(BIN)/python manage.py export_schema

graphiql-assets: install ## Fetch GraphiQL's pinned assets once from npm into cms/static/vendor/graphiql (commit them)
	$(BIN)/python manage.py vendor_graphiql

messages: install ## Compile our German admin texts (cms/locale/de/LC_MESSAGES/django.po; commit the .mo)
	cd cms && ../$(BIN)/django-admin compilemessages --locale de

lint: install ## Lint, check formatting, types and import layers
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy && $(BIN)/lint-imports

format: install ## Format and auto-fix the code
	$(BIN)/ruff check --fix . && $(BIN)/ruff format .

lock: ## Re-resolve pinned transitive dependencies into requirements.lock
	rm -rf /tmp/lebenslagen-lock && $(PYTHON) -m venv /tmp/lebenslagen-lock
	/tmp/lebenslagen-lock/bin/pip install --quiet -e ".[dev]"
	/tmp/lebenslagen-lock/bin/pip freeze --exclude-editable > requirements.lock

clean: ## Remove the virtualenv and the development database
	rm -rf $(VENV) db.sqlite3
