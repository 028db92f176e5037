"""IATI activity XML, versions 1.01-1.05 and 2.01-2.03 -> initiatives.

Streams the file (one ``iati-activity`` at a time, then freed) through the safe parser of
``safexml``. Providers are the countries of funding or extending organisations only where the
file says so: a government (type 10, 11 or 15) whose organisation identifier starts with a
country code, or an ``XX-GOV`` identifier. Amounts stay in the currency the file gives;
``amount_usd`` is set only when the file's own figure is in US dollars.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from explorer.importers.formats import codelists
from explorer.importers.formats.base import (
    DatasetInfo,
    ImportProblem,
    InitiativeRecord,
    ParseContext,
    Parsed,
    Participant,
)
from explorer.importers.formats.safexml import XML_LANG, check_prolog, free, iter_elements
from explorer.importers.formats.textio import decode_head
from explorer.importers.modality import guess_modality

IATI_EXTRA = "{http://datastore.iatistandard.org/ns}version"
ROLE_WORDS = {"1": "funding", "2": "accountable", "3": "extending", "4": "implementing"}
OUR_ROLE = {"funding": "funder", "extending": "funder", "accountable": "facilitator",
            "implementing": "implementer"}  # fmt: skip
PUBLIC_TYPES = {"10", "11", "15"}  # government, local government, other public sector
DATE_WORDS = {"start-planned": "1", "start-actual": "2", "end-planned": "3", "end-actual": "4",
              "start": "2", "completion": "4"}  # the last two: drafts before 1.01
TX_WORDS = {"IF": "1", "C": "2", "D": "3", "E": "4", "IR": "5", "LR": "6", "R": "7",
            "QP": "8", "QS": "9", "CG": "11"}  # fmt: skip
SECTOR_VOCAB = {"": "1", "1": "1", "DAC": "1", "2": "2", "DAC-3": "2"}
SOUTH_SOUTH = "8"  # CollaborationType 8: bilateral, triangular co-operation
_GOV_REF = re.compile(r"^([A-Z]{2})-GOV(?:-|$)")
_COUNTRY_REF = re.compile(r"^([A-Z]{2})-")
_SLUG = re.compile(r"[^a-z0-9]+")


class IatiFormat:
    name = "iati"
    label = "IATI activity XML"
    expected = "an XML file whose root element is <iati-activities> (IATI 1.0x or 2.0x)"

    def sniff(self, head: bytes, path: Path) -> int:
        text = decode_head(head[:4096]).lstrip()
        if not text.startswith("<"):
            return 0
        return 10 if re.search(r"<iati-activit(ies|y)[\s>/]", text) else 0

    def parse(self, path: Path, ctx: ParseContext) -> Parsed:
        root_name = check_prolog(path)
        if root_name not in ("iati-activities", "iati-activity"):
            raise ImportProblem(path, f"root element is <{root_name}>, expected "
                                "<iati-activities>")
        reader = _Reader(path, ctx)
        size = max(path.stat().st_size, 1)
        with path.open("rb") as fh:
            for n, elem in enumerate(iter_elements(path, "iati-activity", fh)):
                if n == 0:
                    reader.start(elem)
                reader.activity(elem)
                free(elem)
                if n % 500 == 0:
                    ctx.check_cancel()
                    ctx.progress("Reading activities", min(fh.tell() / size, 1.0))
        if not reader.out.initiatives and not reader.seen:
            raise ImportProblem(path, "no <iati-activity> element found")
        reader.finish()
        return reader.out


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.casefold()).strip("-")[:40] or "file"


def texts(elem: Any, default_lang: str) -> list[tuple[str, str]]:
    """(language, text) of an element: its ``narrative`` children (2.x) or its own text."""
    if elem is None:
        return []
    out = []
    narratives = elem.findall("narrative")
    for part in narratives or (elem,):
        # A leaf's own text (the usual narrative) without the cost of walking it.
        raw = part.text if len(part) == 0 else "".join(part.itertext())
        value = " ".join(raw.split()) if raw else ""
        if value:
            out.append(((part.get(XML_LANG) or default_lang).lower()[:8], value))
    return out


def _pick(values: list[tuple[str, str]], lang: str) -> tuple[str, str]:
    for value_lang, value in values:
        if value_lang == lang:
            return value_lang, value
    return values[0] if values else (lang, "")


def _year(value: str | None) -> int | None:
    match = re.match(r"\s*(\d{4})", value or "")
    year = int(match.group(1)) if match else None
    return year if year is not None and 1900 <= year <= 2100 else None


def _number(value: str | None) -> float | None:
    try:
        return float((value or "").strip().replace(",", ""))
    except ValueError:
        return None


class _Reader:
    """State of one file: the dataset, the codelists, the records so far."""

    def __init__(self, path: Path, ctx: ParseContext) -> None:
        self.path = path
        self.origin = ctx.origin(path)
        self.ctx = ctx
        folder = ctx.codelists or codelists.default_folder()
        self.lists: dict[str, dict[str, str]] = {
            name: (codelists.load(folder, name) if folder else {}) for name in codelists.NAMES
        }
        self.out = Parsed("iati", DatasetInfo(key="", name=""))
        self.version = ""
        self.root_lang = "en"
        self.default_currency = ""
        self.publishers: dict[str, str] = {}
        self.ids: set[str] = set()
        self.seen = 0
        if not self.lists["Sector"]:
            self.out.warn_once("IATI codelists not found: sector codes were not checked")

    def start(self, first: Any) -> None:
        parent = first.getparent()
        root = parent if parent is not None else first
        self.root_lang = (root.get(XML_LANG) or "en").lower()
        self.default_currency = root.get("default-currency") or ""
        self.version = root.get("version") or first.get("version") or first.get(IATI_EXTRA) or ""
        if not self.version:
            shape = first.find(".//narrative") is not None
            self.version = "2.0x (from its elements)" if shape else "1.0x (from its elements)"
        self.generated = root.get("generated-datetime") or ""

    @property
    def v2(self) -> bool:
        return self.version.startswith("2")

    def activity(self, act: Any) -> None:
        self.seen += 1
        ident = " ".join((act.findtext("iati-identifier") or "").split())
        line = act.sourceline or 0
        if not ident:
            self.out.skipped += 1
            self.out.warn_once(f"line {line}: an activity without <iati-identifier> was skipped")
            return
        if ident in self.ids:
            self.out.skipped += 1
            self.out.warn_once(f"line {line}: iati-identifier {ident} repeats; kept the first")
            return
        self.ids.add(ident)
        lang = (act.get(XML_LANG) or self.root_lang).lower()
        currency = act.get("default-currency") or self.default_currency
        reporting = act.find("reporting-org")
        if reporting is not None:
            name = _pick(texts(reporting, lang), lang)[1]
            self.publishers.setdefault(reporting.get("ref") or name, name or reporting.get("ref"))
        titles = texts(act.find("title"), lang)
        descriptions = [t for d in act.findall("description") for t in texts(d, lang)]
        title_lang, title = _pick(titles, lang)
        _, description = _pick([d for d in descriptions if d[0] == title_lang] or descriptions,
                               title_lang)
        others = [f"[{tl}] {tt}" for tl, tt in titles if tl != title_lang]
        others += [f"[{dl}] {dt}" for dl, dt in descriptions if dl != title_lang]
        record = InitiativeRecord(ident, title or ident, locator=f"iati-identifier {ident}")
        if len({tl for tl, _ in titles} | {dl for dl, _ in descriptions}) > 1:
            # The record's own title is the initiative's: only the others are kept again.
            record.texts = (*(("title", tl, tt) for tl, tt in titles if tl != title_lang),
                            *(("description", dl, dt) for dl, dt in descriptions))
        fields = record.fields
        fields["language"] = title_lang
        fields["description"] = "\n\n".join([description, *others]).strip()
        fields["modality"] = guess_modality(title, description)
        self._orgs(act, record, lang)
        self._places(act, record, lang)
        self._sectors(act, record, lang)
        self._dates(act, fields)
        self._status(act, record, lang)
        self._money(act, record, currency)
        for site in act.findall("activity-website"):
            if site.text and site.text.strip():
                record.links.append((site.text.strip(), "activity website"))
        for doc in act.findall("document-link"):
            url = (doc.get("url") or "").strip()
            if url:
                record.links.append((url, _pick(texts(doc.find("title"), lang), lang)[1]))
        self.out.initiatives.append(record)

    def _orgs(self, act: Any, record: InitiativeRecord, lang: str) -> None:
        for org in act.findall("participating-org"):
            role_attr = (org.get("role") or "").strip()
            word = ROLE_WORDS.get(role_attr, role_attr.casefold())
            role = OUR_ROLE.get(word)
            name = _pick(texts(org, lang), lang)[1]
            ref = (org.get("ref") or "").strip()
            label = name or ref
            if role is None or not label:
                continue
            iso3 = self._org_country(ref, org.get("type") or "")
            if iso3 and word in ("funding", "extending"):
                record.participants.append(Participant("provider", iso3, label, ref or label))
            else:
                record.participants.append(Participant(role, iso3, label, ref or label))

    def _org_country(self, ref: str, org_type: str) -> str | None:
        match = _GOV_REF.match(ref)
        if match is None and org_type.strip() in PUBLIC_TYPES:
            match = _COUNTRY_REF.match(ref)
        return self.ctx.lookup.iso3(match.group(1)) if match else None

    def _places(self, act: Any, record: InitiativeRecord, lang: str) -> None:
        for place in act.findall("recipient-country"):
            code = (place.get("code") or "").strip()
            share = place.get("percentage")
            iso3 = self.ctx.lookup.iso3(code) if code else None
            label = code + (f" {share}%" if share else "")
            if iso3 is None:
                self.out.unresolved[f"recipient-country {code or '(no code)'}"] += 1
                continue
            record.participants.append(Participant("recipient", iso3, None, label))
        for region in act.findall("recipient-region"):
            code = (region.get("code") or "").strip()
            vocab = region.get("vocabulary") or "1"
            name = _pick(texts(region, lang), lang)[1]
            if vocab == "1" and code:
                name = self.lists["Region"].get(code, name)
            share = region.get("percentage")
            if name:
                label = (code or name) + (f" {share}%" if share else "")
                record.participants.append(Participant("recipient", None, name, label))
            else:
                self.out.unresolved[f"recipient-region {code}"] += 1

    def _sectors(self, act: Any, record: InitiativeRecord, lang: str) -> None:
        for sector in act.findall("sector"):
            code = (sector.get("code") or "").strip()
            vocab = SECTOR_VOCAB.get((sector.get("vocabulary") or "").strip())
            text = _pick(texts(sector, lang), lang)[1]
            if vocab is None:
                if text or code:
                    record.sectors.append(("theme", code or None, text or code))
                continue
            table = self.lists["Sector" if vocab == "1" else "SectorCategory"]
            if table and code not in table:
                self.out.unresolved[f"sector {code or '(no code)'}"] += 1
                continue
            record.sectors.append(("dac", code, table.get(code, text or code)))
        for collab in act.findall("collaboration-type"):
            code = (collab.get("code") or "").strip()
            name = self.lists["CollaborationType"].get(code, "")
            if name:
                record.fields["flow_type"] = name
            if code == SOUTH_SOUTH:
                record.sectors.append(("theme", "iati-collab-8", name or
                                       "Bilateral, triangular co-operation"))

    def _dates(self, act: Any, fields: dict[str, Any]) -> None:
        dates: dict[str, int] = {}
        for elem in act.findall("activity-date"):
            kind = (elem.get("type") or "").strip()
            kind = DATE_WORDS.get(kind, kind)
            year = _year(elem.get("iso-date")) or _year(elem.text)
            if year is not None and kind in ("1", "2", "3", "4"):
                dates[kind] = year
        fields["start_year"] = dates.get("2") or dates.get("1")
        fields["end_year"] = dates.get("4") or dates.get("3")

    def _status(self, act: Any, record: InitiativeRecord, lang: str) -> None:
        status = act.find("activity-status")
        if status is not None:
            code = (status.get("code") or "").strip()
            text = _pick(texts(status, lang), lang)[1]
            record.fields["status"] = self.lists["ActivityStatus"].get(code, text or code)

    def _money(self, act: Any, record: InitiativeRecord, currency: str) -> None:
        sums: dict[tuple[str, str], float] = defaultdict(float)
        dates: dict[tuple[str, str], list[str]] = defaultdict(list)
        for budget in act.findall("budget"):
            self._add(budget.find("value"), "budget", currency, sums, dates)
        for tx in act.findall("transaction"):
            kind = tx.find("transaction-type")
            code = (kind.get("code") or "").strip() if kind is not None else ""
            code = TX_WORDS.get(code, code)
            name = self.lists["TransactionType"].get(code, code or "transaction").casefold()
            self._add(tx.find("value"), name, currency, sums, dates)
        if not sums:
            return
        parts = []
        for (kind, cur), total in sums.items():
            span = sorted(d for d in dates[(kind, cur)] if d)
            when = f" (value date {span[0]}" + (f" to {span[-1]})" if span[-1] != span[0]
                                                else ")") if span else ""
            parts.append(f"{kind} {total:,.2f} {cur or '(currency not stated)'}{when}")
        record.fields["summary"] = "; ".join(parts)
        for kind in ("outgoing commitment", "budget"):
            usd = sums.get((kind, "USD"))
            if usd is not None and not any(k == kind and c != "USD" for k, c in sums):
                record.fields["amount_usd"] = usd
                record.fields["amount_note"] = f"US$, IATI {kind} as reported"
                break

    def _add(self, value: Any, kind: str, currency: str, sums: dict[tuple[str, str], float],
             dates: dict[tuple[str, str], list[str]]) -> None:
        if value is None:
            return
        amount = _number(value.text)
        if amount is None:
            return
        key = (kind, (value.get("currency") or currency).upper())
        sums[key] += amount
        dates[key].append(value.get("value-date") or "")

    def finish(self) -> None:
        refs = list(self.publishers)
        ref = refs[0] if refs else ""
        publisher = self.publishers.get(ref, "") if ref else ""
        if len(refs) > 1:
            self.out.warn_once(f"{len(refs)} reporting organisations; the dataset is named "
                               f"after the first ({publisher})")
        version = f"IATI {self.version}"
        if self.generated:
            version += f", generated {self.generated}"
        self.out.dataset = DatasetInfo(
            key=f"import-iati-{_slug(ref or self.origin.stem)}",
            name=f"IATI activities of {publisher or self.origin.name}",
            publisher=publisher or "(reporting-org not stated)",
            licence="as published with the file (IATI activity files do not state it)",
            version=version,
            citation=f"{publisher or self.origin.name}, IATI activity file {self.origin.name}",
        )
