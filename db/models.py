"""SQLAlchemy 2 typed models of the desk's local database (SQLite or PostgreSQL).

Times are naive Vietnam local time (UTC+7, no daylight saving) unless a column says UTC.
Status and channel codes are the national ones (see DOMAIN.md §2); their meaning lives in
``desktop.dossiers``: this layer stores numbers and text only.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Statuses whose deadline clock is running (accepted, in progress, waiting for fees).
CLOCK_RUNNING_SQL = "status IN (2, 4, 6)"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Office(Base):
    """The commune service centre that owns this profile (one row per office)."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    superior_name: Mapped[str] = mapped_column(String(200), default="")
    place_name: Mapped[str] = mapped_column(String(100), default="")
    office_hours: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CalendarOverride(Base):
    """An office's own change to the calendar: a day off, or a working day."""

    __tablename__ = "calendar_override"
    __table_args__ = (UniqueConstraint("office_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    working: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(200), default="")


class Field(Base):
    """A field of procedures (lĩnh vực), e.g. civil status."""

    __tablename__ = "field"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))


class Procedure(Base):
    """An administrative procedure (TTHC) by its national code; its rules live in versions."""

    __tablename__ = "procedure"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    name_folded: Mapped[str] = mapped_column(String(500))
    field_id: Mapped[int] = mapped_column(ForeignKey("field.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Months the applicant's personal data is kept after processing ended (None: the office's
    # default, ``privacy.retention_months``).
    retention_months: Mapped[int | None] = mapped_column(Integer, nullable=True)

    field: Mapped[Field] = relationship()
    versions: Mapped[list[ProcedureVersion]] = relationship(
        back_populates="procedure", order_by="ProcedureVersion.effective_from"
    )


class ProcedureVersion(Base):
    """The rules of a procedure from an effective date on; a dossier keeps its version."""

    __tablename__ = "procedure_version"
    __table_args__ = (UniqueConstraint("procedure_id", "effective_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id"))
    effective_from: Mapped[datetime] = mapped_column(DateTime)
    name: Mapped[str] = mapped_column(String(500))
    # None: no source confirmed the time limit; such a version takes no dossier.
    time_limit: Mapped[Decimal | None] = mapped_column(Numeric(8, 2), nullable=True)
    time_unit: Mapped[str] = mapped_column(String(20))
    cutoff_15h: Mapped[bool] = mapped_column(Boolean, default=False)
    fee: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source: Mapped[str] = mapped_column(String(40), default="shipped")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Whether the code and the time limit were checked against a published source.
    confirmed: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    legal_source: Mapped[str] = mapped_column(Text, default="", server_default="")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The version no longer takes dossiers from this moment (e.g. Decree 120/2025 ends).
    effective_to: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    procedure: Mapped[Procedure] = relationship(back_populates="versions")
    documents: Mapped[list[ProcedureDocument]] = relationship(
        order_by="ProcedureDocument.position", cascade="all, delete-orphan"
    )


class ProcedureDocument(Base):
    """One line of a procedure version's checklist of papers."""

    __tablename__ = "procedure_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("procedure_version.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(SmallInteger)
    name: Mapped[str] = mapped_column(String(500))
    originals: Mapped[int] = mapped_column(SmallInteger, default=0)
    copies: Mapped[int] = mapped_column(SmallInteger, default=0)
    required: Mapped[bool] = mapped_column(Boolean, default=True)


class Applicant(Base):
    """A person or organisation known to the office (the dossier keeps its own copy)."""

    __tablename__ = "applicant"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[int] = mapped_column(SmallInteger, default=1)
    full_name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200))
    id_number: Mapped[str | None] = mapped_column(String(20), nullable=True, unique=True)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    address: Mapped[str] = mapped_column(String(400), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Dossier(Base):
    """A dossier (hồ sơ) as received, with its current national status and appointment."""

    __tablename__ = "dossier"
    __table_args__ = (
        Index("ix_dossier_status_received", "status", "received_at"),
        Index(
            "ix_dossier_open_appointment",
            "appointment",
            sqlite_where=text(CLOCK_RUNNING_SQL),  # PostgreSQL's: see postgresql_options()
        ),
        # The monthly report counts by these two instants (covering the grouping column).
        Index("ix_dossier_accepted_report", "accepted_at", "procedure_version_id", "channel"),
        Index(
            "ix_dossier_ended_report",
            "ended_at",
            "procedure_version_id",
            "accepted_at",
            "appointment",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    procedure_version_id: Mapped[int] = mapped_column(ForeignKey("procedure_version.id"))
    applicant_id: Mapped[int | None] = mapped_column(ForeignKey("applicant.id"), nullable=True)
    applicant_kind: Mapped[int] = mapped_column(SmallInteger, default=1)
    applicant_name: Mapped[str] = mapped_column(String(200))
    applicant_name_folded: Mapped[str] = mapped_column(String(200))
    applicant_id_number: Mapped[str] = mapped_column(String(20), default="", index=True)
    applicant_birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    applicant_phone: Mapped[str] = mapped_column(String(20), default="", index=True)
    applicant_email: Mapped[str] = mapped_column(String(254), default="")
    applicant_address: Mapped[str] = mapped_column(String(400), default="")
    channel: Mapped[int] = mapped_column(SmallInteger)
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    appointment: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    original_appointment: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    paused_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    status: Mapped[int] = mapped_column(SmallInteger)
    delivery: Mapped[int] = mapped_column(SmallInteger, default=0)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # When the office took the dossier in for processing (accepted at the counter, an online
    # submission accepted, or a dossier guided to supplement at intake taken in complete);
    # None while it never was (refused, waiting online, guided and never back).
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    returned_to: Mapped[str] = mapped_column(String(200), default="")
    satisfaction: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    sets: Mapped[int] = mapped_column(SmallInteger, default=1)
    summary: Mapped[str] = mapped_column(String(600))
    handling_unit: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    received_by: Mapped[str] = mapped_column(String(100), default="")
    record_version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    procedure_version: Mapped[ProcedureVersion] = relationship()
    documents: Mapped[list[DossierDocument]] = relationship(
        order_by="DossierDocument.position", cascade="all, delete-orphan"
    )
    history: Mapped[list[StatusChange]] = relationship(
        order_by="StatusChange.seq", cascade="all, delete-orphan"
    )
    supplements: Mapped[list[SupplementRequest]] = relationship(
        order_by="SupplementRequest.requested_at", cascade="all, delete-orphan"
    )
    handovers: Mapped[list[Handover]] = relationship(
        order_by="Handover.seq", cascade="all, delete-orphan"
    )
    fees: Mapped[list[Fee]] = relationship(order_by="Fee.id", cascade="all, delete-orphan")
    attachments: Mapped[list[Attachment]] = relationship(
        order_by="Attachment.id", cascade="all, delete-orphan"
    )


class DossierDocument(Base):
    """A paper handed in with the dossier."""

    __tablename__ = "dossier_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(SmallInteger)
    name: Mapped[str] = mapped_column(String(500))
    originals: Mapped[int] = mapped_column(SmallInteger, default=0)
    copies: Mapped[int] = mapped_column(SmallInteger, default=0)


class StoredFile(Base):
    """One file's bytes, named by their SHA-256: in ``data`` when the database holds them,
    else in the office's file folder (``desktop.attachments.storage``)."""

    __tablename__ = "stored_file"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(SmallInteger, default=1)
    data: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    remote_path: Mapped[str] = mapped_column(String(1000), default="")  # where the province has it
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Attachment(Base):
    """A file of a dossier: the scan of a checklist item (``role`` "document", ``position`` of
    the item) or a result document (``role`` "result")."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(10))
    position: Mapped[int] = mapped_column(SmallInteger)
    name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_file.sha256"), index=True)
    origin: Mapped[int] = mapped_column(SmallInteger, default=1)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(100), default="")
    removed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    stored: Mapped[StoredFile] = relationship()


class StatusChange(Base):
    """One step of a dossier's life: every transition, with time, officer and appointments."""

    __tablename__ = "status_change"
    __table_args__ = (UniqueConstraint("dossier_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    to_status: Mapped[int] = mapped_column(SmallInteger)
    at: Mapped[datetime] = mapped_column(DateTime)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    officer: Mapped[str] = mapped_column(String(100), default="")
    unit: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    appointment_before: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    appointment_after: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SupplementRequest(Base):
    """A request to complete the dossier (form 02); the clock stops until it is answered."""

    __tablename__ = "supplement_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    items: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[str] = mapped_column(String(100), default="")
    supplemented_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    appointment_before: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    appointment_after: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Handover(Base):
    """A hand-over between units (a row of the control sheet, form 06)."""

    __tablename__ = "handover"
    __table_args__ = (UniqueConstraint("dossier_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossier.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    from_unit: Mapped[str] = mapped_column(String(200))
    to_unit: Mapped[str] = mapped_column(String(200))
    giver: Mapped[str] = mapped_column(String(100), default="")
    receiver: Mapped[str] = mapped_column(String(100), default="")
    handed_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class Fee(Base):
    """A fee or charge recorded on the dossier and how it was paid."""

    __tablename__ = "fee"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossier.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    amount: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(20))
    paid_at: Mapped[datetime] = mapped_column(DateTime)


class OutboxItem(Base):
    """An immutable snapshot queued for the province (SYNC.md, client obligations 1–4)."""

    __tablename__ = "outbox_item"
    __table_args__ = (Index("ix_outbox_item_state_next", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    dossier_code: Mapped[str] = mapped_column(String(60), index=True)
    record_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    idempotency_key: Mapped[str] = mapped_column(String(36), unique=True)
    payload: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    acked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class DayCounter(Base):
    """The last dossier number taken on a day, per office and per workstation number range."""

    __tablename__ = "day_counter"

    office_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    range_start: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class PrintRecord(Base):
    """One printing of a form (01–07): who printed it and when; copy 2 on is a reprint.

    ``copy_number`` counts the prints of one form for one dossier (1 = the first print); the
    register (form 07) has no dossier and is not counted.
    """

    __tablename__ = "print_record"
    __table_args__ = (UniqueConstraint("form", "dossier_code", "copy_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    form: Mapped[str] = mapped_column(String(2))
    dossier_code: Mapped[str | None] = mapped_column(String(60), nullable=True)
    printed_at: Mapped[datetime] = mapped_column(DateTime)
    officer: Mapped[str] = mapped_column(String(100), default="")
    copy_number: Mapped[int] = mapped_column(Integer, default=1)


class SyncState(Base):
    """Small named values of the sync engine: pull cursors, the province's throttle, last run.

    ``value`` is text (the wire's ``server_time`` for cursors, JSON for the last run).
    """

    __tablename__ = "sync_state"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class AuditEntry(Base):
    """One line of the append-only audit trail: who did what to which record, and when (UTC).

    ``hash`` is an HMAC of the line and ``prev_hash`` (the previous line's hash), keyed by a
    secret kept outside the database, so an edited, deleted, inserted or reordered line breaks
    the chain (``desktop.audit``).
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at_utc: Mapped[datetime] = mapped_column(DateTime)
    officer: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(60))
    record: Mapped[str] = mapped_column(String(120), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Account(Base):
    """An officer's account at this office: role, Argon2id password hash, lock-out state."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # HMAC (audit key) of username, role, active and password hash: desktop.accounts.seal
    seal: Mapped[str | None] = mapped_column(String(64), nullable=True)


def postgresql_options() -> None:
    """Give the models the options that only PostgreSQL reads (the partial index's WHERE).

    Naming an option ``postgresql_…`` in a model loads SQLAlchemy's PostgreSQL dialect when this
    module is imported (about 30 ms of every command on a SQLite desk), so they are added here,
    once, by whoever opens a PostgreSQL database (``db.engine``) or compares the schema."""
    for index in Base.metadata.tables["dossier"].indexes:
        if index.name == "ix_dossier_open_appointment":
            index.dialect_kwargs["postgresql_where"] = text(CLOCK_RUNNING_SQL)
