"""An initiative's title and description in the user's language, where its file gave one.

IATI files carry narratives in several ``xml:lang``; the importer keeps each in
``import_initiative_text`` (made by the first such import) on the initiative's stable key
(dataset + the source's record id). Portable SQL; no table, no texts: nothing to change.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

from explorer.store.queries.search_filters import Db

TABLE = "import_initiative_text"
_TEXTS = text(
    f"""
    SELECT t.field, t.lang, t.text FROM {TABLE} t
    JOIN initiative i ON i.dataset_id = t.dataset_id AND i.source_record_id = t.source_record_id
    WHERE i.id = :id
    """
)


def base_language(code: str) -> str:
    """``fr`` of ``fr_FR``, ``fr-CA`` or ``FR``."""
    return code.replace("-", "_").split("_")[0].lower()


def localized_texts(db: Db, initiative_id: int, language: str) -> dict[str, str]:
    """``title``/``description`` of ``initiative_id`` in ``language`` (``pt_BR``: first
    ``pt-br``, then ``pt``); empty when the file gave none in that language (the record's
    own title, in the file's language, is the initiative's and is not kept twice)."""
    bind = db if isinstance(db, Connection) else db.connection()
    if not language or not inspect(bind).has_table(TABLE):
        return {}
    exact = language.replace("_", "-").lower()
    base = base_language(language)
    found: dict[str, tuple[int, str]] = {}
    for field, lang, value in db.execute(_TEXTS, {"id": initiative_id}):
        lang = str(lang).replace("_", "-").lower()
        rank = 0 if lang == exact else 1 if base_language(lang) == base else None
        if rank is not None and (field not in found or rank < found[field][0]):
            found[str(field)] = (rank, str(value))
    return {field: value for field, (_rank, value) in found.items()}
