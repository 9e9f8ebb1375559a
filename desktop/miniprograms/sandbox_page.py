"""The page and profile a mini-program runs in: off the record, one per app instance, with
every door that leads out of the package closed."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWebEngineCore import (
    QWebEngineDownloadRequest,
    QWebEngineFileSystemAccessRequest,
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
    QWebEngineSettings,
)

from desktop.miniprograms.chromium import SCHEME

log = logging.getLogger(__name__)
Attribute = QWebEngineSettings.WebAttribute

_CLOSED = (
    Attribute.JavascriptCanOpenWindows,
    Attribute.JavascriptCanAccessClipboard,
    Attribute.JavascriptCanPaste,
    Attribute.LocalContentCanAccessRemoteUrls,
    Attribute.LocalContentCanAccessFileUrls,
    Attribute.PluginsEnabled,
    Attribute.PdfViewerEnabled,
    Attribute.DnsPrefetchEnabled,
    Attribute.NavigateOnDropEnabled,
    Attribute.ScreenCaptureEnabled,
    Attribute.AllowRunningInsecureContent,
    Attribute.AllowGeolocationOnInsecureOrigins,
    Attribute.HyperlinkAuditingEnabled,
    Attribute.AllowWindowActivationFromJavaScript,
    Attribute.FullScreenSupportEnabled,
    Attribute.TouchIconsEnabled,
    Attribute.AutoLoadIconsForPage,
    Attribute.ErrorPageEnabled,
)
_OPEN = (
    Attribute.JavascriptEnabled,
    Attribute.LocalStorageEnabled,
    Attribute.WebRTCPublicInterfacesOnly,
)


def sandbox_profile(instance: str, parent: QObject | None = None) -> QWebEngineProfile:
    """A fresh off-the-record profile: nothing on disk, nothing shared with another app."""
    profile = QWebEngineProfile(parent)  # no storage name: off the record
    assert profile.isOffTheRecord()
    profile.setObjectName(f"miniprogram-{instance}")
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    profile.setPersistentCookiesPolicy(
        QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
    )
    profile.setPersistentPermissionsPolicy(
        QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime
    )
    profile.setSpellCheckEnabled(False)
    profile.setPushServiceEnabled(False)
    profile.downloadRequested.connect(_refuse_download)
    settings = profile.settings()
    for attribute in _CLOSED:
        settings.setAttribute(attribute, False)
    for attribute in _OPEN:
        settings.setAttribute(attribute, True)
    # mailto:, tel:, custom app schemes...: never handed to the desktop, even on a click.
    settings.setUnknownUrlSchemePolicy(
        QWebEngineSettings.UnknownUrlSchemePolicy.DisallowUnknownUrlSchemes
    )
    return profile


def _refuse_download(download: QWebEngineDownloadRequest) -> None:
    download.cancel()


class SandboxPage(QWebEnginePage):
    """No new windows, no navigation off the package, no permission unless granted.

    ``granted`` names the permission types the user allowed (none by default).
    """

    def __init__(
        self, profile: QWebEngineProfile, instance: str, parent: QObject | None = None
    ) -> None:
        super().__init__(profile, parent)
        self.instance = instance
        self.granted: set[QWebEnginePermission.PermissionType] = set()
        self.refused_navigations: list[str] = []
        self.permissionRequested.connect(self._decide_permission)
        self.fileSystemAccessRequested.connect(self._refuse_file_system)
        self.fullScreenRequested.connect(lambda request: request.reject())
        self.registerProtocolHandlerRequested.connect(lambda request: request.reject())
        self.newWindowRequested.connect(lambda request: None)

    def is_own(self, url: QUrl) -> bool:
        return url.scheme() == SCHEME and url.host() == self.instance

    def createWindow(self, _type: QWebEnginePage.WebWindowType) -> None:  # type: ignore[override]  # noqa: N802
        return None

    def acceptNavigationRequest(  # type: ignore[override]  # noqa: N802 (Qt)
        self, url: QUrl, _type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        if self.is_own(url):
            return True
        # Frames may hold blank, srcdoc, data: or blob: documents; the top level may not.
        if not is_main_frame and url.scheme() in ("about", "data", "blob"):
            return True
        if len(self.refused_navigations) < 100:
            self.refused_navigations.append(url.toString()[:200])
        return False

    def javaScriptConsoleMessage(  # noqa: N802 (Qt)
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        # The app's console goes to our debug log, never to Qt's warning channel.
        log.debug("mini-program %s console: %s (%s:%d)", self.instance, message, source, line)

    def _decide_permission(self, permission: QWebEnginePermission) -> None:
        if permission.permissionType() in self.granted and self.is_own(permission.origin()):
            permission.grant()
        else:
            permission.deny()

    def _refuse_file_system(self, request: QWebEngineFileSystemAccessRequest) -> None:
        request.reject()
