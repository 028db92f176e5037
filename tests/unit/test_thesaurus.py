"""The curated thesaurus and the expansion of query words across languages."""

from __future__ import annotations

import pytest

from explorer.domain.query import parse
from explorer.domain.thesaurus import (
    LANGUAGES,
    ThesaurusError,
    load_thesaurus,
    parse_thesaurus,
)


def test_curated_thesaurus_has_seven_languages_and_a_source_per_concept() -> None:
    t = load_thesaurus()
    assert len(t.concepts) >= 300
    for concept in t.concepts:
        assert concept.source
        assert all(concept.terms.get(lang) for lang in LANGUAGES), concept.key
    keys = [c.key for c in t.concepts]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "school feeding",
            {"alimentação escolar", "alimentation scolaire", "alimentación escolar"},
        ),
        ("ALIMENTACAO ESCOLAR", {"school feeding", "merenda escolar"}),
        ("malaria", {"paludisme"}),
        ("cash transfer", {"transferência de renda", "transferts monétaires"}),
        ("vocational training", {"formação profissional", "formación profesional"}),
        ("vaccination", {"vacinação", "vacunación"}),
        ("family farming", {"agricultura familiar", "agriculture familiale"}),
    ],
)
def test_equivalents_cross_languages_ignoring_case_and_accents(
    typed: str, expected: set[str]
) -> None:
    assert expected <= set(load_thesaurus().equivalents(typed))


def test_expansion_ors_a_run_of_words_and_keeps_the_rest() -> None:
    e = load_thesaurus().expand(parse("school feeding Mozambique"))
    first, rest = e.query.groups
    assert first[0].text == "school feeding" and first[0].phrase
    assert "alimentação escolar" in {t.text for t in first}
    assert [t.text for t in rest] == ["Mozambique"]
    hint = e.hint()
    assert hint is not None and "alimentação escolar" in hint and "quote" in hint


def test_quoted_prefix_and_unknown_words_are_not_expanded() -> None:
    t = load_thesaurus()
    for text in ('"school feeding"', "malar*", "xylophone", "provider:BRA"):
        e = t.expand(parse(text))
        assert e.added == () and e.hint() is None
        assert e.query == parse(text)


def test_bad_thesaurus_gets_a_message_naming_the_row() -> None:
    with pytest.raises(ThesaurusError, match="header"):
        parse_thesaurus(["word,en", "x,y"])
    with pytest.raises(ThesaurusError, match="row 2"):
        parse_thesaurus(["concept,en,fr,es,pt,source", "x,malaria,,,,"])


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("疟疾", {"malaria", "paludisme"}),
        ("الملاريا", {"malaria", "paludisme"}),
        ("школьное питание", {"school feeding", "alimentação escolar", "alimentación escolar"}),
        ("南南合作", {"south-south cooperation"}),
    ],
)
def test_arabic_chinese_russian_words_find_the_records_languages(
    typed: str, expected: set[str]
) -> None:
    t = load_thesaurus()
    found = set(t.equivalents(typed))
    assert expected <= found
    # Only the records' languages are added: no record is written in ar, zh or ru.
    concept = t.lookup(typed)
    assert concept is not None
    others = {x for lang in ("ar", "zh", "ru") for x in concept.terms.get(lang, ())}
    assert not found & others


def test_english_words_add_no_arabic_chinese_or_russian() -> None:
    e = load_thesaurus().expand(parse("debt relief"))
    (group,) = e.query.groups
    texts = {term.text for term in group}
    assert {"alívio da dívida", "allègement de la dette", "alivio de la deuda"} <= texts
    assert not any("\u0600" <= c <= "\u06ff" or "\u4e00" <= c <= "\u9fff" for x in texts for c in x)


def test_no_term_belongs_to_two_concepts() -> None:
    from explorer.domain.query import fold

    owner: dict[str, str] = {}
    for concept in load_thesaurus().concepts:
        for term in dict.fromkeys(" ".join(fold(x).split()) for x in concept.all_terms()):
            assert owner.setdefault(term, concept.key) == concept.key, (term, concept.key)


def test_a_file_with_only_the_four_record_languages_still_reads() -> None:
    t = parse_thesaurus(["concept,en,fr,es,pt,source", "m,malaria,paludisme,,malária,x"])
    assert set(t.equivalents("paludisme")) == {"malaria"}  # malária folds to malaria
