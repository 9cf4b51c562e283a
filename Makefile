# Ecomap Desktop: `make run` opens the app, `make test` runs the whole suite offscreen.
# Both create .venv with the system python3 (3.11+) when it is missing.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-slow sysdeps bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

# Tools the PDF tests read their output with (poppler's pdftotext/pdffonts, qpdf). Installed with
# apt-get when missing and we are root on Debian/Ubuntu; elsewhere install them by hand.
sysdeps:
	@missing=""; for t in pdftotext:poppler-utils pdffonts:poppler-utils qpdf:qpdf; do \
	  command -v $${t%%:*} >/dev/null 2>&1 || missing="$$missing $${t##*:}"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null; \
	  else echo "please install:$$missing (needed by the PDF tests)"; exit 1; fi; \
	fi

run: $(STAMP)
	$(VENV)/bin/ecomap

test: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow"

test-slow: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow --timeout=0

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
