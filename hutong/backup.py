"""``hutong export`` / ``hutong import``: every feed as JSON lines, and back.

One line per event: ``{"header": hex, "signature": hex, "payload": hex | null}`` — the raw
signed bytes, so an import verifies every signature again and restores identical feeds.
An import reads and checks the whole file before storing anything, then stores it in one
transaction: a damaged file changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from core.facade import Core
from core.feeds import RawEvent, unpack_header
from hutong.errors import CommandError
from hutong.profiles import open_core

_BATCH = 2000


def export_lines(core: Core) -> Iterator[str]:
    for raw in core.feeds.iter_all():
        yield json.dumps(
            {
                "header": raw.header.hex(),
                "signature": raw.signature.hex(),
                "payload": None if raw.payload is None else raw.payload.hex(),
            },
            separators=(",", ":"),
        )


def parse_line(line: str, number: int) -> RawEvent:
    """One exported event; anything off raises :class:`CommandError` naming the line."""
    try:
        entry = json.loads(line)
        if not isinstance(entry, dict):
            raise TypeError("not an object")
        payload = entry.get("payload")
        return RawEvent(
            bytes.fromhex(entry["header"]),
            bytes.fromhex(entry["signature"]),
            None if payload is None else bytes.fromhex(payload),
        )
    except RecursionError as exc:  # json.loads of "[[[[..." deeper than the stack
        raise CommandError(f"line {number} of the export is damaged (nested too deeply)") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise CommandError(f"line {number} of the export is damaged ({exc})") from exc


def read_export(stream: IO[str]) -> list[RawEvent]:
    events = []
    for number, line in enumerate(stream, start=1):
        if line.strip():
            events.append(parse_line(line, number))
    return events


def import_events(core: Core, events: list[RawEvent]) -> tuple[int, int]:
    """Store all events in one transaction; (new, duplicates)."""
    new = duplicates = 0
    with core.database.write():
        for start in range(0, len(events), _BATCH):
            report = core.feeds.ingest(events[start : start + _BATCH])
            new += len(report.new)
            duplicates += report.duplicates
    core.catch_up()
    return new, duplicates


def run_export(arguments: argparse.Namespace) -> int:
    with open_core(arguments.profile, arguments.passphrase_file) as core:
        if core.recovering:  # an empty export must never pass for a backup
            raise CommandError(
                f"nothing to export: this profile is recovering ({core.recovery_reason})"
            )
        if arguments.output in (None, "-"):
            for line in export_lines(core):
                sys.stdout.write(line + "\n")
        else:
            target = Path(arguments.output)
            temporary = target.with_name(target.name + ".part")
            with temporary.open("w", encoding="utf-8") as out:
                for line in export_lines(core):
                    out.write(line + "\n")
            temporary.replace(target)
    return 0


def run_import(arguments: argparse.Namespace) -> int:
    source = arguments.file
    if source == "-":
        events = read_export(sys.stdin)
    else:
        try:
            with Path(source).open(encoding="utf-8") as stream:
                events = read_export(stream)
        except FileNotFoundError as exc:
            raise CommandError(f"no such file: {source}") from exc
        except UnicodeDecodeError as exc:
            raise CommandError(f"{source} is not a Hutong export (not text)") from exc
    with open_core(arguments.profile, arguments.passphrase_file) as core:
        new, duplicates = import_events(core, events)
        own = sum(1 for raw in events if unpack_header(raw.header).author == core.me)
        print(f"imported {new} events ({duplicates} already here)")
        if core.recovering:
            print("this profile still waits for its own history: the backup does not hold it")
        elif events and not own:
            print(
                f"none of them is this profile's own ({core.display_id}): to restore a backup,"
                " put its identity.json into an empty profile folder first"
            )
    return 0
