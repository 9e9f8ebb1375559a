"""docs/protocol.md and the code agree byte for byte; others can check our events."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from core.crypto import blake2b_256
from tests.support.golden import DOC, document_vectors, vectors


def test_every_vector_in_the_document_matches_the_code() -> None:
    documented = document_vectors(DOC.read_text("utf-8"))
    produced = vectors()
    assert set(documented) == set(produced)
    for name, value in produced.items():
        assert documented[name] == "".join(value.split()), name


def _documented() -> dict[str, bytes]:
    raw = document_vectors(DOC.read_text("utf-8"))
    return {
        name: bytes.fromhex(value)
        for name, value in raw.items()
        if name.startswith(("event", "alice"))
    }


def test_an_independent_ed25519_accepts_the_documented_event() -> None:
    """Only the documented rule: Ed25519 over "hutong/event/v1\\0" || header."""
    doc = _documented()
    key = Ed25519PublicKey.from_public_bytes(doc["alice-public-key"])
    for n in ("1", "2"):
        key.verify(doc[f"event-{n}-signature"], b"hutong/event/v1\x00" + doc[f"event-{n}-header"])
        assert (
            blake2b_256(doc[f"event-{n}-header"] + doc[f"event-{n}-signature"])
            == doc[f"event-{n}-id"]
        )


def test_an_independent_ed25519_rejects_a_changed_header() -> None:
    doc = _documented()
    key = Ed25519PublicKey.from_public_bytes(doc["alice-public-key"])
    header = bytearray(doc["event-1-header"])
    header[-1] ^= 1
    with pytest.raises(InvalidSignature):
        key.verify(doc["event-1-signature"], b"hutong/event/v1\x00" + bytes(header))


def test_documented_header_fields_sit_at_documented_offsets() -> None:
    doc = _documented()
    header = doc["event-2-header"]
    assert header[0:4] == b"HTEV" and header[4] == 1 and header[5] == 1
    assert header[6:38] == doc["alice-public-key"]
    assert int.from_bytes(header[70:78], "big") == 2
    assert header[78:110] == doc["event-1-id"]
    assert int.from_bytes(header[110:118], "big") == 1_700_000_001_000
    assert int.from_bytes(header[118:122], "big") == 2
    assert header[122:154] == blake2b_256(b"{}")
    first = doc["event-1-header"]
    assert first[78:110] == bytes(32)
    assert first[122:154] == blake2b_256(doc["event-1-payload"])


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_openssl_verifies_the_documented_event(tmp_path: Path) -> None:
    doc = _documented()
    (tmp_path / "msg").write_bytes(b"hutong/event/v1\x00" + doc["event-1-header"])
    (tmp_path / "sig").write_bytes(doc["event-1-signature"])
    (tmp_path / "key.der").write_bytes(
        bytes.fromhex("302a300506032b6570032100") + doc["alice-public-key"]
    )
    command = [
        "openssl",
        "pkeyutl",
        "-verify",
        "-pubin",
        "-inkey",
        str(tmp_path / "key.der"),
        "-keyform",
        "DER",
        "-rawin",
        "-in",
        str(tmp_path / "msg"),
        "-sigfile",
        str(tmp_path / "sig"),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if "unknown option" in result.stderr or ("rawin" in result.stderr and result.returncode):
        pytest.skip(f"this openssl cannot verify raw Ed25519: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    (tmp_path / "msg").write_bytes(b"hutong/event/v1\x00" + doc["event-2-header"])
    assert subprocess.run(command, capture_output=True, check=False).returncode != 0
