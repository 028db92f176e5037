"""Data-package jobs for the GUI (Qt-free): look at a package, install it, roll back.

Each takes the runner's ``Control`` first; progress goes to ``control.progress`` and a
Cancel raises ``Cancelled`` between 1 MiB chunks, before anything installed has changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from explorer.jobs.control import Control

STEPS = 1000


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
                    extra_keys: list[Path] | None = None) -> PackagePreview:
    """Verify ``package`` (raises PackageError) and compare it with what ``target`` holds."""
    from explorer.packages.core import fingerprint, installed_versions, verify

    keys = trusted_keys(extra_keys)
    v = verify(package, keys, allow_unsigned=True, progress=_reporter(control, 0))
    current: dict[str, str] = {}
    installed_sequence = None
    for version in installed_versions(target):
        if version.active:
            installed_sequence = version.record.get("sequence")
            current = {d["key"]: str(d["version"]) for d in version.record.get("datasets", [])}
    new = {d["key"]: str(d["version"]) for d in v.manifest.get("datasets", [])}
    return PackagePreview(
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
                    extra_keys: list[Path] | None = None) -> int:
    """Verify and install; returns the installed sequence number."""
    from explorer.packages.core import install

    verifying, writing = _reporter(control, 0), _reporter(control, STEPS // 2)

    def both(done: int, total: int, text: str) -> None:
        (verifying if text == "verify" else writing)(done, total, text)

    v = install(package, target, trusted_keys(extra_keys), allow_unsigned=allow_unsigned,
                allow_older=allow_older, progress=both)
    return int(v.manifest["sequence"])


def rollback_data(control: Control, target: Path) -> None:
    """Put the previous data back (and keep the current one as the previous)."""
    from explorer.packages.core import rollback

    control.check()
    rollback(target)
