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


def shipped_reference_db() -> Path:
    """The database that comes with the app: the bundle's, else ``build/`` of a checkout."""
    bundle = bundled_dir()
    return (bundle / "data" if bundle is not None else REPO_ROOT / "build") / "reference.sqlite"


def default_build_target() -> Path:
    """Where ``build-db`` writes without ``--out``: ``EXPLORER_DB`` if set; in a packaged app
    the user's folder (the install folder may be read-only); else ``build/`` of the checkout."""
    env = os.environ.get("EXPLORER_DB")
    if env:
        return Path(env).expanduser()
    if bundled_dir() is not None:
        return user_data_dir() / "reference.sqlite"
    return shipped_reference_db()


def default_reference_db() -> Path:
    """``EXPLORER_DB`` if set; else the newer of the user's updated copy and the shipped one.

    A data update made in the app goes to ``user_data_dir()/reference.sqlite`` (the install
    folder may be read-only). The shipped database is the bundle's in a packaged app, else
    ``build/``. The newer wins (``build_info.built_at``, else the file's mtime), so a newer
    installer's data is not shadowed by an older update; a file that is not a readable
    database of ours loses to one that is.
    """
    env = os.environ.get("EXPLORER_DB")
    if env:
        return Path(env).expanduser()
    shipped = shipped_reference_db()
    updated = user_data_dir() / "reference.sqlite"
    if not updated.is_file():
        return shipped
    if not shipped.is_file():
        return updated
    return updated if _freshness(updated) >= _freshness(shipped) else shipped


def _freshness(path: Path) -> tuple[bool, float]:
    """(readable, when built): ``build_info.built_at`` read-only, else the file's mtime."""
    from explorer.store.sqlite.quick import freshness

    return freshness(path)


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
