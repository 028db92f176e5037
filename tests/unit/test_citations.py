"""Citations of real initiatives and datasets of the reference database, in four styles."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Connection

from explorer.domain.citations import FORMATS, Citable, bibtex, format_citation, ris, year_of
from explorer.store.queries.citations import citable

DAY = date(2026, 12, 3)


def _bibtex_entries(text: str) -> list[tuple[str, str, dict[str, str]]]:
    """A small BibTeX reader: (type, key, fields) per entry; asserts braces balance and
    every field is ``name = {value}``, which is what BibTeX and Zotero need."""
    entries = []
    pos = 0
    while (start := text.find("@", pos)) != -1:
        head = re.match(r"@(\w+)\{([^,\s]+),", text[start:])
        assert head, text[start : start + 40]
        depth, first = 0, start + len(head.group(0)) - len(head.group(2)) - 2
        i = first
        for i in range(first, len(text)):
            if text[i] == "{" and text[i - 1] != "\\":
                depth += 1
            elif text[i] == "}" and text[i - 1] != "\\":
                depth -= 1
                if depth == 0:
                    break
        assert depth == 0, "unbalanced braces"
        body = text[start + len(head.group(0)) : i]
        fields = dict(re.findall(r"^\s*(\w+) = \{(.*)\},?$", body, flags=re.M))
        assert len(fields) == body.count(" = {"), body
        entries.append((head.group(1), head.group(2), fields))
        pos = i + 1
    return entries


def test_year_of_takes_dates_not_years_inside_names() -> None:
    assert year_of("datasets/world-development-indicators commit 4ebec5a (2026-07-01)") == 2026
    assert year_of("1.0 (2017)") == 2017
    assert year_of("Capacity Development Briefs, 2007") == 2007
    assert year_of("CLASS_FY2026, 2025-07-02") == 2025
    assert year_of("Brazil_2005-2011_raw_data.xlsx, AidData public_datasets commit afaf88b") is None
    assert year_of("") is None


def test_initiative_citation_in_every_style(ref_conn: Connection) -> None:
    item = citable(ref_conn, "undp-ss:149", DAY)
    assert item is not None and item.kind == "initiative"
    assert item.container == "South-South cooperation projects (UNDP mapping)"
    assert item.url.startswith("https://")  # the record's own link, not only the dataset's
    apa = format_citation(item, "apa")
    assert apa.startswith("United Nations Development Programme")
    assert "(2023)." in apa and "Retrieved December 3, 2026, from https://" in apa
    chicago = format_citation(item, "chicago")
    assert "Accessed December 3, 2026." in chicago and "\u201c" in chicago
    for text in (apa, chicago, format_citation(item, "bibtex"), format_citation(item, "ris")):
        assert "licen" not in text.lower()  # no licence sentence inside a citation


def test_bibtex_parses_and_escapes(ref_conn: Connection) -> None:
    china = citable(ref_conn, "dataset:aiddata-china-v1", DAY)
    assert china is not None
    text = format_citation(china, "bibtex") + bibtex(
        Citable("chart", "chart:trade?iso3=BRA", "Trade 100% {of} #1 $x_y", "A & B", None, DAY)
    )
    entries = _bibtex_entries(text)
    assert [e[1] for e in entries] == ["dataset:aiddata-china-v1", "chart:trade-iso3-BRA"]
    fields = entries[0][2]
    assert fields["author"] == "{AidData at William \\& Mary}"  # one corporate author
    assert fields["year"] == "2017" and fields["urldate"] == "2026-12-03"
    odd = entries[1][2]
    assert odd["title"] == r"{Trade 100\% \{of\} \#1 \$x\_y}" and "year" not in odd


def test_ris_has_zotero_tags(ref_conn: Connection) -> None:
    item = citable(ref_conn, "dataset:undp-ss", DAY)
    assert item is not None
    lines = ris(item).splitlines()
    assert lines[0] == "TY  - DATA" and lines[-1] == "ER  - "
    tags = {line[:2] for line in lines}
    assert {"TI", "AU", "PY", "UR", "Y2"} <= tags
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  - .*", line) for line in lines)
    assert "Y2  - 2026/12/03" in lines


def test_unknown_and_malformed_keys(ref_conn: Connection) -> None:
    assert citable(ref_conn, "undp-ss:no-such-record", DAY) is None
    assert citable(ref_conn, "dataset:no-such-dataset", DAY) is None
    with pytest.raises(ValueError):
        citable(ref_conn, "not a key", DAY)
    with pytest.raises(ValueError):
        format_citation(Citable("dataset", "k", "t", "a", None, DAY), "mla")
    assert "n.d." in format_citation(Citable("dataset", "k", "t", "a", None, DAY), "apa")


def test_cite_command(reference_db: Path, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "explorer", "--db", str(reference_db), "cite", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    out = tmp_path / "refs.ris"
    done = run("undp-ss:149", "dataset:wdi", "--format", "ris", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8").count("ER  - ") == 2
    bad = run("undp-ss:149", "nope:1", "bad key", "--format", "bibtex")
    assert bad.returncode == 2
    assert len(_bibtex_entries(bad.stdout)) == 1  # the good key is still cited
    assert "nope:1" in bad.stderr and "Traceback" not in bad.stderr
    assert set(FORMATS) == {"apa", "chicago", "bibtex", "ris"}
