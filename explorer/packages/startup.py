"""Install a configured package when a program starts (the kiosk's ``data_package``).

Unattended, so strict: the package must be signed by a trusted key and newer than what is
installed (never unsigned, never older); the one configured path is the only source. Every
outcome is one line for the log; a refused or missing package leaves the installed data in
use. Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable
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


SHIPPED_PACKAGE = "reference.eedata"


def shipped_package() -> Path | None:
    """The signed reference package an installed app ships (``data/reference.eedata`` in
    the bundle), if there is one; None when running from a checkout."""
    from explorer.paths import bundled_dir

    bundle = bundled_dir()
    package = bundle / "data" / SHIPPED_PACKAGE if bundle is not None else None
    return package if package is not None and package.is_file() else None


def package_sequence(package: Path) -> int | None:
    """The sequence number the package's manifest claims (unverified: only to decide
    whether to install; the install verifies everything), or None if unreadable."""
    import json
    import zipfile

    from explorer.packages.core import MANIFEST, MAX_MANIFEST

    try:
        with zipfile.ZipFile(package) as zf:
            if zf.getinfo(MANIFEST).file_size > MAX_MANIFEST:
                return None
            sequence = json.loads(zf.read(MANIFEST)).get("sequence")
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, AttributeError):
        return None
    return sequence if isinstance(sequence, int) and not isinstance(sequence, bool) else None


def needs_first_install(package: Path, target: Path) -> bool:
    """Whether the shipped ``package`` should be installed into ``target``: nothing is
    there yet, or the package is newer (a new version of the app) than the package that
    is installed. Data installed from a newer package (an organisation's update) or built
    from a folder (no package record) is never replaced."""
    from explorer.packages.core import active_record

    if not target.is_file():
        return True
    sequence = package_sequence(package)
    installed = active_record(target).get("sequence")
    return sequence is not None and isinstance(installed, int) and sequence > installed


def install_shipped_if_needed(report: Callable[[str], None]) -> StartupInstall | None:
    """For commands that read the data in an installed app whose bundle ships a package:
    install it into the user's data folder first (same rules as the window's first start);
    None when there was nothing to do. ``report`` gets one line before and after."""
    import os

    from explorer.packages.core import load_trusted
    from explorer.paths import REPO_ROOT, user_data_dir

    package = shipped_package()
    if package is None or os.environ.get("EXPLORER_DB"):
        return None
    target = user_data_dir() / "reference.sqlite"
    if not needs_first_install(package, target):
        return None
    report(f"installing the data that comes with the app ({package.name})…")
    # REPO_ROOT is the bundle's folder in an installed app: its resources/keys ship there
    trusted = load_trusted([REPO_ROOT / "resources" / "keys", user_data_dir() / "keys"])
    outcome = install_at_start(package, target, trusted)
    report(outcome.message)
    return outcome
