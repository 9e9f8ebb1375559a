"""Core's error messages in the interface language.

Core writes every error for a person, in English (``str(error)``), and never imports Qt. The
desktop translates them here: each message is looked up under the "CoreErrors" context, and a
message with values in it (a limit, a file name) is matched against the catalog's ``%1``/``%2``
patterns, its pattern translated and the values put back (translated too when a value is itself
a catalogued message). A message not in the catalog shows as core wrote it.
``tests/gui/shell/test_core_errors.py`` checks that the catalog holds every message the services
the desktop calls can raise, so that a new one cannot go untranslated.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

CONTEXT = "CoreErrors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks ``text`` for lupdate under ``context``; returns it unchanged."""
    return text


CATALOG: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CoreErrors", "you are no longer a member of this group"),
    QT_TRANSLATE_NOOP("CoreErrors", "a message has at most %1 characters"),
    QT_TRANSLATE_NOOP("CoreErrors", "a message cannot be empty"),
    QT_TRANSLATE_NOOP("CoreErrors", "at most %1 files and %2 mentions per message"),
    QT_TRANSLATE_NOOP("CoreErrors", "an attachment is an image or a file"),
    QT_TRANSLATE_NOOP("CoreErrors", "you can only recall your own messages"),
    QT_TRANSLATE_NOOP("CoreErrors", "messages can be recalled within two minutes only"),
    QT_TRANSLATE_NOOP("CoreErrors", "no such message"),
    QT_TRANSLATE_NOOP("CoreErrors", "this message cannot be forwarded"),
    QT_TRANSLATE_NOOP("CoreErrors", "a file of this message has not arrived yet"),
    QT_TRANSLATE_NOOP("CoreErrors", "this card cannot be sent"),
    QT_TRANSLATE_NOOP("CoreErrors", "a card's title has 1 to %1 characters"),
    QT_TRANSLATE_NOOP("CoreErrors", "this draft is too long"),
    QT_TRANSLATE_NOOP("CoreErrors", "you can only message your contacts"),
    QT_TRANSLATE_NOOP("CoreErrors", "the file %1 cannot be read"),
    QT_TRANSLATE_NOOP("CoreErrors", "no such group"),
    QT_TRANSLATE_NOOP("CoreErrors", "only the group's owner or an admin can do this"),
    QT_TRANSLATE_NOOP("CoreErrors", "this group's key is not here yet"),
    QT_TRANSLATE_NOOP("CoreErrors", "a group name has 1 to %1 characters"),
    QT_TRANSLATE_NOOP("CoreErrors", "a group has at most %1 members"),
    QT_TRANSLATE_NOOP("CoreErrors", "you cannot remove this member"),
    QT_TRANSLATE_NOOP("CoreErrors", "only current members other than the owner can be made admins"),
    QT_TRANSLATE_NOOP("CoreErrors", "an announcement has at most %1 characters"),
    QT_TRANSLATE_NOOP("CoreErrors", "this is your own group's invite"),
    QT_TRANSLATE_NOOP("CoreErrors", "the owner cannot leave the group"),
    QT_TRANSLATE_NOOP("CoreErrors", "you can only add your contacts to a group"),
    QT_TRANSLATE_NOOP("CoreErrors", "this text is too long to be a group invite"),
    QT_TRANSLATE_NOOP("CoreErrors", "this is not a Hutong group invite"),
    QT_TRANSLATE_NOOP("CoreErrors", "this group invite is of an unknown kind"),
    QT_TRANSLATE_NOOP("CoreErrors", "this group invite's signature does not match: it was altered"),
    QT_TRANSLATE_NOOP("CoreErrors", "this group invite has expired; ask for a new one"),
    QT_TRANSLATE_NOOP("CoreErrors", "this group invite is damaged"),
    QT_TRANSLATE_NOOP("CoreErrors", "this person is not among your contacts"),
    QT_TRANSLATE_NOOP("CoreErrors", "this is your own card"),
    QT_TRANSLATE_NOOP("CoreErrors", "a request message has at most %1 characters"),
    QT_TRANSLATE_NOOP("CoreErrors", "there is no request from this person to accept"),
    QT_TRANSLATE_NOOP("CoreErrors", "there is no request from this person to decline"),
    QT_TRANSLATE_NOOP("CoreErrors", "a remark name has at most 64 characters"),
    QT_TRANSLATE_NOOP("CoreErrors", "at most %1 tags"),
    QT_TRANSLATE_NOOP("CoreErrors", "the picture %1 is over %2 MB"),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 is not a picture Hutong can show"),
    QT_TRANSLATE_NOOP("CoreErrors", "the picture %1 cannot be read"),
    QT_TRANSLATE_NOOP("CoreErrors", "a post has at most %1 characters"),
    QT_TRANSLATE_NOOP("CoreErrors", "a post has at most %1 pictures"),
    QT_TRANSLATE_NOOP("CoreErrors", "write something or add a picture"),
    QT_TRANSLATE_NOOP("CoreErrors", "choose at least one friend or tag who can see this post"),
    QT_TRANSLATE_NOOP("CoreErrors", "a comment has at most %1 characters"),
    QT_TRANSLATE_NOOP("CoreErrors", "a comment cannot be empty"),
    QT_TRANSLATE_NOOP("CoreErrors", "you can only delete your own posts"),
    QT_TRANSLATE_NOOP("CoreErrors", "this comment is gone"),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "you can delete your own comments, and any comment on your posts"
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "choose three days, a month, six months or all"),
    QT_TRANSLATE_NOOP("CoreErrors", "this post is not here"),
    QT_TRANSLATE_NOOP("CoreErrors", "this post was deleted"),
    QT_TRANSLATE_NOOP("CoreErrors", "a picture's size is out of range"),
    QT_TRANSLATE_NOOP("CoreErrors", "the comment you reply to is gone"),
    QT_TRANSLATE_NOOP("CoreErrors", "a name cannot be empty"),
    QT_TRANSLATE_NOOP("CoreErrors", "this card has an address with port 0"),
    QT_TRANSLATE_NOOP("CoreErrors", "this card is too long to be a Hutong card"),
    QT_TRANSLATE_NOOP("CoreErrors", "this card is version %1; this Hutong reads version %2"),
    QT_TRANSLATE_NOOP("CoreErrors", "this card uses features this Hutong does not know"),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "this card names a second device, which this Hutong does not support yet"
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "this card's name is empty or too long"),
    QT_TRANSLATE_NOOP("CoreErrors", "this card's name contains control characters"),
    QT_TRANSLATE_NOOP("CoreErrors", "this card lists too many addresses"),
    QT_TRANSLATE_NOOP("CoreErrors", "this card has extra bytes after its signature"),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "this card's signature does not match: it was altered or damaged"
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "this text is too long to be a Hutong card"),
    QT_TRANSLATE_NOOP("CoreErrors", "this is not a Hutong card (it should start with HUTONG:C1:)"),
    QT_TRANSLATE_NOOP("CoreErrors", "this card is cut short"),
    QT_TRANSLATE_NOOP("CoreErrors", "this card has an address of an unknown kind"),
    QT_TRANSLATE_NOOP("CoreErrors", "this card's name is not valid text"),
    QT_TRANSLATE_NOOP("CoreErrors", "this card's text is damaged (not valid base32)"),
    QT_TRANSLATE_NOOP("CoreErrors", "a Hutong id has 56 letters and digits (A–Z, 2–7)"),
    QT_TRANSLATE_NOOP("CoreErrors", "this Hutong id has a typo: a check character does not match"),
    QT_TRANSLATE_NOOP("CoreErrors", "the identity file in %1 is of an unknown format"),
    QT_TRANSLATE_NOOP("CoreErrors", "the identity file in %1 is damaged"),
    QT_TRANSLATE_NOOP("CoreErrors", "the identity file in %1 does not match its public key"),
    QT_TRANSLATE_NOOP("CoreErrors", "no identity in %1"),
    QT_TRANSLATE_NOOP("CoreErrors", "the identity file in %1 cannot be read: %2"),
    QT_TRANSLATE_NOOP("CoreErrors", "this profile is protected by a passphrase"),
    QT_TRANSLATE_NOOP("CoreErrors", "wrong passphrase"),
    QT_TRANSLATE_NOOP("CoreErrors", "this profile has no published card yet"),
    QT_TRANSLATE_NOOP("CoreErrors", "an avatar picture is at most %1 KB"),
    QT_TRANSLATE_NOOP("CoreErrors", "this profile was made by a newer Hutong; please update"),
    QT_TRANSLATE_NOOP("CoreErrors", "the profile %1 is already open in another Hutong"),
    QT_TRANSLATE_NOOP("CoreErrors", "the database could not be used: %1"),
    QT_TRANSLATE_NOOP("CoreErrors", "the database could not be written: %1"),
    QT_TRANSLATE_NOOP("CoreErrors", "the database could not be opened: %1"),
    QT_TRANSLATE_NOOP("CoreErrors", "no such chunk"),
    QT_TRANSLATE_NOOP("CoreErrors", "the blob ends early"),
    QT_TRANSLATE_NOOP("CoreErrors", "blob of %1 bytes is over the %2-byte limit"),
    QT_TRANSLATE_NOOP("CoreErrors", "chunk index out of range"),
    QT_TRANSLATE_NOOP("CoreErrors", "blob chunk does not match its hash"),
    QT_TRANSLATE_NOOP("CoreErrors", "the blob could not be written: %1"),
    QT_TRANSLATE_NOOP("CoreErrors", "no such blob here"),
    QT_TRANSLATE_NOOP("CoreErrors", "the blob's key does not fit"),
    QT_TRANSLATE_NOOP("CoreErrors", "a blob chunk on disk is damaged"),
    QT_TRANSLATE_NOOP("CoreErrors", "the blob does not decrypt with this key"),
    QT_TRANSLATE_NOOP("CoreErrors", "the blob folder could not be opened: %1"),
    QT_TRANSLATE_NOOP("CoreErrors", "the identity file in %1 could not be written: %2"),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "the database is damaged (%1): restore it from a backup, or move hutong.db away and"
        " reopen to recover your history from friends",
    ),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "this profile is waiting for its own history (restored or lost database): connect to"
        " a friend or import a backup first",
    ),
    # The wallet (desktop/wallet shows these).
    QT_TRANSLATE_NOOP("CoreErrors", "a VRF key is 32 bytes"),
    QT_TRANSLATE_NOOP("CoreErrors", "a payment request is valid for up to a week"),
    QT_TRANSLATE_NOOP("CoreErrors", "an exclusive red envelope goes to a member of this chat"),
    QT_TRANSLATE_NOOP("CoreErrors", "join the currency %1 first"),
    QT_TRANSLATE_NOOP("CoreErrors", "not enough money: %1 available"),
    QT_TRANSLATE_NOOP("CoreErrors", "only the currency's issuer creates money"),
    QT_TRANSLATE_NOOP("CoreErrors", "only the currency's issuer hands its clearing over"),
    QT_TRANSLATE_NOOP("CoreErrors", "only the payee accepts or declines a transfer"),
    QT_TRANSLATE_NOOP("CoreErrors", "the currency's clearer is not among your contacts yet"),
    QT_TRANSLATE_NOOP("CoreErrors", "the first amount is over the currency's cap"),
    QT_TRANSLATE_NOOP("CoreErrors", "the last hand-over is not complete yet (records to come)"),
    QT_TRANSLATE_NOOP("CoreErrors", "this code is your own"),
    QT_TRANSLATE_NOOP("CoreErrors", "this currency is frozen: %1"),
    QT_TRANSLATE_NOOP("CoreErrors", "this currency is not known here"),
    QT_TRANSLATE_NOOP("CoreErrors", "this currency's clearing is moving already"),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "this identity signed payments in this currency on two devices (a copied profile): "
        "its payments here are refused from now on",
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "this key has cleared this currency before; choose another"),
    QT_TRANSLATE_NOOP("CoreErrors", "this red envelope is not for you"),
    QT_TRANSLATE_NOOP("CoreErrors", "this transfer is not waiting for an answer"),
    QT_TRANSLATE_NOOP("CoreErrors", "you are not in this chat"),
    QT_TRANSLATE_NOOP("CoreErrors", "you cannot pay yourself"),
    QT_TRANSLATE_NOOP("CoreErrors", "you have opened this red envelope already"),
    QT_TRANSLATE_NOOP("CoreErrors", "this red envelope cannot be opened now"),
    QT_TRANSLATE_NOOP("CoreErrors", "enter the current payment PIN to change it"),
    QT_TRANSLATE_NOOP("CoreErrors", "set a payment PIN first"),
    QT_TRANSLATE_NOOP("CoreErrors", "wrong payment PIN"),
    QT_TRANSLATE_NOOP("CoreErrors", "the payment PIN is 6 digits"),
    QT_TRANSLATE_NOOP("CoreErrors", "this is not a Hutong payment code"),
    QT_TRANSLATE_NOOP("CoreErrors", "this payment code asks for an impossible amount"),
    QT_TRANSLATE_NOOP("CoreErrors", "this payment code is damaged"),
    QT_TRANSLATE_NOOP("CoreErrors", "this payment code is of an unknown kind"),
    QT_TRANSLATE_NOOP("CoreErrors", "this payment request has expired; ask for a new one"),
    QT_TRANSLATE_NOOP("CoreErrors", "this payment request is damaged"),
    QT_TRANSLATE_NOOP("CoreErrors", "this payment request is of an unknown kind"),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "this payment request's signature does not match: it was altered",
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "this text is too long to be a payment code"),
    QT_TRANSLATE_NOOP("CoreErrors", "a currency has 0 to %1 decimal places"),
    QT_TRANSLATE_NOOP("CoreErrors", "an amount must be a whole number of minor units"),
    QT_TRANSLATE_NOOP("CoreErrors", "an amount must be more than zero and at most %1"),
    QT_TRANSLATE_NOOP("CoreErrors", "this currency has %1 decimal places"),
    QT_TRANSLATE_NOOP("CoreErrors", "write the amount as a number, like 12.50"),
    QT_TRANSLATE_NOOP("CoreErrors", "a currency name has 1 to %1 characters"),
    QT_TRANSLATE_NOOP("CoreErrors", "a currency symbol has 1 to %1 characters"),
    QT_TRANSLATE_NOOP("CoreErrors", "a fixed red envelope's total must divide evenly"),
    QT_TRANSLATE_NOOP("CoreErrors", "a red envelope has 1 to %1 shares"),
    QT_TRANSLATE_NOOP("CoreErrors", "an exclusive red envelope has one share"),
    QT_TRANSLATE_NOOP("CoreErrors", "every share must get at least one minor unit"),
    QT_TRANSLATE_NOOP("CoreErrors", "the note is too long"),
    QT_TRANSLATE_NOOP("CoreErrors", "this device does not clear this currency"),
    QT_TRANSLATE_NOOP(
        "CoreErrors",
        "your earlier payments in this currency have not come back from the other members yet"
        " (a restored profile): connect to one of them, then try again",
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "some of this currency's clearing records are not back yet"),
    QT_TRANSLATE_NOOP("CoreErrors", "the payment request is too long"),
    QT_TRANSLATE_NOOP("CoreErrors", "the chat id is too long"),
    QT_TRANSLATE_NOOP("CoreErrors", "this is not a wallet intent"),
    QT_TRANSLATE_NOOP("CoreErrors", "a hand-over's epoch or position is out of range"),
    QT_TRANSLATE_NOOP("CoreErrors", "this is not a currency issue"),
    QT_TRANSLATE_NOOP("CoreErrors", "this is not a clearing hand-over"),
    QT_TRANSLATE_NOOP("CoreErrors", "this hand-over is not the next one for this currency"),
    QT_TRANSLATE_NOOP("CoreErrors", "this hand-over is not signed by the currency's issuer"),
    QT_TRANSLATE_NOOP("CoreErrors", "a payment request is paid in its own amount"),
    QT_TRANSLATE_NOOP("CoreErrors", "this payment request has been paid already"),
    QT_TRANSLATE_NOOP("CoreErrors", "enter the amount to pay"),
    QT_TRANSLATE_NOOP("CoreErrors", "this code asks for its own amount"),
    QT_TRANSLATE_NOOP("CoreErrors", "clearing of this currency has moved to another key"),
    # PinLocked's own message (raised as PinLocked(retry_at_ms): the catalog test cannot see it).
    QT_TRANSLATE_NOOP("CoreErrors", "too many wrong PINs; wait before trying again"),
    # Mini-programs (desktop/miniprograms shows these: installing from a file or a card,
    # opening, sharing, uninstalling). Not chat_share/session/updates/storage: those answer
    # the app's own calls, as rejections in its JavaScript.
    QT_TRANSLATE_NOOP("CoreErrors", "a mini-program may be at most %1 bytes"),
    QT_TRANSLATE_NOOP("CoreErrors", "this mini-program is still arriving; try again in a moment"),
    QT_TRANSLATE_NOOP("CoreErrors", "this mini-program's package cannot be read: %1"),
    QT_TRANSLATE_NOOP("CoreErrors", "this mini-program's package does not match its card"),
    QT_TRANSLATE_NOOP("CoreErrors", "this mini-program's stored package is damaged"),
    QT_TRANSLATE_NOOP("CoreErrors", "mini-program cards cannot be read here"),
    QT_TRANSLATE_NOOP("CoreErrors", "this message is not in this conversation"),
    QT_TRANSLATE_NOOP("CoreErrors", "this message does not carry a mini-program"),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "this card carries no package, and the program is not installed"
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "a mini-program that comes with Hutong cannot be removed"),
    QT_TRANSLATE_NOOP("CoreErrors", "this mini-program is not installed"),
    QT_TRANSLATE_NOOP("CoreErrors", "mini-programs cannot be shared here"),
    QT_TRANSLATE_NOOP("CoreErrors", "this is not a conversation mini-programs can be opened in"),
    QT_TRANSLATE_NOOP("CoreErrors", "this is not a conversation"),
    QT_TRANSLATE_NOOP("CoreErrors", "this mini-program did not declare %1"),
    QT_TRANSLATE_NOOP("CoreErrors", "manifest.toml is too large"),
    QT_TRANSLATE_NOOP("CoreErrors", "manifest.toml is not valid TOML: %1"),
    QT_TRANSLATE_NOOP("CoreErrors", "manifest.toml: name must be a non-empty text"),
    QT_TRANSLATE_NOOP("CoreErrors", "manifest.toml: min_api must be a whole number"),
    QT_TRANSLATE_NOOP(
        "CoreErrors", "this mini-program needs a newer Hutong (API %1, this one has %2)"
    ),
    QT_TRANSLATE_NOOP("CoreErrors", "manifest.toml: source_code_url must be a text"),
    QT_TRANSLATE_NOOP("CoreErrors", "manifest.toml: [hutong] must be a table"),
    QT_TRANSLATE_NOOP("CoreErrors", "manifest.toml: hutong.capabilities must be a list of texts"),
    QT_TRANSLATE_NOOP("CoreErrors", "manifest.toml: unknown capability %1"),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 is %2 bytes; a mini-program may be at most %3 bytes"),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 is not a webxdc package: it has no index.html at its root"),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 is a %2 archive, not a zip: it is not a webxdc package"),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 is not a zip file: it is not a webxdc package"),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 has %2 files; at most %3 are allowed"),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 holds %2 twice"),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 unpacks to more than %2 bytes"),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 is a damaged zip file (%2)"),
    QT_TRANSLATE_NOOP("CoreErrors", "%1 contains an unsafe path: %2"),
    QT_TRANSLATE_NOOP("CoreErrors", "%1: %2 is encrypted"),
    QT_TRANSLATE_NOOP("CoreErrors", "%1: %2 uses an unsupported compression method"),
    QT_TRANSLATE_NOOP("CoreErrors", "%1: %2 is larger than %3 bytes"),
    QT_TRANSLATE_NOOP("CoreErrors", "%1: %2 does not unpack to its declared size"),
    QT_TRANSLATE_NOOP("CoreErrors", "%1: %2 is compressed suspiciously well (a zip bomb?)"),
    # Raised by desktop/miniprograms/install_file.py (the runner translates it like core's).
    QT_TRANSLATE_NOOP("CoreErrors", "the file cannot be read (%1)"),
)


