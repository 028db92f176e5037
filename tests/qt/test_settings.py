"""The typed settings registry over QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from explorer.ui.settings import LAST_PAGE, REGISTRY, WINDOW_GEOMETRY, Setting, Settings


def test_defaults_when_unset(settings: Settings) -> None:
    assert settings.get(LAST_PAGE) == "home"
    assert settings.get(WINDOW_GEOMETRY) == b""


def test_round_trip_through_the_file(tmp_path: Path) -> None:
    path = str(tmp_path / "s.ini")
    first = Settings(QSettings(path, QSettings.Format.IniFormat))
    first.set(LAST_PAGE, "sources")
    first.set(WINDOW_GEOMETRY, b"\x01\x02\xff")
    first.sync()
    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert again.get(LAST_PAGE) == "sources"
    assert again.get(WINDOW_GEOMETRY) == b"\x01\x02\xff"


def test_typed_conversion_and_bad_values(settings: Settings) -> None:
    flag = Setting[bool]("test/flag", False, "A flag.")
    count = Setting[int]("test/count", 3, "A count.")
    settings.store.setValue("test/flag", "true")
    settings.store.setValue("test/count", "not a number")
    assert settings.get(flag) is True
    assert settings.get(count) == 3


def test_keys_are_unique() -> None:
    keys = [s.key for s in REGISTRY]
    assert len(keys) == len(set(keys))


def test_every_declared_setting_is_in_the_registry() -> None:
    """Regression (issue 18): LAST_SOURCES_DIR was used but missing from the registry."""
    from explorer.ui import settings as module

    declared = [v for v in vars(module).values() if isinstance(v, module.Setting)]
    assert module.LAST_SOURCES_DIR in declared
    assert set(declared) <= set(module.REGISTRY), set(declared) - set(module.REGISTRY)
    assert len({s.key for s in module.REGISTRY}) == len(module.REGISTRY)
