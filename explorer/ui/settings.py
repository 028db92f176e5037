"""Every setting declared once, typed, over ``QSettings``.

Declare a ``Setting`` here and read or write it through ``Settings``; nothing else in the app
calls ``QSettings.value`` directly, so keys and types cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T", str, int, bool, bytes)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """A named setting with its type and default."""

    key: str
    default: T
    doc: str


WINDOW_GEOMETRY = Setting[bytes]("main_window/geometry", b"", "Main window geometry.")
WINDOW_STATE = Setting[bytes]("main_window/state", b"", "Main window toolbars and docks.")
LAST_PAGE = Setting[str]("main_window/page", "home", "The page shown at start-up.")
LAST_SOURCES_DIR = Setting[str]("data/last_sources_dir", "", "Folder of the last data update.")
UI_LANGUAGE = Setting[str]("ui/language", "", "Interface language; empty: the system's.")
SESSION_QUERY = Setting[str]("session/query", "", "The last search of the Initiatives page.")
SESSION_COUNTRY = Setting[str]("session/country", "", "The last country profile shown.")
# The folder of the last export of each kind (empty: Documents), issue 19.
EXPORT_FOLDERS = {
    kind: Setting[str](f"export/folder_{kind}", "", f"Folder of the last {kind} export.")
    for kind in ("chart", "table", "results", "brief")
}

REGISTRY: tuple[Setting[bytes] | Setting[str], ...] = (
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    LAST_PAGE,
    LAST_SOURCES_DIR,
    UI_LANGUAGE,
    *EXPORT_FOLDERS.values(),
    SESSION_QUERY,
    SESSION_COUNTRY,
)


class Settings:
    """Typed access to the app's ``QSettings``; the caller chooses the backing store."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @property
    def store(self) -> QSettings:
        """The backing ``QSettings`` (for its file name and ``sync``)."""
        return self._store

    def get(self, setting: Setting[T]) -> T:
        """The stored value converted to the setting's type, or its default."""
        raw = self._store.value(setting.key)
        if raw is None:
            return setting.default
        try:
            return cast(T, _convert(raw, setting.default))
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        """Store ``value``; bytes go in as ``QByteArray`` so every backend keeps them."""
        if isinstance(value, bytes):
            self._store.setValue(setting.key, QByteArray(value))
        else:
            self._store.setValue(setting.key, value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()


def _convert(raw: object, default: object) -> object:
    """``raw`` from QSettings (INI files give strings) as the type of ``default``."""
    if isinstance(default, bool):
        if isinstance(raw, str):
            return raw.strip().lower() in ("1", "true", "yes")
        return bool(raw)
    if isinstance(default, int):
        return int(str(raw))
    if isinstance(default, bytes):
        if isinstance(raw, QByteArray):
            return raw.data()
        if isinstance(raw, bytes | bytearray):
            return bytes(raw)
        raise TypeError(type(raw))
    return str(raw)
