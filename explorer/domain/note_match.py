"""Whether a note's text answers ``note:word``: case- and accent-insensitive, like the search.

An unquoted value matches notes with a word starting with it (``note:irrig`` finds
"Irrigation"); a quoted one (``note:"rural water"``) the words in that order. Scripts written
without spaces between words (Chinese, Japanese) match anywhere in the text, since they have
no word starts to anchor on.
"""

from __future__ import annotations

import re
import unicodedata

from explorer.domain.query import fold

_WORD = re.compile(r"\w+")


def _unspaced(text: str) -> bool:
    """Whether ``text`` holds wide (CJK) characters, written without spaces between words."""
    return any(unicodedata.east_asian_width(c) in "WF" for c in text)


def _matches(folded: str, value: str, exact: bool) -> bool:
    words = _WORD.findall(fold(value))
    if not words:
        return False
    if _unspaced(value):
        return fold(value).strip() in folded
    body = " ".join(_WORD.findall(folded))
    if exact or len(words) > 1:
        pattern = r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words)
        return re.search(pattern + (r"(?!\w)" if exact else ""), body) is not None
    return re.search(r"(?<!\w)" + re.escape(words[0]), body) is not None


def note_matches(text: str, values: tuple[str, ...], exact: bool = False) -> bool:
    """Whether ``text`` matches any of ``values`` (the alternatives of one ``note:`` filter)."""
    folded = fold(text)
    return any(_matches(folded, v, exact) for v in values)
