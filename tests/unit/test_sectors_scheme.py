"""The DAC scheme read from the real IATI codelists, and a hostile file refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.domain.sectors import load_rules
from explorer.importers.sectors import CodelistError, read_codelist, read_scheme

CODELISTS = Path("/work/shared/data/iati-codelists/xml")
needs_data = pytest.mark.skipif(not CODELISTS.exists(), reason="shared IATI codelists absent")


@needs_data
def test_scheme_has_sectors_and_purposes_with_english_and_french_names() -> None:
    scheme = read_scheme(CODELISTS)
    assert scheme["122"].names["en"] == "Basic Health"
    malaria = scheme["12250"]
    assert malaria.parent == "122"
    assert malaria.names["en"] == "Infectious disease control"
    assert "fr" in malaria.names
    # every purpose code sits under a 3-digit sector of the scheme
    orphans = [c for c in scheme.values() if len(c.code) == 5 and c.parent not in scheme]
    assert orphans == []


@needs_data
def test_every_inference_rule_targets_an_active_purpose() -> None:
    scheme = read_scheme(CODELISTS)
    bad = [r for r in load_rules() if r.purpose not in scheme or scheme[r.purpose].withdrawn]
    assert bad == []


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("LEAKED", encoding="utf-8")
    hostile = tmp_path / "Sector.xml"
    hostile.write_text(
        f'<!DOCTYPE c [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<codelist><codelist-items><codelist-item><code>12250</code>"
        "<name><narrative>&x;</narrative></name></codelist-item></codelist-items></codelist>",
        encoding="utf-8",
    )
    (entry,) = read_codelist(hostile)
    assert "LEAKED" not in entry.names.get("en", "")


def test_broken_file_gets_a_message_naming_it(tmp_path: Path) -> None:
    broken = tmp_path / "Sector.xml"
    broken.write_text("<codelist><codelist-item>", encoding="utf-8")
    with pytest.raises(CodelistError, match=r"Sector\.xml"):
        read_codelist(broken)
