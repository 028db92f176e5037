"""The PDF country brief: 2-4 A4 pages with the name, the World Bank source and a figure."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.realdata


def _text(path: Path) -> tuple[int, str]:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", text)


def test_brief_pdf(qtbot: QtBot, reference_db: Path, tmp_path: Path) -> None:
    from explorer.jobs.countries import load_profile
    from explorer.store.database import Database
    from explorer.ui.pdf_brief import write_brief
    from explorer.ui.widgets.country_format import figure_text

    profile = load_profile(Database.open(reference_db, readonly=True), "BRA")
    assert profile is not None
    out = tmp_path / "brazil.pdf"
    write_brief(profile, out)
    pages, text = _text(out)
    assert 2 <= pages <= 4
    assert "Brazil" in text and "World Bank" in text
    gdp = next(k for k in profile.facts.indicators if k.latest.code == "NY.GDP.MKTP.CD")
    assert figure_text(gdp.latest).split(" (")[0] in text  # e.g. "2.28 tn current US$"


def test_profile_cli(qtbot: QtBot, reference_db: Path, tmp_path: Path,
                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    from explorer.cli.profile import cmd_profile

    out = tmp_path / "vct.pdf"
    args = argparse.Namespace(db=reference_db, country="Saint Vincent", pdf=out)
    assert cmd_profile(args) == 0
    pages, text = _text(out)
    assert 2 <= pages <= 4 and "Grenadines" in text and "no data" in text
    bad = argparse.Namespace(db=reference_db, country="Narnia", pdf=tmp_path / "x.pdf")
    assert cmd_profile(bad) == 2
    assert "did you mean" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
