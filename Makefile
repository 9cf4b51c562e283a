# Ecomap Desktop: `make run` opens the app, `make test` runs the whole suite offscreen.
# Both create .venv with the system python3 (3.11+) when it is missing.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-slow lint sysdeps bench translations installer test-installer install-desktop clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

# Tools the PDF tests read their output with (poppler's pdftotext/pdffonts, qpdf), and Graphviz's
# neato, the peer the PDF benchmark (and its quick run in the tests) is timed against. Installed with
# apt-get when missing and we are root on Debian/Ubuntu; elsewhere install them by hand.
sysdeps:
	@missing=""; for t in pdftotext:poppler-utils pdffonts:poppler-utils qpdf:qpdf neato:graphviz; do \
	  command -v $${t%%:*} >/dev/null 2>&1 || missing="$$missing $${t##*:}"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null; \
	  else echo "please install:$$missing (needed by the PDF tests and benchmarks)"; exit 1; fi; \
	fi

run: $(STAMP)
	$(VENV)/bin/ecomap

test: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow"

test-slow: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow --timeout=0

# ruff (style and mistakes, [tool.ruff] in pyproject.toml) and the layering contracts (lint-imports).
LINT_STAMP := $(VENV)/.lint-installed
$(LINT_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,lint]'
	@touch $(LINT_STAMP)

lint: $(LINT_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

# Refresh every resources/translations/ecomap_LANG.ts from the code (new strings come in unfinished,
# strings gone from the code are dropped), then compile each to the .qm file the app loads. Translate
# the .ts in Qt Linguist (pyside6-linguist) or any .ts editor, then run this again. docs/translating.md
translations: $(STAMP)
	$(PY) tools/translations.py

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

# The one-folder app for people without Python: dist/ecomap/ (run dist/ecomap/ecomap). PyInstaller
# comes from the `installer` extra. Build on the oldest Linux you support (it bundles that system's
# libraries); build on Windows or macOS for those.
INSTALLER_STAMP := $(VENV)/.installer-installed
$(INSTALLER_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,installer]'
	@touch $(INSTALLER_STAMP)

installer: $(INSTALLER_STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build_installer.spec

# Builds the app, then runs the built program headless: --version, validate, export to PDF and PNG.
test-installer: $(INSTALLER_STAMP) sysdeps
	PYTHON=$(PY) tools/test_installer.sh

# Linux: add the app to your applications menu and open .ecomap files with it (your home folder only).
install-desktop: $(STAMP)
	sh resources/linux/install-desktop-entry.sh "$(abspath $(VENV))/bin/ecomap"

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
