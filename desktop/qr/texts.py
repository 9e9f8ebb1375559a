"""Words for scan problems, translated in the ``QrTexts`` context.

Calls spell out ``QCoreApplication.translate("QrTexts", ...)`` so that lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.qr.codes import ScanProblem


def _headline(kind: str) -> str:
    translate = QCoreApplication.translate
    if kind == "no-code":
        return translate(
            "QrTexts",
            "No QR code was found. Make sure the whole code is visible, sharp and not too small.",
        )
    if kind == "foreign":
        return translate("QrTexts", "This QR code is not a Hutong contact card or group invite.")
    if kind == "bad-card":
        return translate(
            "QrTexts",
            "This contact card cannot be trusted: it is damaged or was altered. "
            "Ask your friend to show their code again.",
        )
    if kind == "bad-invite":
        return translate("QrTexts", "This group invite cannot be used.")
    if kind == "own-card":
        return translate("QrTexts", "This is your own card. Scan a friend's code to add them.")
    return translate("QrTexts", "This code cannot be read.")


def problem_text(problem: ScanProblem, with_detail: bool = True) -> str:
    """One or two sentences a person can act on, then core's reason in brackets if it gave one
    and ``with_detail`` (core words its reasons in English only)."""
    headline = _headline(problem.kind)
    detail = problem.detail.strip().rstrip(".")
    if with_detail and detail and problem.kind in ("bad-card", "bad-invite"):
        return f"{headline} ({detail[:1].upper()}{detail[1:]}.)"
    return headline
