"""Hutong IDs laid out for reading: eight groups of seven in two lines of four."""

from __future__ import annotations


def id_lines(display_id: str) -> str:
    groups = display_id.split("-")
    if len(groups) <= 4:
        return display_id
    return "-".join(groups[:4]) + "-\n" + "-".join(groups[4:])


def short_id(display_id: str, groups: int = 2) -> str:
    """The first groups of an id, for places with little room ("ABCDEFG-HIJKLMN…")."""
    return "-".join(display_id.split("-")[:groups]) + "…"
