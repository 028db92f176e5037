"""Fuzz: whatever bytes a file holds, the readers raise nothing but our ImportProblem
(or return a parse). Mutations of the authored fixtures and free-form CSV text."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.importers.formats import all_formats, detect
from explorer.importers.formats.base import ImportProblem, ParseContext, Parsed
from explorer.importers.formats.lookup import DbLookup
from tests.fixtures.importers import fixture

LOOKUP = DbLookup(iso3s={"BRA", "MOZ", "AGO", "KEN", "IND"},
                  iso2s={"BR": "BRA", "MZ": "MOZ", "AO": "AGO", "KE": "KEN", "IN": "IND"},
                  groups={"WLD"}, names={"brazil": "BRA", "kenya": "KEN", "india": "IND"})
SEEDS = [fixture(n).read_bytes() for n in (
    "iati-2.03.xml", "iati-1.05-crlf.xml", "own-initiatives-fr-cp1252-cr.csv",
    "comtrade-legacy.csv", "wits-partner-cp1252.csv")]
SLOW = settings(max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def _run(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"f{suffix}"
        path.write_bytes(data)
        ctx = ParseContext(lookup=LOOKUP, codelists=Path(folder))
        try:
            fmt = detect(path)
        except ImportProblem:
            fmt = None
        for candidate in [fmt] if fmt is not None else all_formats():
            try:
                assert isinstance(candidate.parse(path, ctx), Parsed)
            except ImportProblem as exc:
                assert str(exc).startswith(str(path)) and "\n" not in str(exc)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(st.binary(max_size=12)) or b"<!DOCTYPE x>"
        elif data:
            del data[at:at + draw(st.integers(1, 40))]
    return bytes(data)


@SLOW
@given(mutated())
def test_mutated_files_raise_only_import_problems(data: bytes) -> None:
    _run(data, ".dat")


@SLOW
@given(st.lists(st.lists(st.text(max_size=12), max_size=6), max_size=6),
       st.sampled_from(["utf-8", "utf-16", "cp1252", "utf-8-sig"]),
       st.sampled_from(["\n", "\r\n", "\r"]), st.sampled_from([",", ";", "\t"]))
def test_free_csv_raises_only_import_problems(rows: list[list[str]], encoding: str,
                                              newline: str, sep: str) -> None:
    header = ["Title", "Country", "Year"]
    text = newline.join(sep.join(r) for r in [header, *rows]) + newline
    _run(text.encode(encoding, "replace"), ".csv")
