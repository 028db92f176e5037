"""Splitting a search into atoms: words, phrases, ``field:value`` pairs and ``OR``.

The lexer never fails: characters it cannot use are dropped and reported through ``hints``.
It knows nothing of SQL or of the full-text engine; ``explorer.domain.query`` gives the
atoms their meaning.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

KNOWN_FIELDS = (
    "provider", "recipient", "country", "region", "group", "sector", "source",
    "income", "modality", "year", "lang", "has", "sector-origin", "note",
)  # fmt: skip
_FIELD_ALIASES = {"donor": "provider", "from": "provider", "to": "recipient",
                  "theme": "sector", "dataset": "source", "language": "lang",
                  "years": "year", "origin": "sector-origin"}  # fmt: skip
_AND_WORDS = frozenset({"AND", "&", "&&"})
_OR_WORDS = frozenset({"OR", "|", "||"})
_SEPARATORS = frozenset("()")


class Atom(NamedTuple):
    """One piece of a search. ``field`` is None for words and phrases."""

    text: str
    field: str | None = None
    quoted: bool = False
    prefix: bool = False
    negated: bool = False
    is_or: bool = False


def is_word_char(c: str) -> bool:
    """Letters, digits and marks: what the full-text index keeps of a text."""
    cat = unicodedata.category(c)
    return cat[0] in "LNM" or cat == "Co"


def has_word(text: str) -> bool:
    """Whether ``text`` holds at least one indexable character."""
    return any(is_word_char(c) for c in text)


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    out = []
    for c in text:
        cat = unicodedata.category(c)
        if cat in ("Cc", "Zl", "Zp", "Zs") or c.isspace():
            out.append(" ")
        elif cat in ("Cf", "Cs", "Cn"):
            continue  # bidi marks, joiners, lone surrogates, unassigned
        else:
            out.append(c)
    return "".join(out)


def _read_quoted(text: str, i: int, hints: list[str]) -> tuple[str, int]:
    """The phrase starting after the quote at ``i - 1``, and the index after its end."""
    end = text.find('"', i)
    if end < 0:
        hints.append("A closing quote was missing; the phrase runs to the end.")
        return text[i:], len(text)
    return text[i:end], end + 1


def _short(text: str) -> str:
    return text if len(text) <= 30 else text[:29] + "…"


def lex(text: str, hints: list[str]) -> list[Atom]:
    """The atoms of ``text``; problems are appended to ``hints`` as readable sentences."""
    text = _clean(text)
    atoms: list[Atom] = []
    i, n = 0, len(text)
    negate_next = False
    while i < n:
        c = text[i]
        if c == " ":
            i += 1
            continue
        if c in _SEPARATORS:
            hints.append("Brackets are not supported; they were ignored.")
            i += 1
            continue
        negated = negate_next
        negate_next = False
        if c == "-" and i + 1 < n and (text[i + 1] == '"' or text[i + 1] not in " ()-"):
            negated, i = True, i + 1
        if text[i] == '"':
            phrase, i = _read_quoted(text, i + 1, hints)
            if has_word(phrase):
                atoms.append(Atom(phrase.strip(), quoted=True, negated=negated))
            elif phrase.strip():
                hints.append(f'Nothing searchable in "{_short(phrase)}"; it was ignored.')
            continue
        start = i
        while i < n and text[i] not in ' "()':
            i += 1
        token = text[start:i]
        if token.endswith(":") and i < n and text[i] == '"':
            value, i = _read_quoted(text, i + 1, hints)
            atoms.extend(_field_atom(token[:-1], value, True, negated, hints))
            continue
        if token in _OR_WORDS and not negated:
            atoms.append(Atom(token, is_or=True))
        elif token in _AND_WORDS and not negated:
            hints.append("AND is not needed: all words must match already.")
        elif token == "NOT" and not negated:
            hints.append("NOT was read as -: use -word to exclude a word.")
            negate_next = True
        elif ":" in token and _is_field_name(token.split(":", 1)[0]):
            name, value = token.split(":", 1)
            atoms.extend(_field_atom(name, value, False, negated, hints))
        else:
            atoms.extend(_word_atom(token, negated, hints))
    if negate_next:
        hints.append("NOT needs a word after it; it was ignored.")
    return atoms


def _is_field_name(name: str) -> bool:
    """Letters only, or a known field with a hyphen (``sector-origin``)."""
    return name.isalpha() or name.casefold() in KNOWN_FIELDS


def _field_atom(name: str, value: str, quoted: bool, negated: bool, hints: list[str]) -> list[Atom]:
    key = name.casefold()
    key = _FIELD_ALIASES.get(key, key)
    if key not in KNOWN_FIELDS:
        hints.append(f"Unknown field {_short(name)}: it was searched as words.")
        if quoted:
            return [Atom(f"{name} {value}", quoted=True, negated=negated)]
        return _word_atom(name, negated, hints) + _word_atom(value, negated, hints)
    value = value.strip()
    if not value:
        hints.append(f"{key}: needs a value; it was ignored.")
        return []
    return [Atom(value, field=key, quoted=quoted, negated=negated)]


def _word_atom(token: str, negated: bool, hints: list[str]) -> list[Atom]:
    prefix = False
    stripped = token.rstrip("*")
    if stripped != token:
        if stripped and is_word_char(stripped[-1]):
            prefix = True
        else:
            hints.append(f"A * must follow a word (as in agri*); {_short(token)} was read as is.")
    if "*" in stripped or "^" in stripped or "+" in stripped:
        hints.append(f"Special characters in {_short(token)} were ignored.")
    if not has_word(stripped):
        if stripped:
            hints.append(f"Nothing searchable in {_short(stripped)}; it was ignored.")
        return []
    if stripped == "NEAR" or stripped.startswith("NEAR/"):
        hints.append("NEAR is not supported; it was searched as a word.")
    return [Atom(stripped, prefix=prefix, negated=negated)]
