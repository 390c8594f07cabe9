"""Offline transfer (SYNC.md, client obligation 7): pending items in a bundle file.

A bundle is a ZIP with three members:

- ``manifest.json``: format, version, agency, when and by whom it was made, for each part
  its name, size, number of records and SHA-256, and ``mac``: HMAC-SHA256 of the rest of the
  manifest, keyed from the office's sync credentials (:func:`bundle_key`);
- ``dossiers.json``: the HoSo records (the newest unsent version of each dossier);
- ``steps.json``: the TienDo records, in the order they were queued;
- ``files/<sha256>``: the bytes of every file the dossier records name (SYNC.md §3), listed in
  the manifest's ``files`` with their SHA-256 and size (so the MAC covers them too); reading
  checks each against its hash, and a push uploads them first when the province takes files.

The records are those of the dialect the province spoke at the last login (manifest
``dialect``): ``national`` records carry no RecordVersion/IdempotencyKey; ``extended`` records
are the snapshots as queued (a desk that never logged in makes these: they serve both). The
manifest lists in ``updating`` the dossiers the province acknowledged before (sent with
``isUpdating "True"`` to a national province). A national bundle is pushed only to a national
province; an extended one to either (to a national province as baseline records, converted
at the push: the MAC covers the snapshots, the conversion is fixed).

Making a bundle changes nothing at the desk: the items stay pending and a later online
resend is harmless (same idempotency keys). Making one needs the office's sync user and
password; pushing one needs them too, and checks the manifest's MAC and then every part
against the manifest before anything is sent: a tampered, truncated or foreign file, or one
pushed with other credentials, is refused whole.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from db.engine import Database
from db.models import OutboxItem
from desktop.errors import InputError, StorageError
from desktop.files import write_atomically
from desktop.json_input import JsonInputError, decode_json
from desktop.outbox.queue import ItemKind
from desktop.outbox.records import wire_time
from desktop.sync.dialects import choose
from desktop.sync.dialects.base import Sent, succeeded
from desktop.sync.dialects.national import NationalDialect
from desktop.sync.engine import ACKED, SERVICE, UNSENT, acked_codes
from desktop.sync.errors import SyncError
from desktop.sync.gateway import Gateway
from desktop.sync.uploads import named_files, with_paths

if TYPE_CHECKING:
    from desktop.attachments.storage import FileStore

FORMAT = "motcua-sync-bundle"
FORMAT_VERSION = 2  # 2: the manifest carries a MAC
MAC = "mac"
KEY_CONTEXT = b"motcua-sync-bundle-mac-v2"
KEY_ROUNDS = 200_000
MANIFEST = "manifest.json"
FILES = "files/"
PARTS = {ItemKind.DOSSIER: "dossiers.json", ItemKind.STEP: "steps.json"}
MAX_BUNDLE_BYTES = 512 * 1024 * 1024
MAX_PART_BYTES = 1024 * 1024 * 1024
HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class Bundle:
    agency: str
    created_at: str
    dossiers: list[dict[str, Any]]
    steps: list[dict[str, Any]]
    dialect: str = "extended"
    updating: tuple[str, ...] = ()
    files: dict[str, bytes] = field(default_factory=dict)  # SHA-256 → bytes


@dataclass
class BundlePush:
    """Per-record results of a push, counted by result; ``stopped`` when the run broke off."""

    sent: int = 0
    results: dict[str, int] = field(default_factory=dict)
    problems: list[dict[str, str]] = field(default_factory=list)
    stopped: str = ""

    @property
    def acked(self) -> int:
        return sum(n for r, n in self.results.items() if r in ACKED or r == "accepted")


# ---- export ------------------------------------------------------------------------------
def unsent_records(db: Database) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The newest unsent version of each dossier, and the unsent steps, in queue order."""
    with db.read_session() as session, session.begin():
        items = list(
            session.scalars(
                select(OutboxItem).where(OutboxItem.state.in_(UNSENT)).order_by(OutboxItem.id)
            )
        )
    newest: dict[str, OutboxItem] = {}
    steps: list[dict[str, Any]] = []
    for item in items:
        if item.kind == ItemKind.DOSSIER.value:
            best = newest.get(item.dossier_code)
            if best is None or (item.record_version or 0) > (best.record_version or 0):
                newest[item.dossier_code] = item
        else:
            steps.append(json.loads(item.payload))
    ordered = sorted(newest.values(), key=lambda i: i.id)
    return [json.loads(i.payload) for i in ordered], steps


