"""Where things live: sources, the reference database, the user database. No Qt here."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
CURATED_DIR = REPO_ROOT / "db" / "curated"
APP_NAME = "ExchangeExplorer"


def default_sources_dir() -> Path:
    """``EXPLORER_SOURCES`` if set, else ``../shared/data`` beside the checkout."""
    env = os.environ.get("EXPLORER_SOURCES")
    if env:
        return Path(env).expanduser()
    return REPO_ROOT.parent / "shared" / "data"


def bundled_dir() -> Path | None:
    """The folder of a PyInstaller bundle, or None when running from source."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if base else None


def default_reference_db() -> Path:
    """``EXPLORER_DB`` if set; the bundled database in a packaged app; else ``build/``."""
    env = os.environ.get("EXPLORER_DB")
    if env:
        return Path(env).expanduser()
    bundle = bundled_dir()
    if bundle is not None:
        return bundle / "data" / "reference.sqlite"
    return REPO_ROOT / "build" / "reference.sqlite"


def user_data_dir() -> Path:
    """The platform's per-user data folder (``EXPLORER_USER_DIR`` overrides it)."""
    env = os.environ.get("EXPLORER_USER_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_user_db() -> Path:
    """The user database (notes, bookmarks, saved searches)."""
    return user_data_dir() / "user.sqlite"
