"""Queries about the source datasets (the Sources page, the About dialog)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from explorer.domain.sources import DatasetInfo
from explorer.store.models import Dataset


def list_datasets(session: Session) -> list[DatasetInfo]:
    """Every dataset of the reference database, in key order."""
    rows = session.execute(select(Dataset).order_by(Dataset.key)).scalars()
    return [
        DatasetInfo(
            key=d.key,
            name=d.name,
            publisher=d.publisher,
            licence=d.licence,
            version=d.version,
            url=d.url,
            citation=d.citation,
            coverage=d.coverage or "",
            notes=d.notes or "",
            files=d.files or "",
            row_count=d.row_count or 0,
        )
        for d in rows
    ]


def built_at(session: Session) -> str:
    """When the reference database was built (``build_info.built_at``; "" when unknown)."""
    from explorer.store.models import BuildInfo

    row = session.get(BuildInfo, "built_at")
    return row.value if row is not None else ""
