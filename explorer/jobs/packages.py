"""Data-package jobs for the GUI (Qt-free): look at a package, install it, roll back.

Each takes the runner's ``Control`` first; progress goes to ``control.progress`` and a
Cancel raises ``Cancelled`` between 1 MiB chunks, before anything installed has changed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from explorer.jobs.control import Control

STEPS = 1000


@dataclass(frozen=True)
class Refused:
    """A package the app will not install (or a rollback it cannot do): one line saying why.

    Returned, not raised: a refusal is an answer for the user, not a failure of the job."""

    message: str


@dataclass(frozen=True)
class DatasetChange:
    """One dataset as installed and as in the package (None: not there)."""

    key: str
    installed_version: str | None
    version: str | None
    installed_rows: int | None
    rows: int | None


@dataclass(frozen=True)
class PackagePreview:
    """What installing a package would do: who signed it and which datasets change."""

    signer: str | None
    fingerprint: str | None
    sequence: int
    installed_sequence: int | None
    created: str
    added: list[str]
    removed: list[str]
    changed: list[tuple[str, str, str]]  # key, installed version, package version
    catalogue: str = ""
    package_size: int = 0
    database_size: int = 0
    datasets: tuple[DatasetChange, ...] = ()
    initiatives: int | None = None
    installed_initiatives: int | None = None
    previous_sequence: int | None = None
    has_previous: bool = False

    @property
    def older(self) -> bool:
        """Whether the package is not newer than the installed data (by sequence number)."""
        return self.installed_sequence is not None and self.sequence <= self.installed_sequence


def trusted_keys(extra: list[Path] | None = None) -> dict[str, Any]:
    """The shipped keys, the user's keys folder and ``extra``."""
    from explorer.packages.core import load_trusted
    from explorer.paths import REPO_ROOT, user_data_dir

    return load_trusted([REPO_ROOT / "resources" / "keys", user_data_dir() / "keys",
                         *(extra or [])])


def _reporter(control: Control, phase_base: int) -> Any:
    def report(done: int, total: int, text: str) -> None:
        control.check()
        control.progress(phase_base + int(done / max(total, 1) * STEPS // 2), STEPS, text)
    return report


def preview_package(control: Control, package: Path, target: Path,
                    extra_keys: list[Path] | None = None) -> PackagePreview | Refused:
    """Verify ``package`` and compare it with what ``target`` holds (``Refused`` saying why
    when the package is damaged, tampered with or signed by an unknown key)."""
    from explorer.packages.core import (
        PackageError,
        describe,
        fingerprint,
        installed_versions,
        verify,
    )

    keys = trusted_keys(extra_keys)
    try:
        v = verify(package, keys, allow_unsigned=True, progress=_reporter(control, 0))
    except PackageError as exc:
        return Refused(str(exc))
    current: dict[str, str] = {}
    current_rows: dict[str, int] = {}
    installed_sequence = previous_sequence = installed_initiatives = None
    has_previous = False
    for version in installed_versions(target):
        if version.active:
            installed_sequence = version.record.get("sequence")
            current = {d["key"]: str(d["version"]) for d in version.record.get("datasets", [])}
            current_rows = {d["key"]: d.get("rows") for d in version.record.get("datasets", [])}
            try:
                installed_initiatives = describe(target).get("initiatives")
            except sqlite3.Error:  # an unreadable installed file: nothing to compare
                installed_initiatives = None
        else:
            has_previous = True
            previous_sequence = version.record.get("sequence")
    new = {d["key"]: str(d["version"]) for d in v.manifest.get("datasets", [])}
    new_rows = {d["key"]: d.get("rows") for d in v.manifest.get("datasets", [])}
    datasets = tuple(
        DatasetChange(k, current.get(k), new.get(k), current_rows.get(k), new_rows.get(k))
        for k in sorted(set(new) | set(current)))
    return PackagePreview(
        catalogue=str(v.manifest.get("catalogue") or ""),
        package_size=package.stat().st_size,
        database_size=int(v.manifest.get("database_size") or 0),
        datasets=datasets,
        initiatives=v.manifest.get("initiatives"),
        installed_initiatives=installed_initiatives,
        previous_sequence=previous_sequence,
        has_previous=has_previous,
        signer=v.signer,
        fingerprint=fingerprint(keys[v.signer]) if v.signer in keys else None,
        sequence=int(v.manifest["sequence"]),
        installed_sequence=installed_sequence,
        created=str(v.manifest.get("created", "")),
        added=sorted(set(new) - set(current)),
        removed=sorted(set(current) - set(new)),
        changed=[(k, current[k], new[k]) for k in sorted(set(new) & set(current))
                 if new[k] != current[k]],
    )


def install_package(control: Control, package: Path, target: Path, *,
                    allow_unsigned: bool = False, allow_older: bool = False,
                    extra_keys: list[Path] | None = None) -> int | Refused:
    """Verify and install; returns the installed sequence number, or ``Refused`` (nothing
    installed changed). A Cancel raises ``Cancelled`` before the swap."""
    from explorer.packages.core import PackageError, install

    verifying, writing = _reporter(control, 0), _reporter(control, STEPS // 2)

    def both(done: int, total: int, text: str) -> None:
        (verifying if text == "verify" else writing)(done, total, text)

    try:
        v = install(package, target, trusted_keys(extra_keys), allow_unsigned=allow_unsigned,
                    allow_older=allow_older, progress=both)
    except PackageError as exc:
        return Refused(str(exc))
    return int(v.manifest["sequence"])


def rollback_data(control: Control, target: Path) -> Refused | None:
    """Put the previous data back (and keep the current one as the previous)."""
    from explorer.packages.core import PackageError, rollback

    control.check()
    try:
        rollback(target)
    except PackageError as exc:
        return Refused(str(exc))
    return None


def data_signer(path: Path | None) -> tuple[str, str | None] | None:
    """Who signed the installed data at ``path``: (signer, fingerprint of the trusted key
    or None when that key is no longer trusted); None when it was not installed from a
    signed package (built here, or a server)."""
    from explorer.packages.core import active_record, fingerprint

    if path is None or not path.is_file():
        return None
    signer = active_record(path).get("signer")
    if not isinstance(signer, str):
        return None
    key = trusted_keys().get(signer)
    return signer, fingerprint(key) if key is not None else None
