"""Shared fixtures: a real reference database built once from the public sources."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine

from explorer.paths import default_sources_dir

SOURCES = default_sources_dir()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if SOURCES.is_dir():
        return
    skip = pytest.mark.skip(reason=f"public sources not found at {SOURCES}")
    for item in items:
        if "realdata" in item.keywords:
            item.add_marker(skip)


_EXIT_STATUS: list[int] = []


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Remember pytest's status for ``pytest_unconfigure``.

    After every test had passed, the whole suite's process crashed at interpreter exit
    (SIGSEGV, exit 139): Python destroys the widgets and pyqtgraph's parentless menus the
    tests leave after the QApplication. (Closing them here first crashed too.) So, once
    pytest has printed its summary, the session exits with pytest's own status without the
    interpreter's teardown; ``EXPLORER_TEST_NORMAL_EXIT=1`` keeps the normal exit.
    """
    _EXIT_STATUS.append(int(exitstatus))


def pytest_unconfigure(config: pytest.Config) -> None:
    import sys

    if _EXIT_STATUS and os.environ.get("EXPLORER_TEST_NORMAL_EXIT") != "1":
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])


@pytest.fixture(scope="session")
def sources_dir() -> Path:
    """The real public sources (../shared/data or EXPLORER_SOURCES)."""
    return SOURCES


@pytest.fixture(scope="session")
def reference_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real reference database, built once per test session by the real importers."""
    if not SOURCES.is_dir():
        pytest.skip(f"public sources not found at {SOURCES}")
    prebuilt = os.environ.get("EXPLORER_TEST_DB")
    if prebuilt and Path(prebuilt).is_file():
        return Path(prebuilt)
    from explorer.importers.build import build_database

    out = tmp_path_factory.mktemp("refdb") / "reference.sqlite"
    build_database(SOURCES, out)
    return out


@pytest.fixture()
def reference_engine(reference_db: Path) -> Iterator[Engine]:
    """A read-only engine over the real reference database."""
    from explorer.store.engine import make_engine

    engine = make_engine(reference_db, readonly=True)
    yield engine
    engine.dispose()


@pytest.fixture()
def empty_db(tmp_path: Path) -> Iterator[Engine]:
    """A fresh reference schema (migrated) in a temporary SQLite file."""
    from explorer.store.engine import make_engine
    from explorer.store.migrate import upgrade_reference

    engine = make_engine(tmp_path / "ref.sqlite")
    with engine.begin() as conn:
        upgrade_reference(conn)
    yield engine
    engine.dispose()


@pytest.fixture()
def ref_conn(reference_engine: Engine) -> Iterator[Connection]:
    """A connection to the real reference database."""
    with reference_engine.connect() as conn:
        yield conn


from tests.fixtures.postgres import pg_server  # noqa: E402, F401  (a real PostgreSQL server)
