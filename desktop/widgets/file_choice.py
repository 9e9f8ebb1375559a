"""Asking for files: a picture to open (an avatar, a QR code) or where to save a PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def _image_filter() -> str:
    label = QCoreApplication.translate("FileChoice", "Pictures")
    return f"{label} (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"


def choose_picture_file(parent: QWidget) -> Path | None:
    """A picture for an avatar."""
    title = QCoreApplication.translate("FileChoice", "Choose a picture")
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, "", _image_filter())
    return Path(chosen) if chosen else None


def choose_qr_picture_file(parent: QWidget) -> Path | None:
    """A picture that holds a QR code."""
    title = QCoreApplication.translate("FileChoice", "Choose a picture of a QR code")
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, "", _image_filter())
    return Path(chosen) if chosen else None


def choose_png_save_path(parent: QWidget, suggested: str) -> Path | None:
    title = QCoreApplication.translate("FileChoice", "Save QR code")
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, suggested, "PNG (*.png)")
    return Path(chosen) if chosen else None
