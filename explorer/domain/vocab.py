"""Controlled vocabularies shared by importers, queries and the UI."""

from __future__ import annotations

# Roles of participants in an initiative.
ROLES = ("provider", "recipient", "facilitator", "funder", "implementer")

# How cooperation is delivered. Importers map each source's wording onto these keys.
MODALITIES = (
    "training",  # training course, third-country training, scholarships
    "expert_dispatch",  # experts or volunteers sent, medical teams
    "study_visit",  # study tours, missions, prospection missions
    "partnership",  # partnership programme, framework, joint programme
    "conference",  # conferences, workshops, dialogues
    "technical_assistance",  # advisory and capacity support not otherwise classified
    "finance",  # loans, grants, lines of credit, debt relief
    "research",  # joint research, crop breeding, studies
    "exchange",  # student and academic exchange
    "infrastructure",  # construction projects
    "in_kind",  # goods, equipment, medicines donated
    "unspecified",
)

# World Bank income group codes and their English names.
INCOME_GROUPS = {
    "L": "Low income",
    "LM": "Lower middle income",
    "UM": "Upper middle income",
    "H": "High income",
}

INCOME_CODES = {name.casefold(): code for code, name in INCOME_GROUPS.items()}

# The six UN languages, plus Portuguese (source language of the ABC records).
LANGUAGES = ("en", "fr", "es", "ar", "zh", "ru", "pt")
