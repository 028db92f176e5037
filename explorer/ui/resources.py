"""Where bundled resources (icons, styles, translations) live, from source or a bundle."""

from __future__ import annotations

from pathlib import Path

from explorer.paths import REPO_ROOT, bundled_dir


def resource_path(*parts: str) -> Path:
    """A path under ``resources/``: in the PyInstaller bundle if packaged, else the checkout."""
    bundle = bundled_dir()
    base = (bundle / "resources") if bundle is not None else (REPO_ROOT / "resources")
    return base.joinpath(*parts)


def read_stylesheet(name: str = "app.qss") -> str:
    """The application stylesheet (empty if it is missing, never an error)."""
    try:
        return resource_path("styles", name).read_text(encoding="utf-8")
    except OSError:
        return ""