def error_text(message: str) -> str:
    """``message`` (from core) in the interface language."""
    translated = QCoreApplication.translate(CONTEXT, message)
    if translated != message or message in _exact():
        return translated
    for pattern, template in _patterns():
        found = pattern.fullmatch(message)
        if found is None:
            continue
        text = QCoreApplication.translate(CONTEXT, template)
        return _fill(text, tuple(_value(value) for value in found.groups()))
    return message


def _value(value: str) -> str:
    """A value that is itself a catalogued message (the reason a package cannot be read: a
    blob store's error) is translated too; any other value (a name, a number) stays as is."""
    return QCoreApplication.translate(CONTEXT, value) if value in _exact() else value


def _fill(text: str, values: tuple[str, ...]) -> str:
    """Every ``%N`` of ``text`` replaced at once (a value containing "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda mark: values[int(mark.group(1)) - 1], text)


@cache
def _exact() -> frozenset[str]:
    return frozenset(entry for entry in CATALOG if "%" not in entry)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    patterns = []
    for template in CATALOG:
        if "%1" not in template:
            continue
        parts = re.split(r"(%\d)", template)
        regex = "".join("(.+?)" if re.fullmatch(r"%\d", p) else re.escape(p) for p in parts)
        patterns.append((re.compile(regex, re.DOTALL), template))
    return tuple(patterns)
