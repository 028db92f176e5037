"""The write lock beside a target: exclusive across processes, and it leaves nothing behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from explorer.store.swap import TargetError, TargetLock


def test_release_removes_the_lock_file(tmp_path: Path) -> None:
    out = tmp_path / "reference.sqlite"
    with TargetLock(out) as lock:
        assert lock.path.exists()
        with pytest.raises(TargetError, match="another process"):
            TargetLock(out).acquire()
    assert list(tmp_path.iterdir()) == []
    with TargetLock(out):  # and it can be taken again
        pass


_WORKER = """
import os, sys, time
from pathlib import Path
from explorer.store.swap import TargetError, TargetLock
out = Path(sys.argv[1]); marker = out.with_name("inside")
got = 0
deadline = time.monotonic() + 3
while time.monotonic() < deadline:
    try:
        lock = TargetLock(out); lock.acquire()
    except TargetError:
        continue
    try:
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)  # fails if another is inside
        os.close(fd); got += 1
        os.unlink(marker)
    finally:
        lock.release()
print(got)
"""


def test_contending_processes_never_hold_it_together(tmp_path: Path) -> None:
    """Removing the lock file on release must not let two writers in at once."""
    out = tmp_path / "reference.sqlite"
    workers = [
        subprocess.Popen([sys.executable, "-c", _WORKER, str(out)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    results = [w.communicate(timeout=60) for w in workers]
    for (stdout, stderr), worker in zip(results, workers, strict=True):
        assert worker.returncode == 0, stderr  # FileExistsError would mean two were inside
        assert int(stdout) > 0
    assert list(tmp_path.iterdir()) == []
