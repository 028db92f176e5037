"""DAC/CRS sector inference from an initiative's own words (issue 13).

Transparent keyword rules, curated in ``db/curated/sectors/inference_rules.csv``: each rule
names a word or phrase, its language and the DAC 5-digit purpose code it implies. A match
records the rule that fired and where ("title" or "description"), so the detail pane can say
"sector inferred from the word 'malária' in the title". Matching ignores case and accents and
is on whole words only.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from explorer.domain.query import fold

RULES_PATH = (
    Path(__file__).resolve().parents[2] / "db" / "curated" / "sectors" / "inference_rules.csv"
)


@dataclass(frozen=True, slots=True)
class Rule:
    keyword: str  # as curated, with its accents, for display
    lang: str
    purpose: str  # DAC 5-digit purpose code

    @property
    def sector(self) -> str:
        """The DAC 3-digit sector the purpose code belongs to."""
        return self.purpose[:3]


@dataclass(frozen=True, slots=True)
class Inference:
    purpose: str
    rule: Rule
    field: str  # "title" or "description"

    @property
    def sector(self) -> str:
        return self.purpose[:3]


class RuleError(ValueError):
    """A rules file that cannot be read as rules; the message names the line."""


def parse_rules(lines: list[str]) -> tuple[Rule, ...]:
    """Rules from CSV text lines (``#`` comment lines skipped, header required)."""
    body = [line for line in lines if not line.lstrip().startswith("#") and line.strip()]
    reader = csv.DictReader(body)
    if reader.fieldnames is None or set(reader.fieldnames) != {"keyword", "lang", "purpose"}:
        raise RuleError("inference rules: header must be keyword,lang,purpose")
    rules: list[Rule] = []
    for number, row in enumerate(reader, start=2):
        keyword = (row.get("keyword") or "").strip()
        lang = (row.get("lang") or "").strip()
        purpose = (row.get("purpose") or "").strip()
        if (
            not keyword
            or not re.fullmatch(r"[a-z]{2}", lang)
            or not re.fullmatch(r"\d{5}", purpose)
        ):
            raise RuleError(
                f"inference rules: row {number} needs a keyword, a 2-letter language "
                "and a 5-digit code"
            )
        rules.append(Rule(keyword, lang, purpose))
    return tuple(rules)


def load_rules(path: Path = RULES_PATH) -> tuple[Rule, ...]:
    return parse_rules(path.read_text(encoding="utf-8").splitlines())


class Inferrer:
    """Applies the rules; built once, used for every initiative."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self._rules = rules
        self._patterns = [
            (re.compile(r"(?<!\w)" + re.escape(fold(rule.keyword)) + r"(?!\w)"), rule)
            for rule in rules
        ]

    def infer(self, title: str | None, description: str | None = None) -> list[Inference]:
        """One inference per purpose code, the title's match preferred, in rule order."""
        found: dict[str, Inference] = {}
        for field, text in (("title", title), ("description", description)):
            if not text:
                continue
            folded = fold(text)
            for pattern, rule in self._patterns:
                if rule.purpose not in found and pattern.search(folded):
                    found[rule.purpose] = Inference(rule.purpose, rule, field)
        return list(found.values())


def explain(inference: Inference) -> str:
    """English template of the detail pane's line; the UI translates its own copy."""
    kind = "phrase" if " " in inference.rule.keyword else "word"
    return f"sector inferred from the {kind} '{inference.rule.keyword}' in the {inference.field}"
