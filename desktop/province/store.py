"""The province's own database (reference server): dossiers, steps, sessions, online, catalogue,
the files the desks upload.

It is not the desk's database: its tables live in their own metadata and are created with
``metadata.create_all``. Every write is committed before the server answers (SQLite through
:func:`db.engine.make_engine`, which runs with ``synchronous=FULL``).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    select,
)

from db.engine import make_engine
from desktop.outbox.records import WIRE_FORMAT  # the one definition of the wire time

VIETNAM = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")  # no daylight saving

metadata = MetaData()

server_dossier = Table(
    "server_dossier",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("madonvi", String(64), nullable=False),
    Column("ma_ho_so", String(128), nullable=False),
    Column("record_version", Integer, nullable=False),
    Column("idempotency_key", String(128), nullable=False),
    Column("trang_thai", String(4), nullable=False),
    Column("ngay_tiep_nhan", String(14), nullable=False),
    Column("record", Text, nullable=False),
    Column("updated_at", String(14), nullable=False),
    UniqueConstraint("madonvi", "ma_ho_so", name="uq_server_dossier_code"),
)

server_step = Table(
    "server_step",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("idempotency_key", String(128), nullable=False, unique=True),
    Column("madonvi", String(64), nullable=False),
    Column("ma_ho_so", String(128), nullable=False),
    Column("record", Text, nullable=False),
    Column("created_at", String(14), nullable=False),
)

server_session = Table(
    "server_session",
    metadata,
    Column("token", String(128), primary_key=True),
    Column("username", String(128), nullable=False),
    Column("expires_at", Float, nullable=False),
)

server_online = Table(
    "server_online",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("madonvi", String(64), nullable=False),
    Column("ma_ho_so", String(128), nullable=False),
    Column("record", Text, nullable=False),
    Column("changed_at", String(14), nullable=False),
    UniqueConstraint("madonvi", "ma_ho_so", name="uq_server_online_code"),
)

server_catalogue = Table(
    "server_catalogue",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ma_tthc", String(64), nullable=False, unique=True),
    Column("record", Text, nullable=False),
    Column("changed_at", String(14), nullable=False),
)


server_audit_head = Table(
    "server_audit_head",
    metadata,
    Column("madonvi", String(64), primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
    Column("received_at", String(14), nullable=False),
    # Set when a desk later sent a shorter trail: lines were removed or a backup restored.
    Column("regressed_from", Integer, nullable=True),
)


# Files uploaded by the desks (SYNC.md §3), keyed on their SHA-256: the same bytes once.
server_file = Table(
    "server_file",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("madonvi", String(64), nullable=False),
    Column("ma_ho_so", String(128), nullable=False),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("created_at", String(14), nullable=False),
)

FILES_PATH = "/files/"


def file_path(sha256: str) -> str:
    """The path the province answers for a file (and expects in a record)."""
    return FILES_PATH + sha256


def known_file(conn: Connection, path: str) -> bool:
    """Whether ``path`` names a file the province holds."""
    if not path.startswith(FILES_PATH):
        return False
    sha256 = path[len(FILES_PATH) :]
    found = conn.execute(select(server_file.c.sha256).where(server_file.c.sha256 == sha256))
    return found.first() is not None


def server_now() -> str:
    """The current time as the wire writes it (Vietnam local time)."""
    return datetime.now(VIETNAM).strftime(WIRE_FORMAT)


def dump(record: Any) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def insert_step(conn: Connection, key: str, madonvi: str, record: dict[str, Any]) -> None:
    """Store one step (TienDo) under ``key``, the identity the dialect gives it."""
    conn.execute(
        server_step.insert().values(
            idempotency_key=key,
            madonvi=madonvi,
            ma_ho_so=record["MaHoSo"],
            record=dump(record),
            created_at=server_now(),
        )
    )


def store_file(conn: Connection, sha256: str, madonvi: str, code: str, data: bytes) -> None:
    """Keep ``data`` under ``sha256`` unless the province has it already."""
    if conn.execute(select(server_file.c.sha256).where(server_file.c.sha256 == sha256)).first():
        return
    conn.execute(
        server_file.insert().values(
            sha256=sha256,
            madonvi=madonvi,
            ma_ho_so=code,
            size=len(data),
            data=data,
            created_at=server_now(),
        )
    )


class Store:
    """The province's database: open (creating the tables) and a few seeding helpers."""

    def __init__(self, url: str) -> None:
        self.engine: Engine = make_engine(url)
        metadata.create_all(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()

    def load_catalogue(self, items: list[dict[str, Any]]) -> int:
        """Insert or replace procedures by MaTTHC; a changed one gets a new changed_at."""
        changed = 0
        now = server_now()
        with self.engine.begin() as conn:
            for item in items:
                code = str(item["MaTTHC"])
                text = dump(item)
                row = conn.execute(
                    select(server_catalogue.c.id, server_catalogue.c.record).where(
                        server_catalogue.c.ma_tthc == code
                    )
                ).first()
                if row is None:
                    conn.execute(
                        server_catalogue.insert().values(ma_tthc=code, record=text, changed_at=now)
                    )
                    changed += 1
                elif row.record != text:
                    conn.execute(
                        server_catalogue.update()
                        .where(server_catalogue.c.id == row.id)
                        .values(record=text, changed_at=now)
                    )
                    changed += 1
        return changed

    def file_bytes(self, sha256: str) -> bytes | None:
        """The bytes uploaded under ``sha256`` (None when the province has none)."""
        with self.engine.connect() as conn:
            data = conn.execute(
                select(server_file.c.data).where(server_file.c.sha256 == sha256)
            ).scalar()
            conn.rollback()
        return bytes(data) if data is not None else None

    def file_count(self) -> int:
        with self.engine.connect() as conn:
            count = conn.execute(select(func.count()).select_from(server_file)).scalar()
            conn.rollback()
        return int(count or 0)

    def online_count(self, madonvi: str) -> int:
        with self.engine.connect() as conn:
            count = conn.execute(
                select(func.count())
                .select_from(server_online)
                .where(server_online.c.madonvi == madonvi)
            ).scalar()
            conn.rollback()
        return int(count or 0)

    def add_online_submission(self, madonvi: str, record: dict[str, Any]) -> None:
        """Store (or replace) one dossier submitted online at the portal for ``madonvi``."""
        code = str(record["MaHoSo"])
        now = server_now()
        with self.engine.begin() as conn:
            row = conn.execute(
                select(server_online.c.id).where(
                    server_online.c.madonvi == madonvi, server_online.c.ma_ho_so == code
                )
            ).first()
            if row is None:
                conn.execute(
                    server_online.insert().values(
                        madonvi=madonvi, ma_ho_so=code, record=dump(record), changed_at=now
                    )
                )
            else:
                conn.execute(
                    server_online.update()
                    .where(server_online.c.id == row.id)
                    .values(record=dump(record), changed_at=now)
                )
