"""Country-name normalisation and the keyword modality guesser."""

from __future__ import annotations

import pytest

from explorer.importers.modality import guess_modality
from explorer.importers.names import NameResolver, normalise_name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("São Tomé and Príncipe", "Sao Tome & Principe"),
        ("Côte d’Ivoire", "Cote d'Ivoire"),
        ("The Gambia", "Gambia"),
        ("TURKEY", "turkey"),
        ("Guiné-Bissau", "Guine Bissau"),
    ],
)
def test_equivalent_spellings(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b)


def test_distinct_names_stay_distinct() -> None:
    assert normalise_name("Niger") != normalise_name("Nigeria")
    assert normalise_name("Guinea") != normalise_name("Guinea-Bissau")


def test_resolver() -> None:
    resolver = NameResolver({normalise_name("Moçambique"): "MOZ"})
    assert resolver.resolve("Mocambique") == "MOZ"
    assert resolver.resolve("Atlantis") is None
    assert len(resolver) == 1


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("29th medical team to Mauritania", "expert_dispatch"),
        ("Missão de Prospecção na área de Agropecuária", "study_visit"),
        ("Curso de Operações na Selva", "training"),
        ("Training course on water resources", "training"),
        ("International Conference on Poverty", "conference"),
        ("Joint research on rice breeding", "research"),
        ("Port of Friendship expansion", "unspecified"),
    ],
)
def test_modality_guess(text: str, modality: str) -> None:
    assert guess_modality(text) == modality
