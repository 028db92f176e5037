"""Write the README's reliability table from ``build/reliability.json`` (what the campaign in
``tests/reliability`` recorded): ``python scripts/reliability_table.py [README.md]``."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- reliability:start -->", "<!-- reliability:end -->"


def table(report: dict[str, object]) -> str:
    categories = report["categories"]
    assert isinstance(categories, dict)
    lines = [
        f"Run of {report['date']} ({report['mode']} campaign, seed {report['seed']}) on "
        f"{report['machine']}.",
        "",
        "| category | tried | handled cleanly | failures | time |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, c in categories.items():
        lines.append(f"| {name} | {c['tried']:,} | {c['clean']:,} | {len(c['failures'])} | "
                     f"{c['seconds']:.0f} s |")  # fmt: skip
    notes = [f"- {name}: {text}" for name, c in categories.items()
             for text in c.get("figures", [])]  # fmt: skip
    if notes:
        lines += ["", "Measured:", "", *notes]
    for name, c in categories.items():
        for failure in c["failures"][:5]:
            lines.append(f"\n- {name}: {failure}")
    return "\n".join(lines)


def merged() -> dict[str, object]:
    """The full campaign's record; categories only a later short run tried are added from
    ``reliability-short.json``, marked as short (their full run is still to be made)."""
    report = json.loads((ROOT / "build" / "reliability.json").read_text(encoding="utf-8"))
    short_file = ROOT / "build" / "reliability-short.json"
    if short_file.is_file():
        short = json.loads(short_file.read_text(encoding="utf-8"))
        categories = report["categories"]
        for name, c in short["categories"].items():
            if name not in categories:
                categories[f"{name} (short run of {short['date']})"] = c
    return report


def main(readme: Path) -> int:
    report = merged()
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        print(f"{readme}: no {START} ... {END} markers", file=sys.stderr)
        return 1
    block = f"{START}\n{table(report)}\n{END}"
    readme.write_text(re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: block, text,
                             flags=re.S), encoding="utf-8")  # fmt: skip
    print(table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "README.md"))
