"""The CLI's own error: a message for the person at the terminal."""

from __future__ import annotations


class CommandError(Exception):
    """Printed as one line on stderr; the command exits with status 1."""
