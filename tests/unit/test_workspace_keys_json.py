"""``search --json`` and ``peers --json`` rows carry the stable key notes point at."""

from __future__ import annotations

import json
import os

import pytest

from explorer.cli import main
from explorer.domain.keys import classify
from explorer.store import workspace as ws
from explorer.store.engine import make_engine

REF = os.environ.get("EXPLORER_TEST_DB", "build/reference.sqlite")


def test_search_rows_have_keys_that_resolve_to_their_titles(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--db", REF, "search", "Embrapa", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows
    engine = make_engine(REF, readonly=True)
    try:
        for row in rows[:10]:
            assert classify(row["key"]).kind == "initiative"
            assert row["key"].startswith(row["sources"][0] + ":")
            assert ws.resolve(engine, row["key"]).title == row["title"]
    finally:
        engine.dispose()


def test_peers_rows_have_country_keys(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", REF, "peers", "MOZ", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["key"] == r["iso3"] for r in rows)
    assert all(classify(r["key"]).kind == "country" for r in rows)
