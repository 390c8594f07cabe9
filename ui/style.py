"""The look of the desk: one style sheet, calm colours, large enough type for a counter."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

STYLE = """
QMainWindow, QWidget#pages { background: #f6f7f9; }
QListWidget#navigation {
    background: #1f3b57; color: #e8eef5; border: none; font-size: 11pt; outline: none;
    padding-top: 8px;
}
QListWidget#navigation::item { padding: 11px 10px; border-left: 4px solid transparent; }
QListWidget#navigation::item:selected {
    background: #2d5680; color: white; border-left: 4px solid #f0b429;
}
QListWidget#navigation::item:hover:!selected { background: #27486b; }
QLabel#brand {
    background: #1f3b57; color: white; font-size: 12pt; font-weight: 600; padding: 14px 14px 4px;
}
QLabel#brandOffice { background: #1f3b57; color: #b8c7d6; padding: 0 14px 10px; }
QLabel#pageTitle { font-size: 16pt; font-weight: 600; color: #1f3b57; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; color: #1f3b57; }
QLabel#detailTitle { font-size: 12pt; color: #1f3b57; }
QLabel#hint { color: #5a6470; }
QLabel#notice {
    background: #fff8e1; border: 1px solid #f0d589; border-radius: 6px; padding: 12px;
    font-size: 11pt;
}
QFrame#panel, QFrame#satisfactionPanel {
    background: white; border: 1px solid #d5dbe3; border-radius: 8px;
}
QFrame#satisfactionPanel:focus { border: 2px solid #f0b429; }
QLineEdit#scanBox { font-size: 16pt; padding: 6px; }
QTableView { background: white; gridline-color: #e3e7ec; selection-background-color: #2d5680; }
QHeaderView::section {
    background: #e9edf2; padding: 4px 6px; border: none; border-right: 1px solid #d5dbe3;
    font-weight: 600;
}
QStatusBar { background: #e9edf2; }
QStatusBar QLabel { padding: 0 8px; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setFamilies(["Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans"])
    font.setPointSize(10)
    app.setFont(font)
    app.setStyleSheet(STYLE)
