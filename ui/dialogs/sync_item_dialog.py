"""One outbox item as it was queued (personal numbers masked), with the province's reason."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.outbox.listing import ItemView
from ui.widgets.plain import plain


class SyncItemDialog(QDialog):
    def __init__(self, item: ItemView, record: dict[str, object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync item {id}").format(id=item.id))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        heading = plain(
            QLabel(f"{item.kind_label} · {item.code} · {item.state_label} · {item.attempts}")
        )
        heading.setObjectName("itemHeading")
        layout.addWidget(heading)
        reason = plain(QLabel(item.reason or self.tr("No message from the province.")))
        reason.setObjectName("itemReason")
        reason.setWordWrap(True)
        layout.addWidget(reason)
        self.record = QPlainTextEdit(json.dumps(record, ensure_ascii=False, indent=2))
        self.record.setObjectName("itemRecord")
        self.record.setReadOnly(True)
        layout.addWidget(self.record, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
