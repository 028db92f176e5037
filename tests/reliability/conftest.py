"""The reliability campaign (issue 17): each test tries seeded cases of one category and
records, per case, whether the application handled it cleanly.

``make test`` runs the short campaign; ``make reliability`` (``RELIABILITY_FULL=1``) the
full one. At the end the tally is written to ``build/reliability.json`` (the README's table
is made from it by ``scripts/reliability_table.py``) and printed. A failure names its case
and seed, so ``RELIABILITY_SEED=<seed>`` replays it.
"""

from __future__ import annotations

import json
import os
import platform
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FULL = os.environ.get("RELIABILITY_FULL") == "1"
SEED = int(os.environ.get("RELIABILITY_SEED", "20261203"))


def cases(short: int, full: int) -> int:
    """How many cases a category tries in this run."""
    return full if FULL else short


@dataclass
class Tally:
    tried: int = 0
    clean: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    figures: list[str] = field(default_factory=list)  # measured along the way, for the table


class Campaign:
    """What was tried per category, and which cases failed."""

    def __init__(self) -> None:
        self.categories: dict[str, Tally] = {}

    def record(self, category: str, case: str, ok: bool, detail: str = "") -> None:
        tally = self.categories.setdefault(category, Tally())
        tally.tried += 1
        if ok:
            tally.clean += 1
        else:
            tally.failures.append(f"{case}: {detail}" if detail else case)

    def bulk(self, category: str, tried: int, failures: list[str]) -> None:
        """``tried`` cases of which ``failures`` (named) were not handled cleanly."""
        tally = self.categories.setdefault(category, Tally())
        tally.tried += tried
        tally.clean += max(0, tried - len(failures))
        tally.failures.extend(failures)

    def attempt(self, category: str, case: str, action: Callable[[], object], *,
                ours: tuple[type[BaseException], ...] = (), one_line: bool = True,
                slow: float = 2.0) -> None:  # fmt: skip
        """Run one fuzz case: clean when ``action`` returns, or raises one of ``ours`` (with
        a one-line message when ``one_line``), within ``slow`` seconds; any other exception
        is the finding."""
        started = time.monotonic()
        try:
            action()
        except ours as exc:
            if one_line and "\n" in str(exc):
                self.record(category, case, False, f"two-line message: {exc}"[:200])
                return
        except Exception as exc:  # anything else is a finding
            self.record(category, case, False, f"{type(exc).__name__}: {exc}"[:200])
            return
        took = time.monotonic() - started
        self.record(category, case, took <= slow, f"took {took:.2f} s")

    def figure(self, category: str, text: str) -> None:
        """A figure the category measured (memory growth, notes recovered) for the README."""
        self.categories.setdefault(category, Tally()).figures.append(text)

    def failures(self, category: str) -> list[str]:
        return self.categories.get(category, Tally()).failures

    def as_json(self) -> dict[str, object]:
        return {
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}",
            "mode": "full" if FULL else "short",
            "seed": SEED,
            "categories": {
                name: {"tried": t.tried, "clean": t.clean, "failures": t.failures,
                       "seconds": round(t.seconds, 1), "figures": t.figures}
                for name, t in sorted(self.categories.items())
            },
        }  # fmt: skip


_CAMPAIGN = Campaign()


@pytest.fixture(scope="session")
def campaign() -> Campaign:
    return _CAMPAIGN


@pytest.fixture()
def timed(campaign: Campaign) -> Iterator[dict[str, str]]:
    """Adds the test's time to the category it names (``timed["category"] = ...``)."""
    box: dict[str, str] = {}
    started = time.monotonic()
    yield box
    if "category" in box:
        tally = campaign.categories.setdefault(box["category"], Tally())
        tally.seconds += time.monotonic() - started


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if not _CAMPAIGN.categories:
        return
    # The full campaign's record feeds the README; a short run (make test) keeps its own.
    out = ROOT / "build" / ("reliability.json" if FULL else "reliability-short.json")
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(_CAMPAIGN.as_json(), indent=2, ensure_ascii=False) + "\n",
                   encoding="utf-8")  # fmt: skip


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _CAMPAIGN.categories:
        return
    write = terminalreporter.write_line
    write(f"reliability campaign ({'full' if FULL else 'short'}, seed {SEED}):")
    for name, t in sorted(_CAMPAIGN.categories.items()):
        write(f"  {name:<28} tried {t.tried:>5}  clean {t.clean:>5}  "
              f"failures {len(t.failures):>3}  {t.seconds:6.1f} s")  # fmt: skip
        for failure in t.failures[:10]:
            write(f"      {failure}")
        for text in t.figures:
            write(f"      measured: {text}")
