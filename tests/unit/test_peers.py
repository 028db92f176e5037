"""Peer finder: the pure method, the queries on a tiny database, and the CLI on real data."""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

import pytest
from sqlalchemy import Connection, insert

from explorer.cli.country import add_country_parsers
from explorer.domain.countries import InitiativeRef
from explorer.domain.peers import (
    REGION_WEIGHT,
    distance,
    format_value,
    matches_sector,
    peer_score,
    rank_teachers,
    sector_terms,
    standardise,
)
from explorer.store import models as m
from explorer.store.queries.countries import find_peers, find_teachers
from tests.unit.test_country_queries import tiny  # noqa: F401  (fixture)

FEATURES = ("SP.DYN.LE00.IN", "SI.POV.DDAY")


def test_standardise_and_distance() -> None:
    z = standardise({"a": 10.0, "b": 10.0, "c": 30.0, "d": 30.0})
    assert z == {"a": -1.0, "b": -1.0, "c": 1.0, "d": 1.0}
    assert standardise({"a": 5.0, "b": 5.0}) == {"a": 0.0, "b": 0.0}
    assert distance({"x": 0.0, "y": 1.0}, {"x": 2.0}) == 2.0  # only shared features
    assert distance({"x": 0.0}, {"y": 1.0}) is None
    assert peer_score(0.0, True) == 1.0 and peer_score(1.0, False) == (1 - REGION_WEIGHT) / 2


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [(12345.6, "current US$", "12,346 US$"), (212_812_405, "", "212.8 m"),
     (3.04, "% of population", "3.0%"),
     (2.28e12, "current US$", "2,280.0 bn US$"), (76.02, "years", "76.0 years")],
)  # fmt: skip
def test_format_value(value: float, unit: str, text: str) -> None:
    assert format_value(value, unit) == text


def test_peers_on_a_hand_checked_database(tiny: Connection) -> None:  # noqa: F811
    result = find_peers(tiny, "AAA", codes=FEATURES, window_years=10)
    # AAA z = (0, -1); BBB (-1.41, -1): d = 1; CCC (0, 1): d = sqrt 2; DDD (1.41, 1): d = sqrt 3.
    assert [p.iso3 for p in result.peers] == ["BBB", "CCC", "DDD"]
    bbb, ccc, ddd = result.peers
    assert bbb.distance == pytest.approx(1.0) and bbb.score == pytest.approx(0.9 / 2 + 0.1)
    assert ccc.score == pytest.approx(0.9 / (1 + math.sqrt(2)))
    assert ddd.score == pytest.approx(0.9 / (1 + math.sqrt(3)))
    assert bbb.reasons == ("similar poverty at $3.00 a day (10.0% vs 10.0%)", "same region (R1)")
    assert result.window == (2011, 2020)
    assert [e.iso3 for e in result.excluded] == ["EEE"]  # its only value is from 2000
    assert result.notes and "left out" in result.notes[0]


def test_peers_limit_and_unknown_codes(tiny: Connection) -> None:  # noqa: F811
    assert len(find_peers(tiny, "AAA", codes=FEATURES, limit=1).peers) == 1
    with pytest.raises(ValueError):
        find_peers(tiny, "AAA", codes=("NO.SUCH",))


def test_sector_matching() -> None:
    terms = sector_terms("Health")
    assert matches_sector(terms, ("Saúde Pública",), ())
    assert matches_sector(terms, ("Some title", "HEALTH"), ())
    assert not matches_sector(terms, ("Transport",), ("210",))
    assert matches_sector(sector_terms("120"), ("x",), ("12220",))
    assert not matches_sector(sector_terms("120"), ("120 beds",), ("110",))


def _ref(i: int, year: int | None) -> InitiativeRef:
    return InitiativeRef(i, f"initiative {i}", year, "t")


def test_rank_teachers_mixes_similarity_volume_and_recency() -> None:
    evidence = {
        "BIG": tuple(_ref(i, 2000) for i in range(10)),
        "NEW": (_ref(20, 2020),),
        "ME": (_ref(30, 2020),),
    }
    ranked = rank_teachers("ME", "health", evidence, {"BIG": "Big"}, {"NEW": 1.0}, {"BIG": 2})
    assert [t.iso3 for t in ranked] == ["NEW", "BIG"]  # the target never teaches itself
    new, big = ranked
    assert new.score == pytest.approx(0.5 + 0.3 * math.log(2) / math.log(11) + 0.2)
    assert big.score == pytest.approx(0.3)  # not comparable, 20 years old
    assert big.reasons[0] == "provider of 10 initiatives on 'health', latest 2000"
    assert "2 of them with ME" in big.reasons and big.name == "Big"


def test_teachers_on_the_tiny_database(tiny: Connection) -> None:  # noqa: F811
    rows = [
        (1, "BBB", "Saúde da família", 2015),
        (2, "CCC", "Roads", 2016),
        (3, "CCC", "Clinic", 2017),
    ]
    for init_id, provider, title, year in rows:
        tiny.execute(
            insert(m.Initiative).values(
                id=init_id,
                dataset_id=1,
                source_record_id=str(init_id),
                title=title,
                start_year=year,
            )
        )
        tiny.execute(
            insert(m.InitiativeParticipant).values(
                initiative_id=init_id, role="provider", iso3=provider
            )
        )
    tiny.execute(
        insert(m.InitiativeSector).values(
            initiative_id=3, scheme="dac", code="121", name="Health, General"
        )
    )
    teachers = find_teachers(tiny, "AAA", "health")
    assert {t.iso3: [r.id for r in t.evidence] for t in teachers} == {"BBB": [1], "CCC": [3]}


def _run_peers(db: Path, *argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_country_parsers(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["peers", *argv])
    args.db = db
    return args


@pytest.mark.realdata
def test_cli_peers_sector_json_lists_providers_with_evidence(
    reference_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = _run_peers(reference_db, "BRA", "--sector", "health", "--json", "--limit", "5")
    assert args.func(args) == 0
    items = json.loads(capsys.readouterr().out)
    assert 1 <= len(items) <= 5 and items[0]["iso3"] == "CHN"
    assert [i["score"] for i in items] == sorted((i["score"] for i in items), reverse=True)
    assert all(i["evidence"] and i["evidence"][0]["id"] and i["reasons"] for i in items)
    assert "BRA" not in {i["iso3"] for i in items}


@pytest.mark.realdata
def test_cli_peers_of_brazil_and_unknown_country(
    reference_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = _run_peers(reference_db, "Brasil", "--json")
    assert args.func(args) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) == 10 and all(0 < i["score"] <= 1 for i in items)
    assert "MEX" in {i["iso3"] for i in items}
    args = _run_peers(reference_db, "Korea")
    assert args.func(args) == 2
    err = capsys.readouterr().err
    assert "South Korea (KOR)" in err and "North Korea (PRK)" in err
