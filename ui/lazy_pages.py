"""The window's pages, each built (and its module imported) the first time it is asked for.

Only the page shown at start is built before the first paint; a page built later reads the
database when it is built and shown, so it needs none of the changes made before it existed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from desktop.desk import Desk
from ui.pages.page import Page
from ui.sync_scheduler import SyncScheduler
from ui.tasks import TaskRunner


def build_page(name: str, desk: Desk, tasks: TaskRunner, engine: SyncScheduler) -> Page:
    """A new page ``name`` (one of the window's page names)."""
    if name == "intake":
        from ui.pages.intake_page import IntakePage

        return IntakePage(desk, tasks)
    if name == "dossiers":
        from ui.pages.dossier_list_page import DossierListPage

        return DossierListPage(desk, tasks)
    if name == "board":
        from ui.pages.board_page import BoardPage

        return BoardPage(desk, tasks)
    if name == "return":
        from ui.pages.return_page import ReturnPage

        return ReturnPage(desk, tasks)
    if name == "report":
        from ui.pages.report_page import ReportPage

        return ReportPage(desk, tasks)
    if name == "sync":
        from ui.pages.sync_page import SyncPage

        return SyncPage(desk, tasks, engine)
    if name == "settings":
        from ui.pages.settings_page import SettingsPage

        return SettingsPage(desk, tasks)
    if name == "index":
        from ui.pages.index_page import IndexPage

        return IndexPage(desk, tasks)
    raise ValueError(f"unknown page {name!r}")


class LazyPages(Mapping[str, Page]):
    """Page name → page; looking a page up builds it on first use (``built`` says which are)."""

    def __init__(self, names: tuple[str, ...], build: Callable[[str], Page]) -> None:
        self.names = names
        self._build = build
        self.built: dict[str, Page] = {}

    def __getitem__(self, name: str) -> Page:
        page = self.built.get(name)
        if page is None:
            if name not in self.names:
                raise KeyError(name)
            page = self.built[name] = self._build(name)
        return page

    def __contains__(self, name: object) -> bool:  # without building the page
        return name in self.names

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)
