"""Core's error messages reach people in their language, values and all."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.errors import HutongError
from core.facade import Core
from desktop import i18n_build
from desktop.context import AppContext
from desktop.core_errors import CATALOG, error_text
from desktop.widgets import sentence

ROOT = Path(__file__).resolve().parents[3]
# The core modules whose errors the desktop shows: the services it calls, cards, ids, the
# profile and the stores, and what the wallet and mini-program services check on their behalf
# (a new intent's terms, a currency's issue, a scanned code's payment; a package, its
# manifest). Folds reject peers' events, and a mini-program's own calls (chat_share, session,
# updates, storage) are answered in its JavaScript: those errors never reach a person.
SHOWN = [
    "chat/service.py", "chat/groups.py", "chat/invite_code.py", "contacts/service.py",
    "moments/service.py", "identity/card.py", "identity/display_id.py", "identity/keys.py",
    "facade.py", "profile.py", "store/database.py", "blobs/blob_store.py",
    "wallet/service.py", "wallet/pin_store.py", "wallet/pin.py", "wallet/payment_codes.py",
    "wallet/values.py", "wallet/intents.py", "wallet/issue.py", "wallet/code_payments.py",
    "wallet/clearer.py",
    "miniprograms/service.py", "miniprograms/installs.py", "miniprograms/grants.py",
    "miniprograms/instances.py", "miniprograms/package.py", "miniprograms/manifest.py",
]  # fmt: skip
NOT_FOR_PEOPLE = {"ValueError", "TypeError", "LookupError", "AssertionError", "RuntimeError"}


@pytest.fixture(scope="module", autouse=True)
def compiled_translations() -> None:
    i18n_build.build()


def _raised_messages(path: Path) -> set[str]:
    """Every message a ``raise SomeError("...")`` in ``path`` can carry, values as %1, %2."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
            continue
        name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
        argument = node.exc.args[0]
        if name in NOT_FOR_PEOPLE:
            continue
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            found.add(argument.value)
        elif isinstance(argument, ast.JoinedStr):
            parts, count = [], 0
            for value in argument.values:
                if isinstance(value, ast.Constant):
                    parts.append(str(value.value))
                else:
                    count += 1
                    parts.append(f"%{count}")
            found.add("".join(parts))
    return found


def test_the_catalog_holds_every_message_the_desktop_can_show() -> None:
    wanted = set().union(*(_raised_messages(ROOT / "core" / name) for name in SHOWN))
    assert len(wanted) > 80
    assert wanted - set(CATALOG) == set(), "add these to desktop/core_errors.py and translate"


def test_messages_are_translated_with_their_values(alice_context: AppContext) -> None:
    assert error_text("a post has at most 2000 characters") == "a post has at most 2000 characters"
    alice_context.translations.install("fr")
    french = error_text("a post has at most 2000 characters")
    assert french == "une publication compte au plus 2000 caractères"
    assert sentence(french) == "Une publication compte au plus 2000 caractères."
    assert error_text("the picture /tmp/a%2b.png is over 20 MB") == (
        "l'image /tmp/a%2b.png dépasse 20 Mo"  # a value is never read as a placeholder
    )
    alice_context.translations.install("zh_CN")
    assert sentence(error_text("wrong passphrase")) == "密码错误。"
    assert error_text("at most 9 files and 20 mentions per message") == (
        "每条消息最多 9 个文件和 20 个 @提及"
    )
    unknown = "something core may say one day"
    assert error_text(unknown) == unknown


def test_a_value_that_is_itself_a_message_is_translated_too(alice_context: AppContext) -> None:
    alice_context.translations.install("fr")
    assert error_text("this mini-program's package cannot be read: no such blob here") == (
        "le paquet de ce mini-programme ne peut pas être lu : ce fichier n'est pas ici"
    )
    assert error_text("this mini-program's package cannot be read: [Errno 5] I/O error") == (
        "le paquet de ce mini-programme ne peut pas être lu : [Errno 5] I/O error"
    )


def test_an_operation_that_core_refuses_reports_in_the_interface_language(
    qtbot: QtBot, alice: Core, alice_context: AppContext
) -> None:
    alice_context.translations.install("fr")
    errors: list[str] = []
    alice_context.runner.run(lambda: alice.moments.post("   "), None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert errors == ["écrivez quelque chose ou ajoutez une image"]
    with pytest.raises(HutongError, match="write something or add a picture"):
        alice.moments.post("   ")  # core itself stays in English
