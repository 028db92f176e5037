"""Install a configured package when a program starts (the kiosk's ``data_package``).

Unattended, so strict: the package must be signed by a trusted key and newer than what is
installed (never unsigned, never older); the one configured path is the only source. Every
outcome is one line for the log; a refused or missing package leaves the installed data in
use. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class StartupInstall:
    """What happened to the configured package.

    ``database`` is the file to open (the target when it holds data, else None: keep the
    caller's); ``installed`` whether the package was installed now; ``message`` one line."""

    database: Path | None
    installed: bool
    message: str


def install_at_start(package: Path, target: Path, trusted: dict[str, Any]) -> StartupInstall:
    """Verify and install ``package`` into ``target`` if it is newer than what is there."""
    from explorer.packages.core import PackageError, active_record, install, verify

    have = target if target.is_file() else None
    if not package.is_file():
        return StartupInstall(have, False, f"data package {package}: not found (is the USB "
                                           "stick in?); the installed data is used")
    try:
        verified = verify(package, trusted)
        current = active_record(target) if have else {}
        sequence = verified.manifest["sequence"]
        if current.get("sequence") is not None and sequence <= current["sequence"]:
            return StartupInstall(have, False, f"data package {package.name}: sequence "
                                               f"{sequence} is already installed")
        install(package, target, trusted)
    except PackageError as exc:
        return StartupInstall(have, False, f"data package refused: {exc}; the installed data "
                                           "is used")
    except OSError as exc:
        return StartupInstall(have, False, f"data package {package.name} not installed: "
                                           f"{exc.strerror or exc}; the installed data is used")
    return StartupInstall(target, True, f"data package {package.name}: installed sequence "
                                        f"{sequence} signed by {verified.signer}")
