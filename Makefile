# Clinic Desk — developer commands. `make run` opens the app, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM := $(patsubst i18n/%.ts,i18n/%.qm,$(wildcard i18n/*.ts))

.PHONY: run demo test test-core bench lint translations screenshots clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

i18n/%.qm: i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	$(VENV)/bin/clinic-desk

demo: $(STAMP) translations
	$(VENV)/bin/clinic-desk --demo

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

test-core: $(STAMP)
	$(PY) -m pytest -q tests/unit

lint: $(STAMP)
	$(VENV)/bin/ruff check clinic_desk tests bench

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m clinic_desk.ui.screenshots screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info i18n/*.qm
