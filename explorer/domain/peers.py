"""Peer finder: "countries like X", pure (the queries feed it plain values).

Method, so the numbers can be explained:

1. Each feature is one indicator's latest value of each country within a recent window;
   level indicators (US$ amounts, population) are log-transformed first.
2. Each feature becomes a z-score over every country that has it (population SD).
3. The distance between two countries is the root mean square of their z-score differences
   over the features both have; ``similarity = 1 / (1 + distance)``.
4. ``score = (1 - REGION_WEIGHT) * similarity + REGION_WEIGHT * same_region``, in 0..1.

Countries with fewer than ``min_features`` features are left out and listed as excluded.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from explorer.domain.countries import InitiativeRef
from explorer.domain.query import fold

DEFAULT_FEATURES = ("NY.GDP.PCAP.CD", "SP.POP.TOTL", "SI.POV.DDAY", "SP.DYN.LE00.IN")
SHORT_LABELS = {
    "NY.GDP.PCAP.CD": "GDP per capita",
    "SP.POP.TOTL": "population",
    "SI.POV.DDAY": "poverty at $3.00 a day",
    "SP.DYN.LE00.IN": "life expectancy",
}
REGION_WEIGHT = 0.1
SIMILAR_Z = 0.3  # a feature within 0.3 standard deviations counts as "similar"


@dataclass(frozen=True)
class FeatureSpec:
    """A peer feature: the indicator, its short label and unit, and whether to log it."""

    code: str
    label: str
    unit: str
    dataset: str
    log: bool


@dataclass(frozen=True)
class FeatureValue:
    """One country's value of a feature, with its year."""

    year: int
    value: float


@dataclass(frozen=True)
class PeerFeature:
    """A feature of a peer beside the target's, for reasons and tables."""

    code: str
    label: str
    unit: str
    dataset: str
    peer: FeatureValue | None
    target: FeatureValue | None
    similar: bool


@dataclass(frozen=True)
class Peer:
    """A country like the target: score in 0..1, higher = closer."""

    iso3: str
    name: str
    score: float
    distance: float
    same_region: bool
    reasons: tuple[str, ...]
    features: tuple[PeerFeature, ...]


@dataclass(frozen=True)
class Excluded:
    """A country left out for lack of data."""

    iso3: str
    name: str
    missing: tuple[str, ...]


