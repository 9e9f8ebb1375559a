"""The person's answers to ``window.hutong`` capability prompts, remembered per program.

A capability is *granted* (Allow), *denied* (Deny, remembered so the app cannot nag) or
undecided (ask on first use). Revoking forgets the answer: the next use asks again.
Local to this device: never synced.
"""

from __future__ import annotations

from core.miniprograms.manifest import Capability
from core.store import Database


class Grants:
    def __init__(self, database: Database) -> None:
        self._db = database

    def answers(self, program_id: bytes) -> dict[Capability, bool]:
        with self._db.read() as connection:
            rows = connection.exec_driver_sql(
                "SELECT capability, allowed FROM miniprogram_grant WHERE program_id = ?",
                (program_id,),
            ).all()
        known = {c.value for c in Capability}
        return {Capability(str(r[0])): bool(r[1]) for r in rows if str(r[0]) in known}

    def answer(self, program_id: bytes, capability: Capability, allowed: bool) -> None:
        with self._db.write() as connection:
            connection.exec_driver_sql(
                "INSERT INTO miniprogram_grant (program_id, capability, allowed) VALUES (?, ?, ?)"
                " ON CONFLICT(program_id, capability) DO UPDATE SET allowed = excluded.allowed",
                (program_id, capability.value, allowed),
            )

    def forget(self, program_id: bytes, capability: Capability | None = None) -> None:
        """Forget one answer, or every answer about a program (``None``)."""
        with self._db.write() as connection:
            if capability is None:
                connection.exec_driver_sql(
                    "DELETE FROM miniprogram_grant WHERE program_id = ?", (program_id,)
                )
            else:
                connection.exec_driver_sql(
                    "DELETE FROM miniprogram_grant WHERE program_id = ? AND capability = ?",
                    (program_id, capability.value),
                )