def bundle_key(agency: str, user: str, password: str) -> bytes:
    """The bundle MAC key of an office: PBKDF2-HMAC-SHA256 of its sync password, salted with
    a fixed context, the office code and the sync user."""
    salt = b"|".join((KEY_CONTEXT, agency.encode("utf-8"), user.encode("utf-8")))
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, KEY_ROUNDS)


def _manifest_mac(key: bytes, manifest: dict[str, Any]) -> str:
    body = {k: v for k, v in manifest.items() if k != MAC}
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def sign_manifest(manifest: dict[str, Any], user: str, password: str) -> dict[str, Any]:
    """``manifest`` with its MAC, keyed from the office's sync credentials (SYNC.md §5.7)."""
    key = bundle_key(str(manifest["agency"]), user, password)
    return {**manifest, MAC: _manifest_mac(key, manifest)}


def _baseline(records: list[dict[str, Any]], kind: ItemKind) -> list[dict[str, Any]]:
    sent = [Sent(kind, str(r["MaHoSo"]), None, "", r) for r in records]
    return NationalDialect().records(sent)


def export_bundle(
    db: Database,
    out: Path,
    *,
    agency: str,
    user: str,
    password: str,
    now: datetime,
    dialect: str = "extended",
    files: FileStore | None = None,
) -> Bundle:
    """Write the unsent items to ``out`` (atomically), the manifest signed with the office's
    sync credentials, with the files their dossiers name (read from ``files``); the desk's
    items stay pending."""
    if not user or not password:
        raise InputError(
            "Xuất gói đồng bộ cần tài khoản và mật khẩu cổng tỉnh của đơn vị (để ký gói): đặt "
            "sync.user, rồi lưu mật khẩu (trang Cài đặt › Đồng bộ) hoặc đặt biến môi trường "
            "MOTCUA_SYNC_PASSWORD. Chưa ghi tệp nào.",
            field="password",
        )
    dossiers, steps = unsent_records(db)
    carried = _files_of(db, files, dossiers) if files is not None else {}
    known = acked_codes(db)
    updating = tuple(sorted(str(d["MaHoSo"]) for d in dossiers if d["MaHoSo"] in known))
    if dialect == "national":
        dossiers = _baseline(dossiers, ItemKind.DOSSIER)
        steps = _baseline(steps, ItemKind.STEP)
    parts = {
        PARTS[ItemKind.DOSSIER]: _json_bytes(dossiers),
        PARTS[ItemKind.STEP]: _json_bytes(steps),
    }
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "agency": agency,
        "sync_user": user,
        "created_at": wire_time(now),
        "dialect": dialect,
        "updating": list(updating),
        "parts": [
            {
                "name": name,
                "bytes": len(data),
                "records": len(dossiers) if name == PARTS[ItemKind.DOSSIER] else len(steps),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
            for name, data in parts.items()
        ],
        "files": [{"sha256": sha, "bytes": len(data)} for sha, data in carried.items()],
    }
    manifest = sign_manifest(manifest, user, password)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, _json_bytes(manifest))
        for name, data in parts.items():
            archive.writestr(name, data)
        for sha, data in carried.items():
            archive.writestr(FILES + sha, data, compress_type=zipfile.ZIP_STORED)
    try:
        write_atomically(out, buffer.getvalue())
    except OSError as exc:
        raise StorageError(f"Không ghi được tệp {out}: {exc.strerror or exc}.") from exc
    return Bundle(agency, str(manifest["created_at"]), dossiers, steps, dialect, updating, carried)


def _files_of(db: Database, store: FileStore, dossiers: list[dict[str, Any]]) -> dict[str, bytes]:
    """The bytes of every file the records name, read (and checked) from the store."""
    named = [sha for record in dossiers for sha in named_files(record)]
    with db.read_session() as session, session.begin():
        return {sha: store.read(session, sha) for sha in dict.fromkeys(named)}


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8")


