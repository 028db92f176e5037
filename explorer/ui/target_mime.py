"""Targets (stable keys with their title snapshots) carried by drag and drop.

The Initiatives result list drags its rows as ``MIME``: JSON ``[[key, title], ...]`` (the
keys also as plain text, one a line, for other programs); the Workspace's collections take
them. What a drop brings is checked like any outside input: a bad payload is no targets.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QMimeData

MIME = "application/x-exchange-explorer-targets"
MAX_TARGETS = 10_000
MAX_TEXT = 2_000  # characters of one key or title


def encode(targets: Sequence[tuple[str, str]]) -> QMimeData:
    """``targets`` as drag data."""
    data = QMimeData()
    data.setData(MIME, json.dumps([[k, t] for k, t in targets], ensure_ascii=False)
                 .encode("utf-8"))  # fmt: skip
    data.setText("\n".join(k for k, _ in targets))
    return data


def decode(data: QMimeData | None) -> list[tuple[str, str]]:
    """The targets ``data`` carries; none when it carries no (well-formed) targets."""
    if data is None or not data.hasFormat(MIME):
        return []
    raw = bytes(data.data(MIME).data())
    if len(raw) > MAX_TARGETS * MAX_TEXT * 2:
        return []
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return []
    if not isinstance(value, list) or len(value) > MAX_TARGETS:
        return []
    out: list[tuple[str, str]] = []
    for pair in value:
        if (not isinstance(pair, list) or len(pair) != 2
                or not all(isinstance(x, str) and len(x) <= MAX_TEXT for x in pair)
                or not pair[0]):  # fmt: skip
            return []
        out.append((pair[0], pair[1]))
    return out
