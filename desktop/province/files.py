"""The reference server's ``POST /files`` (SYNC.md §3): one file of a dossier, multipart.

Form fields ``session``, ``madonvi``, ``MaHoSo``, optionally ``TepDinhKemId`` (the SHA-256 the
desk names the file by) and the ``file`` part. The bytes are kept in ``server_file`` keyed on
their SHA-256, committed before the answer; the same bytes again answer the same path and are
not stored twice. A ``TepDinhKemId`` the bytes do not hash to is refused (``error_code "-1"``).
Both dialects check the session and the agency as their integration endpoint does.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

from sqlalchemy.exc import IntegrityError

from desktop.province.store import file_path, store_file

if TYPE_CHECKING:
    from desktop.province.handlers import Answer, Province

_BOUNDARY = re.compile(r'boundary="?([^";]+)"?', re.IGNORECASE)
_NAME = re.compile(rb'(?:^|;)\s*name="([^"]*)"', re.IGNORECASE)
TEXT_FIELDS = ("session", "madonvi", "MaHoSo", "TepDinhKemId")


def refused(message: str) -> Answer:
    return 200, {"error_code": "-1", "message": message}


def form_fields(content_type: str, body: bytes) -> dict[str, bytes] | None:
    """The parts of a ``multipart/form-data`` body by name; None when it is not one."""
    if not content_type.lower().startswith("multipart/form-data"):
        return None
    found = _BOUNDARY.search(content_type)
    if found is None:
        return None
    delimiter = b"\r\n--" + found.group(1).encode("latin-1")
    sections = (b"\r\n" + body).split(delimiter)
    fields: dict[str, bytes] = {}
    for section in sections[1:]:
        if section.startswith(b"--"):
            return fields
        head, separator, content = section.partition(b"\r\n\r\n")
        if not separator:
            return None
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-disposition:"):
                name = _NAME.search(line.split(b":", 1)[1])
                if name is not None:
                    fields[name.group(1).decode("utf-8", "replace")] = content
    return None  # no closing delimiter: truncated


def _check_envelope(province: Province, form: dict[str, bytes]) -> Answer | None:
    session = form.get("session", b"").decode("utf-8", "replace")
    madonvi = form.get("madonvi", b"").decode("utf-8", "replace")
    if not province._session_valid(session):
        if province.national:
            return refused("session is missing, unknown or expired")
        return 401, {"error_code": 401, "message": "session expired or unknown"}
    if madonvi not in province.agencies:
        if province.national:
            return refused(f"madonvi {madonvi!r} is not allowed for this account")
        return 403, {"error_code": 403, "message": f"madonvi {madonvi} is not allowed"}
    return None


def upload(province: Province, form: dict[str, bytes] | None) -> Answer:
    """Keep one uploaded file; the answer names its path."""
    if form is None:
        return 400, {"error_code": 400, "message": "body is not multipart/form-data"}
    problem = _check_envelope(province, form)
    if problem is not None:
        return problem
    if province.refuse_next_upload > 0:
        province.refuse_next_upload -= 1
        return refused("injected fault: the file is refused")
    code = form.get("MaHoSo", b"").decode("utf-8", "replace")
    data = form.get("file")
    if not code or data is None:
        return refused("MaHoSo and the file part are required")
    sha256 = hashlib.sha256(data).hexdigest()
    named = form.get("TepDinhKemId", b"").decode("utf-8", "replace")
    if named and named != sha256:
        return refused(f"HoSo {code}: TepDinhKemId {named} does not match the file's SHA-256")
    madonvi = form["madonvi"].decode("utf-8")
    try:
        with province.store.engine.begin() as conn:
            store_file(conn, sha256, madonvi, code, data)
    except IntegrityError:
        pass  # a concurrent upload of the same bytes stored them first
    if province.lose_next_upload > 0:
        province.lose_next_upload -= 1
        return 500, {"error_code": "-1", "message": "injected fault: stored, answer lost"}
    success: int | str = "0" if province.national else 0
    return 200, {"error_code": success, "message": "", "path": file_path(sha256)}