# ---- reading -----------------------------------------------------------------------------
def _refuse(reason: str) -> InputError:
    return InputError(f"Tệp gói đồng bộ bị từ chối: {reason}. Không gửi gì.", field="bundle")


def read_bundle(path: Path, user: str, password: str) -> Bundle:
    """Check the manifest's MAC with the office's sync credentials, then the bundle against
    its manifest; :class:`InputError` names what is wrong."""
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise _refuse("tệp quá lớn")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"Không tìm thấy tệp {path}.", field="bundle") from None
    except OSError as exc:
        raise InputError(f"Không đọc được tệp {path}: {exc.strerror or exc}.") from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            manifest = _manifest(_member(archive, MANIFEST))
            _check_mac(manifest, user, password)
            dialect, updating = _dialect_of(manifest)
            listed = {p["name"] for p in manifest["parts"]}
            carried = _listed_files(manifest)
            if names != listed | {MANIFEST} | {FILES + sha for sha in carried}:
                raise _refuse("danh sách phần trong tệp không khớp với bản kê (manifest)")
            contents = {p["name"]: _checked_part(archive, p) for p in manifest["parts"]}
            files = {sha: _checked_file(archive, sha, size) for sha, size in carried.items()}
    except (zipfile.BadZipFile, EOFError):
        raise _refuse("tệp hỏng hoặc bị cắt cụt (không phải ZIP hợp lệ)") from None
    return Bundle(
        agency=manifest["agency"],
        created_at=manifest["created_at"],
        dossiers=contents[PARTS[ItemKind.DOSSIER]],
        steps=contents[PARTS[ItemKind.STEP]],
        dialect=dialect,
        updating=updating,
        files=files,
    )


def _listed_files(manifest: dict[str, Any]) -> dict[str, int]:
    """The files the manifest lists (SHA-256 → size); a bundle without files lists none."""
    listed = manifest.get("files", [])
    if not isinstance(listed, list):
        raise _refuse("bản kê có danh sách tệp (files) không hợp lệ")
    carried: dict[str, int] = {}
    for entry in listed:
        sha = entry.get("sha256") if isinstance(entry, dict) else None
        size = entry.get("bytes") if isinstance(entry, dict) else None
        valid = isinstance(sha, str) and len(sha) == 64 and all(c in HEX for c in sha)
        if not valid or not isinstance(size, int) or isinstance(size, bool):
            raise _refuse("bản kê có danh sách tệp (files) không hợp lệ")
        carried[str(sha)] = size
    return carried


def _checked_file(archive: zipfile.ZipFile, sha256: str, size: int) -> bytes:
    data = _member(archive, FILES + sha256)
    if len(data) != size or hashlib.sha256(data).hexdigest() != sha256:
        raise _refuse(f"tệp {sha256[:12]}… trong gói khác bản kê (bị cắt hoặc bị sửa)")
    return data


