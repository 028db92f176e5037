"""Facets of a search: counts by provider, recipient, region, group, sector, modality,
decade and source, over the initiatives the query matches.

The counts come from the key tokens of the matching initiatives
(``explorer.store.queries.search_keys``): for the empty search they are the precomputed
document counts of the key dictionary; otherwise the key lists of the matching initiatives
are read and counted. When more than ``FACET_LIMIT`` initiatives match, only the newest
``FACET_LIMIT`` are read and the counts are scaled to the total (``Facets.approximate``), so a
facet costs the same for "health" at a million records as for a rare word.

Each value carries the clause that narrows the query to it (``FacetValue.refine``), and an
exact count is the total that refined query returns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from explorer.domain.query import FieldFilter, Query, mine_filters, parse
from explorer.domain.search import Facets, FacetValue
from explorer.store import fts
from explorer.store.queries import search_keys as keys
from explorer.store.queries.search import Plan
from explorer.store.queries.search_filters import Db, Vocab, vocab

MAIN_GROUP_KINDS = keys.MAIN_GROUP_KINDS
FACET_LIMIT = 10_000


def _quoted(value: str) -> str:
    return '"' + value.replace('"', " ") + '"'


def _counts(db: Db, plan: Plan) -> tuple[Mapping[str, int], bool]:
    """Key token counts of the plan's matches, and whether they are scaled estimates."""
    v = vocab(db)
    if plan.match is None:
        return {}, False
    if not plan.positive and not plan.negative:
        return v.counts, False
    counts, read = fts.key_counts(db, plan.match, FACET_LIMIT)
    if read < FACET_LIMIT:
        return counts, False
    total = plan.count(db)
    if total <= read:
        return counts, False
    scale = total / read
    return Counter({t: max(1, round(n * scale)) for t, n in counts.items()}), True


def search_facets(
    db: Db, query: Query | str, *, top: int = 12,
    mine: Mapping[FieldFilter, frozenset[str]] | None = None,
) -> Facets:
    """Facet counts of ``query`` (the ``top`` values of each facet, most frequent first);
    ``mine`` as for ``search`` (has:note and the like count only what they keep)."""
    q = parse(query) if isinstance(query, str) else query
    plan = Plan(db, q)
    counts: Mapping[str, int]
    if mine is not None and mine_filters(q):
        from explorer.store.queries.search_mine import facet_counts

        def unrestricted() -> tuple[Counter[str], bool]:
            found, scaled = _counts(db, plan)
            return Counter(found), scaled

        counts, approximate = facet_counts(db, q, plan, mine, unrestricted)
    else:
        counts, approximate = _counts(db, plan)
    if not counts:
        return Facets()
    v = vocab(db)
    by_kind: dict[str, list[tuple[str, str, int]]] = {}
    for token, n in counts.items():
        kind, value = v.kinds.get(token, ("", ""))
        if kind and n > 0:
            by_kind.setdefault(kind, []).append((token, value, n))

    def top_of(items: list[FacetValue]) -> tuple[FacetValue, ...]:
        return tuple(sorted(items, key=lambda f: (-f.count, f.key))[:top])

    def countries(kind: str, field: str) -> tuple[FacetValue, ...]:
        found = by_kind.get(kind, ())
        names = v.country_names
        return top_of([FacetValue(c, names.get(c, c), n, f"{field}:{c}") for _, c, n in found])

    return Facets(
        providers=countries("provider", "provider"),
        recipients=countries("recipient", "recipient"),
        regions=top_of(_regions(v, counts)),
        groups=top_of(_groups(v, counts)),
        sectors=_dac_sectors(by_kind, top)
        or top_of(
            [FacetValue(s, s, n, f"sector:{_quoted(s)}") for _, s, n in by_kind.get("sector", ())]
        ),
        modalities=top_of(
            [FacetValue(m, m, n, f"modality:{m}") for _, m, n in by_kind.get("modality", ())]
        ),
        decades=tuple(
            FacetValue(d, f"{d}s", n, f"year:{d}..{int(d) + 9}")
            for _, d, n in sorted(by_kind.get("decade", ()), key=lambda x: int(x[1]))
        ),
        sources=top_of(_sources(v, by_kind.get("source", []))),
        approximate=approximate,
    )


def _regions(v: Vocab, counts: Mapping[str, int]) -> list[FacetValue]:
    """World Bank regions."""
    out = []
    for name in v.regions[0].values():
        n = counts.get(keys.region(0, name), 0)
        if n:
            out.append(FacetValue(name, name, n, f"region:{_quoted(name)}"))
    return out


def _groups(v: Vocab, counts: Mapping[str, int]) -> list[FacetValue]:
    out = []
    for _, code, name, kind in v.groups.values():
        n = counts.get(keys.group(code), 0)
        if n and kind in MAIN_GROUP_KINDS:
            out.append(FacetValue(code, name, n, f"group:{code}"))
    return out


def _sources(v: Vocab, found: list[tuple[str, str, int]]) -> list[FacetValue]:
    datasets = {str(i): (k, name) for i, k, name in v.datasets}
    out = []
    for _, ds, n in found:
        key, name = datasets.get(ds, (ds, ds))
        out.append(FacetValue(key, name, n, f"source:{key}"))
    return out


CHILDREN = 3  # 5-digit purposes listed under each 3-digit sector


def _dac_sectors(
    by_kind: Mapping[str, list[tuple[str, str, int]]], top: int
) -> tuple[FacetValue, ...]:
    """The sector facet on the DAC scheme (issue 13): the ``top`` 3-digit sectors, each
    followed by its most frequent 5-digit purposes (``depth`` 1). Each count is what the
    value's ``sector:<code>`` refine returns; empty before the index had DAC facet tokens."""
    parents = sorted(
        ((v.split(" ", 1), n) for _, v, n in by_kind.get("dac3", ())),
        key=lambda x: (-x[1], x[0][0]),
    )[:top]
    children: dict[str, list[tuple[list[str], int]]] = {}
    for _, v, n in by_kind.get("dac5", ()):
        code_name = v.split(" ", 1)
        children.setdefault(code_name[0][:3], []).append((code_name, n))
    out: list[FacetValue] = []
    for (code, *name), n in parents:
        label = f"{name[0] if name else code} ({code})"
        out.append(FacetValue(code, label, n, f"sector:{code}"))
        kids = sorted(children.get(code, ()), key=lambda x: (-x[1], x[0][0]))[:CHILDREN]
        for (kid, *kname), k in kids:
            kid_label = f"{kname[0] if kname else kid} ({kid})"
            out.append(FacetValue(kid, kid_label, k, f"sector:{kid}", depth=1))
    return tuple(out)
