"""Readable, translatable names for the codes initiatives carry (modalities, roles, facets)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

_CONTEXT = "InitiativeLabels"
MODALITY_NAMES = {
    "training": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Training")),
    "expert_dispatch": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Experts sent")),
    "study_visit": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Study visit")),
    "partnership": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Partnership")),
    "conference": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Conference")),
    "technical_assistance": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Technical assistance")),
    "finance": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Finance")),
    "research": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Research")),
    "exchange": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Exchange")),
    "infrastructure": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Infrastructure")),
    "in_kind": str(QT_TRANSLATE_NOOP("InitiativeLabels", "In kind")),
    "unspecified": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Not specified")),
}
ROLE_NAMES = {
    "provider": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Provider")),
    "recipient": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Recipient")),
    "funder": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Funder")),
    "implementer": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Implementer")),
    "facilitator": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Facilitator")),
}
FIELD_NAMES = {
    "providers": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Providers")),
    "recipients": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Recipients")),
    "regions": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Regions")),
    "groups": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Groups")),
    "sectors": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Sectors and themes")),
    "modalities": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Modalities")),
    "decades": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Decades")),
    "sources": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Sources")),
    "provider": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Provider")),
    "recipient": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Recipient")),
    "country": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Country")),
    "region": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Region")),
    "group": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Group")),
    "income": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Income")),
    "sector": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Sector")),
    "modality": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Modality")),
    "year": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Years")),
    "source": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Source")),
    "lang": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Language")),
    "has": str(QT_TRANSLATE_NOOP("InitiativeLabels", "Has")),
}
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps"})


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def modality_label(key: str) -> str:
    """ "Technical assistance" for ``technical_assistance``; unknown keys made readable."""
    name = MODALITY_NAMES.get(key)
    return _tr(name) if name else key.replace("_", " ").capitalize()


def role_label(role: str) -> str:
    """The translated name of a participant role."""
    name = ROLE_NAMES.get(role)
    return _tr(name) if name else role.capitalize()


def field_label(field: str) -> str:
    """The translated name of a facet or query field."""
    name = FIELD_NAMES.get(field)
    return _tr(name) if name else field.capitalize()


def language_name(code: str) -> str:
    """The language's name in the user's language ("Portuguese" for ``pt``)."""
    if not code:
        return ""
    loc = QLocale(code)
    if loc.language() == QLocale.Language.C:
        return code
    return QLocale.languageToString(loc.language())


def is_rtl(code: str) -> bool:
    """Whether text in language ``code`` is written right to left."""
    return code.split("-")[0].casefold() in RTL_LANGUAGES
