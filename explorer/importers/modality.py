"""Guess an initiative's modality from its source wording (keyword rules, any language)."""

from __future__ import annotations

import re

from explorer.importers.names import normalise_name

# First match wins: more specific rules before general ones. Patterns are matched on
# accent-folded lower-case text, so Portuguese and Spanish forms need no accents.
_RULES: tuple[tuple[str, str], ...] = (
    ("expert_dispatch", r"\b(medical team|experts? (sent|dispatch)|dispatch of experts|"
     r"volunteers?|envio de (tecnicos|especialistas)|missao medica)\b"),
    ("study_visit", r"\b(study (visit|tour)|missao de (prospeccao|estudos?)|prospeccao|"
     r"visita tecnica|field visit|mission to)\b"),
    ("training", r"\b(training|trained|train|course|curso|capacitacao|capacitar|treinamento|"
     r"estagio|formacao|scholarships?|bolsas?|workshop on)\b"),
    ("conference", r"\b(conference|conferencia|seminar|seminario|forum|summit|dialogue|"
     r"workshop|congresso|encontro)\b"),
    ("exchange", r"\b(student exchange|exchange programme|intercambio)\b"),
    ("research", r"\b(research|pesquisa|study|estudo|survey|breeding)\b"),
    ("partnership", r"\b(partnership|programme|program|framework|parceria)\b"),
)
_COMPILED = tuple((key, re.compile(pattern)) for key, pattern in _RULES)


def guess_modality(*texts: str) -> str:
    """The first modality whose keywords appear in ``texts``; ``unspecified`` if none."""
    folded = " ".join(normalise_name(t) for t in texts if t)
    for key, pattern in _COMPILED:
        if pattern.search(folded):
            return key
    return "unspecified"
