"""What a citation needs about an initiative or a dataset, looked up by stable key.

Portable SQL only. Keys are the workspace's (``abc-brazil:BRA/04/044-A142``) and
``dataset:<key>`` for a whole dataset.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, select

from explorer.domain.citations import Citable, year_of
from explorer.domain.keys import split_initiative_key
from explorer.store.models import Dataset, Initiative, InitiativeLink

DATASET_PREFIX = "dataset:"


def citable(conn: Connection, key: str, accessed: date) -> Citable | None:
    """The citable item ``key`` names in this database, None when it names nothing here.

    ValueError when ``key`` is neither an initiative key nor ``dataset:<key>``.
    """
    d = Dataset
    if key.startswith(DATASET_PREFIX):
        row = conn.execute(
            select(d.name, d.publisher, d.version, d.url).where(
                d.key == key[len(DATASET_PREFIX):]
            )
        ).first()
        if row is None:
            return None
        name, publisher, version, url = row
        return Citable(
            "dataset", key, name, publisher or "", year_of(version or ""), accessed,
            url=url or "", version=version or "",
        )  # fmt: skip
    dataset_key, rid = split_initiative_key(key)
    i = Initiative
    found = conn.execute(
        select(i.id, i.title, d.name, d.publisher, d.version, d.url)
        .join(d, d.id == i.dataset_id)
        .where(d.key == dataset_key, i.source_record_id.in_((rid, f"{dataset_key}:{rid}")))
    ).first()
    if found is None:
        return None
    initiative_id, title, name, publisher, version, dataset_url = found
    link = conn.execute(
        select(InitiativeLink.url)
        .where(InitiativeLink.initiative_id == initiative_id)
        .order_by(InitiativeLink.id)
        .limit(1)
    ).scalar()
    return Citable(
        "initiative", key, title, publisher or "", year_of(version or ""), accessed,
        url=link or dataset_url or "", container=name or "", version=version or "",
    )  # fmt: skip
