"""File formats people bring: one module per format behind one small interface.

Each format has ``sniff(head, path)`` (detect from the first bytes, not the extension) and
``parse(path, ctx)`` (a ``Parsed`` value; nothing written). ``detect`` picks the format whose
signature is clearest; ``get`` is the ``--format`` override. ``explorer.importers.formats.run``
ties them to a database and the user's imports folder.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from explorer.importers.formats.base import Format, ImportProblem

HEAD_BYTES = 8192

# name -> (module, class); the order breaks ties (the generic spreadsheet last).
REGISTRY: dict[str, tuple[str, str]] = {
    "iati": ("explorer.importers.formats.iati", "IatiFormat"),
    "worldbank": ("explorer.importers.formats.worldbank", "WorldBankFormat"),
    "aiddata": ("explorer.importers.formats.aiddata", "AidDataFormat"),
    "comtrade": ("explorer.importers.formats.trade", "ComtradeFormat"),
    "wits": ("explorer.importers.formats.trade", "WitsFormat"),
    "spreadsheet": ("explorer.importers.formats.spreadsheet", "SpreadsheetFormat"),
}


def names() -> list[str]:
    """The format names ``--format`` accepts."""
    return [n for n in REGISTRY if _available(n)]


def _available(name: str) -> bool:
    module, _cls = REGISTRY[name]
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name == module:
            return False
        raise
    return True


def get(name: str) -> Format:
    """The format called ``name``; ``ValueError`` naming the known ones otherwise."""
    if name not in REGISTRY or not _available(name):
        raise ValueError(f"unknown format {name!r}; known: {', '.join(names())}")
    module, cls = REGISTRY[name]
    fmt: Format = getattr(importlib.import_module(module), cls)()
    return fmt


def all_formats() -> list[Format]:
    return [get(n) for n in names()]


def detect(path: Path) -> Format:
    """The format of ``path`` from its content; ``ImportProblem`` saying what was expected."""
    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
    if not head.strip():
        raise ImportProblem(path, "the file is empty")
    best: tuple[int, Format] | None = None
    formats = all_formats()
    for fmt in formats:
        score = fmt.sniff(head, path)
        if score > 0 and (best is None or score > best[0]):
            best = (score, fmt)
    if best is None:
        expected = "; ".join(f.expected for f in formats)
        raise ImportProblem(path, f"not a file this app can import; expected {expected}")
    return best[1]
