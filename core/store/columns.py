"""Columns whose default also lives in SQL, so raw bulk inserts may leave them out."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, LargeBinary
from sqlmodel import Field


def text_default(value: str = "", **kwargs: Any) -> Any:
    return Field(default=value, sa_column_kwargs={"server_default": value}, **kwargs)


def int_default(value: int = 0, **kwargs: Any) -> Any:
    return Field(default=value, sa_column_kwargs={"server_default": str(value)}, **kwargs)


def bool_default(value: bool = False, **kwargs: Any) -> Any:
    server = "1" if value else "0"
    return Field(default=value, sa_column_kwargs={"server_default": server}, **kwargs)


def blob(
    *, primary_key: bool = False, nullable: bool = False, index: bool = False, unique: bool = False
) -> Any:
    """A BLOB column (keys, ids, hashes)."""
    column = Column(
        LargeBinary, primary_key=primary_key, nullable=nullable, index=index, unique=unique
    )
    return Field(default=None if nullable else ..., sa_column=column)
