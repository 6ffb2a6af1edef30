# hospital-kg: `make demo` builds the bundled sample corpus, `make test` runs the tests.
# Both create .venv/ at the repo root on first use; nothing else is needed but Python 3.11 and make.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install clean sync-ontology

demo: $(STAMP)
	$(BIN)/kg build sample/corpus --out exports/

test: $(STAMP)
	$(BIN)/python -m pytest -q

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

sync-ontology:
	cp ontology/hospital-kg.ttl kg/data/hospital-kg.ttl
	cp ontology/shapes.ttl kg/data/shapes.ttl

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info
