"""Sharing a program in a chat and installing it from the card: the card's program id pins
the package's bytes, the chat message's signature says who shared it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core.blobs import BlobRef
from core.chat import MiniProgramCard, PackageRef, direct_conversation
from core.errors import HutongError, InvalidInput, NotFound
from core.facade import Core
from core.miniprograms import PackageRefused
from tests.support.profiles import befriend, sync_all
from tests.unit.core.miniprograms.packages import xdc

MakeCore = Callable[[str], Core]


def wire(core: Core) -> Core:
    """What the facade does: the chat posts and finds the cards."""

    def post(conversation: str, title: str, program: bytes, summary: str, ref: BlobRef) -> bytes:
        package = PackageRef(ref.blob_id, ref.key, ref.size)
        card = MiniProgramCard(title, program, summary, package)
        return core.chat.send_card(conversation, card).event_id

    core.miniprograms.post_program_card = post
    core.miniprograms.find_message = core.chat.message
    return core


def copy_blobs(source: Core, target: Core) -> None:
    """What sync's blob transfer does."""
    for blob_id in target.missing_blobs():
        if source.blobs.has(blob_id):
            target.blobs.begin_receive(blob_id, source.blobs.manifest_bytes(blob_id))
            for index in target.blobs.missing_chunks(blob_id):
                target.blobs.write_chunk(blob_id, index, source.blobs.read_chunk(blob_id, index))


@pytest.fixture
def pair(make_core: MakeCore) -> tuple[Core, Core]:
    ann, ben = wire(make_core("Ann")), wire(make_core("Ben"))
    befriend(ann, ben)
    return ann, ben


def test_a_shared_program_installs_from_its_card(pair: tuple[Core, Core]) -> None:
    ann, ben = pair
    program = ann.miniprograms.install(xdc("Poll", ("share",))).program_id
    message = ann.miniprograms.share(program, direct_conversation(ben.me), "lunch vote")
    sync_all([ann, ben])
    received = ben.chat.require_message(message)
    assert isinstance(received.card, MiniProgramCard)
    assert (received.card.title, received.card.program) == ("Poll", program)
    assert received.author == ann.me  # the chat event's signature: who shared it
    with pytest.raises(NotFound, match="still arriving"):
        ben.miniprograms.install_from_card(direct_conversation(ann.me), message)
    copy_blobs(ann, ben)
    installed = ben.miniprograms.install_from_card(direct_conversation(ann.me), message)
    assert (installed.program_id, installed.name, installed.bundled) == (program, "Poll", False)
    assert ben.miniprograms.package_bytes(program) == ann.miniprograms.package_bytes(program)
    # The sharer's instance is registered: its app feeds are kept among the two.
    assert ann.miniprograms.entitlements().feeds


def test_a_swapped_package_is_refused(pair: tuple[Core, Core]) -> None:
    ann, ben = pair
    claimed = ann.miniprograms.install(xdc("Poll")).program_id
    other = ann.blobs.add_bytes(xdc("Poll", extra=b"<script>steal()</script>"))
    card = MiniProgramCard("Poll", claimed, "", PackageRef(other.blob_id, other.key, other.size))
    message = ann.chat.send_card(direct_conversation(ben.me), card).event_id
    sync_all([ann, ben])
    copy_blobs(ann, ben)
    with pytest.raises(PackageRefused, match="does not match its card"):
        ben.miniprograms.install_from_card(direct_conversation(ann.me), message)
    assert ben.miniprograms.installed() == []


def test_a_card_is_read_only_in_its_own_conversation(
    pair: tuple[Core, Core], make_core: MakeCore
) -> None:
    ann, ben = pair
    program = ann.miniprograms.install(xdc("Poll")).program_id
    message = ann.miniprograms.share(program, direct_conversation(ben.me))
    sync_all([ann, ben])
    copy_blobs(ann, ben)
    with pytest.raises(InvalidInput, match="not in this conversation"):
        ben.miniprograms.install_from_card(direct_conversation(b"\x01" * 32), message)
    text = ann.chat.send_text(direct_conversation(ben.me), "not a card").event_id
    sync_all([ann, ben])
    with pytest.raises(HutongError, match="does not carry a mini-program"):
        ben.miniprograms.install_from_card(direct_conversation(ann.me), text)


def test_without_the_chat_wired_sharing_says_so(make_core: MakeCore) -> None:
    ann = make_core("Ann")
    program = ann.miniprograms.install(xdc("Poll")).program_id
    ann.miniprograms.post_program_card = (
        None  # a service built without the chat (the facade wires it)
    )
    with pytest.raises(HutongError, match="cannot be shared"):
        ann.miniprograms.share(program, "d:" + "00" * 32)
