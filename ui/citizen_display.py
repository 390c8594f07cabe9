"""Where the citizen's screen goes and what feeds it.

With two monitors or more, the citizen's screen fills one the main window is not on; with
one (or with ``citizen_screen.enabled`` false) it stays hidden. Monitors plugged in or out
while the desk runs move it. The intake page feeds it what the officer types; the return page
asks the applicant's satisfaction on it and records the answer through the desk as the
officer's keys 1/2/3 do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from ui.citizen_screen import CitizenScreen, CitizenView

if TYPE_CHECKING:
    from ui.pages.intake_page import IntakePage
    from ui.pages.return_page import ReturnPage


def citizen_screen_index(screens: Sequence[QRect], window_centre: QPoint) -> int | None:
    """The screen (of their geometries) the citizen's screen goes on: the first one the main
    window's centre is not on; None with a single screen."""
    if len(screens) < 2:
        return None
    home = next((n for n, rect in enumerate(screens) if rect.contains(window_centre)), 0)
    return next(n for n in range(len(screens)) if n != home)


def intake_view(page: IntakePage) -> CitizenView | None:
    """What the intake page holds, for the citizen to check; None while it is blank."""
    if page.is_blank():
        return None
    applicant = page.applicant.values()
    choice = page.picker.current()
    appointment = page.appointment_label.text()
    return CitizenView(
        name=" ".join(applicant.get("full_name", "").split()),
        id_number=applicant.get("id_number", ""),
        phone=applicant.get("phone", ""),
        procedure=choice.name if choice else "",
        documents=tuple(doc["name"] for doc in page.checklist.documents()),
        appointment="" if appointment == "—" else appointment,
    )


class CitizenDisplay(QObject):
    """Owns the citizen's screen of ``window``: places it and feeds it from the pages."""

    def __init__(self, office_name: str, enabled: bool, window: QWidget) -> None:
        super().__init__(window)
        self.window, self.enabled = window, enabled
        self.screen = CitizenScreen(office_name, window)
        self.returns: ReturnPage | None = None
        self.screen.chosen.connect(self._answered)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(lambda _screen: self.place())
            app.screenRemoved.connect(lambda screen: self.place(gone=screen))
        window.installEventFilter(self)
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """The main window shown (its monitor now known): place the citizen's screen."""
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.place()
        return False

    def place(self, gone: QScreen | None = None) -> None:
        """Show the citizen's screen full-screen on a monitor of its own, or hide it
        (``gone``: a monitor being unplugged, which may still be listed)."""
        screens = [s for s in QGuiApplication.screens() if s is not gone]
        rects = [s.geometry() for s in screens]
        at = citizen_screen_index(rects, self.window.frameGeometry().center())
        if not self.enabled or at is None:
            self.screen.hide()
            return
        self.screen.setScreen(screens[at])
        self.screen.setGeometry(rects[at])
        self.screen.showFullScreen()

    def follow_page(self, name: str, page: QWidget) -> None:
        """A page of the window was built: follow it when it is one that feeds the screen."""
        if name == "intake":
            self._follow_intake(page)  # type: ignore[arg-type]
        elif name == "return":
            self._follow_returns(page)  # type: ignore[arg-type]

    def _follow_intake(self, page: IntakePage) -> None:
        def refresh(*_args: object) -> None:
            view = intake_view(page)
            if view is None:
                self.screen.show_idle()
            else:
                self.screen.show_view(view)

        page.applicant.changed.connect(refresh)
        page.checklist.changed.connect(refresh)
        page.picker.chosen.connect(refresh)
        page.appointment_shown.connect(refresh)

    def _follow_returns(self, page: ReturnPage) -> None:
        self.returns = page
        page.asking.connect(self._asking)

    def _asking(self, asking: bool) -> None:
        if asking:
            self.screen.ask_satisfaction()
        elif self.screen.is_asking():
            self.screen.show_idle()

    def _answered(self, level: int) -> None:
        if self.returns is not None and not self.returns.satisfaction.isHidden():
            self.returns.record_satisfaction(level)
