"""The window's language: Vietnamese by default, English on request.

Source strings are English, through ``tr()``; their Vietnamese lives in
``resources/i18n/vi*.ts`` (Qt Linguist XML; each engineer keeps one file). At start-up every
``.ts`` of the language is compiled to ``.qm`` in the user cache directory with ``lrelease``
when the ``.qm`` is missing or older than its source, and installed as a ``QTranslator``. When
``lrelease`` cannot run (a stripped installation), the ``.ts`` is read directly instead, so the
desk is never left half in English.

Qt's own strings (standard buttons, the file dialog) come from Qt's ``qtbase_<lang>.qm`` when
the installation has one; Qt ships none in Vietnamese, so ``vi_qt.ts`` carries them (it is
installed after Qt's catalogue and wins where both translate).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

log = logging.getLogger(__name__)
I18N_DIR = Path(__file__).resolve().parents[1] / "resources" / "i18n"
DEFAULT_LANGUAGE = "vi"
SOURCE_LANGUAGE = "en"


def cache_dir() -> Path:
    return Path(user_cache_dir("motcua", appauthor=False)) / "i18n"


def sources(language: str, folder: Path = I18N_DIR) -> list[Path]:
    """The ``.ts`` files of ``language``: ``vi.ts`` and ``vi_<part>.ts``."""
    return sorted(
        p for p in folder.glob("*.ts") if p.stem == language or p.stem.startswith(f"{language}_")
    )


def lrelease_command() -> list[str] | None:
    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).resolve().parent / exe
    if bundled.exists():
        return [str(bundled)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
        if found:
            return [found]
    return None


def compile_ts(ts: Path, cache: Path) -> Path | None:
    """``ts`` compiled to ``cache/<stem>.qm`` (reused while newer than the source)."""
    qm = cache / f"{ts.stem}.qm"
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    command = lrelease_command()
    if command is None:
        return None
    cache.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_name(f"{qm.stem}.{os.getpid()}.tmp.qm")
    try:
        subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(tmp)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        os.replace(tmp, qm)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed on %s: %s", ts.name, exc)
        tmp.unlink(missing_ok=True)
        return None
    return qm


def read_ts(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation of the finished messages of a ``.ts`` file."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            found[(name, message.findtext("source") or "")] = translation.text or ""
    return found


class TsTranslator(QTranslator):
    """A translator read straight from ``.ts`` files (when ``lrelease`` is not available)."""

    def __init__(self, messages: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.messages = messages

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.messages.get((context, source)) or None

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return not self.messages


def qt_translator(language: str) -> QTranslator | None:
    """Qt's own catalogue of ``language`` (``qtbase_<lang>.qm``), when this Qt ships one."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if translator.load(f"qtbase_{language}", folder):
        return translator
    log.info("no qtbase_%s.qm in %s; the desk translates Qt's strings itself", language, folder)
    return None


def install_translators(
    language: str, *, folder: Path = I18N_DIR, cache: Path | None = None
) -> list[QTranslator]:
    """Install the translators of ``language`` on the running application (none for English);
    returns them so a caller can remove them again."""
    app = QCoreApplication.instance()
    if app is None or language == SOURCE_LANGUAGE:
        return []
    qt_own = qt_translator(language)
    installed: list[QTranslator] = [qt_own] if qt_own is not None else []
    if qt_own is not None:
        app.installTranslator(qt_own)
    for ts in sources(language, folder):
        translator: QTranslator | None = None
        qm = compile_ts(ts, cache or cache_dir())
        if qm is not None:
            translator = QTranslator()
            if not translator.load(str(qm)):
                translator = None
        if translator is None:
            translator = TsTranslator(read_ts(ts))
        app.installTranslator(translator)
        installed.append(translator)
    return installed


def remove_translators(translators: list[QTranslator]) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        for translator in translators:
            app.removeTranslator(translator)
