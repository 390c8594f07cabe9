"""The first start of a new desk: office, hours, province address, first admin.

Each page checks its answers with the desktop layer before it lets the officer go on, and
shows the reason in Vietnamese beside the fields; the last page stores everything at once
(:func:`desktop.first_run.complete_first_run`) on a writing job, off the GUI thread (the
admin's password is hashed with Argon2): the wizard waits, then closes by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.accounts.store import SignedIn
from desktop.calendar import OfficeHours
from desktop.errors import DeskError
from desktop.first_run import (
    AdminAnswers,
    FirstRunAnswers,
    FirstRunResult,
    SyncAnswers,
    complete_first_run,
)
from desktop.office_setup import OfficeInfo
from desktop.profile import Profile
from ui.tasks import TaskRunner
from ui.widgets.plain import error_label, plain

Check = Callable[[], object]  # raises DeskError when refused; False: not done yet


class CheckedPage(QWizardPage):
    """A wizard page whose answers are checked (by ``check``) before going on."""

    def __init__(self, title: str, intro: str, check: Check) -> None:
        super().__init__()
        self.setTitle(title)
        self.check = check
        layout = QVBoxLayout(self)
        about = plain(QLabel(intro))
        about.setWordWrap(True)
        layout.addWidget(about)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.error = error_label("wizardError")
        layout.addWidget(self.error)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        try:
            done = self.check()
        except DeskError as exc:
            self.error.setText(exc.message)
            return False
        if done is False:
            return False
        self.error.clear()
        return True


def _line(name: str, placeholder: str = "", secret: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def _time(name: str, hour: int, minute: int) -> QTimeEdit:
    edit = QTimeEdit(QTime(hour, minute))
    edit.setObjectName(name)
    edit.setDisplayFormat("HH:mm")
    return edit


class FirstRunWizard(QWizard):
    """Shown instead of the window when the profile has no office yet."""

    def __init__(
        self,
        profile: Profile,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile, self.now = profile, now
        self.tasks = tasks or TaskRunner(self)
        self.signed: SignedIn | None = None
        self.storing = False
        self.setWindowTitle(self.tr("Motcua Desk — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        buttons = (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        )
        for which, text in buttons:
            self.setButtonText(which, text)
        self.addPage(self._office_page())
        self.addPage(self._hours_page())
        self.addPage(self._sync_page())
        self.addPage(self._admin_page())
        self.resize(640, 460)

    # --- pages ---------------------------------------------------------------------------

    def _office_page(self) -> CheckedPage:
        page = CheckedPage(
            self.tr("1. The office"),
            self.tr(
                "The office's code (mã định danh, as in the dossier codes) and the names printed "
                "on every receipt and report."
            ),
            self.office_info,
        )
        self.code = _line("officeCode", "000.00.00.H56")
        self.name = _line("officeName", self.tr("e.g. UBND xã Hòa Bình"))
        self.superior = _line("superior", self.tr("e.g. UBND tỉnh Hòa Bình"))
        self.place = _line("place", self.tr("e.g. Hòa Bình"))
        page.form.addRow(self.tr("Office &code"), self.code)
        page.form.addRow(self.tr("Office &name"), self.name)
        page.form.addRow(self.tr("&Superior body"), self.superior)
        page.form.addRow(self.tr("&Place name"), self.place)
        return page

    def _hours_page(self) -> CheckedPage:
        page = CheckedPage(
            self.tr("2. Office hours"),
            self.tr(
                "Appointments are counted in working hours. Public holidays and make-up days "
                "come with the desk; change them later on the Settings page."
            ),
            self.hours,
        )
        self.morning_from = _time("morningFrom", 7, 30)
        self.morning_to = _time("morningTo", 11, 30)
        self.afternoon_from = _time("afternoonFrom", 13, 30)
        self.afternoon_to = _time("afternoonTo", 17, 0)
        self.saturday = QCheckBox(self.tr("Open on Saturday &morning too"))
        self.saturday.setObjectName("saturday")
        self.hours_text = plain(QLabel())
        self.hours_text.setObjectName("hoursText")
        page.form.addRow(self.tr("&Morning from"), self.morning_from)
        page.form.addRow(self.tr("Morning &until"), self.morning_to)
        page.form.addRow(self.tr("&Afternoon from"), self.afternoon_from)
        page.form.addRow(self.tr("Afternoon u&ntil"), self.afternoon_to)
        page.form.addRow("", self.saturday)
        page.form.addRow(self.tr("Saved as"), self.hours_text)
        for edit in (self.morning_from, self.morning_to, self.afternoon_from, self.afternoon_to):
            edit.timeChanged.connect(self._show_hours)
        self.saturday.toggled.connect(self._show_hours)
        self._show_hours()
        return page

    def _sync_page(self) -> CheckedPage:
        page = CheckedPage(
            self.tr("3. The province's system (optional)"),
            self.tr(
                "Leave these empty if the province has not given this office an address yet: "
                "the desk works offline and sends everything once the address is set."
            ),
            self.sync_answers,
        )
        self.sync_url = _line("syncUrl", "https://motcua.example.gov.vn/api")
        self.sync_user = _line("syncUser")
        self.sync_password = _line("syncPassword", secret=True)
        page.form.addRow(self.tr("&Address"), self.sync_url)
        page.form.addRow(self.tr("Acco&unt"), self.sync_user)
        page.form.addRow(self.tr("Pass&word"), self.sync_password)
        return page

    def _admin_page(self) -> CheckedPage:
        page = CheckedPage(
            self.tr("4. The first administrator"),
            self.tr(
                "This account signs in first and adds the officers' accounts on the Settings "
                "page (an administrator does not take in dossiers). Keep the password safe: "
                "nobody can read it back."
            ),
            self.finish,
        )
        self.admin_user = _line("adminUser", "admin")
        self.admin_name = _line("adminName")
        self.admin_password = _line("adminPassword", secret=True)
        self.admin_repeat = _line("adminRepeat", secret=True)
        page.form.addRow(self.tr("&User name"), self.admin_user)
        page.form.addRow(self.tr("&Full name"), self.admin_name)
        page.form.addRow(self.tr("&Password (8+ characters)"), self.admin_password)
        page.form.addRow(self.tr("&Repeat the password"), self.admin_repeat)
        return page

    # --- answers -------------------------------------------------------------------------

    def office_info(self) -> OfficeInfo:
        return OfficeInfo(
            self.code.text(), self.name.text(), self.superior.text(), self.place.text()
        )

    def hours_spec(self) -> str:
        def span(start: QTimeEdit, end: QTimeEdit) -> str:
            return f"{start.time().toString('HH:mm')}-{end.time().toString('HH:mm')}"

        morning = span(self.morning_from, self.morning_to)
        day = f"{morning},{span(self.afternoon_from, self.afternoon_to)}"
        return f"T2-T6={day}; T7={morning}" if self.saturday.isChecked() else f"T2-T6={day}"

    def _show_hours(self) -> None:
        self.hours_text.setText(self.hours_spec())

    def hours(self) -> OfficeHours:
        return OfficeHours.parse(self.hours_spec())

    def sync_answers(self) -> SyncAnswers:
        return SyncAnswers(self.sync_url.text(), self.sync_user.text(), self.sync_password.text())

    def finish(self) -> bool:
        """The last page's check: check every page again, then store the answers on a writing
        job; False until it is done (the wizard then closes by itself)."""
        if self.signed is not None:
            return True
        if self.storing:
            return False
        try:
            answers = FirstRunAnswers(
                office=self.office_info(),
                hours=self.hours(),
                sync=self.sync_answers(),
                admin=AdminAnswers(
                    self.admin_user.text(),
                    self.admin_password.text(),
                    self.admin_repeat.text(),
                    self.admin_name.text(),
                ),
            )
        finally:
            self.admin_password.clear()
            self.admin_repeat.clear()
        profile, when = self.profile, self.now()
        self._set_storing(True)
        self.currentPage().error.setText(  # type: ignore[attr-defined]
            self.tr("Storing the office and the first account…")
        )
        self.tasks.run(
            lambda _report: complete_first_run(profile, answers, when),
            on_done=self._stored,
            on_error=self._refused,
            writes=True,
        )
        return False

    def _stored(self, result: FirstRunResult) -> None:
        self._set_storing(False)
        self.sync_password.clear()
        self.signed = result.signed
        if result.warning:
            QMessageBox.warning(self, self.tr("Province password not saved"), result.warning)
        self.accept()

    def _refused(self, error: DeskError) -> None:
        self._set_storing(False)
        self.currentPage().error.setText(error.message)  # type: ignore[attr-defined]

    def _set_storing(self, storing: bool) -> None:
        """While the answers are stored (one transaction, a second or so) the page and every
        button wait: cancelling half way could not take back what is being committed."""
        self.storing = storing
        self.currentPage().setEnabled(not storing)
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(which).setEnabled(not storing)

    def reject(self) -> None:
        if not self.storing:  # Escape while storing waits for the answer
            super().reject()
