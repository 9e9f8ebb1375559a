"""A mini-program's picture: the package's icon.png/icon.jpg, else a letter tile in a colour
drawn from the program's id."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPixmap

from core.miniprograms import Package
from desktop.widgets import avatar_pixmap


def program_pixmap(
    program_id: bytes, package: Package | None, name: str, size: int, ratio: float
) -> QPixmap:
    image = None
    if package is not None and package.icon is not None:
        loaded = QImage.fromData(bytes(package.files[package.icon]))
        image = None if loaded.isNull() else loaded
    # One letter, not initials: "Noughts and crosses" is N, not NA.
    letter = name.strip()[:1].upper() or "?"
    return avatar_pixmap(program_id, letter, size, ratio, image)
