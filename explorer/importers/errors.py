"""Errors that name the file and what is wrong with it."""

from __future__ import annotations

from pathlib import Path


class SourceError(Exception):
    """A source file is missing, unreadable or not what the importer expects.

    ``str(err)`` is one line: ``<path>: <what is wrong>``.
    """

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = Path(path)
        self.problem = problem


class BuildCancelled(Exception):
    """The user cancelled the build; the previous database is untouched."""
