"""Sector inference from titles and descriptions: curated rules, examples in four languages."""

from __future__ import annotations

import pytest

from explorer.domain.sectors import Inferrer, RuleError, explain, load_rules, parse_rules

INFERRER = Inferrer(load_rules())

CASES = [
    # (title, description, expected purpose codes, field of the first)
    ("Capacitação em controle da malária", None, {"12250"}, "title"),
    ("Lutte contre le PALUDISME au Sénégal", None, {"12250"}, "title"),
    ("Control de la malaria en Bolivia", None, {"12250"}, "title"),
    ("Malaria prevention training", None, {"12250"}, "title"),
    ("Missão técnica", "Apoio ao programa de alimentação escolar", {"11250"}, "description"),
    ("Programa de Alimentacion Escolar", None, {"11250"}, "title"),
    ("Appui à l'alimentation scolaire", None, {"11250"}, "title"),
    ("School feeding exchange", None, {"11250"}, "title"),
    ("Fortalecimento da agricultura familiar e extensão rural", None, {"31120", "31166"}, "title"),
    ("Formación profesional en turismo", None, {"11330", "33210"}, "title"),
    ("Formation professionnelle des jeunes", None, {"11330"}, "title"),
    ("Vocational training centre", None, {"11330"}, "title"),
    ("Cash transfer programme design", None, {"16010"}, "title"),
    ("Campanha de vacinação", None, {"12220"}, "title"),
    # second pass (issue 13): real ABC titles, and the human milk bank is not livestock
    ("Apoio à Implementação do Banco de Leite Humano", None, {"12240"}, "title"),
    (
        "Missão de especialistas brasileiros para elaboração de projetos de cooperação técnica "
        "em Cuba.",
        None,
        {"15123"},
        "title",
    ),
    ("Treinamento de Militares (Estágio de Preparação de Missão de Paz)", None, {"15230"}, "title"),
    ("Proyecto Sistema Electrónico de Contrataciones Estatales", None, {"15125"}, "title"),
    ("Apoio al Programa Nacional de Erradicación de la Fiebre Aftosa.", None, {"31195"}, "title"),
    (
        "Missão de Prospecção a Guiné-Bissau para formulação da política pública nacional de "
        "registro civil",
        None,
        {"13096"},
        "title",
    ),
    ("JICA third-country training programme", None, {"15123"}, "title"),
    ("Country Office Administrative Costs.", None, {"91010"}, "title"),
    # a jungle-operations course for officers: no DAC code, deliberately no rule
    (
        "Treinamento de Militares Sul-Americanos no Âmbito da Defesa (Curso de Operações na "
        "Selva - Categoria B)",
        None,
        set(),
        "",
    ),
]


@pytest.mark.parametrize(("title", "description", "expected", "field"), CASES)
def test_rules_infer_the_purpose_in_each_language(
    title: str, description: str | None, expected: set[str], field: str
) -> None:
    found = INFERRER.infer(title, description)
    assert {i.purpose for i in found} == expected
    assert not found or found[0].field == field


def test_whole_words_only_and_nothing_from_empty_text() -> None:
    # "aids" must not fire inside "paids"/"braids"; "pesca" not inside "pescador"
    assert INFERRER.infer("Braids and pescadores", None) == []
    assert INFERRER.infer(None, None) == []
    assert INFERRER.infer("", "") == []


def test_title_is_preferred_and_the_rule_is_explained() -> None:
    found = INFERRER.infer("Combate à malária", "Malaria control in Angola")
    assert len(found) == 1
    assert found[0].sector == "122"
    assert explain(found[0]) == "sector inferred from the word 'malária' in the title"
    school = INFERRER.infer(None, "Merenda escolar")[0]
    assert explain(school) == "sector inferred from the phrase 'merenda escolar' in the description"


def test_every_rule_code_is_a_dac_purpose_code_in_the_iati_codelist() -> None:
    from pathlib import Path

    xml = Path("/work/shared/data/iati-codelists/xml/Sector.xml")
    if not xml.exists():
        pytest.skip("shared IATI codelists not present")
    text = xml.read_text(encoding="utf-8")
    missing = {r.purpose for r in load_rules() if f"<code>{r.purpose}</code>" not in text}
    assert missing == set()


@pytest.mark.parametrize(
    "lines",
    [
        ["word,language,code", "malaria,en,12250"],
        ["keyword,lang,purpose", "malaria,english,12250"],
        ["keyword,lang,purpose", "malaria,en,122"],
        ["keyword,lang,purpose", ",en,12250"],
    ],
)
def test_bad_rules_file_gets_a_clear_message(lines: list[str]) -> None:
    with pytest.raises(RuleError, match="inference rules"):
        parse_rules(lines)
