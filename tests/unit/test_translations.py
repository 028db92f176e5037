"""The translation sources: well-formed, complete where the shell and the kiosk speak, and
every placeholder of the source kept in the translation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("fr", "es", "pt", "ar", "zh_CN", "ru")
# Forms per language (Qt's numerus rules): what a translator must fill for each %n string.
NUMERUS_FORMS = {"fr": 2, "es": 2, "pt": 2, "ar": 6, "zh_CN": 1, "ru": 3}
# Every string a visitor or a first-time user sees: the shell, its dialogs, Home, Sources and
# the kiosk. These must be translated in every language.
REQUIRED_CONTEXTS = frozenset(
    {
        # shell and page titles
        "App", "MainWindow", "Menus", "Pages", "AboutDialog", "DatabaseProblem",
        "DatabaseProblemDialog", "RebuildDialog",
        "DataVintageLabel", "Format",
        # Home and Sources
        "HomePage", "HeadlineCard", "CaseCard", "Measure", "SourcesPage", "DatasetDetail",
        "DatasetTableModel",
        # kiosk
        "AttractScreen", "CountdownOverlay", "PinPad", "KioskWindow", "StoriesPage",
        "StoryView", "SearchPage",
    }
)  # fmt: skip
PLACEHOLDER = re.compile(r"%L?\d+")
COUNT = re.compile(r"%L?n")


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"explorer_{lang}.ts"


def messages(lang: str) -> list[tuple[str, ET.Element]]:
    """(context name, <message>) of every live message in the language's source."""
    root = ET.parse(ts_path(lang)).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in ("obsolete", "vanished"):
                found.append((name, message))
    return found


def texts(message: ET.Element) -> list[str]:
    """The translation, or each of its plural forms."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") != "unfinished"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_source_parses_and_names_its_language(lang: str) -> None:
    root = ET.parse(ts_path(lang)).getroot()
    assert root.tag == "TS"
    assert root.get("language") == lang
    assert messages(lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_shell_and_kiosk_are_translated(lang: str) -> None:
    missing = [
        f"{context}: {message.findtext('source')!r}"
        for context, message in messages(lang)
        if context in REQUIRED_CONTEXTS
        and (message.findtext("source") or "").strip()
        and not (finished(message) and all(t.strip() for t in texts(message)))
    ]
    assert missing == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_context_the_test_requires_exists(lang: str) -> None:
    contexts = {context for context, _ in messages(lang)}
    assert contexts >= REQUIRED_CONTEXTS


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_every_placeholder(lang: str) -> None:
    wrong = []
    for context, message in messages(lang):
        if not finished(message):
            continue
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        forms = texts(message)
        for text in forms:
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"{context}: {source!r} -> {text!r}")
        # A plural form may say the number in words ("one file"), but not every form can.
        if COUNT.search(source) and not any(COUNT.search(t) for t in forms):
            wrong.append(f"{context}: {source!r} lost %n")
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plurals_have_the_language_s_forms(lang: str) -> None:
    for context, message in messages(lang):
        if message.get("numerus") == "yes" and finished(message):
            assert len(texts(message)) == NUMERUS_FORMS[lang], (context, message.findtext("source"))
            assert all(texts(message)), (context, message.findtext("source"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_accelerators_stay_in_menus(lang: str) -> None:
    for context, message in messages(lang):
        source = message.findtext("source") or ""
        if context == "Menus" and "&" in source and finished(message):
            assert "&" in texts(message)[0], source
