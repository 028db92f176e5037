"""Which targets a note's links name (table-driven, no Qt)."""

from __future__ import annotations

import pytest

from explorer.domain.keys import TargetKey
from explorer.domain.note_links import is_web_link, link_target


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("abc-brazil:BRA/04/044-A142", TargetKey("initiative", "abc-brazil:BRA/04/044-A142")),
        ("initiative:abc-brazil:BRA/04/044-A142",
         TargetKey("initiative", "abc-brazil:BRA/04/044-A142")),
        ("undp-ss:149", TargetKey("initiative", "undp-ss:149")),
        ("brief:asa-philippines", TargetKey("initiative", "brief:asa-philippines")),
        ("BWA", TargetKey("country", "BWA")),
        ("country:MOZ", TargetKey("country", "MOZ")),
        (" BWA ", TargetKey("country", "BWA")),
        ("chart:trade?iso3=BRA&year=2020", TargetKey("chart", "chart:trade?iso3=BRA&year=2020")),
        ("note:7f3a", TargetKey("note", "note:7f3a")),
        ("https://www.abc.gov.br", None),
        ("HTTP://example.org", None),
        ("mailto:someone@example.org", None),
        ("file:///etc/passwd", None),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        ("data:text/html,<b>x</b>", None),
        ("bwa", None),  # not a key: lower case is no ISO3
        ("Botswana", None),
        ("", None),
        (":149", None),
    ],
)
def test_link_target(href: str, expected: TargetKey | None) -> None:
    assert link_target(href) == expected


def test_web_links() -> None:
    assert is_web_link("https://www.abc.gov.br") and is_web_link("mailto:a@b.org")
    assert not is_web_link("undp-ss:149") and not is_web_link("file:///x")
