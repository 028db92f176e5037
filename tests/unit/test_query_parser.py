"""The search language: each construct, bad input, and property tests against real FTS5."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.domain.query import MAX_QUERY_CHARS, FieldFilter, Term, YearRange, parse
from explorer.store import fts


@pytest.mark.parametrize(
    ("text", "groups", "excluded"),
    [
        ("water sanitation", ((Term("water"),), (Term("sanitation"),)), ()),
        ('"rural development"', ((Term("rural development", phrase=True),),), ()),
        ("microfinance OR credit", ((Term("microfinance"), Term("credit")),), ()),
        ("health -loan", ((Term("health"),),), (Term("loan"),)),
        ('-"debt relief" aid', ((Term("aid"),),), (Term("debt relief", phrase=True),)),
        ("agri*", ((Term("agri", prefix=True),),), ()),
        ("NOT loan", (), (Term("loan"),)),
        ("São Tomé", ((Term("São"),), (Term("Tomé"),)), ()),
    ],
)
def test_words(text: str, groups: tuple[tuple[Term, ...], ...], excluded: tuple[Term, ...]) -> None:
    q = parse(text)
    assert q.groups == groups
    assert q.excluded == excluded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("provider:BRA", FieldFilter("provider", ("BRA",))),
        ("provider:Brazil", FieldFilter("provider", ("Brazil",))),
        ("recipient:PHL", FieldFilter("recipient", ("PHL",))),
        ('country:"Sao Tome"', FieldFilter("country", ("Sao Tome",), exact=True)),
        ('region:"Sub-Saharan Africa"', FieldFilter("region", ("Sub-Saharan Africa",), exact=True)),
        ("region:africa", FieldFilter("region", ("africa",))),
        ("group:G77", FieldFilter("group", ("G77",))),
        ("income:LMC", FieldFilter("income", ("LM",))),
        ("income:l", FieldFilter("income", ("L",))),
        ("income:HIC", FieldFilter("income", ("H",))),
        ("sector:health", FieldFilter("sector", ("health",))),
        ("sector:121", FieldFilter("sector", ("121",))),
        ("modality:training", FieldFilter("modality", ("training",))),
        ("modality:expert", FieldFilter("modality", ("expert_dispatch",))),
        ("source:aiddata", FieldFilter("source", ("aiddata",))),
        ("lang:PT", FieldFilter("lang", ("pt",))),
        ("has:outcomes", FieldFilter("has", ("outcomes",))),
        ("-provider:CHN", FieldFilter("provider", ("CHN",), negated=True)),
        ("provider:BRA,ARG", FieldFilter("provider", ("BRA", "ARG"))),
        ("provider:BRA OR provider:ARG", FieldFilter("provider", ("BRA", "ARG"))),
        ("Provider:bra", FieldFilter("provider", ("bra",))),
    ],
)
def test_fields(text: str, expected: FieldFilter) -> None:
    q = parse(text)
    assert q.filters == (expected,)
    assert q.hints == ()
    assert not q.groups


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("year:2005..2010", YearRange(2005, 2010)),
        ("year:2005", YearRange(2005, 2005)),
        ("year:..2000", YearRange(None, 2000)),
        ("year:1990..", YearRange(1990, None)),
        ("year:2010..2005", YearRange(2005, 2010)),
        ("year:2005-2010", YearRange(2005, 2010)),
    ],
)
def test_years(text: str, expected: YearRange) -> None:
    assert parse(text).years == (expected,)


@pytest.mark.parametrize(
    ("text", "hint_word"),
    [
        ('"unbalanced quote', "quote"),
        ("foo:bar", "Unknown field"),
        ("a NEAR b", "NEAR"),
        ("a AND b", "AND"),
        ("^ health", "Nothing searchable"),
        ("(a OR b)", "Brackets"),
        ("income:rich", "income"),
        ("has:money", "has:"),
        ("year:soon", "year:"),
        ("modality:dancing", "modality"),
        ("OR health", "OR"),
        ("health 😀", "Nothing searchable"),
        ("x" * (MAX_QUERY_CHARS + 5), "cut"),
        ("provider:", "needs a value"),
    ],
)
def test_bad_input_gives_hints(text: str, hint_word: str) -> None:
    q = parse(text)
    assert any(hint_word in h for h in q.hints), q.hints


def test_sql_fragment_is_just_words() -> None:
    q = parse("'; DROP TABLE initiative; --")
    assert [t.text for g in q.groups for t in g] == ["DROP", "TABLE", "initiative;"]
    assert q.excluded == ()  # "--" is no exclusion: nothing follows the dash
    assert fts.match_expression(q) == '"DROP" AND "TABLE" AND "initiative;"'


def test_right_to_left_text_and_bidi_marks() -> None:
    q = parse("\u202bتعاون\u202c جنوب")
    assert [t.text for g in q.groups for t in g] == ["تعاون", "جنوب"]


def test_empty_query_selects_everything() -> None:
    assert parse("").is_empty
    assert parse("   ").is_empty
    assert not parse("x").is_empty


def test_refined_adds_a_clause() -> None:
    assert parse("health").refined("provider:BRA").filters == (FieldFilter("provider", ("BRA",)),)


def _fts() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE t USING fts5(title, body, who, tags,"
        " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    conn.execute("INSERT INTO t VALUES ('Sao Tome health', 'água', 'BRA', 'AND NEAR OR')")
    return conn


FTS = _fts()
TOKENS = st.sampled_from(
    ['"', "*", "-", "OR", "AND", "NOT", "NEAR", "(", ")", ":", "^", "+", "provider:", "year:",
     "sector:", " ", "'", ";", "\\", "\x00", "é", "😀", "\u202e", "NEAR/2", "a*b", "--"]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(TOKENS, st.text(max_size=5)), max_size=30).map("".join),
    st.lists(st.one_of(TOKENS, st.text(max_size=5)), max_size=30).map(" ".join),
)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_any_input_parses_and_fts5_accepts_the_match(text: str) -> None:
    q = parse(text)
    assert isinstance(q.hints, tuple)
    for expr in (fts.match_expression(q), fts.exclusion_expression(q)):
        if expr is not None:
            FTS.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expr,)).fetchone()
