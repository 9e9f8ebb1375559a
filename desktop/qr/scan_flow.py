"""Reading a QR code from the sources of a :class:`~desktop.qr.scan_sources.SourcesPage`:
a picture file, the clipboard, a region of the screen, the camera or pasted text. The dialogs
that scan (Add contact, Scan to pay) build on :class:`ScanningDialog` and say what a picture
or a text is read into, and what becomes of it (off the GUI thread: pictures are hostile).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QStackedWidget, QWidget

from desktop.qr.camera import video_inputs
from desktop.qr.decode import image_from_file
from desktop.qr.scan_sources import CameraPage, PastePage, SourcesPage
from desktop.qr.screen_region import RegionPicker, grab_screen
from desktop.widgets import InlineNotice, TranslatedDialog
from desktop.widgets.file_choice import choose_qr_picture_file

SCREEN_GRAB_DELAY_MS = 350


def has_cameras() -> bool:
    try:
        return bool(video_inputs())
    except ImportError:
        return False


class ScanningDialog(TranslatedDialog):
    """The edges are attributes so tests (and other platforms) can replace them:
    ``choose_image_file``, ``grab_screen``. Subclasses set ``stack``, ``choose`` and
    ``paste``, call :meth:`offer_sources`, and give the readers below."""

    stack: QStackedWidget
    choose: SourcesPage
    paste: PastePage
    camera_page: CameraPage | None
    region_picker: RegionPicker | None
    choose_image_file: Callable[[QWidget], Path | None]
    grab_screen: Callable[[], tuple[QPixmap, QRect]]

    # -- what the subclass says -----------------------------------------------------------

    def read_picture(self, image: QImage) -> Any:
        """Off the GUI thread: what ``image`` holds."""
        raise NotImplementedError

    def read_text(self, text: str) -> Any:
        """Off the GUI thread: what ``text`` holds."""
        raise NotImplementedError

    def take(self, work: Callable[[], Any]) -> None:
        """Run ``work`` (a reader) and act on its result."""
        raise NotImplementedError

    def new_camera_page(self) -> CameraPage:
        raise NotImplementedError

    def from_camera(self, found: Any) -> None:
        """What the camera found (``read`` of the camera page's result)."""
        raise NotImplementedError

    def no_clipboard_picture(self) -> str:
        raise NotImplementedError

    def other_source(self, source: str) -> None:
        """A choice of the sources page that is not a source (e.g. "mine")."""

    # -- choosing -------------------------------------------------------------------------

    def offer_sources(self, cameras: bool) -> None:
        self.choose_image_file = choose_qr_picture_file
        self.grab_screen = grab_screen
        self.camera_page = None
        self.region_picker = None
        self.choose.picked.connect(self._on_source)
        self.paste.submitted.connect(self.check_text)
        self.paste.back.connect(self.show_choices)
        self.choose.tiles["camera"].setVisible(cameras)
        QGuiApplication.clipboard().dataChanged.connect(self._update_clipboard_tile)
        self._update_clipboard_tile()

    def show_choices(self) -> None:
        self.done_with_camera()
        self.stack.setCurrentWidget(self.choose)

    def _update_clipboard_tile(self) -> None:
        data = QGuiApplication.clipboard().mimeData()
        self.choose.tiles["clipboard"].setEnabled(data is not None and data.hasImage())

    def _on_source(self, source: str) -> None:
        self.choose.notice.clear_notice()
        if source == "camera":
            self.scan_camera()
        elif source == "screen":
            self.scan_screen()
        elif source == "file":
            self.scan_file()
        elif source == "clipboard":
            self.scan_clipboard()
        elif source == "text":
            self.stack.setCurrentWidget(self.paste)
            self.paste.text.setFocus()
        else:
            self.other_source(source)

    def scan_problem_notice(self) -> InlineNotice:
        """Where a problem with a code is told: the paste page if the text came from there,
        else the sources (going back to them)."""
        if self.stack.currentWidget() is self.paste:
            return self.paste.notice
        self.show_choices()
        return self.choose.notice

    # -- reading codes --------------------------------------------------------------------

    def scan_file(self) -> None:
        path = self.choose_image_file(self)
        if path is None:
            return
        self.take(lambda: self.read_picture(image_from_file(path)))

    def scan_clipboard(self) -> None:
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self.choose.notice.show_error(self.no_clipboard_picture())
            return
        self.scan_image(image)

    def scan_image(self, image: QImage) -> None:
        self.take(lambda: self.read_picture(image))

    def check_text(self, text: str) -> None:
        self.take(lambda: self.read_text(text))

    def scan_screen(self) -> None:
        self.hide()
        QTimer.singleShot(SCREEN_GRAB_DELAY_MS, self._grab_and_pick)

    def _grab_and_pick(self) -> None:
        shot, geometry = self.grab_screen()
        picker = RegionPicker(shot, geometry)
        picker.picked.connect(self._on_region)
        picker.cancelled.connect(self._back_from_screen)
        self.region_picker = picker
        picker.show()
        picker.activateWindow()

    def _on_region(self, image: QImage) -> None:
        self._back_from_screen()
        self.scan_image(image)

    def _back_from_screen(self) -> None:
        self.region_picker = None
        self.show()
        self.raise_()
        self.activateWindow()

    def scan_camera(self) -> None:
        if self.camera_page is None:
            self.camera_page = self.new_camera_page()
            self.camera_page.back.connect(self.show_choices)
            self.camera_page.scanner.found.connect(self.from_camera)
            self.stack.addWidget(self.camera_page)
        self.stack.setCurrentWidget(self.camera_page)
        self.camera_page.start()

    def done_with_camera(self) -> None:
        if self.camera_page is not None:
            self.camera_page.stop()

    def reject(self) -> None:
        self.done_with_camera()
        super().reject()

    def accept(self) -> None:
        self.done_with_camera()
        super().accept()
