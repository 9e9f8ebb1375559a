from tests.gui.shell.fixtures import _pyside_none_guard, alice, alice_context, bob  # noqa: F401
