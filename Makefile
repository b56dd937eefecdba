# marsad: two commands set everything up on a fresh machine.
#   make demo   install into .venv, analyze the shipped sample corpus, print a report
#   make test   install with test extras, run the test suite, then check that a plain
#               `pip install .` in a clean environment runs every command
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SAMPLE  = src/marsad/samples/corpus

.PHONY: demo test install install-test serve clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .

install-test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test,spark]'
	bash scripts/install_browser.sh

demo: install
	$(BIN)/marsad analyze $(SAMPLE) --out demo-out --db demo.db --quiet
	$(BIN)/marsad report demo-out

test: install-test
	$(BIN)/python -m pytest
	bash scripts/check_install.sh

serve: install
	$(BIN)/marsad serve --db demo.db

bench: install
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf demo-out demo.db build dist .pytest_cache
