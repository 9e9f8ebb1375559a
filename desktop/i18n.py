"""Interface languages: English (source), Simplified Chinese and French (Qt Linguist files)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.resources import resource_path


def translate(context: str, text: str, disambiguation: str | None = None, count: int = -1) -> str:
    """QCoreApplication.translate under a name pyside6-lupdate recognises with its context.

    Call it with a literal context and text, ``translate("ChatTexts", "...")``, so that lupdate
    files each string under the context it is looked up with at run time.
    """
    return QCoreApplication.translate(context, text, disambiguation, count)


LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文", "fr": "Français"}


def system_language() -> str:
    """The supported language closest to the system's locale."""
    name = QLocale.system().name()
    if name.startswith("zh"):
        return "zh_CN"
    if name.startswith("fr"):
        return "fr"
    return "en"


class Translations:
    """Installs one translator at a time; switching languages replaces it."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.language = "en"

    def install(self, language: str | None) -> str:
        chosen = language if language in LANGUAGES else system_language()
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        self.language = chosen or "en"
        if self.language != "en" and app is not None:
            translator = QTranslator()
            if translator.load(str(resource_path("translations", f"hutong_{self.language}.qm"))):
                app.installTranslator(translator)
                self._translator = translator
        return self.language
