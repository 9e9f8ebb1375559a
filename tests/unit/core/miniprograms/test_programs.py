"""Installing, listing, reading and removing mini-programs over a real Core."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pytest

from core.changes import Change, MiniProgramsChanged
from core.clock import ManualClock
from core.errors import NotAllowed, NotFound
from core.facade import Core
from core.miniprograms import MAX_PACKAGE_BYTES, PackageRefused
from core.profile import BLOB_FOLDER
from tests.unit.core.miniprograms.packages import xdc

MakeCore = Callable[[str], Core]


def test_install_keeps_a_validated_package_under_the_hash_of_its_bytes(
    make_core: MakeCore, clock: ManualClock
) -> None:
    ann = make_core("Ann")
    data = xdc("Poll", ("storage",))
    seen: list[Change] = []
    ann.subscribe(seen.extend)
    program = ann.miniprograms.install(data, "poll.xdc")
    assert program.program_id == hashlib.blake2b(data, digest_size=32).digest()
    assert (program.name, program.size, program.bundled) == ("Poll", len(data), False)
    assert program.installed_ms == clock.now_ms() and program.last_opened_ms is None
    assert [c.value for c in program.manifest.capabilities] == ["storage"]
    assert MiniProgramsChanged(program.program_id.hex()) in seen
    assert ann.miniprograms.install(data, "again.xdc") == program  # idempotent
    assert [p.program_id for p in ann.miniprograms.installed()] == [program.program_id]
    assert ann.miniprograms.package(program.program_id).files["index.html"].startswith(b"<!")
    assert ann.miniprograms.package_bytes(program.program_id) == data


def test_a_refused_package_changes_nothing(make_core: MakeCore) -> None:
    ann = make_core("Ann")
    with pytest.raises(PackageRefused, match="not a zip"):
        ann.miniprograms.install(b"not a zip at all", "junk.xdc")
    with pytest.raises(PackageRefused, match="at most 2,097,152 bytes"):
        ann.miniprograms.install(b"PK\x03\x04" + b"\0" * MAX_PACKAGE_BYTES, "big.xdc")
    assert ann.miniprograms.installed() == []
    assert list((ann.profile / BLOB_FOLDER).iterdir()) == []  # nothing was stored


def test_installed_survives_reopening_and_lists_recently_opened_first(
    make_core: MakeCore, clock: ManualClock
) -> None:
    ann = make_core("Ann")
    poll = ann.miniprograms.install(xdc("Poll"))
    game = ann.miniprograms.install(xdc("Game"))
    assert [p.name for p in ann.miniprograms.installed()] == ["Game", "Poll"]  # by name
    clock.advance(1000)
    ann.miniprograms.note_opened(poll.program_id, None)
    listed = ann.miniprograms.installed()
    assert [p.name for p in listed] == ["Poll", "Game"]
    assert listed[0].last_opened_ms == clock.now_ms()
    recent = ann.miniprograms.recent()
    assert [(r.program_id, r.conversation, r.title) for r in recent] == [
        (poll.program_id, None, "Poll")
    ]
    profile = ann.profile
    ann.close()
    again = Core.open(profile, clock=clock)
    try:
        assert [p.name for p in again.miniprograms.installed()] == ["Poll", "Game"]
        assert again.miniprograms.package(game.program_id).name == "Game"
    finally:
        again.close()


def test_bundled_programs_are_listed_and_cannot_be_removed(make_core: MakeCore) -> None:
    ann = make_core("Ann")
    [bundled] = ann.miniprograms.set_bundled([("checklist.xdc", xdc("Checklist"))])
    installed = ann.miniprograms.install(xdc("Poll"))
    listed = {p.name: p.bundled for p in ann.miniprograms.installed()}
    assert listed == {"Checklist": True, "Poll": False}
    assert ann.miniprograms.package(bundled).name == "Checklist"
    with pytest.raises(NotAllowed):
        ann.miniprograms.uninstall(bundled)
    ann.miniprograms.uninstall(installed.program_id)
    assert [p.name for p in ann.miniprograms.installed()] == ["Checklist"]
    with pytest.raises(NotFound):
        ann.miniprograms.package(installed.program_id)
    with pytest.raises(NotFound):
        ann.miniprograms.uninstall(installed.program_id)


def test_a_damaged_stored_package_is_refused_not_opened(make_core: MakeCore) -> None:
    ann = make_core("Ann")
    program = ann.miniprograms.install(xdc("Poll"))
    for path in (ann.profile / BLOB_FOLDER).glob("*.data"):
        data = bytearray(path.read_bytes())
        data[-1] ^= 1
        path.write_bytes(bytes(data))
    with pytest.raises(Exception, match="cannot be read"):
        ann.miniprograms.package(program.program_id)
