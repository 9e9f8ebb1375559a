"""Mini-program tables: what this device installed, opened, granted and stored (local: never
synced, kept across rebuilds), and the instances' updates folded from the app feeds
(a projection: rebuilt from the feeds)."""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer
from sqlmodel import Field, SQLModel

from core.store.columns import blob, int_default, text_default


class InstalledProgramRow(SQLModel, table=True):
    """Local: an installed package, its bytes in the blob store under its own key."""

    __tablename__ = "miniprogram_installed"

    program_id: bytes = blob(primary_key=True)
    blob_id: bytes = blob()
    blob_key: bytes = blob()
    size: int
    name: str
    manifest: str = text_default("{}")  # the validated manifest (manifest_to_json)
    installed_ms: int = int_default(0)


class AppInstanceRow(SQLModel, table=True):
    """Local: a program opened (or shared) in a conversation; its feeds are kept."""

    __tablename__ = "miniprogram_instance"

    feed_id: bytes = blob(primary_key=True)
    program_id: bytes = blob(index=True)
    conversation: str = text_default("")  # "" for a solo instance
    scope: str
    title: str = text_default("")
    last_opened_ms: int = int_default(0)


class ProgramOpenedRow(SQLModel, table=True):
    """Local: when a program was last opened, anywhere (orders the installed list)."""

    __tablename__ = "miniprogram_opened"

    program_id: bytes = blob(primary_key=True)
    last_opened_ms: int = int_default(0)


class GrantRow(SQLModel, table=True):
    """Local: the person's answer to a program's capability prompt."""

    __tablename__ = "miniprogram_grant"

    program_id: bytes = blob(primary_key=True)
    capability: str = Field(primary_key=True)
    allowed: bool = True


class StorageRow(SQLModel, table=True):
    """Local: ``window.hutong.storage``, per program; ``size`` counts key and value bytes."""

    __tablename__ = "miniprogram_storage"

    program_id: bytes = blob(primary_key=True)
    key: str = Field(primary_key=True)
    value: str
    size: int


class AppUpdateRow(SQLModel, table=True):
    """Projection: one update of an instance, from a member's ``app/…`` feed.

    ``arrival`` never repeats (AUTOINCREMENT), so a listener's cursor stays valid across a
    rebuild (rebuilt rows come after it again: delivered twice, dropped as duplicates).
    """

    __tablename__ = "app_update"
    __table_args__ = (
        Index("app_update_by_member", "feed_id", "author", "seq", unique=True),
        {"sqlite_autoincrement": True},
    )

    arrival: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    feed_id: bytes = blob()
    author: bytes = blob()
    seq: int
    program_id: bytes = blob()
    event_id: bytes = blob(unique=True)
    data: bytes = blob()


class AppUsageRow(SQLModel, table=True):
    """Projection: how much one member has put in one instance's feed (the per-member cap)."""

    __tablename__ = "app_usage"

    feed_id: bytes = blob(primary_key=True)
    author: bytes = blob(primary_key=True)
    updates: int = int_default(0)
    bytes_used: int = int_default(0)


APP_UPDATE_TABLES = ("app_update", "app_usage")
