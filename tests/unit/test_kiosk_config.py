"""The kiosk configuration validator and PIN hashing (no Qt)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from explorer.kiosk.config import ConfigError, read_toml, unknown_featured, validate_config
from explorer.kiosk.idle_policy import IdlePolicy, IdleStep
from explorer.kiosk.pin import hash_pin, parse_pin_hash, verify_pin

PAGES = ("stories", "search", "home", "sources")
GOOD_PIN = hash_pin("1234").line()


def validate(**raw: object):  # type: ignore[no-untyped-def]
    base: dict[str, object] = {"pin_hash": GOOD_PIN}
    base.update(raw)
    return validate_config(base, pages=PAGES, default_pages=("stories", "search"))


def test_defaults() -> None:
    config = validate()
    assert (config.idle_seconds, config.countdown_seconds) == (90, 15)
    assert config.pages_allowed == ("stories", "search") and config.start_page == "stories"
    assert config.languages == ("en",) and config.featured == ()


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"idle_seconds": 9}, "idle_seconds"),
        ({"idle_seconds": 3601}, "idle_seconds"),
        ({"idle_seconds": "90"}, "idle_seconds"),
        ({"idle_seconds": True}, "idle_seconds"),
        ({"idle_seconds": 90.5}, "idle_seconds"),
        ({"countdown_seconds": 2}, "countdown_seconds"),
        ({"countdown_seconds": 121}, "countdown_seconds"),
        ({"featured": "brief:asa"}, "featured"),
        ({"featured": ["a", "a"]}, "featured"),
        ({"pages_allowed": ["stories", "admin"]}, "pages_allowed"),
        ({"pages_allowed": []}, "pages_allowed"),
        ({"languages": ["en", "xx"]}, "languages"),
        ({"languages": ["fr"]}, "languages"),
        ({"languages": []}, "languages"),
        ({"start_page": "sources"}, "start_page"),
        ({"start_page": 3}, "start_page"),
        ({"pin_hash": None}, "pin_hash"),
        ({"pin_hash": "1234"}, "pin_hash"),
        ({"pin_hash": "scrypt$1000$8$1$00112233445566778899aabbccddeeff$" + "ab" * 32}, "pin_hash"),
        ({"idle_second": 90}, "idle_second"),
    ],
)
def test_bad_values_name_their_key(raw: dict[str, object], key: str) -> None:
    if raw.get("pin_hash", "") is None:
        with pytest.raises(ConfigError) as err:
            validate_config({}, pages=PAGES, default_pages=("stories",))
    else:
        with pytest.raises(ConfigError) as err:
            validate(**raw)
    assert any(p.startswith(f"{key}:") for p in err.value.problems), err.value.problems


def test_all_problems_reported_together() -> None:
    with pytest.raises(ConfigError) as err:
        validate(idle_seconds=1, countdown_seconds=1, languages=["de"])
    assert len(err.value.problems) >= 3


def test_unknown_featured_named() -> None:
    config = validate(featured=["brief:asa-philippines", "south_south_trade_share", "nope"])
    known = {"brief:asa-philippines": ("brief:asa-philippines",)}
    problems = unknown_featured(config, known, {"south_south_trade_share"})
    assert len(problems) == 1 and "'nope'" in problems[0]


@pytest.mark.realdata
def test_featured_by_key_and_ambiguous_record_ids(reference_db: Path) -> None:
    """Featured items are matched by stable key; a bare record id that two datasets share
    (UNDP's and AidData's '100') is refused, naming both keys."""
    from explorer.kiosk.data import featured_keys, load_stories

    names, headlines = featured_keys(reference_db)
    shared = sorted(n for n, keys in names.items() if len(keys) > 1)
    assert len(shared) >= 50 and set(names["100"]) == {"undp-ss:100", "aiddata-china-v1:100"}
    assert names["undp-ss:149"] == ("undp-ss:149",)
    config = validate(featured=["undp-ss:100", "100", "brief:brazil-botswana-hiv"])
    problems = unknown_featured(config, names, headlines)
    assert len(problems) == 1 and "'100'" in problems[0] and "undp-ss:100" in problems[0]
    stories = load_stories(reference_db, "en", ["undp-ss:100", "100", "brief:brazil-botswana-hiv"])
    assert [s.key for s in stories] == ["undp-ss:100", "brief:brazil-botswana-hiv"]
    assert stories[0].case is not None
    with sqlite3.connect(reference_db) as conn:
        title = conn.execute("SELECT i.title FROM initiative i JOIN dataset d ON d.id = "
                             "i.dataset_id WHERE d.key = 'undp-ss' AND i.source_record_id = "
                             "'100'").fetchone()[0]  # fmt: skip
    conn.close()
    assert stories[0].case.title == title


def test_read_toml_reports_syntax(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "kiosk.toml"
    bad.write_text("idle_seconds = = 3\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        read_toml(bad)
    with pytest.raises(ConfigError, match="not found"):
        read_toml(tmp_path / "missing.toml")


def test_example_config_is_valid() -> None:
    from explorer.paths import REPO_ROOT

    raw = read_toml(REPO_ROOT / "resources" / "kiosk" / "example-kiosk.toml")
    validate_config(raw, pages=PAGES, default_pages=("stories",))


def test_pin_hash_round_trip_and_salt() -> None:
    a, b = hash_pin("482913"), hash_pin("482913")
    assert a.salt != b.salt and a.digest != b.digest
    parsed = parse_pin_hash(a.line())
    assert verify_pin("482913", parsed) and not verify_pin("482914", parsed)
    assert not verify_pin("12", parsed)


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ([("poll", 59)], IdleStep.NOTHING),
        ([("poll", 60)], IdleStep.START_COUNTDOWN),
        ([("poll", 60), ("poll", 61)], IdleStep.TICK),
        ([("poll", 60), ("poll", 70)], IdleStep.RESET),
        ([("poll", 60), ("touch", 65), ("poll", 70)], IdleStep.NOTHING),
        ([("poll", 500)], IdleStep.RESET),
    ],
)
def test_idle_policy(events: list[tuple[str, float]], expected: IdleStep) -> None:
    policy = IdlePolicy(60, 10)
    policy.wake(0)
    step = IdleStep.NOTHING
    for kind, at in events:
        if kind == "touch":
            policy.note_activity(at)
        else:
            step = policy.poll(at)
    assert step is expected
