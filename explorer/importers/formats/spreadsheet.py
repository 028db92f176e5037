"""The organisation's own initiatives: a CSV (any common encoding and line ending) or an
XLSX, columns found by their header names in English, French, Spanish or Portuguese.

A mapping (our field -> the file's header) can override the guess; it is saved with the
import. Countries are resolved by code or by any stored name; the others are listed as
unresolved. A record's key is the file's own id column, else its title and first year.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from explorer.importers.formats.base import (
    DatasetInfo,
    ImportProblem,
    InitiativeRecord,
    ParseContext,
    Parsed,
    Participant,
)
from explorer.importers.formats.csvcols import cell, locate, number
from explorer.importers.formats.textio import CsvReader, has_mojibake, head_rows
from explorer.importers.modality import guess_modality

ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "ref", "reference", "code", "project id", "identifiant", "référence",
           "identificador", "código", "referencia"),
    "title": ("title", "name", "project", "project title", "initiative", "titre", "intitulé",
              "nom", "projet", "título", "nombre", "proyecto", "projeto", "nome", "iniciativa"),
    "description": ("description", "summary", "details", "résumé", "descripción", "descrição",
                    "resumen", "resumo", "objet", "objetivo"),
    "provider": ("provider", "provider country", "providers", "donor", "from", "fournisseur",
                 "pays fournisseur", "donateur", "proveedor", "país proveedor", "oferente",
                 "provedor", "país provedor", "país doador", "doador"),
    "recipient": ("recipient", "recipient country", "recipients", "country", "countries", "to",
                  "partner country", "bénéficiaire", "pays", "pays bénéficiaire",
                  "pays partenaire", "receptor", "país", "país receptor", "beneficiario",
                  "beneficiário", "país beneficiário", "país parceiro"),
    "start": ("year", "start", "start year", "start date", "année", "date", "début",
              "date de début", "año", "inicio", "fecha de inicio", "ano", "início",
              "data de início"),
    "end": ("end", "end year", "end date", "fin", "date de fin", "année de fin", "año fin",
            "fecha de fin", "fim", "data de fim", "ano final"),
    "sector": ("sector", "theme", "secteur", "thème", "domaine", "tema", "setor", "área"),
    "modality": ("modality", "type", "modalité", "modalidad", "modalidade", "tipo"),
    "amount": ("amount usd", "amount", "budget", "budget usd", "montant", "monto", "valor",
               "usd"),
    "status": ("status", "statut", "état", "estado", "situação", "situación"),
    "language": ("language", "langue", "idioma", "língua"),
    "link": ("link", "url", "website", "lien", "enlace", "sitio web", "site"),
}
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_SPLIT = re.compile(r"\s*[;|/\n]\s*")
_SLUG = re.compile(r"[^a-z0-9]+")
MODALITY_WORDS = {"training": "training", "formation": "training", "capacitación": "training",
                  "capacitação": "training", "finance": "finance", "loan": "finance",
                  "grant": "finance", "exchange": "exchange", "research": "research",
                  "conference": "conference", "study visit": "study_visit"}  # fmt: skip


class SpreadsheetFormat:
    name = "spreadsheet"
    label = "Own initiatives (CSV or XLSX)"
    expected = ("a spreadsheet (CSV or XLSX) of initiatives with at least a title column "
                "(title, titre, título...)")

    def sniff(self, head: bytes, path: Path) -> int:
        if head.startswith(b"PK\x03\x04"):
            try:
                names = zipfile.ZipFile(path).namelist()
            except (zipfile.BadZipFile, OSError):
                return 0
            return 5 if "xl/workbook.xml" in names else 0
        rows = head_rows(head)
        if not rows or len(rows[0]) < 2:
            return 0
        return 1 if "title" in locate(rows[0], ALIASES) else 0

    def parse(self, path: Path, ctx: ParseContext) -> Parsed:
        origin = ctx.origin(path)
        out = Parsed("spreadsheet", DatasetInfo(
            key=f"import-sheet-{_SLUG.sub('-', origin.stem.casefold()).strip('-')[:40] or 'file'}",
            name=f"Own initiatives: {origin.name}", publisher="the importing organisation",
            citation=f"{origin.name} (the organisation's own records)"))
        if zipfile.is_zipfile(path):
            rows, line = _xlsx_rows(path), None
        else:
            reader = CsvReader(path)
            rows, line = reader.rows(), reader
        header = next(rows, None)
        if header is None:
            raise ImportProblem(path, "the file is empty")
        header = [str(h or "").strip() for h in header]
        cols = locate(header, ALIASES, ctx.mapping)
        if "title" not in cols:
            problem = ImportProblem(path, "line 1: no title column (title, titre, título...); "
                                    f"found {', '.join(h for h in header[:10] if h)}")
            problem.columns = tuple(header)
            raise problem
        out.columns = header
        out.column_map = {k: header[i] for k, i in cols.items()}
        out.dataset.coverage = "columns: " + ", ".join(
            f"{k}={header[i]}" for k, i in sorted(cols.items(), key=lambda kv: kv[1]))
        seen: set[str] = set()
        for n, raw in enumerate(rows, start=2):
            if n % 2000 == 0:
                ctx.check_cancel()
            row = [_text(v) for v in raw]
            if not any(row):
                continue
            where = line.line if line is not None else n
            record = _record(row, cols, ctx, out, where)
            if record is None:
                continue
            if record.record_id in seen:
                out.skipped += 1
                out.warn_once(f"line {where}: record {record.record_id} repeats; kept the first")
                continue
            seen.add(record.record_id)
            out.initiatives.append(record)
        if not out.initiatives:
            raise ImportProblem(path, "no initiative rows with a title")
        return out


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _xlsx_rows(path: Path) -> Iterator[Sequence[Any]]:
    try:
        from openpyxl import load_workbook
    except ImportError:  # pragma: no cover - a declared dependency
        raise ImportProblem(path, "XLSX support (openpyxl) is not installed") from None
    total = sum(i.file_size for i in zipfile.ZipFile(path).infolist())
    if total > 1 << 30:
        raise ImportProblem(path, "the workbook unpacks to more than 1 GB; refused")
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise ImportProblem(path, f"not a readable XLSX workbook ({type(exc).__name__})") from None
    try:
        sheet = book.worksheets[0]
        yield from sheet.iter_rows(values_only=True)
    finally:
        book.close()


def _countries(text: str, role: str, ctx: ParseContext, out: Parsed) -> list[Participant]:
    found: list[Participant] = []
    for part in (t.strip() for t in _SPLIT.split(text) if t.strip()):
        # "Korea, Republic of" is one name; "Brazil, Chile" two: the whole part first.
        tokens = [part] if _resolve(part, ctx) else [t.strip() for t in part.split(",")]
        for token in (t for t in tokens if t):
            iso3 = _resolve(token, ctx)
            if iso3 is None:
                out.unresolved[token] += 1
                continue
            found.append(Participant(role, iso3, None, token))
    return found


def _resolve(token: str, ctx: ParseContext) -> str | None:
    iso3 = ctx.lookup.iso3(token) if len(token) in (2, 3) and token.isupper() else None
    return iso3 or ctx.lookup.by_name(token)


def years_of(text: str) -> list[int]:
    """Years in a date or year cell: 2019, 2019-03-01, 01/03/2019, March 2019, 2019-2021."""
    return [int(y) for y in _YEAR.findall(text)]


def _record(row: list[str], cols: dict[str, int], ctx: ParseContext, out: Parsed,
            where: int) -> InitiativeRecord | None:
    title = " ".join(cell(row, cols, "title").split())
    if not title:
        out.skipped += 1
        out.warn_once(f"line {where}: a row without a title was skipped")
        return None
    if has_mojibake(title):
        out.warn_once("some text looks mis-encoded in the file itself; kept as given")
    start_years = years_of(cell(row, cols, "start"))
    end_years = years_of(cell(row, cols, "end"))
    start = start_years[0] if start_years else None
    end = end_years[-1] if end_years else (start_years[-1] if len(start_years) > 1 else None)
    ident = cell(row, cols, "id")
    if not ident:
        basis = f"{title.casefold()}|{start or ''}"
        ident = "t-" + hashlib.sha1(basis.encode(), usedforsecurity=False).hexdigest()[:12]
    description = cell(row, cols, "description")
    modality_text = cell(row, cols, "modality")
    modality = MODALITY_WORDS.get(modality_text.casefold()) or guess_modality(
        modality_text, title, description)
    amount = number(cell(row, cols, "amount"))
    record = InitiativeRecord(ident, title, locator=f"line {where}")
    record.fields.update(description=description, start_year=start, end_year=end,
                         modality=modality, status=cell(row, cols, "status"),
                         language=(cell(row, cols, "language") or "en")[:8].lower())
    if amount is not None:
        record.fields.update(amount_usd=amount, amount_note="US$ as given in the file")
    record.participants += _countries(cell(row, cols, "provider"), "provider", ctx, out)
    record.participants += _countries(cell(row, cols, "recipient"), "recipient", ctx, out)
    sector = cell(row, cols, "sector")
    if sector:
        record.fields["theme"] = sector
        record.sectors.append(("theme", None, sector))
    link = cell(row, cols, "link")
    if link:
        record.links.append((link, ""))
    return record