def _member(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise _refuse(f"thiếu phần {name}") from None
    if info.file_size > MAX_PART_BYTES:
        raise _refuse(f"phần {name} quá lớn")
    try:
        return archive.read(name)
    except zipfile.BadZipFile:
        raise _refuse(f"phần {name} hỏng (sai CRC)") from None


def _manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = decode_json(data, what_vi="bản kê (manifest)", max_bytes=MAX_PART_BYTES)
    except JsonInputError as exc:
        raise _refuse(f"bản kê (manifest) {exc.reason.rstrip('.')}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse("không phải gói đồng bộ của Một cửa")
    if manifest.get("version") == 1:
        raise _refuse("gói theo mẫu cũ, không có mã xác thực (MAC) của đơn vị; hãy xuất lại gói")
    if manifest.get("version") != FORMAT_VERSION:
        raise _refuse(f"phiên bản gói {manifest.get('version')!r} không được hỗ trợ")
    parts = manifest.get("parts")
    expected = sorted(PARTS.values())
    if not isinstance(parts, list) or not all(isinstance(p, dict) for p in parts):
        raise _refuse("bản kê thiếu danh sách phần")
    if sorted(str(p.get("name")) for p in parts) != expected:
        raise _refuse("bản kê phải liệt kê đúng dossiers.json và steps.json")
    for key in ("agency", "created_at"):
        if not isinstance(manifest.get(key), str) or not manifest[key]:
            raise _refuse(f"bản kê thiếu {key}")
    return manifest


def _dialect_of(manifest: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """The records' dialect and the updates listed; read after the MAC is checked (a bundle
    made before SYNC.md v2 names neither: its MAC covers the manifest without them)."""
    dialect = manifest.get("dialect", "extended")
    updating = manifest.get("updating", [])
    if dialect not in ("national", "extended"):
        raise _refuse(f"kiểu bản ghi {dialect!r} không được hỗ trợ")
    if not isinstance(updating, list) or not all(isinstance(c, str) for c in updating):
        raise _refuse("bản kê có danh sách hồ sơ cập nhật (updating) không hợp lệ")
    return str(dialect), tuple(updating)


def _check_mac(manifest: dict[str, Any], user: str, password: str) -> None:
    mac = manifest.get(MAC)
    if not isinstance(mac, str) or not mac:
        raise _refuse("bản kê không có mã xác thực (MAC) của đơn vị; hãy xuất lại gói")
    expected = _manifest_mac(bundle_key(str(manifest["agency"]), user, password), manifest)
    if not hmac.compare_digest(mac, expected):
        raise _refuse(
            "mã xác thực (MAC) của gói không khớp: gói đã bị sửa, hoặc tài khoản / mật khẩu "
            "cổng tỉnh dùng để gửi không phải của đơn vị đã xuất gói"
        )


def _checked_part(archive: zipfile.ZipFile, part: dict[str, Any]) -> list[dict[str, Any]]:
    name = str(part["name"])
    data = _member(archive, name)
    if part.get("bytes") != len(data):
        raise _refuse(f"phần {name} có kích thước khác bản kê (bị cắt hoặc bị sửa)")
    if part.get("sha256") != hashlib.sha256(data).hexdigest():
        raise _refuse(f"phần {name} có mã SHA-256 khác bản kê (đã bị sửa)")
    try:
        records = decode_json(data, what_vi=f"phần {name}", max_bytes=MAX_PART_BYTES)
    except JsonInputError as exc:
        raise _refuse(f"phần {name} {exc.reason.rstrip('.')}") from None
    if not isinstance(records, list) or not all(
        isinstance(r, dict) and isinstance(r.get("MaHoSo"), str) for r in records
    ):
        raise _refuse(f"phần {name} phải là danh sách hồ sơ có MaHoSo")
    if part.get("records") != len(records):
        raise _refuse(f"phần {name} có số bản ghi khác bản kê")
    return records


# ---- push --------------------------------------------------------------------------------
def push_bundle(
    bundle: Bundle,
    gateway: Gateway,
    progress: Callable[[int, int], None] | None = None,
) -> BundlePush:
    """Send the dossiers, then the steps, in batches; stops at the first failed call."""
    if gateway.agency != bundle.agency:
        raise InputError(
            f"Gói được lập cho đơn vị {bundle.agency}, không phải {gateway.agency}.",
            field="agency",
        )
    outcome = BundlePush()
    total = len(bundle.dossiers) + len(bundle.steps)
    try:
        if total and gateway.session is None:
            gateway.login()
        spoken = _check_dialect(bundle, gateway)
        dossiers = _with_uploaded_files(bundle, gateway)
        for kind, records in ((ItemKind.DOSSIER, dossiers), (ItemKind.STEP, bundle.steps)):
            if spoken != bundle.dialect:  # an extended bundle to a national province
                records = _baseline(records, kind)
            for batch, fields in _calls(spoken, bundle, kind, records, max(1, gateway.max_batch)):
                answer = gateway.call(SERVICE[kind], data=batch, **fields)
                _read(outcome, spoken, batch, answer)
                outcome.sent += len(batch)
                if progress is not None:
                    progress(outcome.sent, total)
    except SyncError as exc:
        outcome.stopped = exc.message
    return outcome


def _with_uploaded_files(bundle: Bundle, gateway: Gateway) -> list[dict[str, Any]]:
    """The dossier records, their files uploaded first and their paths filled in when the
    province takes files; as they are otherwise (the files stay in the bundle)."""
    if not gateway.uploads_files or not bundle.files:
        return bundle.dossiers
    paths: dict[str, str] = {}
    for record in bundle.dossiers:
        for sha in named_files(record):
            if sha in bundle.files and sha not in paths:
                paths[sha] = gateway.upload(str(record["MaHoSo"]), sha, bundle.files[sha])
    return [with_paths(record, paths) for record in bundle.dossiers]


def _check_dialect(bundle: Bundle, gateway: Gateway) -> str:
    """The dialect the province speaks; refused when the bundle's records cannot serve it."""
    spoken = choose(gateway.extensions).name
    if spoken == "extended" and bundle.dialect == "national":
        names = {"national": "chuẩn quốc gia", "extended": "mở rộng"}
        raise InputError(
            f"Gói được lập cho cổng tỉnh kiểu {names[bundle.dialect]}, nhưng cổng tỉnh này "
            f"nói kiểu {names[spoken]}; hãy xuất lại gói sau một lần đồng bộ với cổng này. "
            "Chưa gửi gì.",
            field="bundle",
        )
    return spoken


def _calls(
    spoken: str, bundle: Bundle, kind: ItemKind, records: list[dict[str, Any]], size: int
) -> list[tuple[list[dict[str, Any]], dict[str, str]]]:
    """The calls of one part: to a national province dossiers go as creates, then updates."""
    groups: list[tuple[list[dict[str, Any]], dict[str, str]]]
    if spoken != "national" or kind is not ItemKind.DOSSIER:
        groups = [(records, {})]
    else:
        updates = set(bundle.updating)
        groups = [
            ([r for r in records if r["MaHoSo"] not in updates], {"isUpdating": "False"}),
            ([r for r in records if r["MaHoSo"] in updates], {"isUpdating": "True"}),
        ]
    return [
        (same[start : start + size], fields)
        for same, fields in groups
        for start in range(0, len(same), size)
    ]


def _read(outcome: BundlePush, spoken: str, batch: list[dict[str, Any]], answer: Any) -> None:
    if spoken == "extended":
        _tally(outcome, batch, answer.get("results"))
        return
    if succeeded(answer):
        outcome.results["accepted"] = outcome.results.get("accepted", 0) + len(batch)
        return
    message = answer.get("message", "")
    raise SyncError(f"Cổng tỉnh từ chối lần gửi gói: {message}")


def _tally(outcome: BundlePush, batch: list[dict[str, Any]], results: Any) -> None:
    if not isinstance(results, list) or len(results) != len(batch):
        outcome.results["unknown"] = outcome.results.get("unknown", 0) + len(batch)
        return
    for record, result in zip(batch, results, strict=True):
        verdict = result.get("result") if isinstance(result, dict) else None
        verdict = verdict if isinstance(verdict, str) else "unknown"
        outcome.results[verdict] = outcome.results.get(verdict, 0) + 1
        if verdict not in ACKED:
            message = result.get("message", "") if isinstance(result, dict) else ""
            outcome.problems.append(
                {"MaHoSo": record["MaHoSo"], "result": verdict, "message": str(message)}
            )


def push_bundle_file(
    path: Path, url: str, user: str, *, timeout: float, files_url: str = ""
) -> tuple[Bundle, BundlePush]:
    """Check the bundle at ``path`` (before any network call), then push it to ``url`` as
    ``user`` (the password from the environment or the keyring); from any connected machine."""
    from desktop.sync.credentials import require_password

    if not url or not user:
        raise InputError("Cần --url và --user của cổng tỉnh (hoặc một hồ sơ văn phòng đã đặt).")
    password = require_password(url, user)
    bundle = read_bundle(path, user, password)
    with Gateway(
        url, bundle.agency, user, password, timeout=timeout, files_url=files_url
    ) as gateway:
        return bundle, push_bundle(bundle, gateway)
