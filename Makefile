# CLCplus Backbone QGIS plugin. `make test` and `make demo` set up what they need on Debian 12 or 13;
# `make test-qgis` runs the tests on the QGIS of the other Debian releases too.
PLUGIN      := clcplus_backbone
VERSION     := $(shell sed -n 's/^version=//p' metadata.txt)
SYSTEM_PY   := /usr/bin/python3
VENV        := .venv
PY          := $(VENV)/bin/python
BUILD       := build
PKG         := $(BUILD)/pkg
SAMPLE      := $(BUILD)/sample
DEMO_OUT    := demo-output
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# QGIS, GDAL and the Qt translation tools; Xvfb for the desktop test, Chromium to render the reports,
# chattr (e2fsprogs) and openssl for the read-only-folder and https tests.
APT_PACKAGES := qgis python3-qgis qgis-providers gdal-bin python3-gdal python3-venv \
                pyqt5-dev-tools qttools5-dev-tools xvfb xauth chromium e2fsprogs openssl
# What the release zip holds: the plugin, nothing for developers.
RELEASE_FILES = metadata.txt __init__.py plugin.py compat.py LICENSE README.md CHANGELOG.md \
                $(shell git ls-files --cached --others --exclude-standard core processing ui resources/icons resources/styles resources/models \
                  2>/dev/null | grep -v -e '\.pyc$$' -e '^resources/.*\.py$$')

export QT_QPA_PLATFORM := offscreen
export PYTHONPATH := $(abspath $(PKG))
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
# pyproj looks for its data under the venv's prefix; point it at the system's.
export PROJ_DATA ?= $(wildcard /usr/share/proj)

.PHONY: help system-deps apt-packages venv test test-qgis demo bench zip deploy transup transcompile lint icons styles models screenshots clean

help:
	@echo "make test | test-qgis | demo | bench | zip | deploy | transup | transcompile | lint | icons | styles | models | screenshots | clean"

# Debian packages of QGIS 3.22, GDAL and the Qt translation tools, installed only when missing.
system-deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi
	@mkdir -p $(PKG) "$(XDG_RUNTIME_DIR)" && chmod 700 "$(XDG_RUNTIME_DIR)" && ln -sfn ../.. $(PKG)/$(PLUGIN)

# Test tools in a venv on top of the system Python, the only one QGIS's bindings import in.
$(VENV)/.installed: requirements-dev.txt | system-deps
	$(SYSTEM_PY) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $@

venv: system-deps $(VENV)/.installed

# TESTS: a selection, e.g. `make test TESTS=tests/test_desktop.py` (also through `make test-qgis`).
TESTS ?= tests
test: venv
	$(PY) -m pytest $(TESTS)

# The same `make test` in Debian chroots: QGIS 3.22 (bookworm), 3.40 (trixie), 3.44 (forky), all
# but this machine's own release. Chroots are cached in /var/cache/clcplus-chroots (CLCPLUS_CHROOTS).
test-qgis:
	$(SUDO) .ci/qgis-matrix

apt-packages:
	@echo $(APT_PACKAGES)

# Builds the real-size sample (4 tiles x 3 years, mosaics) and runs the plugin headless on it.
demo: venv
	$(PY) -m $(PLUGIN).sample.generate $(SAMPLE)
	$(PY) -m $(PLUGIN).sample.demo --sample $(SAMPLE) --out $(DEMO_OUT)

# The bench runs on product-like tiles (speckled as the real classification, 15-30 MB per land tile)
# of a 3 x 3 block of cells in their own folder; made once, reused while up to date.
BENCH_SAMPLE := $(BUILD)/bench-sample
bench: venv
	$(PY) -m $(PLUGIN).sample.generate $(BENCH_SAMPLE) --product-like --tiles E43-E45N34-N36
	$(PY) bench/run.py --sample $(BENCH_SAMPLE)

zip: transcompile
	rm -rf $(BUILD)/zip && mkdir -p $(BUILD)/zip/$(PLUGIN)
	tar cf - $(RELEASE_FILES) $(wildcard i18n/*.qm) | tar xf - -C $(BUILD)/zip/$(PLUGIN)
	rm -f $(BUILD)/$(PLUGIN)-$(VERSION).zip
	cd $(BUILD)/zip && $(SYSTEM_PY) -m zipfile -c ../$(PLUGIN)-$(VERSION).zip $(PLUGIN)
	@echo "$(BUILD)/$(PLUGIN)-$(VERSION).zip"

deploy: zip
	rm -rf "$(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)"
	mkdir -p "$(QGIS_PROFILE_DIR)/python/plugins"
	cp -r $(BUILD)/zip/$(PLUGIN) "$(QGIS_PROFILE_DIR)/python/plugins/"
	@echo "Deployed to $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)"

TS_FILES := i18n/clcplus_de.ts i18n/clcplus_fr.ts
transup: system-deps
	pylupdate5 -noobsolete $$(git ls-files --cached --others --exclude-standard '*.py' | grep -v -e '^tests/' -e '^bench/' -e '^sample/' \
	  -e '^resources/') -ts $(TS_FILES)

transcompile: system-deps
	lrelease -silent $(TS_FILES)

lint: venv
	$(VENV)/bin/ruff check .

icons: venv
	$(PY) resources/make_icons.py

# QML, SLD and CLR style files in resources/styles/, generated from core/product.py.
styles: venv
	$(PY) resources/make_styles.py

# The README's pictures, made by the tests that check them: the dock at each step, a styled map, the reports,
# the real QGIS desktop with the dock (tests/test_desktop.py).
screenshots: venv
	CLCPLUS_SCREENSHOTS=docs/screenshots $(PY) -m pytest -q tests/test_screenshots.py tests/ui/test_dock_class_areas.py tests/ui/test_dock_change.py \
		tests/ui/test_dock_looks.py tests/test_desktop.py

# The example Processing model in resources/models/, built with QGIS's model API.
models: venv
	$(PY) resources/models/make_models.py

clean:
	rm -rf $(BUILD) $(VENV) $(DEMO_OUT) .pytest_cache .ruff_cache
	find . -name __pycache__ -prune -exec rm -rf {} +
