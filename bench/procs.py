"""Spawning a measured child process: wall time, its stdout, its exit, and its peak memory.

Peak memory is the child's own ``ru_maxrss`` from ``os.wait4`` (one fresh child per sample).
On Linux that figure starts from the size of the spawning process (the child's memory before
``exec`` counts), so the harness keeps its own process small and records its size beside
each figure (``parent_rss_mb``): a child peak close to it would mean nothing.
"""

from __future__ import annotations

import os
import resource
import selectors
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from tempfile import TemporaryFile

from bench.harness import REPO_ROOT, BenchmarkFailed


@dataclass(frozen=True)
class ChildRun:
    """One measured child: wall time to the awaited line (or to exit), the line, peak RSS."""

    wall_s: float
    line: str
    stdout: str
    returncode: int
    peak_rss_mb: float
    parent_rss_mb: float


def own_peak_rss_mb() -> float:
    """This process's peak RSS in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def python_command(*args: str) -> list[str]:
    """The running interpreter (the venv's, under ``make bench``) with ``args``."""
    return [sys.executable, *args]


def _tail(text: str, lines: int = 15) -> str:
    kept = text.strip().splitlines()[-lines:]
    return "\n".join("    " + line for line in kept) if kept else "    (nothing)"


def run_child(
    argv: list[str],
    *,
    env: dict[str, str],
    wait_for: str | None,
    timeout_s: float,
    what: str,
    cwd: Path = REPO_ROOT,
) -> ChildRun:
    """Run ``argv`` and time it from just before spawning.

    With ``wait_for``, the clock stops when a stdout line starting with it is read; otherwise
    when the child exits. Raises ``BenchmarkFailed`` (with the child's stderr tail) when the
    line never comes, the child exits non-zero, or ``timeout_s`` passes.
    """
    parent_mb = own_peak_rss_mb()
    with TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err
        )
        assert proc.stdout is not None
        out = bytearray()
        line = ""
        stopped: float | None = None
        deadline = started + timeout_s
        timed_out = False
        with selectors.DefaultSelector() as sel:
            sel.register(proc.stdout, selectors.EVENT_READ)
            while True:
                left = deadline - time.perf_counter()
                if left <= 0:
                    timed_out = True
                    break
                if not sel.select(timeout=left):
                    continue
                chunk = os.read(proc.stdout.fileno(), 65536)
                if not chunk:
                    break
                before = len(out)
                out += chunk
                if wait_for is not None and stopped is None:
                    found = _find_line(out, wait_for, since=before)
                    if found is not None:
                        stopped = time.perf_counter()
                        line = found
        if timed_out:
            proc.kill()  # not proc.poll(): that would reap the child before os.wait4 can
        _, status, usage = os.wait4(proc.pid, 0)
        ended = time.perf_counter()
        proc.returncode = os.waitstatus_to_exitcode(status)
        proc.stdout.close()
        err.seek(0)
        stderr = err.read().decode(errors="replace")
    stdout = out.decode(errors="replace")
    if timed_out:
        raise BenchmarkFailed(
            f"{what}: no answer within {timeout_s:g} s; stderr ends with:\n{_tail(stderr)}"
        )
    if proc.returncode != 0:
        raise BenchmarkFailed(
            f"{what}: exited with status {proc.returncode}; stderr ends with:\n{_tail(stderr)}"
        )
    if wait_for is not None and stopped is None:
        raise BenchmarkFailed(
            f"{what}: exited without printing a line starting with {wait_for!r}; "
            f"stdout ends with:\n{_tail(stdout)}\n  stderr ends with:\n{_tail(stderr)}"
        )
    return ChildRun(
        wall_s=(stopped if stopped is not None else ended) - started,
        line=line,
        stdout=stdout,
        returncode=proc.returncode,
        peak_rss_mb=usage.ru_maxrss / 1024,
        parent_rss_mb=parent_mb,
    )


def _find_line(buffer: bytearray, prefix: str, *, since: int) -> str | None:
    """The first complete line starting with ``prefix`` that ends at or after ``since``."""
    start = buffer.rfind(b"\n", 0, since) + 1
    for raw in bytes(buffer[start:]).split(b"\n")[:-1]:
        text = raw.decode(errors="replace").strip()
        if text.startswith(prefix):
            return text
    return None
