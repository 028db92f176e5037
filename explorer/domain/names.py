"""Name keys: compare names across spellings, accents, case and punctuation."""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")
_LEADING = re.compile(r"^(the|la|le|les|el|los|las|l)\s+")
_TRAILING_ARTICLE = re.compile(r"\s+(the|la|le|les|el|los|las|l)$")


def normalise_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "São Tomé & Príncipe" -> "sao tome
    principe"."""
    if name.isascii():  # NFKD leaves ASCII as it is, with nothing to strip (the common case)
        stripped = name
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    lowered = stripped.casefold().replace("&", " and ")
    cleaned = _SPACE.sub(" ", _PUNCT.sub(" ", lowered)).strip()
    cleaned = _LEADING.sub("", cleaned)
    return cleaned.replace(" and ", " ")


def short_key(name: str) -> str:
    """``normalise_name`` without a trailing article, as ISO short names have ("Bahamas
    (the)" -> "bahamas")."""
    return _TRAILING_ARTICLE.sub("", normalise_name(name))
