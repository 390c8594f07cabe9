"""Sắp đến hạn & Quá hạn: the deadline board — big counts that open the list, and this month's
shares beside the province's targets."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import DOSSIER, Changes
from desktop.desk import BoardCounts, Desk
from desktop.errors import DeskError
from ui.pages.page import Page
from ui.tasks import TaskRunner

DIGITISED_TARGET = 80.0  # per cent: full marks of indicator 4.2 (DOMAIN.md §10)
CASHLESS_TARGET = 30.0  # per cent of fee payments by transfer or online (DOMAIN.md §10)
TILE_COLOURS = {
    "due_today": "#b35c00",
    "due_soon": "#8a6d00",
    "overdue": "#b00020",
    "waiting_supplement": "#1f5f99",
    "results_ready": "#1e7b34",
}


def percent(share: float | None) -> str:
    if share is None:
        return "—"
    return f"{share * 100:.1f} %".replace(".", ",")


class BoardPage(Page):
    """Tiles for the deadline lists; a click opens the Hồ sơ page filtered the same way."""

    open_list = Signal(str)  # a preset of the dossier list (see DossierListPage.show_preset)

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.tasks = desk, tasks
        self.counts: BoardCounts | None = None
        self.target_on_time = desk.profile.settings.target_on_time
        self.target_overdue = desk.profile.settings.target_overdue

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        title = QLabel(self.tr("Deadlines at a glance"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.updated = QLabel()
        self.updated.setObjectName("hint")
        layout.addWidget(self.updated)

        grid = QGridLayout()
        grid.setSpacing(14)
        self.tiles: dict[str, QPushButton] = {}
        self.numbers: dict[str, QLabel] = {}
        tiles = (
            ("due_today", self.tr("Due today")),
            ("due_soon", self.tr("Due soon (within a working day)")),
            ("overdue", self.tr("Overdue")),
            ("waiting_supplement", self.tr("Waiting for a supplement")),
            ("results_ready", self.tr("Results ready to return")),
        )
        for n, (key, text) in enumerate(tiles):
            tile = QPushButton()
            tile.setObjectName(f"tile_{key}")
            tile.setAccessibleName(text)
            tile.setToolTip(self.tr("Open the list: {what}").format(what=text))
            tile.setMinimumHeight(120)
            tile.setCursor(Qt.CursorShape.PointingHandCursor)
            tile.setStyleSheet(
                "QPushButton { text-align: left; padding: 14px 18px; border-radius: 8px;"
                f" border: 2px solid {TILE_COLOURS[key]}; background: white; }}"
                f"QPushButton:hover, QPushButton:focus {{ background: #f3f6fa; }}"
            )
            inner = QVBoxLayout(tile)
            number = QLabel("…")
            number.setObjectName("tileNumber")
            number.setStyleSheet(f"font-size: 30pt; font-weight: 700; color: {TILE_COLOURS[key]};")
            caption = QLabel(text)
            caption.setWordWrap(True)
            caption.setStyleSheet("font-size: 11pt; color: #333;")
            for label in (number, caption):
                label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                inner.addWidget(label)
            self.numbers[key] = number
            tile.clicked.connect(lambda _c=False, k=key: self.open_list.emit(k))
            grid.addWidget(tile, n // 3, n % 3)
            self.tiles[key] = tile
        layout.addLayout(grid)

        month = QFrame()
        month.setObjectName("panel")
        month_layout = QVBoxLayout(month)
        month_title = QLabel(self.tr("This month"))
        month_title.setObjectName("sectionTitle")
        month_layout.addWidget(month_title)
        shares = QHBoxLayout()
        self.on_time_label = QLabel()
        self.on_time_label.setObjectName("onTimeShare")
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueShare")
        self.digitised_label = QLabel()
        self.digitised_label.setObjectName("digitisedShare")
        self.cashless_label = QLabel()
        self.cashless_label.setObjectName("cashlessShare")
        labels = (self.on_time_label, self.overdue_label, self.digitised_label, self.cashless_label)
        for label in labels:
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            shares.addWidget(label, 1)
        month_layout.addLayout(shares)
        self.resolved_label = QLabel()
        self.resolved_label.setObjectName("hint")
        month_layout.addWidget(self.resolved_label)
        layout.addWidget(month)
        layout.addStretch(1)
        self._paint_tiles(None)

    def activate(self) -> None:
        self.refresh()

    def follow(self, changes: Changes) -> None:
        """A dossier changed: count again if the board is on screen (else when shown)."""
        if changes.concerns(DOSSIER) and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self.updated.setText(self.tr("Counting…"))
        self.tasks.run(
            lambda _r: self.desk.board(), on_done=self.show_counts, on_error=self._failed
        )

    def _failed(self, error: DeskError) -> None:
        self.updated.setText(error.message)

    def show_counts(self, counts: BoardCounts) -> None:
        self.counts = counts
        self.updated.setText(
            self.tr("Counted at {time}; click a tile to open its list.").format(
                time=self.desk.now().strftime("%H:%M")
            )
        )
        self._paint_tiles(counts)
        on_time, overdue = counts.month_on_time_share, counts.month_overdue_share
        on_time_ok = on_time is not None and on_time * 100 >= self.target_on_time
        overdue_ok = overdue is None or overdue * 100 < self.target_overdue
        self.on_time_label.setText(
            self._share_html(
                self.tr("Results early or on time"),
                percent(on_time),
                self.tr("target at least {target}").format(
                    target=self._target(self.target_on_time)
                ),
                on_time is None or on_time_ok,
            )
        )
        self.overdue_label.setText(
            self._share_html(
                self.tr("Dossiers overdue"),
                percent(overdue),
                self.tr("target below {target}").format(target=self._target(self.target_overdue)),
                overdue_ok,
            )
        )
        digitised = counts.month_digitisation
        self.digitised_label.setText(
            self._share_html(
                self.tr("Dossiers digitised (papers and result)"),
                percent(digitised.digitised_share),
                self.tr("full marks at {target}").format(target=self._target(DIGITISED_TARGET)),
                digitised.digitised_share is None
                or digitised.digitised_share * 100 >= DIGITISED_TARGET,
            )
        )
        cashless = counts.month_cashless_share
        self.cashless_label.setText(
            self._share_html(
                self.tr("Fees paid without cash"),
                percent(cashless),
                self.tr("target at least {target}").format(target=self._target(CASHLESS_TARGET)),
                cashless is None or cashless * 100 >= CASHLESS_TARGET,
            )
        )
        self.resolved_label.setText(
            self.tr("{n} results finished this month.").format(
                n=f"{counts.month_resolved:,}".replace(",", ".")
            )
            + " "
            + self.tr("Results digitised: {results}; papers reused: {reused}.").format(
                results=percent(digitised.electronic_results_share),
                reused=percent(digitised.reused_share),
            )
        )

    @staticmethod
    def _target(value: float) -> str:
        return f"{value:g} %".replace(".", ",")

    @staticmethod
    def _share_html(caption: str, value: str, target: str, good: bool) -> str:
        colour = "#1e7b34" if good else "#b00020"
        return (
            f"<div style='font-size:11pt'>{caption}</div>"
            f"<div style='font-size:26pt; font-weight:600; color:{colour}'>{value}</div>"
            f"<div style='color:#555'>{target}</div>"
        )

    def _paint_tiles(self, counts: BoardCounts | None) -> None:
        for key, number in self.numbers.items():
            value = "…" if counts is None else f"{int(getattr(counts, key)):,}".replace(",", ".")
            number.setText(value)

    def count_of(self, key: str) -> int | None:
        return None if self.counts is None else int(getattr(self.counts, key))
