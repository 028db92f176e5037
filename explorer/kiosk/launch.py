"""Composition root of kiosk mode: config, single instance, lockdown, window, event loop."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from explorer.kiosk.config import (
    ConfigError,
    KioskConfig,
    read_toml,
    unknown_featured,
    validate_config,
)

log = logging.getLogger(__name__)


def load_kiosk_config(config_path: Path, db_path: Path) -> KioskConfig:
    """Read and validate the configuration, checking ``featured`` against the database.

    Raises ``ConfigError`` with every problem (the database being unreadable is one).
    """
    from explorer.kiosk.data import featured_keys
    from explorer.kiosk.window import available_pages
    from explorer.store.quick import DatabaseUnavailable

    raw = read_toml(config_path)
    config = validate_config(raw, pages=available_pages(), default_pages=("stories", "search"))
    try:
        initiatives, headline_keys = featured_keys(db_path)
    except DatabaseUnavailable as exc:
        raise ConfigError([f"reference database {exc}"]) from None
    problems = unknown_featured(config, initiatives, headline_keys)
    if problems:
        raise ConfigError(problems)
    return config


def prepare_kiosk(config_path: Path, db_path: Path,
                  target: Path) -> tuple[KioskConfig, Path, str | None]:
    """Validate the configuration; install its ``data_package`` (signed by a trusted key,
    newer than ``target``'s data) into ``target``; then check ``featured`` against the data
    the kiosk will show. Returns the configuration, the database to open, and one line
    about the package (None without one). Raises ``ConfigError`` as ``load_kiosk_config``."""
    from explorer.jobs.packages import trusted_keys
    from explorer.packages.startup import install_at_start

    config = validate_config(read_toml(config_path), pages=_pages(),
                             default_pages=("stories", "search"))
    note = None
    if config.data_package is not None:
        outcome = install_at_start(config.data_package, target, trusted_keys())
        note = outcome.message
        (log.info if outcome.installed else log.warning)("%s", note)
        if outcome.database is not None:
            db_path = outcome.database
    return load_kiosk_config(config_path, db_path), db_path, note


def _pages() -> tuple[str, ...]:
    from explorer.kiosk.window import available_pages

    return tuple(available_pages())


def run(config: KioskConfig, db_path: Path, runtime: Path | None = None) -> int:
    """Run the kiosk until the admin unlocks it; 0 also when another kiosk was woken."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from explorer.kiosk.clock import MonotonicClock
    from explorer.kiosk.language import LanguageSwitcher, offered_languages
    from explorer.kiosk.lockdown import LockdownFilter, UrlBlocker
    from explorer.kiosk.single_instance import SingleInstance
    from explorer.kiosk.style import KIOSK_QSS
    from explorer.kiosk.window import KioskWindow
    from explorer.ui.i18n import PSEUDO_ENV, PseudoTranslator, choose_default_locale, pseudo_mode
    from explorer.ui.runner import Runner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Exchange Explorer Kiosk")
    # As the desktop app: the bare "C" locale formats numbers the English way, and the
    # pseudo-locale (EXPLORER_PSEUDO_LOCALE) stretches every string to test layouts.
    choose_default_locale()
    if pseudo_mode(os.environ.get(PSEUDO_ENV)):
        app.installTranslator(PseudoTranslator(app))
    instance = SingleInstance(runtime)
    if not instance.claim():
        print("another kiosk is running; asked it to come to the front", file=sys.stderr)
        return 0
    app.setQuitOnLastWindowClosed(False)
    font = QFont(app.font())
    font.setPixelSize(24)
    app.setFont(font)
    app.setStyleSheet(KIOSK_QSS)
    clock = MonotonicClock()
    runner = Runner(app)
    blocker = UrlBlocker(app)
    blocker.install()
    window = KioskWindow(
        config, db_path, runner, clock, offered_languages(config.languages), LanguageSwitcher()
    )
    lockdown = LockdownFilter(clock, app)
    lockdown.activity_seen.connect(window.note_activity)
    lockdown.admin_gesture_detected.connect(window.open_admin)
    lockdown.back_requested.connect(window.go_back)
    app.installEventFilter(lockdown)
    instance.raise_requested.connect(window.raise_to_front)
    window.admin_unlocked.connect(window.close)
    window.admin_unlocked.connect(app.quit)
    window.fit_to_screen()
    window.start()
    window.show()
    try:
        return app.exec()
    finally:
        app.removeEventFilter(lockdown)
        window.idle.stop()
        blocker.uninstall()
        runner.shutdown()
        instance.release()
