"""The command line, run as a real process: clear one-line errors, faithful export/import."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from core.clock import ManualClock
from core.crypto import KdfParams
from core.facade import Core


def hutong(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hutong", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr and needle in result.stderr


def test_card_prints_text_and_writes_a_readable_qr(tmp_path: Path) -> None:
    qr = tmp_path / "card.png"
    result = hutong("card", "--profile", str(tmp_path / "p"), "--qr", str(qr))
    assert result.returncode == 0, result.stderr
    text = result.stdout.strip()
    assert text.startswith("HUTONG:C1:")
    (decoded,) = zxingcpp.read_barcodes(Image.open(qr))
    assert decoded.text == text


def test_export_then_import_restores_identical_feeds(tmp_path: Path) -> None:
    source = tmp_path / "a"
    with Core.open(source, name="Alice") as core:
        core.set_name("Alice L.")
    exported = tmp_path / "a.jsonl"
    assert hutong("export", "--profile", str(source), "-o", str(exported)).returncode == 0
    lines = exported.read_text().splitlines()
    assert len(lines) == 2 and all(
        set(json.loads(line)) == {"header", "signature", "payload"} for line in lines
    )
    result = hutong("import", "--profile", str(tmp_path / "b"), str(exported))
    assert result.returncode == 0 and "imported 2 events" in result.stdout
    assert "put its identity.json into an empty profile folder first" in result.stdout
    again = hutong("export", "--profile", str(tmp_path / "b")).stdout.splitlines()
    assert set(lines) <= set(again)
    assert (
        hutong("import", "--profile", str(tmp_path / "b"), str(exported)).stdout.splitlines()[0]
        == "imported 0 events (2 already here)"
    )


def test_a_damaged_export_changes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "a"
    Core.open(source, name="Alice").close()
    exported = tmp_path / "a.jsonl"
    hutong("export", "--profile", str(source), "-o", str(exported))
    good = exported.read_text()
    (tmp_path / "bad.jsonl").write_text(good + '{"header": "nothex"}\n')
    assert_one_line_error(
        hutong("import", "--profile", str(tmp_path / "b"), str(tmp_path / "bad.jsonl")), "line 2"
    )
    forged = json.loads(good)
    forged["signature"] = "00" * 64
    (tmp_path / "forged.jsonl").write_text(json.dumps(forged) + "\n")
    assert_one_line_error(
        hutong("import", "--profile", str(tmp_path / "b"), str(tmp_path / "forged.jsonl")),
        "signature",
    )
    assert (
        len(hutong("export", "--profile", str(tmp_path / "b")).stdout.splitlines()) == 1
    )  # only b's own profile
    (tmp_path / "binary.jsonl").write_bytes(b"\xff\xfe\x00")
    assert_one_line_error(
        hutong("import", "--profile", str(tmp_path / "b"), str(tmp_path / "binary.jsonl")), "not"
    )


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("bogus",), "invalid choice"),
        (("card", "--nope"), "unrecognized"),
        (("import",), "required"),
    ],
)
def test_bad_arguments_are_one_clear_line(args: tuple[str, ...], needle: str) -> None:
    assert_one_line_error(hutong(*args), needle)


def test_locked_and_protected_profiles_are_one_clear_line(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    Core.open(folder, name="P", passphrase="right", kdf=KdfParams.minimal()).close()
    assert_one_line_error(hutong("card", "--profile", str(folder)), "protected")
    assert_one_line_error(
        hutong("card", "--profile", str(folder), env={"HUTONG_PASSPHRASE": "wrong"}),
        "wrong passphrase",
    )
    (tmp_path / "pw").write_text("right\n")
    assert (
        hutong(
            "card", "--profile", str(folder), "--passphrase-file", str(tmp_path / "pw")
        ).returncode
        == 0
    )
    with Core.open(folder, passphrase="right"):
        assert_one_line_error(
            hutong("card", "--profile", str(folder), env={"HUTONG_PASSPHRASE": "right"}),
            "already open",
        )
    assert_one_line_error(
        hutong("import", "--profile", str(folder), str(tmp_path / "missing.jsonl")), "no such file"
    )


def test_a_backup_restored_beside_its_key_file_is_the_same_person_with_no_fork(
    tmp_path: Path,
) -> None:
    from core.chat import direct_conversation
    from core.feeds import MAIN_FEED
    from tests.support.profiles import befriend, open_core, sync_all

    clock = ManualClock()
    clock.now_ms = _ticking(clock)  # type: ignore[method-assign]
    alice = open_core(tmp_path / "alice", "Alice", clock)
    bob = open_core(tmp_path / "bob", "Bob", clock)
    befriend(alice, bob)
    alice.chat.send_text(direct_conversation(bob.me), "hi Bob")
    bob.chat.send_text(direct_conversation(alice.me), "hi Alice")
    sync_all([alice, bob])
    head = alice.feeds.note(alice.me, MAIN_FEED)
    alice.close()
    backup = tmp_path / "backup.jsonl"
    assert hutong("export", "--profile", str(tmp_path / "alice"), "-o", str(backup)).returncode == 0

    restored = tmp_path / "restored"  # a new machine: the key file, then the backup
    restored.mkdir()
    shutil.copy(tmp_path / "alice" / "identity.json", restored / "identity.json")
    result = hutong("import", "--profile", str(restored), str(backup))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"imported {len(backup.read_text().splitlines())} events (0 already here)"
    ]
    with open_core(restored, "ignored", clock) as again:
        assert not again.recovering and again.name == "Alice"
        assert again.feeds.note(again.me, MAIN_FEED) == head  # not a second seq 1
        assert again.feeds.forked_feeds() == set()
        assert again.contacts.require(bob.me).is_friend
        texts = [m.text for m in again.chat.history(direct_conversation(bob.me))]
        assert texts == ["hi Bob", "hi Alice"]
        again.chat.send_text(direct_conversation(bob.me), "restored")
        sync_all([again, bob])
        assert bob.feeds.forked_feeds() == set()
    bob.close()


def _ticking(clock: ManualClock) -> Callable[[], int]:
    def now_ms() -> int:
        clock.advance(1)
        return ManualClock.now_ms(clock)

    return now_ms


def test_a_bad_port_is_one_clear_line(tmp_path: Path) -> None:
    assert_one_line_error(hutong("node", "--profile", str(tmp_path), "--port", "99999"), "port")
    assert not (tmp_path / "hutong.db").exists()


def test_a_deeply_nested_export_line_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "deep.jsonl").write_text("[" * 100_000 + "\n")
    result = hutong("import", "--profile", str(tmp_path / "p"), str(tmp_path / "deep.jsonl"))
    assert_one_line_error(result, "line 1")
    assert not (tmp_path / "p").exists()  # read and checked before the profile is touched


def _profile_with_history(folder: Path) -> None:
    with Core.open(folder, name="Alice") as core:
        for number in range(200):  # enough pages that the last ones hold no schema
            core.set_name(f"Alice {number} " + "x" * 200)


@pytest.mark.parametrize("damage", ["cut", "garbled"])
def test_a_damaged_database_is_one_clear_line_and_is_left_as_it_was(
    tmp_path: Path, damage: str
) -> None:
    folder = tmp_path / "p"
    _profile_with_history(folder)
    database = folder / "hutong.db"
    size = database.stat().st_size
    with database.open("r+b") as stream:
        if damage == "cut":
            stream.truncate(size - 3 * 4096)
        else:
            stream.seek(size - 3 * 4096)
            stream.write(bytes(range(256)) * 48)
    before = database.read_bytes()
    for command in ("export", "card"):
        result = hutong(command, "--profile", str(folder))
        if result.returncode != 0 or command == "export":
            assert_one_line_error(result, "damaged")
    assert database.read_bytes() == before


def test_an_empty_database_is_not_a_new_profile(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    with Core.open(folder, name="Alice") as core:
        me = core.me
    for name in ("hutong.db-wal", "hutong.db-shm"):
        (folder / name).unlink(missing_ok=True)
    (folder / "hutong.db").write_bytes(b"")
    assert_one_line_error(hutong("card", "--profile", str(folder)), "waiting for its own history")
    backup = tmp_path / "backup.jsonl"
    backup.write_text("an older backup\n")
    assert_one_line_error(hutong("export", "--profile", str(folder), "-o", str(backup)), "empty")
    assert backup.read_text() == "an older backup\n"  # never replaced by an empty export
    with Core.open(folder) as core:
        assert core.me == me and core.recovering and core.feeds.notes() == []


def test_a_full_disk_is_one_clear_line_and_half_writes_nothing(tmp_path: Path) -> None:
    from tests.support.full_disk import fill, small_disk

    source = tmp_path / "source"
    _profile_with_history(source)
    backup = tmp_path / "backup.jsonl"
    assert hutong("export", "--profile", str(source), "-o", str(backup)).returncode == 0
    with small_disk(tmp_path / "disk") as disk:
        filler = fill(disk)
        # A new profile on a full disk: no key file, no half-made database to trip on later.
        assert_one_line_error(hutong("card", "--profile", str(disk / "new")), "No space left")
        assert not (disk / "new" / "identity.json").exists()
        assert not list((disk / "new").glob("identity.*"))
        filler.unlink()
        folder = disk / "p"
        assert hutong("card", "--profile", str(folder)).returncode == 0
        before = hutong("export", "--profile", str(folder)).stdout
        filler = fill(disk)
        assert_one_line_error(hutong("import", "--profile", str(folder), str(backup)), "full")
        filler.unlink()
        assert hutong("export", "--profile", str(folder)).stdout == before  # all or nothing
