"""Typed models of the user database: what a user writes, kept apart from reference data.

Replacing or rebuilding the reference database never touches this file's tables.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UserBase(DeclarativeBase):
    """Declarative base of the user database."""


class Bookmark(UserBase):
    """A saved pointer to an initiative or country (``target_kind`` + ``target_key``)."""

    __tablename__ = "bookmark"

    id: Mapped[int] = mapped_column(primary_key=True)
    target_kind: Mapped[str] = mapped_column(String(32))
    target_key: Mapped[str] = mapped_column(String(100))
    label: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Note(UserBase):
    """A user's note on an initiative, a country, or nothing in particular."""

    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    target_kind: Mapped[str] = mapped_column(String(32), default="")
    target_key: Mapped[str] = mapped_column(String(100), default="")
    # What the target was called when the note was written (kept when an update removes it).
    title: Mapped[str] = mapped_column(String(500), default="", server_default="")
    # Stable identity across machines: import merges a colleague's note by it.
    uid: Mapped[str] = mapped_column(
        String(36), unique=True, default=lambda: str(uuid.uuid4())
    )
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class SavedSearch(UserBase):
    """A named initiative search (the query text in the search language)."""

    __tablename__ = "saved_search"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    query: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Collection(UserBase):
    """A named, ordered list of targets with a description ("Mozambique mission, March")."""

    __tablename__ = "collection"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class CollectionItem(UserBase):
    """One target of a collection, at ``position``, with a title snapshot."""

    __tablename__ = "collection_item"
    __table_args__ = (UniqueConstraint("collection_id", "target_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    collection_id: Mapped[int] = mapped_column(
        ForeignKey("collection.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    target_kind: Mapped[str] = mapped_column(String(32))
    target_key: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(500), default="", server_default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)


class BookmarkTag(UserBase):
    """A tag on a bookmark."""

    __tablename__ = "bookmark_tag"

    bookmark_id: Mapped[int] = mapped_column(
        ForeignKey("bookmark.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)


class NoteTag(UserBase):
    """A tag on a note."""

    __tablename__ = "note_tag"

    note_id: Mapped[int] = mapped_column(
        ForeignKey("note.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)
