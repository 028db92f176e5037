"""Category 3: a damaged reference database (flipped bytes, truncation, a zeroed header, a
junk WAL file beside it). ``check`` and ``search`` either work (the damage hit bytes
SQLite cannot see, e.g. inside a text value) or print one line naming the problem: never a
traceback, never a hang, never "ok" from ``check`` followed by a failing search."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.conftest import SEED, Campaign, cases

MODES = ("flip", "truncate", "zero-header", "junk-wal")


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "explorer", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)  # fmt: skip


def _damage(db: Path, mode: str, rng: random.Random) -> str:
    size = db.stat().st_size
    if mode == "flip":
        offsets = sorted(rng.randrange(100, size) for _ in range(32))
        with db.open("r+b") as f:
            for at in offsets:
                f.seek(at)
                byte = f.read(1)
                f.seek(at)
                f.write(bytes([byte[0] ^ (1 << rng.randrange(8))]))
        return f"32 bit flips from offset {offsets[0]}"
    if mode == "truncate":
        keep = rng.randrange(0, size)
        os.truncate(db, keep)
        return f"cut to {keep} bytes"
    if mode == "zero-header":
        with db.open("r+b") as f:
            f.write(bytes(100))
        return "first 100 bytes zeroed"
    Path(f"{db}-wal").write_bytes(rng.randbytes(rng.randrange(32, 65536)))
    return "random -wal file beside it"


def _clean(result: subprocess.CompletedProcess[str]) -> str | None:
    """Why ``result`` is not a clean outcome, or None."""
    if "Traceback" in result.stderr:
        return "traceback: " + result.stderr.strip().splitlines()[-1][:160]
    if result.returncode != 0:
        lines = [x for x in (result.stderr + result.stdout).splitlines() if x.strip()]
        if not lines:
            return f"exit {result.returncode} without a message"
        if "SELECT" in result.stderr or "FROM " in result.stderr:
            return "SQL text in the message"
    return None


@pytest.mark.realdata
def test_damaged_reference_database(reference_db: Path, tmp_path: Path, campaign: Campaign,
                                    timed: dict[str, str]) -> None:  # fmt: skip
    category = timed["category"] = "corruption: reference database"
    rng = random.Random(SEED + 3)
    for n in range(cases(4, 24)):
        mode = MODES[n % len(MODES)]
        db = tmp_path / f"damaged-{n}.sqlite"
        shutil.copyfile(reference_db, db)
        what = _damage(db, mode, rng)
        case = f"seed {SEED + 3} case {n} ({mode}: {what})"
        try:
            checked = _cli(db, "check")
            searched = _cli(db, "search", "health", "--limit", "5")
        except subprocess.TimeoutExpired:
            campaign.record(category, case, False, "hung over 120 s")
            continue
        problem = _clean(checked) or _clean(searched)
        if problem is None and checked.returncode == 0 and searched.returncode != 0:
            problem = "check said ok, then search failed: " + searched.stderr.strip()[:160]
        campaign.record(category, case, problem is None, problem or "")
        for leftover in tmp_path.glob(f"damaged-{n}.sqlite*"):
            leftover.unlink()
    assert not campaign.failures(category), campaign.failures(category)
