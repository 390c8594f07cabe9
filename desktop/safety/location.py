"""The data folder must be on this computer's own disk: not a cloud-synced or network folder.

A sync client (OneDrive, Dropbox, Google Drive …) copies a database file while it is being
written and can hand back a torn or older copy; a network share breaks SQLite's locking. Both
lose data silently, so the desk refuses them with a message saying where to put the data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.errors import StorageError

CLOUD_NAMES = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "icloud drive",
    "iclouddrive",
    "nextcloud",
    "owncloud",
    "pcloud drive",
    "box sync",
    "yandex.disk",
    "mega",
    "seafile",
)
NETWORK_FS = (
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "fuse.rclone",
    "davfs",
    "afs",
    "ceph",
    "glusterfs",
    "9p",
)


def cloud_component(path: Path) -> str | None:
    for part in path.resolve().parts:
        lowered = part.lower()
        if any(lowered == name or lowered.startswith(name + " - ") for name in CLOUD_NAMES):
            return part
    return None


def network_filesystem(path: Path, mounts: Path = Path("/proc/self/mounts")) -> str | None:
    """The file-system type when ``path`` lies on a network mount (Linux), else None."""
    if sys.platform == "win32":
        text = str(path.resolve())
        return "smb" if text.startswith("\\\\") else None
    if not mounts.exists():
        return None
    target = str(path.resolve())
    best, kind = "", ""
    for line in mounts.read_text(encoding="utf-8", errors="replace").splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, fields[2]
    return kind if kind in NETWORK_FS else None


def check_data_folder(path: Path) -> None:
    """:class:`StorageError` when ``path`` is cloud-synced or on a network share."""
    if os.environ.get("MOTCUA_ALLOW_SHARED_FOLDER") == "1":  # an IT person's explicit choice
        return
    cloud = cloud_component(path)
    if cloud:
        raise StorageError(
            f"Thư mục dữ liệu {path} nằm trong thư mục đồng bộ đám mây ({cloud}): tệp dữ liệu có "
            "thể bị chép dở và hỏng. Hãy chọn một thư mục trên ổ đĩa của máy này "
            "(--data-dir hoặc MOTCUA_HOME)."
        )
    network = network_filesystem(path)
    if network:
        raise StorageError(
            f"Thư mục dữ liệu {path} nằm trên ổ mạng ({network}): SQLite không khóa được an toàn "
            "qua mạng. Hãy dùng ổ đĩa của máy này, hoặc PostgreSQL cho nhiều quầy."
        )
