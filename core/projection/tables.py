"""Bookkeeping tables of the projector: its watermark, known symmetric keys, parked events."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from core.store.columns import blob, int_default


class ProjectionStateRow(SQLModel, table=True):
    """Named integers: ``watermark`` is the last local event order folded."""

    __tablename__ = "projection_state"

    name: str = Field(primary_key=True)
    value: int = int_default(0)


class SymmetricKeyRow(SQLModel, table=True):
    """A group or post key we learned from an event we could open."""

    __tablename__ = "symmetric_key"

    key_id: bytes = blob(primary_key=True)
    key: bytes = blob()
    scope: str = Field(index=True)
    epoch: int = int_default(0)
    learned_order: int = int_default(0)


class ParkedEventRow(SQLModel, table=True):
    """An event encrypted under a key we do not hold yet; folded when the key arrives."""

    __tablename__ = "parked_event"

    local_order: int = Field(primary_key=True)
    key_id: bytes = blob(index=True)


PROJECTOR_TABLES = ("symmetric_key", "parked_event")
