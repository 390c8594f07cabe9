"""What every page of the window offers it: being shown, and hearing of changes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.changes import Changes


class Page(QWidget):
    """A page of the window. The window calls :meth:`activate` when it shows the page and
    connects :meth:`follow` to its one ``changed`` signal; each page decides whether a change
    concerns what it shows."""

    def activate(self) -> None:
        """The page is shown: bring what it shows up to date."""

    def follow(self, changes: Changes) -> None:
        """A write committed somewhere (this page or another); by default nothing to do."""
