"""Khác: how form II.06a counts its two disputed cells and whom it goes to, the board's
targets, scanning, the files' size limits, the idle lock and how long personal data is kept —
every other key an office sets, so none needs the command line."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QSpinBox, QWidget

from desktop.desk import Desk
from desktop.settings import SCAN_MODES
from ui.pages.settings.keyed_tab import KeyedTab
from ui.tasks import TaskRunner


def _choices(*items: tuple[str, str]) -> QComboBox:
    box = QComboBox()
    for value, text in items:
        box.addItem(text, value)
    return box


def _number(low: int, high: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    return box


def _percent() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 100)
    box.setDecimals(1)
    box.setSuffix(" %")
    box.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))  # 99,5 %
    return box


class OtherTab(KeyedTab):
    """Report, board, scanning, files, lock and retention settings."""

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.section(self.tr("Form II.06a"))
        supplement = _choices(
            ("within", self.tr("waiting time left out; still waiting: within the deadline")),
            ("on_time", self.tr("still waiting at the period's end: resolved on time")),
            ("first_request", self.tr("ends at the first request (index 2.1)")),
        )
        self.add("report.supplement_rule", self.tr("Dossiers sent back to &supplement"), supplement)
        withdrawn = _choices(
            ("appointment", self.tr("judged against the appointment")),
            ("on_time", self.tr("always resolved on time")),
        )
        self.add("report.withdrawn_rule", self.tr("Dossiers &withdrawn or stopped"), withdrawn)
        self.add("report.receiving_unit", self.tr("&Receiving unit"), QLineEdit())
        self.add("board.target_on_time", self.tr("Target: results on &time"), _percent())
        self.add("board.target_overdue", self.tr("Target: &overdue below"), _percent())
        self.section(self.tr("Scanning and files"))
        self.add("scan.device", self.tr("Scanner (empty: the first found)"), QLineEdit())
        self.add("scan.resolution", self.tr("Scan r&esolution"), _number(75, 600, " dpi"))
        modes = {
            "Gray": self.tr("grey"),
            "Color": self.tr("colour"),
            "Lineart": self.tr("black and white"),
        }
        mode = _choices(*((m, modes.get(m, m)) for m in SCAN_MODES))
        self.add("scan.mode", self.tr("Scan &mode"), mode)
        self.add("scan.watch_folder", self.tr("Scan fol&der of the copier"), QLineEdit())
        self.add("attachments.max_file_mb", self.tr("One file at most"), _number(1, 2000, " MB"))
        self.add(
            "attachments.max_dossier_mb",
            self.tr("A dossier's files at most"),
            _number(1, 2000, " MB"),
        )
        self.section(self.tr("Safety"))
        minutes = _number(1, 480, self.tr(" minutes"))
        self.add("lock.idle_minutes", self.tr("&Lock the window after"), minutes)
        months = _number(1, 1200, self.tr(" months"))
        self.add("privacy.retention_months", self.tr("&Keep personal data for"), months)
        self.finish()

    def section(self, title: str) -> None:
        label = QLabel(title)
        label.setObjectName("sectionTitle")
        label.setStyleSheet("font-weight: 600; margin-top: 6px;")
        self.form.addRow(label)
