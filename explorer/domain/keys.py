"""Stable keys for what a user can point at: never row ids, which change on rebuild.

An initiative is ``<dataset key>:<source record id>`` (``undp-ss:149``,
``brief:asa-philippines``); a country its ISO3; an indicator its code; a chart its kind plus
sorted parameters (``chart:trade?iso3=BRA&year=2020``).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

KINDS = ("initiative", "country", "indicator", "chart", "note")


@dataclass(frozen=True, slots=True)
class TargetKey:
    """A parsed key: its kind and its text."""

    kind: str
    key: str


def initiative_key(dataset_key: str, source_record_id: str) -> str:
    """The initiative's key; a record id already prefixed by its dataset (the brief's
    ``brief:...``) is not prefixed twice."""
    prefix = f"{dataset_key}:"
    rid = source_record_id
    if rid.startswith(prefix):
        rid = rid[len(prefix):]
    return f"{prefix}{rid}"


def split_initiative_key(key: str) -> tuple[str, str]:
    """``(dataset key, record id)`` of an initiative key; ValueError when it is not one."""
    dataset, sep, rid = key.partition(":")
    if not sep or not dataset or not rid:
        raise ValueError(f"not an initiative key: {key!r}")
    return dataset, rid


def chart_key(kind: str, **params: str | int) -> str:
    """A chart's key: its kind and its parameters in a fixed order."""
    query = urlencode(sorted((k, str(v)) for k, v in params.items()))
    return f"chart:{kind}?{query}" if query else f"chart:{kind}"


def split_chart_key(key: str) -> tuple[str, dict[str, str]]:
    """``(kind, parameters)`` of a chart key."""
    if not key.startswith("chart:"):
        raise ValueError(f"not a chart key: {key!r}")
    kind, _, query = key[len("chart:"):].partition("?")
    return kind, dict(parse_qsl(query))


def classify(key: str) -> TargetKey:
    """Which kind of target a key names: ``chart:``/``note:``/``indicator:`` prefixes, a bare
    three-letter upper-case code is a country, anything else with a colon an initiative."""
    text = key.strip()
    if text.startswith("chart:"):
        return TargetKey("chart", text)
    if text.startswith("note:"):
        return TargetKey("note", text)
    if text.startswith("indicator:"):
        return TargetKey("indicator", text[len("indicator:"):])
    if len(text) == 3 and text.isalpha() and text.isupper():
        return TargetKey("country", text)
    split_initiative_key(text)
    return TargetKey("initiative", text)
