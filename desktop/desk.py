"""The desk's application core for the window: one method per officer action or view.

Each method opens its own session and transaction (an action commits once, durably) and
returns plain dataclasses; nothing here imports Qt, so the CLI and tests can use it too.
Once a write has committed, the desk tells its listeners what changed (:meth:`Desk.subscribe`).
ID numbers and phones come back masked; only :meth:`Desk.reveal` shows them in full, with a
``personal.reveal`` audit line in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from db.models import Dossier
from desktop import clock
from desktop.accounts.roles import NO_ACCOUNTS, Permission
from desktop.accounts.store import SignedIn, has_accounts, sign_in
from desktop.calendar import WorkingCalendar, appointment_for
from desktop.changes import DOSSIER, OFFICER, OUTBOX, PRINT, WORKSTATION, changes
from desktop.dossiers.context import DeskContext, desk_context
from desktop.dossiers.lifecycle import act, load_dossier, record_satisfaction
from desktop.dossiers.outcome import ACCEPT, Outcome
from desktop.dossiers.queries import (
    DossierFilter,
    count_by_status,
    count_dossiers,
    list_dossiers,
    search,
)
from desktop.dossiers.status import Action, Status
from desktop.dossiers.step_input import ActionInput
from desktop.dossiers.views import DossierDetail, DossierSummary, detail_of, summary_of
from desktop.errors import InputError
from desktop.profile import Profile
from desktop.reports.digitisation import Digitisation
from desktop.scope import DeskScope, facet
from desktop.settings import save_settings

if TYPE_CHECKING:
    from desktop.accounts.admin import DeskAccounts
    from desktop.attachments.desk_attachments import DeskAttachments
    from desktop.attachments.desk_scanning import DeskScanning
    from desktop.audit.desk_audit import DeskAudit
    from desktop.calendar.desk_calendar import DeskCalendar
    from desktop.catalogue.choices import ProcedureChoice
    from desktop.desk_demo import DeskDemo
    from desktop.desk_office import DeskOffice
    from desktop.dossiers.intake_request import IntakeRequest
    from desktop.index.desk_index import DeskIndex
    from desktop.printing.desk_forms import DeskForms
    from desktop.printing.service import PrintOutcome
    from desktop.privacy.desk_privacy import DeskPrivacy
    from desktop.reports.desk_reports import DeskReports
    from desktop.safety.desk_safety import DeskSafety
    from desktop.sync.desk_sync import DeskSync

LANGUAGES = ("vi", "en")


@dataclass(frozen=True)
class BoardCounts:
    due_today: int
    due_soon: int
    overdue: int
    waiting_supplement: int
    results_ready: int
    month_resolved: int
    month_on_time_share: float | None
    month_overdue_share: float | None
    month_digitisation: Digitisation = field(default_factory=Digitisation)
    month_cashless_share: float | None = None  # fee payments by transfer or online / all


class Desk:
    """The office profile seen as the officer's actions and views."""

    def __init__(
        self,
        profile: Profile,
        now: Callable[[], datetime] = clock.now,
        signed: SignedIn | None = None,
    ) -> None:
        self.profile = profile
        self.now = now
        office = profile.office()
        self.office_code, self.office_name = office.code, office.name
        with profile.db.read_session() as session:
            role = signed.role if signed else ("" if has_accounts(session) else NO_ACCOUNTS)
            context = desk_context(
                session,
                office,
                profile.settings,
                profile.audit_key,
                officer=signed.username if signed else None,
                role=role,
            )
        self.scope = scope = DeskScope(profile, now, context)
        self.changes = scope.board
        self.subscribe = scope.board.subscribe

    # Each sub-facade is built, and its module imported, the first time it is used: a command
    # or a first page pays only for the parts it calls (`motcua dossier list` needs none).

    @facet
    def sync(self) -> DeskSync:
        from desktop.sync.desk_sync import DeskSync

        return DeskSync(self.scope)

    @facet
    def attachments(self) -> DeskAttachments:
        from desktop.attachments.desk_attachments import DeskAttachments

        return DeskAttachments(self.scope)

    @facet
    def scanning(self) -> DeskScanning:
        from desktop.attachments.desk_scanning import DeskScanning

        return DeskScanning(self.scope, self.attachments)

    @facet
    def reports(self) -> DeskReports:
        from desktop.reports.desk_reports import DeskReports

        return DeskReports(self.scope)

    @facet
    def index(self) -> DeskIndex:
        from desktop.index.desk_index import DeskIndex

        return DeskIndex(self.scope)

    @facet
    def safety(self) -> DeskSafety:
        from desktop.safety.desk_safety import DeskSafety

        return DeskSafety(self.scope)

    @facet
    def accounts(self) -> DeskAccounts:
        from desktop.accounts.admin import DeskAccounts

        return DeskAccounts(self.scope)

    @facet
    def demo(self) -> DeskDemo:
        from desktop.desk_demo import DeskDemo

        return DeskDemo(self.scope)

    @facet
    def audit_trail(self) -> DeskAudit:
        from desktop.audit.desk_audit import DeskAudit

        return DeskAudit(self.scope)

    @facet
    def privacy(self) -> DeskPrivacy:
        from desktop.privacy.desk_privacy import DeskPrivacy

        return DeskPrivacy(self.scope)

    @facet
    def office_days(self) -> DeskCalendar:
        from desktop.calendar.desk_calendar import DeskCalendar

        return DeskCalendar(self.scope)

    @facet
    def office(self) -> DeskOffice:
        from desktop.desk_office import DeskOffice

        return DeskOffice(self.scope)

    @facet
    def forms(self) -> DeskForms:
        from desktop.printing.desk_forms import DeskForms

        return DeskForms(self.scope)

    @property
    def _ctx(self) -> DeskContext:
        return self.scope.context

    @_ctx.setter
    def _ctx(self, context: DeskContext) -> None:
        self.scope.context = context

    def sign_in(self, username: str, password: str) -> SignedIn:
        """Sign an officer in at this counter (also a quick switch of officer)."""
        signed = sign_in(self.profile.db, username, password, self.now(), self.profile.audit_key)
        self._ctx = replace(self._ctx, officer=signed.username, role=signed.role)
        self.changes.publish(changes({OFFICER}))
        return signed

    @property
    def needs_sign_in(self) -> bool:
        return self._ctx.role == ""

    @property
    def has_accounts(self) -> bool:
        """Whether this office signs officers in (it has at least one account)."""
        return self._ctx.role != NO_ACCOUNTS

    @property
    def role(self) -> str:
        """The signed-in account's role (``*`` in an office without accounts)."""
        return self._ctx.role

    @property
    def calendar(self) -> WorkingCalendar:
        return self._ctx.calendar

    @property
    def officer(self) -> str:
        return self._ctx.officer

    def procedures(self) -> list[ProcedureChoice]:
        """The procedures in force now, with their checklists, for the picker."""
        from desktop.catalogue.choices import procedures_in_force

        with self.scope.reading() as session:
            return procedures_in_force(session, self.now())

    def preview_appointment(
        self, procedure_code: str, received: datetime | None = None
    ) -> datetime:
        from desktop.catalogue.store import version_in_force
        from desktop.catalogue.time_limits import time_limit

        when = received or self.now()
        with self.scope.reading() as session:
            version = version_in_force(session, procedure_code, when)
            return appointment_for(when, time_limit(version), self.calendar)

    def receive(
        self,
        raw: dict[str, Any] | IntakeRequest,
        outcome: Outcome = ACCEPT,
        *,
        warn: Callable[[str], None] | None = None,
        echo: bool = False,
    ) -> DossierDetail:
        """Validate and store a dossier; returns it only once the commit is durable.

        The input is checked first (``raw``, or as :func:`parse_intake` checked it), then the
        role; ``warn`` hears the input's warnings (an odd but legal ID number …) before it is
        stored. With ``echo`` the ID number and phone the officer just typed come back in full
        (their own input, not a reveal)."""
        from desktop.dossiers.intake import receive  # intake's parts load when used
        from desktop.dossiers.intake_request import IntakeRequest, parse_intake

        now = self.now()
        request = raw if isinstance(raw, IntakeRequest) else parse_intake(raw, today=now.date())
        self.scope.require(Permission.INTAKE)
        if warn is not None:
            for message in request.warnings:
                warn(message)
        with self.scope.writing() as session:
            store = (self.profile.files, self.attachments.max_dossier_bytes)
            dossier = receive(session, self._ctx, request, now, outcome, store)
            session.flush()
            detail = detail_of(dossier, now, self.calendar, reveal=echo)
        return self._changed(detail)

    def act(self, code: str, action: Action, data: ActionInput) -> DossierDetail:
        now = self.now()
        with self.scope.writing() as session:
            dossier = act(session, self._ctx, code, action, data, now)
            detail = detail_of(dossier, now, self.calendar)
        return self._changed(detail)

    def _changed(self, detail: DossierDetail) -> DossierDetail:
        """Tell the listeners ``detail``'s dossier changed (and went to the outbox)."""
        self.changes.publish(changes({DOSSIER, OUTBOX}, {detail.code}))
        return detail

    def detail(self, code: str) -> DossierDetail:
        """The dossier with its ID number and phone masked (see :meth:`reveal`)."""
        with self.scope.reading() as session:
            return detail_of(load_dossier(session, code), self.now(), self.calendar)

    def reveal(self, code: str) -> DossierDetail:
        """The dossier with its ID number and phone in full; recorded in the audit trail."""
        with self._revealing(True) as session:
            detail = detail_of(load_dossier(session, code), self.now(), self.calendar, reveal=True)
            self._audit_reveal(session, [detail.code])
        return detail

    def dossiers(self, flt: DossierFilter, *, reveal: bool = False) -> list[DossierSummary]:
        """The dossiers of ``flt``, ID numbers and phones masked (in full with ``reveal``,
        recorded in the audit trail as :meth:`reveal` is)."""
        now = self.now()
        with self._revealing(reveal) as session:
            rows = list_dossiers(session, flt, now, self.calendar)
            return self._summaries(session, rows, reveal)

    def search(self, text: str, limit: int = 50, *, reveal: bool = False) -> list[DossierSummary]:
        """The dossiers found by name, code, ID number or phone (masked unless ``reveal``)."""
        with self._revealing(reveal) as session:
            return self._summaries(session, search(session, text, limit=limit), reveal)

    def _revealing(self, reveal: bool) -> AbstractContextManager[Session]:
        """A read; with ``reveal``, for a role allowed it, a write for its audit line."""
        if not reveal:
            return self.scope.reading()
        self.scope.require(Permission.REVEAL)
        return self.scope.writing()

    def _summaries(
        self, session: Session, dossiers: Iterable[Dossier], reveal: bool
    ) -> list[DossierSummary]:
        now = self.now()
        rows = [summary_of(d, now, self.calendar, reveal=reveal) for d in dossiers]
        if reveal:
            self._audit_reveal(session, [r.code for r in rows])
        return rows

    def _audit_reveal(self, session: Session, codes: list[str]) -> None:
        """Showing ID numbers and phones in full is recorded, with the dossiers shown."""
        record = codes[0] if len(codes) == 1 else f"{len(codes)} hồ sơ"
        self.scope.audit(session, "personal.reveal", record, {"codes": codes[:200]})

    def status_counts(self) -> dict[int, int]:
        """How many dossiers are at each status (the statuses with none left out)."""
        with self.scope.reading() as session:
            return count_by_status(session)

    def pending_sync(self) -> int:
        return self.sync.pending()

    def board(self) -> BoardCounts:
        """Counts at a glance, and this month's shares as this month's report gives them."""
        from desktop.reports.indicators import month_so_far

        now = self.now()
        with self.scope.reading() as session:
            counts = [
                count_dossiers(session, flt, now, self.calendar)
                for flt in (
                    DossierFilter(due_today=True),
                    DossierFilter(due_soon=True),
                    DossierFilter(overdue=True),
                    DossierFilter(statuses=(int(Status.WAITING_SUPPLEMENT),)),
                    DossierFilter(statuses=(int(Status.RESOLVED),)),
                )
            ]
            month = month_so_far(session, self.profile.office(), now)
        due_today, due_soon, overdue, waiting, ready = (int(c or 0) for c in counts)
        return BoardCounts(
            due_today=due_today,
            due_soon=due_soon,
            overdue=overdue,
            waiting_supplement=waiting,
            results_ready=ready,
            month_resolved=month.total.resolved,
            month_on_time_share=month.indicators.on_time_share,
            month_overdue_share=month.indicators.overdue_share,
            month_digitisation=month.indicators.digitisation,
            month_cashless_share=month.indicators.cashless_share,
        )

    # --- The window's extra views and small writes (ui/ pages) -------------------------------

    def count(self, flt: DossierFilter, *, due_today: bool = False) -> int:
        """How many dossiers match ``flt`` (its limit and offset are ignored); with
        ``due_today``, only open dossiers due between now and the end of today."""
        if due_today:
            flt = replace(flt, due_today=True)
        with self.scope.reading() as session:
            return count_dossiers(session, flt, self.now(), self.calendar)

    def due_today(self, flt: DossierFilter) -> list[DossierSummary]:
        """Open dossiers due between now and the end of today (as the board counts them),
        soonest first, with the other filters of ``flt`` and its page."""
        return self.dossiers(replace(flt, due_today=True))

    def outbox_counts(self) -> dict[str, int]:
        """Outbox items per state (every state named, zero included)."""
        return self.sync.counts()

    def record_satisfaction(self, code: str, level: int) -> DossierDetail:
        """The applicant's satisfaction on receiving the result: 1 satisfied, 2 neutral,
        3 dissatisfied; only once the result is returned (status 10). Queued for sync."""
        now = self.now()
        with self.scope.writing() as session:
            dossier = record_satisfaction(session, self._ctx, code, level, now)
            detail = detail_of(dossier, now, self.calendar)
        return self._changed(detail)

    def update_workstation(self, *, officer: str, language: str) -> None:
        """Save this workstation's officer name and interface language (vi or en)."""
        if language not in LANGUAGES:
            raise InputError(
                "Ngôn ngữ phải là vi (tiếng Việt) hoặc en (tiếng Anh).", field="language"
            )
        settings = replace(self.profile.settings)
        settings.set("officer", officer)
        settings.language = language
        save_settings(self.profile.data_dir, settings)
        self.profile.settings = settings
        self._ctx = replace(self._ctx, officer=settings.officer)
        self.changes.publish(changes({WORKSTATION}))

    def print_form(self, form: str, code: str) -> bytes:
        """The PDF of form ``form`` (01–06) for dossier ``code``, recorded as printed by this
        officer (a second print of the same form is marked as a reprint)."""
        return self.printout(form, code).pdf

    def printout(
        self,
        form: str,
        code: str | None = None,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        keep: Callable[[bytes], None] | None = None,
    ) -> PrintOutcome:
        """Form ``form``: 01–06 for dossier ``code``, 07 (the register) for a period, recorded
        as printed. ``keep`` gets the PDF before the commit: if it fails, nothing is recorded."""
        from desktop.printing.service import print_form  # the PDF builders load on first use

        self.scope.require(Permission.PRINT)
        with self.scope.writing() as session:
            outcome = print_form(
                session,
                form,
                code,
                date_from=date_from,
                date_to=date_to,
                officer=self.officer,
                now=self.now(),
                office_code=self.office_code,
                audit_key=self._ctx.audit_key,
                setup=self.forms.setup(),
            )
            if keep is not None:
                keep(outcome.pdf)
        self.scope.publish({PRINT}, [outcome.code] if outcome.code else [])
        return outcome