@dataclass(frozen=True)
class PeerResult:
    """Peers of ``target``, best first, and what was left out and why."""

    target: str
    features: tuple[FeatureSpec, ...]
    window: tuple[int, int]
    peers: tuple[Peer, ...]
    excluded: tuple[Excluded, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class CountryInfo:
    """What the ranking needs to know of a country besides its values."""

    iso3: str
    name: str
    region: str | None


def short_label(code: str, name: str) -> str:
    """A label for reasons: "GDP per capita", not "GDP per capita (current US$)"."""
    return SHORT_LABELS.get(code) or name.split(" (")[0]


def should_log(code: str, unit: str) -> bool:
    """Level indicators (US$ amounts, counts of people) are compared on a log scale."""
    return "$" in unit or code in {"SP.POP.TOTL", "SM.POP.TOTL", "IP.JRN.ARTC.SC"}


def feature_number(value: float, log: bool) -> float | None:
    """The number a feature is standardised on (None where a log is undefined)."""
    if not log:
        return value
    return math.log(value) if value > 0 else None


def standardise(values: Mapping[str, float]) -> dict[str, float]:
    """z-scores of ``values`` (population SD; all 0 when every value is the same)."""
    if not values:
        return {}
    mean = sum(values.values()) / len(values)
    sd = math.sqrt(sum((v - mean) ** 2 for v in values.values()) / len(values))
    return {k: (v - mean) / sd if sd > 0 else 0.0 for k, v in values.items()}


def distance(a: Mapping[str, float], b: Mapping[str, float]) -> float | None:
    """Root mean square difference over the keys both have (None when none is shared)."""
    shared = a.keys() & b.keys()
    if not shared:
        return None
    return math.sqrt(sum((a[k] - b[k]) ** 2 for k in shared) / len(shared))


def peer_score(dist: float, same_region: bool) -> float:
    """Closeness in 0..1 from a distance and the same-region bonus."""
    return (1 - REGION_WEIGHT) / (1 + dist) + (REGION_WEIGHT if same_region else 0.0)


def format_value(value: float, unit: str) -> str:
    """A compact figure: 12,345 US$, 45.1 m, 3.2 bn US$, 71.3 years."""
    short = unit.replace("current ", "").replace("international $", "int. $")
    short = "" if short.startswith("%") and len(short) > 1 and short != "%" else short
    magnitude = abs(value)
    if magnitude >= 1e9:
        text = f"{value / 1e9:,.1f} bn"
    elif magnitude >= 1e6:
        text = f"{value / 1e6:,.1f} m"
    elif magnitude >= 1000:
        text = f"{value:,.0f}"
    else:
        text = f"{value:,.1f}"
    if unit.startswith("%"):
        return f"{text}%"
    return f"{text} {short}".strip()


def _reasons(features: list[PeerFeature], same_region: bool, region: str | None) -> list[str]:
    similar = [f for f in features if f.similar and f.peer and f.target]
    parts = [
        f"{f.label} ({format_value(f.peer.value, f.unit)}"
        f" vs {format_value(f.target.value, f.unit)})"
        for f in similar
        if f.peer and f.target
    ]
    reasons = ["similar " + ", ".join(parts)] if parts else []
    compared = sum(1 for f in features if f.peer and f.target)
    if compared < len(features):
        reasons.append(f"compared on {compared} of {len(features)} indicators")
    if same_region:
        reasons.append(f"same region ({region})" if region else "same region")
    return reasons or ["nearest on the indicators compared"]


def rank_peers(
    target: str,
    countries: Mapping[str, CountryInfo],
    values: Mapping[str, Mapping[str, FeatureValue]],
    features: tuple[FeatureSpec, ...],
    window: tuple[int, int],
    *,
    min_features: int | None = None,
) -> PeerResult:
    """Every other country ranked by closeness to ``target`` (all of them, best first)."""
    need = min_features if min_features is not None else max(2, math.ceil(len(features) * 0.75))
    numbers: dict[str, dict[str, float]] = {f.code: {} for f in features}
    for iso3, row in values.items():
        for f in features:
            fv = row.get(f.code)
            n = feature_number(fv.value, f.log) if fv else None
            if n is not None:
                numbers[f.code][iso3] = n
    z_by_code = {code: standardise(vals) for code, vals in numbers.items()}
    z = {iso3: {c: zs[iso3] for c, zs in z_by_code.items() if iso3 in zs} for iso3 in countries}
    excluded = [
        Excluded(iso3, info.name, tuple(f.code for f in features if f.code not in z[iso3]))
        for iso3, info in sorted(countries.items())
        if len(z[iso3]) < need
    ]
    notes = []
    if excluded:
        notes.append(
            f"{len(excluded)} countries left out: fewer than {need} of {len(features)} indicators"
            f" in {window[0]}-{window[1]}"
        )
    me = countries.get(target)
    if me is None or len(z.get(target, {})) < 1:
        notes.append(f"{target} has none of the indicators in {window[0]}-{window[1]}")
        return PeerResult(target, features, window, (), tuple(excluded), tuple(notes))
    out_iso3 = {e.iso3 for e in excluded}
    peers = []
    for iso3, info in countries.items():
        dist = distance(z[target], z[iso3]) if iso3 != target else None
        if dist is None or iso3 in out_iso3:
            continue
        same = me.region is not None and info.region == me.region
        pf = [
            PeerFeature(
                f.code,
                f.label,
                f.unit,
                f.dataset,
                values.get(iso3, {}).get(f.code),
                values.get(target, {}).get(f.code),
                f.code in z[iso3]
                and f.code in z[target]
                and abs(z[iso3][f.code] - z[target][f.code]) <= SIMILAR_Z,
            )
            for f in features
        ]
        reasons = tuple(_reasons(pf, same, info.region))
        peers.append(Peer(iso3, info.name, peer_score(dist, same), dist, same, reasons, tuple(pf)))
    peers.sort(key=lambda p: (-p.score, p.iso3))
    return PeerResult(target, features, window, tuple(peers), tuple(excluded), tuple(notes))


@dataclass(frozen=True)
class Teacher:
    """A country X could learn from about a sector, with the initiatives that show it."""

    iso3: str
    name: str
    score: float
    similarity: float
    initiative_count: int
    last_year: int | None
    reasons: tuple[str, ...]
    evidence: tuple[InitiativeRef, ...]


# Words in the sources' other languages for common sector words (ABC records are Portuguese).
SECTOR_SYNONYMS: dict[str, tuple[str, ...]] = {
    "health": ("saude", "salud", "sante", "sanitar", "epidemiolog", "hiv", "aids", "medic"),
    "education": ("educacao", "educacion", "ensino", "alfabetiza", "escola", "school"),
    "agriculture": ("agricol", "agricult", "agropecu", "rural", "farm"),
    "water": ("agua", "hidric", "sanitation", "irrigation"),
    "energy": ("energia", "energetic", "electric"),
    "governance": ("governanca", "gobernanza", "government", "public administration"),
}
TEACHER_WEIGHTS = (0.5, 0.3, 0.2)  # similarity, number of initiatives, recency
RECENCY_SPAN = 20  # years after which an initiative no longer counts as recent


def sector_terms(sector: str) -> tuple[str, ...]:
    """The folded words a sector query matches: itself and its listed synonyms."""
    key = fold(sector).strip()
    extra = next((syn for word, syn in SECTOR_SYNONYMS.items() if key.startswith(word)), ())
    return (key, *extra)


def matches_sector(terms: tuple[str, ...], texts: tuple[str, ...], codes: tuple[str, ...]) -> bool:
    """True if a term is in a text (sector name, theme, title) or, for a number, prefixes a
    DAC code; a DAC group code ("120") matches its whole group (121, 122, 12220...)."""
    if terms and terms[0].isdigit():
        prefix = terms[0][:2] if len(terms[0]) == 3 and terms[0].endswith("0") else terms[0]
        return any(code.startswith(prefix) for code in codes)
    folded = [fold(t) for t in texts]
    return any(term in t for term in terms for t in folded)


def rank_teachers(
    target: str,
    sector: str,
    evidence: Mapping[str, tuple[InitiativeRef, ...]],
    names: Mapping[str, str],
    similarity: Mapping[str, float],
    with_target: Mapping[str, int],
) -> list[Teacher]:
    """Providers ranked by ``TEACHER_WEIGHTS`` . (similarity, volume, recency), in 0..1.

    volume = log(1 + n) / log(1 + n of the busiest provider); recency = 1 - (latest year of
    all the evidence - the provider's latest year) / ``RECENCY_SPAN``, floored at 0.
    """
    counts = {iso3: len(refs) for iso3, refs in evidence.items() if iso3 != target and refs}
    if not counts:
        return []
    most = max(counts.values())
    years = [r.year for refs in evidence.values() for r in refs if r.year is not None]
    newest = max(years) if years else None
    w_sim, w_vol, w_rec = TEACHER_WEIGHTS
    out = []
    for iso3, n in counts.items():
        refs = sorted(evidence[iso3], key=lambda r: (-(r.year or 0), r.id))
        last = max((r.year for r in refs if r.year is not None), default=None)
        recency = 0.0
        if last is not None and newest is not None:
            recency = max(0.0, 1 - (newest - last) / RECENCY_SPAN)
        volume = math.log1p(n) / math.log1p(most)
        sim = similarity.get(iso3, 0.0)
        score = w_sim * sim + w_vol * volume + w_rec * recency
        latest = f", latest {last}" if last is not None else ""
        reasons = [f"provider of {n} initiative{'s' if n != 1 else ''} on {sector!r}{latest}"]
        if iso3 in similarity:
            reasons.append(f"similarity to {target} {sim:.2f}")
        else:
            reasons.append(f"too little data to compare with {target}")
        if with_target.get(iso3):
            reasons.append(f"{with_target[iso3]} of them with {target}")
        out.append(
            Teacher(iso3, names.get(iso3, iso3), score, sim, n, last, tuple(reasons), tuple(refs))
        )
    out.sort(key=lambda t: (-t.score, t.iso3))
    return out
