# Packaging targets, included by the main Makefile.
#
#   make package        the PyInstaller bundle and the Linux downloads, all in dist/:
#                         dist/exchange-explorer/                           the bundle
#                         dist/exchange-explorer-VERSION-linux-x86_64.tar.gz
#                         dist/exchange-explorer_VERSION_amd64.deb
#   make package-test   `make package`, then runs the BUILT app (bundle, then the .deb
#                       installed with dpkg and removed again) offscreen and prints sizes
#                       and start-up timings. PACKAGE_TEST_ARGS=--no-install uses
#                       `dpkg -x` into a temporary folder instead of installing.
#
# Windows (packaging/windows/) and macOS (packaging/macos/) are built on those systems.

APP_VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' explorer/__init__.py)
BUNDLE      := dist/exchange-explorer
PYINSTALLER := $(VENV)/bin/pyinstaller
PKG_WORK    := build/packaging

.PHONY: package package-test

# PyInstaller is a build tool, not a dependency of the app: installed here only.
$(PYINSTALLER): | $(VENV)/.installed
	$(PY) -m pip install -q "pyinstaller>=6.10"

package: system-deps $(VENV)/.installed $(QM) $(DB) $(PYINSTALLER)
	@command -v dpkg-deb >/dev/null || { echo "dpkg-deb is needed (Debian/Ubuntu)"; exit 1; }
	rm -rf $(BUNDLE) dist/exchange-explorer-*.tar.gz dist/exchange-explorer_*.deb
	mkdir -p dist $(PKG_WORK)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/scripts/render_icons.py $(PKG_WORK)/icons
	$(PY) packaging/scripts/package_texts.py $(PKG_WORK)/texts
	EXPLORER_BUNDLE_DB=$(CURDIR)/$(DB) EXPLORER_ICON_DIR=$(CURDIR)/$(PKG_WORK)/icons \
	  $(PYINSTALLER) --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath $(PKG_WORK)/pyinstaller packaging/exchange-explorer.spec
	cp $(PKG_WORK)/texts/*.txt $(BUNDLE)/
	packaging/linux/build-packages.sh $(APP_VERSION) $(BUNDLE) \
	  $(PKG_WORK)/icons $(PKG_WORK)/texts dist
	@echo "bundle  $$(du -sh $(BUNDLE) | cut -f1)  $(BUNDLE)"
	@ls -lh dist/*.tar.gz dist/*.deb | awk '{print $$5, $$9}'

package-test: package
	$(PY) packaging/scripts/package_test.py --version $(APP_VERSION) \
	  --source-db $(DB) $(PACKAGE_TEST_ARGS)
