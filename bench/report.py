"""Writing results: bench/results.json (merged), bench/results.md, and README.md's table.

The Markdown is always rendered from the merged JSON, so running one benchmark keeps the
others' rows; a row measured on another machine or day says so under the table.
"""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.harness import JSON

START_MARKER = "<!-- bench:start -->"
END_MARKER = "<!-- bench:end -->"
_MARKED = re.compile(re.escape(START_MARKER) + r".*?" + re.escape(END_MARKER), re.DOTALL)


def _first(path: str, key: str) -> str:
    try:
        for line in Path(path).read_text(errors="replace").splitlines():
            name, _, value = line.partition(":")
            if name.strip() == key:
                return value.strip()
    except OSError:
        pass
    return ""


def _os_name() -> str:
    pretty = ""
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                pretty = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return f"{pretty or platform.system()} (kernel {platform.release()})"


def _qt_versions() -> str:
    """Qt and PySide6 versions, asked of a child so this process never loads Qt."""
    code = "import PySide6.QtCore as c, PySide6 as p; print(c.qVersion(), p.__version__)"
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
        )
        qt, pyside = done.stdout.split()
    except (OSError, subprocess.SubprocessError, ValueError):
        return "unknown"
    return f"Qt {qt} (PySide6 {pyside})"


def machine_info() -> dict[str, str]:
    """The machine the benchmarks run on, for the report's heading."""
    kb = _first("/proc/meminfo", "MemTotal").split()
    ram = f"{int(kb[0]) / 1024 / 1024:.1f} GiB" if kb and kb[0].isdigit() else "unknown"
    return {
        "cpu": _first("/proc/cpuinfo", "model name") or platform.processor() or "unknown",
        "cores": str(os.cpu_count() or "unknown"),
        "ram": ram,
        "os": _os_name(),
        "python": platform.python_version(),
        "qt": _qt_versions(),
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
    }


def machine_label(info: dict[str, str]) -> str:
    """A one-line name of the machine, stored with each result to tell machines apart."""
    return f"{info['cpu']}, {info['cores']} cores, {info['ram']}, Python {info['python']}"


def load_results(path: Path) -> dict[str, JSON]:
    """The existing results, or nothing when the file is missing or unreadable."""
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}


def merge_results(path: Path, fresh: dict[str, JSON]) -> dict[str, JSON]:
    """Write ``fresh`` over the same names in ``path``, keeping every other benchmark."""
    merged = load_results(path)
    merged.update(fresh)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(merged, indent=2, sort_keys=False) + "\n")
    os.replace(tmp, path)
    return merged


def _fmt(value: Any, unit: str) -> str:
    if not isinstance(value, int | float):
        return "–"
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    return f"{value:.3g} {unit}"


def _notes(e: JSON) -> str:
    notes = str(e.get("notes", ""))
    before, after = e.get("load_1m_before"), e.get("load_1m_after")
    if isinstance(before, int | float) and isinstance(after, int | float):
        notes += ("; " if notes else "") + f"load {before:.1f}→{after:.1f}"
    return notes


def _row(name: str, e: JSON) -> str:
    if "error" in e:
        lines = [ln.strip() for ln in str(e["error"]).splitlines() if ln.strip()] or ["failed"]
        first = lines[0] if len(lines) == 1 else f"{lines[0]} … {lines[-1]}"
        cells = [name, "**failed**", "–", "–", "–", "–", str(e.get("target", "–")), "no", first]
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"
    unit = str(e.get("unit", "s"))
    ratio = e.get("ratio")
    met = e.get("met")
    cells = [
        name,
        _fmt(e.get(f"median_{unit}"), unit),
        _fmt(e.get(f"min_{unit}"), unit),
        _fmt(e.get(f"max_{unit}"), unit),
        _fmt(e.get(f"baseline_{unit}"), unit),
        f"{ratio:.2f}" if isinstance(ratio, int | float) else "–",
        str(e.get("target", "–")),
        "–" if met is None else ("yes" if met else "**no**"),
        _notes(e),
    ]
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def render_markdown(results: dict[str, JSON], info: dict[str, str], order: list[str]) -> str:
    """The report: the machine, then one row per benchmark (registry order first)."""
    names = [n for n in order if n in results] + sorted(n for n in results if n not in order)
    lines = [
        f"Measured on {info['cpu']}, {info['cores']} cores, {info['ram']} RAM; {info['os']}; "
        f"Python {info['python']}; {info['qt']}; {info['date']}.",
        "",
        "| benchmark | median | min | max | baseline | ratio | target | met? | notes |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    lines += [_row(n, results[n]) for n in names]
    here = machine_label(info)
    day = info["date"][:10]
    older = [
        f"- {n}: measured {results[n].get('ran_at', '?')} on {results[n].get('machine', '?')}"
        for n in names
        if results[n].get("machine") != here or str(results[n].get("ran_at", ""))[:10] != day
    ]
    if older:
        lines += ["", "Rows from an earlier run:", *older]
    lines += [
        "",
        "Median, min and max over the repeats (warm-up runs excluded); ratio = median of the "
        "app / median of the baseline, both measured in the same run. "
        "Rerun with `make bench` (one benchmark: `make bench ONLY=startup`).",
    ]
    return "\n".join(lines) + "\n"


def replace_marked(text: str, table: str) -> str | None:
    """``text`` with the part between the bench markers replaced, or None without markers."""
    if START_MARKER not in text or END_MARKER not in text:
        return None
    block = f"{START_MARKER}\n{table.rstrip()}\n{END_MARKER}"
    return _MARKED.sub(lambda _m: block, text, count=1)


def update_readme(readme: Path, table: str) -> bool:
    """Put ``table`` between the markers of ``readme``; False (file untouched) without them."""
    try:
        text = readme.read_text()
    except OSError:
        return False
    updated = replace_marked(text, table)
    if updated is None:
        return False
    if updated != text:
        readme.write_text(updated)
    return True
