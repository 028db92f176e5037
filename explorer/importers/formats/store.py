"""The user's imports, kept in their data folder so that they survive a rebuild.

``<user data>/imports/`` holds a copy of every imported file and ``manifest.json`` listing
them (id, file name, SHA-256, size, import time, format, dataset key, and what the file
declared). A newer version of a dataset replaces its entry; ``remove`` drops one.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path

MANIFEST = "manifest.json"
MAPPINGS = "mappings"


@dataclass
class Entry:
    id: int
    file: str
    stored: str
    sha256: str
    size: int
    imported_at: str
    format: str
    dataset: str
    publisher: str = ""
    licence: str = ""
    version: str = ""
    mapping: dict[str, str] = field(default_factory=dict)


class ImportStore:
    """The imports folder; every change rewrites the manifest atomically."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def default(cls) -> ImportStore:
        from explorer.paths import user_data_dir

        return cls(user_data_dir() / "imports")

    def entries(self) -> list[Entry]:
        path = self.folder / MANIFEST
        if not path.is_file():
            return []
        data = json.loads(path.read_text(encoding="utf-8"))
        return [Entry(**e) for e in data.get("imports", [])]

    def path_of(self, entry: Entry) -> Path:
        return self.folder / entry.stored

    def find(self, entry_id: int) -> Entry | None:
        return next((e for e in self.entries() if e.id == entry_id), None)

    def stage(self, source: Path, sha256: str) -> Path:
        """Copy ``source`` into the folder under a temporary name (before the database)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        staged = self.folder / f".staged-{sha256[:16]}{_suffix(source)}"
        shutil.copyfile(source, staged)
        return staged

    def commit(self, staged: Path, entry: Entry) -> Entry:
        """Keep a staged copy as ``entry`` (replacing any entry of the same dataset)."""
        entries = self.entries()
        entry.id = max((e.id for e in entries), default=0) + 1
        entry.stored = f"{entry.id:04d}-{entry.sha256[:12]}{_suffix(Path(entry.file))}"
        os.replace(staged, self.folder / entry.stored)
        old = [e for e in entries if e.dataset == entry.dataset]
        kept = [e for e in entries if e.dataset != entry.dataset] + [entry]
        self._save(kept)
        for e in old:
            (self.folder / e.stored).unlink(missing_ok=True)
        return entry

    def drop(self, entry_id: int) -> Entry | None:
        entries = self.entries()
        gone = next((e for e in entries if e.id == entry_id), None)
        if gone is None:
            return None
        self._save([e for e in entries if e.id != entry_id])
        (self.folder / gone.stored).unlink(missing_ok=True)
        return gone

    def mapping_file(self, file_name: str) -> Path:
        """Where the column mapping last used for a file of that name is kept (a JSON object
        of field: header, which ``import --mapping`` reads too)."""
        return self.folder / MAPPINGS / (_safe_name(file_name) + ".json")

    def saved_mapping(self, file_name: str) -> dict[str, str] | None:
        """The mapping last confirmed for a file called ``file_name``, or None."""
        path = self.mapping_file(file_name)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict):
            return None
        return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}

    def save_mapping(self, file_name: str, mapping: dict[str, str]) -> Path:
        path = self.mapping_file(file_name)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(mapping, indent=1, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
        return path

    def _save(self, entries: list[Entry]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / (MANIFEST + ".tmp")
        data = {"imports": [asdict(e) for e in entries]}
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.folder / MANIFEST)


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    return suffix if len(suffix) <= 10 and suffix.replace(".", "").isalnum() else ""


def _safe_name(file_name: str) -> str:
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in Path(file_name).name)
    return name.lstrip(".")[:120] or "file"
