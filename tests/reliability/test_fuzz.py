"""Category 4: seeded, bounded fuzzing. The query language on the real reference database
(no exception, no query over 2 s) and the kiosk configuration reader (only ConfigError)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from sqlalchemy import Connection

from explorer.kiosk.config import ConfigError, read_toml, validate_config
from explorer.store.queries.search import search
from tests.reliability.conftest import SEED, Campaign, cases

WORDS = ("health", "água", "sector:", "sector:agriculture", "provider:", "provider:BRA",
         "recipient:", "year:", "year:2005..2010", "has:", "has:amount", "modality:",
         "OR", "AND", "NOT", "-", '"', "(", ")", "*", ":", "..", "'", "%", "_", "\\",
         "Sao Tome", "南南合作", "تعاون", "ЮГ", "\u200f", "\x00", "  ", "e" * 300)  # fmt: skip
QUERY = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=12).map(
    " ".join
)
SLOW = 2.0


@pytest.mark.realdata
def test_query_language(ref_conn: Connection, campaign: Campaign, timed: dict[str, str]) -> None:
    category = timed["category"] = "fuzz: query language"

    @seed(SEED)
    @settings(max_examples=cases(500, 5000), deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(QUERY)
    def run(text: str) -> None:
        campaign.attempt(category, repr(text)[:120], lambda: search(ref_conn, text, limit=20),
                         slow=SLOW)  # fmt: skip

    run()
    assert not campaign.failures(category), campaign.failures(category)[:5]


TOML_PIECES = ('pages = ["home", "initiatives"]', "idle_seconds = 90", "idle_seconds = -1",
               'language = "zh"', "featured = [1, 2]", 'featured = ["brief:x"]', "[pin]",
               'hash = "scrypt$1$1$1$aa$bb"', "x = 1e999999", "y = " + "9" * 5000,
               "a = " + "[" * 300 + "]" * 300, "= broken", '"\\ud800" = 1', "\ufeff")  # fmt: skip


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "latin-1"])
def test_kiosk_configuration(tmp_path: Path, encoding: str, campaign: Campaign,
                             timed: dict[str, str]) -> None:  # fmt: skip
    category = timed["category"] = "fuzz: kiosk configuration"
    path = tmp_path / "kiosk.toml"

    @seed(SEED)
    @settings(max_examples=cases(150, 1500), deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(st.lists(st.one_of(st.sampled_from(TOML_PIECES), st.text(max_size=40)), max_size=8),
           st.binary(max_size=64))  # fmt: skip
    def run(lines: list[str], junk: bytes) -> None:
        data = "\n".join(lines).encode(encoding, errors="replace") + junk
        path.write_bytes(data)
        campaign.attempt(category, repr(data[:80]), lambda: validate_config(
            read_toml(path), pages=("home", "initiatives"), default_pages=("home",)),
            ours=(ConfigError,), one_line=False, slow=SLOW)  # fmt: skip

    run()
    assert not campaign.failures(category), campaign.failures(category)[:5]


def test_importer_readers(tmp_path: Path, campaign: Campaign, timed: dict[str, str]) -> None:
    """Every importer's reader on mutated real-format files (IATI 1.05/2.03, an own
    spreadsheet, Comtrade, WITS): a parse or our one-line ImportProblem, within 2 s."""
    from explorer.importers.formats import all_formats, detect
    from explorer.importers.formats.base import ImportProblem, ParseContext
    from tests.unit.test_import_formats_fuzz import LOOKUP, mutated

    category = timed["category"] = "fuzz: importer readers"
    path = tmp_path / "f.dat"
    ctx = ParseContext(lookup=LOOKUP, codelists=tmp_path)

    @seed(SEED)
    @settings(max_examples=cases(150, 1500), deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(mutated())
    def run(data: bytes) -> None:
        path.write_bytes(data)

        def parse_with_every_candidate() -> None:
            try:
                found = [detect(path)]
            except ImportProblem:
                found = list(all_formats())
            for fmt in found:
                try:
                    fmt.parse(path, ctx)
                except ImportProblem as exc:  # each reader may refuse, in one line
                    if "\n" in str(exc):
                        raise AssertionError(f"two-line message: {exc}") from None

        campaign.attempt(category, repr(data[:60]), parse_with_every_candidate, slow=SLOW)

    run()
    assert not campaign.failures(category), campaign.failures(category)[:5]


def test_collection_files(tmp_path: Path, campaign: Campaign, timed: dict[str, str]) -> None:
    """The .eecollection reader on mutated real exports: our one-line WorkspaceError or a
    validated file, within 2 s; an accepted file imports without any other error."""
    from explorer.store import workspace as ws
    from explorer.store import workspace_collections as wc
    from explorer.store import workspace_exchange as wx
    from explorer.store.userdb import open_user_db

    category = timed["category"] = "fuzz: collection files"
    source = ws.durable(open_user_db(tmp_path / "source.sqlite"))
    wc.create_collection(source, "Mozambique file", "ministry contacts")
    wc.add_items(source, "Mozambique file", [("BRA", "Brazil"), ("undp-ss:149", "تعاون")])
    ws.add_note(source, "MOZ", "Ministry said yes\n笔记", "Mozambique")
    ws.add_bookmark(source, "abc-brazil:BRA/04/044-A142", "Embrapa")
    real = tmp_path / "real.eecollection"
    wx.export(source, real)
    source.dispose()
    body = real.read_bytes()
    target = ws.durable(open_user_db(tmp_path / "target.sqlite"))
    path = tmp_path / "m.eecollection"

    @seed(SEED)
    @settings(max_examples=cases(150, 1500), deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(st.lists(st.tuples(st.sampled_from(["flip", "cut", "insert", "delete"]),
                              st.integers(0, len(body) - 1), st.binary(min_size=1, max_size=8)),
                    max_size=4))  # fmt: skip
    def run(edits: list[tuple[str, int, bytes]]) -> None:
        raw = bytearray(body)
        for kind, at, junk in edits:
            at = min(at, max(len(raw) - 1, 0))
            if kind == "flip" and raw:
                raw[at] ^= junk[0] or 1
            elif kind == "cut":
                del raw[at:]
            elif kind == "insert":
                raw[at:at] = junk
            elif raw:
                del raw[at : at + len(junk)]
        path.write_bytes(bytes(raw))
        campaign.attempt(category, repr(bytes(raw[:60])), lambda: wx.import_file(target, path),
                         ours=(wc.WorkspaceError,), slow=SLOW)  # fmt: skip

    try:
        run()
    finally:
        target.dispose()
    assert not campaign.failures(category), campaign.failures(category)[:5]
