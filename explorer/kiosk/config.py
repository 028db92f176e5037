"""The kiosk configuration: a frozen dataclass and a pure validator. No Qt here.

Every problem names the key it is about, so whoever sets up the stand at a conference can
fix the file without reading code. ``validate_config`` collects all problems at once.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from explorer.kiosk.pin import PinHash, PinHashError, parse_pin_hash

# The interface languages the kiosk may offer: English plus the UN languages and Portuguese
# (ABC, the Brazilian agency, publishes in it). The picker shows those that have a translation.
SUPPORTED_LANGUAGES = ("en", "fr", "es", "ar", "zh", "ru", "pt")
IDLE_RANGE = (10, 3600)
COUNTDOWN_RANGE = (3, 120)
KNOWN_KEYS = (
    "idle_seconds",
    "countdown_seconds",
    "featured",
    "pages_allowed",
    "languages",
    "start_page",
    "pin_hash",
    "data_package",
)


class ConfigError(Exception):
    """The configuration cannot be used; ``problems`` lists every reason, one per key."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class KioskConfig:
    """A validated kiosk configuration."""

    idle_seconds: int
    countdown_seconds: int
    featured: tuple[str, ...]
    pages_allowed: tuple[str, ...]
    languages: tuple[str, ...]
    start_page: str
    pin: PinHash
    data_package: Path | None = None  # a signed .eedata installed at start (nothing else is)

    @property
    def default_language(self) -> str:
        """The language the kiosk starts in and returns to: the first one listed."""
        return self.languages[0]


# A kiosk configuration is a few lines; anything far larger is not one.
MAX_CONFIG_BYTES = 1_000_000


def read_toml(path: Path) -> dict[str, object]:
    """The TOML file at ``path``; ``ConfigError`` (one line naming the file) for a missing,
    unreadable, non-UTF-8, oversized or malformed file. Nothing here raises anything else,
    so the kiosk's service sees exit 2 (do not restart) and never a traceback."""
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError([f"{path}: file not found"]) from None
    except OSError as exc:
        raise ConfigError([f"{path}: {exc.strerror or exc}"]) from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError([f"{path}: larger than {MAX_CONFIG_BYTES:,} bytes; not a kiosk file"])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ConfigError([f"{path}: saved as UTF-16; save it as UTF-8"])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(
            [f"{path}: not UTF-8 text (byte {exc.start}: {exc.reason}); save it as UTF-8"]
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"{path}: not valid TOML ({exc})"]) from None
    except RecursionError:
        raise ConfigError([f"{path}: not valid TOML (nested too deeply)"]) from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise ConfigError([f"{path}: not valid TOML ({exc})"]) from None


def _int_in(
    raw: Mapping[str, object], key: str, default: int, bounds: tuple[int, int], problems: list[str]
) -> int:
    value = raw.get(key, default)
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append(f"{key}: must be a whole number of seconds, not {value!r}")
        return default
    if not low <= value <= high:
        problems.append(f"{key}: must be between {low} and {high}, not {value}")
        return default
    return value


def _names(
    raw: Mapping[str, object], key: str, default: tuple[str, ...], problems: list[str]
) -> tuple[str, ...] | None:
    value = raw.get(key, list(default))
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{key}: must be a list of strings, not {value!r}")
        return None
    out: list[str] = []
    for item in value:
        if item in out:
            problems.append(f"{key}: {item!r} is listed twice")
        else:
            out.append(item)
    return tuple(out)


def _subset(
    key: str, values: tuple[str, ...] | None, allowed: Collection[str], problems: list[str]
) -> None:
    if values is None:
        return
    if not values:
        problems.append(f"{key}: must list at least one of {', '.join(allowed)}")
    unknown = [v for v in values if v not in allowed]
    if unknown:
        problems.append(
            f"{key}: unknown {', '.join(map(repr, unknown))}; choose from {', '.join(allowed)}"
        )


def validate_config(
    raw: Mapping[str, object], *, pages: Collection[str], default_pages: tuple[str, ...]
) -> KioskConfig:
    """Check ``raw`` (a parsed TOML table) against the pages that exist.

    Raises ``ConfigError`` listing every problem. ``featured`` is only checked for shape here;
    ``unknown_featured`` checks it against the database.
    """
    problems: list[str] = []
    for key in raw:
        if key not in KNOWN_KEYS:
            problems.append(f"{key}: unknown setting; known settings are {', '.join(KNOWN_KEYS)}")
    idle = _int_in(raw, "idle_seconds", 90, IDLE_RANGE, problems)
    countdown = _int_in(raw, "countdown_seconds", 15, COUNTDOWN_RANGE, problems)
    featured = _names(raw, "featured", (), problems)
    allowed = _names(raw, "pages_allowed", default_pages, problems)
    _subset("pages_allowed", allowed, tuple(pages), problems)
    languages = _names(raw, "languages", ("en",), problems)
    _subset("languages", languages, SUPPORTED_LANGUAGES, problems)
    if languages is not None and languages and "en" not in languages:
        problems.append("languages: must include 'en', the language every string exists in")
    start = raw.get("start_page", allowed[0] if allowed else "")
    if not isinstance(start, str):
        problems.append(f"start_page: must be a page name, not {start!r}")
    elif allowed and start not in allowed:
        problems.append(f"start_page: {start!r} is not in pages_allowed ({', '.join(allowed)})")
    pin: PinHash | None = None
    line = raw.get("pin_hash")
    if line is None:
        problems.append("pin_hash: missing; create one with 'exchange-explorer kiosk-pin'")
    elif not isinstance(line, str):
        problems.append(f"pin_hash: must be a string, not {line!r}")
    else:
        try:
            pin = parse_pin_hash(line)
        except PinHashError as exc:
            problems.append(f"pin_hash: {exc}")
    package = raw.get("data_package")
    if package is not None and (not isinstance(package, str) or not package.strip()):
        problems.append(f"data_package: must be the path of a .eedata file, not {package!r}")
    if problems:
        raise ConfigError(problems)
    assert featured is not None and allowed is not None and languages is not None
    assert isinstance(start, str) and pin is not None
    data_package = Path(package).expanduser() if isinstance(package, str) else None
    return KioskConfig(idle, countdown, featured, allowed, languages, start, pin, data_package)


def unknown_featured(
    config: KioskConfig, initiatives: Mapping[str, tuple[str, ...]],
    headline_keys: Collection[str],
) -> list[str]:  # fmt: skip
    """A problem line for each ``featured`` entry that names no initiative key (or record
    id) and no headline, or a record id that two datasets share (write its key instead)."""
    problems = []
    for item in config.featured:
        found = initiatives.get(item, ())
        if len(found) > 1:
            problems.append(f"featured: {item!r} is the record id of {len(found)} initiatives "
                            f"({', '.join(sorted(found)[:3])}); write the one you mean by its "
                            "key")  # fmt: skip
        elif not found and item not in headline_keys:
            problems.append(f"featured: {item!r} is neither an initiative key (dataset:record, "
                            "e.g. undp-ss:149) nor a headline key in the reference "
                            "database")  # fmt: skip
    return problems
