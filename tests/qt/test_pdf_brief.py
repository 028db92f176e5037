"""The PDF country brief: 2-4 A4 pages with the name, the World Bank source and a figure."""

from __future__ import annotations

import argparse
import re
import unicodedata
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


def test_brief_footer_legend_and_sections_kept(qtbot: QtBot, reference_db: Path,
                                               tmp_path: Path) -> None:  # fmt: skip
    """Issue 19: every page says "Page n of N", the date and the data's build; the income
    band has a legend; the trade chart is on the page of its heading."""
    from pypdf import PdfReader

    from explorer.jobs.countries import load_profile
    from explorer.store.database import Database
    from explorer.ui.pdf_brief import write_brief

    profile = load_profile(Database.open(reference_db, readonly=True), "BRA")
    assert profile is not None and profile.built_at.startswith("20")
    out = tmp_path / "brazil.pdf"
    write_brief(profile, out)
    pages = [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", p.extract_text() or ""))
             for p in PdfReader(str(out)).pages]  # NFKC: the "fi" ligature as two letters
    for n, text in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in text
        assert "Exchange Explorer ·" in text and "data built" in text
    assert "Lower middle income" in pages[0] and "not classified" in pages[0]
    trade = next(i for i, t in enumerate(pages) if "Trade" in t and "Top partners" in t)
    assert "Share of exports going to developing economies" in pages[trade]


def test_printing_goes_through_a_numbered_preview(qtbot: QtBot, reference_db: Path,
                                                  tmp_path: Path) -> None:  # fmt: skip
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from explorer.jobs.countries import load_profile
    from explorer.store.database import Database
    from explorer.ui.pdf_brief import paint_for_printer, print_brief

    profile = load_profile(Database.open(reference_db, readonly=True), "KEN")
    assert profile is not None
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    print_brief(profile, parent)  # opens a preview, never prints straight away
    preview = parent.findChild(QPrintPreviewDialog, "briefPreview")
    assert preview is not None and preview.isVisible()
    preview.close()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # what the preview's Print does
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_for_printer(printer, profile)
    reader = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(reader.pages) == pages >= 2
    last = re.sub(r"\s+", " ", reader.pages[-1].extract_text() or "")
    assert f"Page {pages} of {pages}" in last
