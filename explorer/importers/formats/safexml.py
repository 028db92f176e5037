"""Untrusted XML, read safely: no DTD, no entities, no network, bounded depth.

Every file whose prolog declares a DOCTYPE is refused before parsing (IATI files have none;
a DTD is how external-entity and entity-expansion attacks arrive). lxml then runs with
``resolve_entities=False``, ``no_network=True``, ``load_dtd=False`` and ``huge_tree=False``
(libxml2's depth and size limits stay on), and a DOCTYPE the prolog scan missed is refused
on the first element.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from explorer.importers.formats.base import ImportProblem
from explorer.importers.formats.textio import decode_head

PROLOG_LIMIT = 1 << 16
_ROOT_START = re.compile(r"<[A-Za-z_]")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def check_prolog(path: Path, head: bytes | None = None) -> str:
    """The root element's name; ``ImportProblem`` for a DOCTYPE or no root in sight."""
    if head is None:
        with path.open("rb") as fh:
            head = fh.read(PROLOG_LIMIT)
    text = decode_head(head)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    match = _ROOT_START.search(text)
    prolog = text[: match.start()] if match else text
    if "<!DOCTYPE" in prolog.upper() or "<!ENTITY" in prolog.upper():
        raise ImportProblem(path, "line 1: the file declares a DTD (DOCTYPE); refused, since "
                            "IATI files have none and entities can read files or explode")
    if match is None:
        if not text.strip():
            raise ImportProblem(path, "the file is empty")
        raise ImportProblem(path, "no XML element found in the first 64 KB")
    root = re.match(r"<([A-Za-z_][\w.:-]*)", text[match.start():])
    return root.group(1) if root else ""


def parser() -> Any:
    """A safe lxml parser for whole small documents (codelists)."""
    from lxml import etree  # type: ignore[import-untyped]

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


def iter_elements(path: Path, tag: str, fh: Any) -> Iterator[Any]:
    """Each ``tag`` element as it ends (the caller clears it), streaming from ``fh``."""
    from lxml import etree

    events = etree.iterparse(
        fh, events=("end",), tag=tag, resolve_entities=False, no_network=True,
        load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True,
    )
    checked = False
    try:
        for _event, elem in events:
            if not checked:
                if elem.getroottree().docinfo.doctype:
                    raise ImportProblem(path, "the file declares a DTD (DOCTYPE); refused")
                checked = True
            yield elem
        root = events.root
        if not checked and root is not None and root.getroottree().docinfo.doctype:
            raise ImportProblem(path, "the file declares a DTD (DOCTYPE); refused")
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or 0
        message = (exc.msg or str(exc)).splitlines()[0]
        raise ImportProblem(path, f"line {line}: malformed XML ({message})") from None


def free(elem: Any) -> None:
    """Drop a processed element and its already-processed siblings (flat memory)."""
    elem.clear(keep_tail=False)
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]


def root_of(elem: Any) -> Any:
    parent = elem.getparent()
    return parent if parent is not None else elem
