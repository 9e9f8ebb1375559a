"""Projection table of contacts (rebuilt from feeds: requests, accepts and our own settings)."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from core.store.columns import blob, bool_default, int_default, text_default


class ContactRow(SQLModel, table=True):
    __tablename__ = "contact"

    identity: bytes = blob(primary_key=True)
    encryption_key: bytes = blob()
    name: str
    remark: str = text_default("")
    tags: str = text_default("[]")
    state: str = text_default("known", index=True)
    blocked: bool = bool_default(False)
    verified: bool = bool_default(False)
    request_message: str = text_default("")
    request_at_ms: int = int_default(0)
    addresses: str = text_default("[]")
    avatar_hash: bytes | None = blob(nullable=True)
    card_issued_ms: int = int_default(0)
    card: str = text_default("")


class AvatarRow(SQLModel, table=True):
    """Where someone's avatar picture is: an encrypted blob whose key their profile made public."""

    __tablename__ = "avatar"

    identity: bytes = blob(primary_key=True)
    blob_id: bytes = blob()
    key: bytes = blob()
    size: int
    issued_ms: int = int_default(0)


CONTACT_TABLES = ("contact", "avatar")


class MyProfileRow(SQLModel, table=True):
    """Our own latest published card (name, avatar, keys)."""

    __tablename__ = "my_profile"

    id: int = Field(default=1, primary_key=True)
    card: str
    issued_ms: int = int_default(0)
