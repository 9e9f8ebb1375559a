"""Asking for files: a picture to open (an avatar, a QR code) or where to save a PNG, and the
folders every file dialog starts in.

File dialogs start in the person's Pictures or Downloads folder (or their home), never in the
folder Hutong happened to be started from.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_Location = QStandardPaths.StandardLocation


def _existing(location: QStandardPaths.StandardLocation) -> str:
    """The standard folder if it exists, else the home folder."""
    for candidate in (location, _Location.HomeLocation):
        folder = QStandardPaths.writableLocation(candidate)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def pictures_folder() -> str:
    """Where to look for pictures to send, post or use, and to save pictures."""
    return _existing(_Location.PicturesLocation)


def downloads_folder() -> str:
    """Where files from others are saved."""
    return _existing(_Location.DownloadLocation)


def home_folder() -> str:
    """Where to look for any file to send."""
    return _existing(_Location.HomeLocation)


def in_folder(folder: str, suggested: str) -> str:
    """A suggested file name placed in ``folder`` (only its last part: names come from peers)."""
    return str(Path(folder) / Path(suggested).name) if suggested else folder


def _image_filter() -> str:
    label = QCoreApplication.translate("FileChoice", "Pictures")
    return f"{label} (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"


def choose_picture_file(parent: QWidget) -> Path | None:
    """A picture for an avatar."""
    title = QCoreApplication.translate("FileChoice", "Choose a picture")
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, pictures_folder(), _image_filter())
    return Path(chosen) if chosen else None


def choose_qr_picture_file(parent: QWidget) -> Path | None:
    """A picture that holds a QR code."""
    title = QCoreApplication.translate("FileChoice", "Choose a picture of a QR code")
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, pictures_folder(), _image_filter())
    return Path(chosen) if chosen else None


def choose_png_save_path(parent: QWidget, suggested: str) -> Path | None:
    title = QCoreApplication.translate("FileChoice", "Save QR code")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, in_folder(pictures_folder(), suggested), "PNG (*.png)"
    )
    return Path(chosen) if chosen else None
