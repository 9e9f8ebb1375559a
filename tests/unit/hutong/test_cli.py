"""The command line, run as a real process: clear one-line errors, faithful export/import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

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
    again = hutong("export", "--profile", str(tmp_path / "b")).stdout.splitlines()
    assert set(lines) <= set(again)
    assert (
        hutong("import", "--profile", str(tmp_path / "b"), str(exported)).stdout.strip()
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
