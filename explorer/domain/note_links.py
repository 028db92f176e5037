"""Links in a note's Markdown: ``[Embrapa](abc-brazil:BRA/04/044-A142)``, ``[Botswana](BWA)``,
``[the trade chart](<chart:trade?iso3=BRA&year=2020>)``; a destination with spaces goes in
angle brackets. The destination is a stable key (see ``domain.keys``), optionally written with
its kind first (``initiative:undp-ss:149``, ``country:BWA``). Web addresses (``https://``,
``mailto:``) are kept apart; anything else a URL can name (``file:``, ``javascript:``, ``data:``)
is no link at all.
"""

from __future__ import annotations

from explorer.domain.keys import TargetKey, classify

WEB_SCHEMES = ("http", "https", "mailto")
REFUSED_SCHEMES = frozenset(
    {"file", "javascript", "data", "ftp", "qrc", "about", "blob", "vbscript", "smb"}
)
_KIND_PREFIXES = ("initiative:", "country:")


def _scheme(href: str) -> str:
    head, sep, _ = href.partition(":")
    return head.lower() if sep else ""


def is_web_link(href: str) -> bool:
    """Whether ``href`` is an address for the web browser (or mail program)."""
    return _scheme(href.strip()) in WEB_SCHEMES


def link_target(href: str) -> TargetKey | None:
    """The target a note's link names, or None when it names none (a web address, a refused
    scheme, text that is not a key)."""
    text = href.strip()
    scheme = _scheme(text)
    if not text or scheme in WEB_SCHEMES or scheme in REFUSED_SCHEMES:
        return None
    for prefix in _KIND_PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix):]
            break
    try:
        target = classify(text)
    except ValueError:
        return None
    if target.kind == "country" and not text.isascii():
        return None
    return target
