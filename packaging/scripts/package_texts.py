"""Write the texts every package carries: licence, data sources, third-party notices.

    python packaging/scripts/package_texts.py OUT_DIR

OUT_DIR gets LICENSE.txt (the app's MIT licence), DATA-SOURCES.txt (made from
db/curated/datasets.toml, so it always lists what the bundled database was built from),
THIRD-PARTY.txt and README.txt (copied from packaging/texts/).
"""

from __future__ import annotations

import shutil
import sys
import textwrap
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ROOT / "packaging" / "texts"


def data_sources_text() -> str:
    """Every dataset of the reference database: publisher, licence, version, citation."""
    datasets = tomllib.loads((ROOT / "db" / "curated" / "datasets.toml").read_text("utf-8"))
    lines = [
        "Exchange Explorer: data sources and their licences",
        "=" * 50,
        "",
        "The reference database shipped with the app (data/reference.sqlite) is built from",
        "the public sources below. Every figure the app shows names its source; the Sources",
        "page lists the same datasets. The licence of each dataset is that of its publisher,",
        "not the MIT licence of the program.",
        "",
    ]
    for key, d in datasets.items():
        lines += [f"* {d.get('name', key)}", f"  Publisher: {d.get('publisher', '')}"]
        lines += [f"  Licence:   {d.get('licence', '')}", f"  Version:   {d.get('version', '')}"]
        if d.get("url"):
            lines.append(f"  URL:       {d['url']}")
        wrapped = textwrap.wrap(d.get("citation", ""), 86, break_on_hyphens=False)
        lines += ["  Citation:  " + "\n             ".join(wrapped), ""]
    return "\n".join(lines)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "LICENSE", out / "LICENSE.txt")  # the one licence file
    for name in ("THIRD-PARTY.txt", "README.txt"):
        shutil.copyfile(TEXTS / name, out / name)
    (out / "DATA-SOURCES.txt").write_text(data_sources_text(), encoding="utf-8")
    print(f"package texts written to {out}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(Path(sys.argv[1])))
