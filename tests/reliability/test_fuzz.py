"""Category 4: seeded, bounded fuzzing. The query language on the real reference database
(no exception, no query over 2 s) and the kiosk configuration reader (only ConfigError)."""

from __future__ import annotations

import time
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
        started = time.monotonic()
        try:
            search(ref_conn, text, limit=20)
        except Exception as exc:  # any exception is a finding
            campaign.record(category, repr(text)[:120], False, f"{type(exc).__name__}: {exc}"[:200])
            return
        took = time.monotonic() - started
        campaign.record(category, repr(text)[:120], took <= SLOW, f"took {took:.2f} s")

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
        case = repr(data[:80])
        started = time.monotonic()
        try:
            raw = read_toml(path)
            validate_config(raw, pages=("home", "initiatives"), default_pages=("home",))
        except ConfigError:
            pass
        except Exception as exc:  # anything else is a finding
            campaign.record(category, case, False, f"{type(exc).__name__}: {exc}"[:200])
            return
        took = time.monotonic() - started
        campaign.record(category, case, took <= SLOW, f"took {took:.2f} s")

    run()
    assert not campaign.failures(category), campaign.failures(category)[:5]
