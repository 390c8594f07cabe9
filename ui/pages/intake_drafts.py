"""Keeps the intake form's draft: written about a second after each change, offered back
in an inline bar when the page opens ("Có bản nháp lúc 09:12 ngày 20/11/2026 — Khôi phục /
Bỏ"), removed when the dossier is stored or the form cleared. The file itself is handled by
:mod:`desktop.dossiers.drafts` (personal data stays in the profile folder on this PC).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.dossiers.drafts import Draft, discard_draft, load_draft, save_draft
from desktop.errors import DeskError

DRAFT_DELAY_MS = 1000
BAR_STYLE = "QFrame#draftBar { background: #fff4d6; border: 1px solid #e0b64a; }"


class DraftBar(QFrame):
    """The inline offer of a saved draft, with Restore and Discard (never a modal box)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBar")
        self.setStyleSheet(BAR_STYLE)
        self.label = QLabel(self)
        self.restore_button = QPushButton(self.tr("Res&tore"), self)
        self.discard_button = QPushButton(self.tr("Dis&card"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        self.hide()

    def offer(self, saved_at: datetime) -> None:
        self.label.setText(
            self.tr("There is a draft from {time} on {date} —").format(
                time=f"{saved_at:%H:%M}", date=f"{saved_at:%d/%m/%Y}"
            )
        )
        self.show()


class DraftKeeper:
    """Saves the form (debounced), offers the saved one back, and forgets it on request.

    While a draft is offered and not yet answered, new typing is saved over the file (the
    offered draft stays in memory until Restore or Discard), so a second crash loses neither.
    ``state`` gives the form as plain JSON values, ``is_blank`` says whether there is
    anything worth keeping, ``now`` is the desk's clock, ``on_error`` shows a message.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        state: Callable[[], dict[str, Any]],
        is_blank: Callable[[], bool],
        now: Callable[[], datetime],
        on_error: Callable[[str], None],
        bar: DraftBar,
    ) -> None:
        self.data_dir = data_dir
        self._state, self._is_blank, self._now, self._on_error = state, is_blank, now, on_error
        self.bar = bar
        self.offered: Draft | None = None
        self.paused = False  # while the dossier on screen is already stored
        self.timer = QTimer(bar)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.write_now)

    def changed(self) -> None:
        if not self.paused:
            self.timer.start()

    def write_now(self) -> None:
        self.timer.stop()
        if self.paused:
            return
        try:
            if self._is_blank():
                discard_draft(self.data_dir)
            else:
                save_draft(self.data_dir, self._state(), saved_at=self._now())
        except DeskError as exc:
            self._on_error(exc.message)
        except OSError as exc:
            self._on_error(str(exc))

    def offer(self) -> Draft | None:
        """Show the bar when a draft was left; returns it."""
        draft = load_draft(self.data_dir)
        if draft is None or not draft.data:
            return None
        self.offered = draft
        self.bar.offer(draft.saved_at)
        return draft

    def take_offer(self) -> dict[str, Any] | None:
        """The offered draft's data (Restore); the bar goes away."""
        data = self.offered.data if self.offered else None
        self.offered = None
        self.bar.hide()
        return data

    def decline_offer(self) -> None:
        """Discard: the bar goes away and, unless new typing replaced it, so does the file."""
        self.offered = None
        self.bar.hide()
        if self._is_blank():
            self.forget()

    def forget(self) -> None:
        """No draft any more (the dossier was stored, or the form cleared)."""
        self.timer.stop()
        try:
            discard_draft(self.data_dir)
        except OSError as exc:
            self._on_error(str(exc))
