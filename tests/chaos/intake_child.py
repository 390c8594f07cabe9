"""A counter that takes in dossiers as fast as it can and reports each acknowledged code.

    python tests/chaos/intake_child.py DATA_DIR DATABASE_URL LANE

A code is printed (and flushed) only after its transaction committed: that is the moment the
officer would see it on the screen. Each dossier carries a scanned page of its own (a PDF
stored by its SHA-256). The parent kills this process with SIGKILL at random.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from dataclasses import replace  # noqa: E402

from desktop.attachments.checks import check_file  # noqa: E402
from desktop.attachments.pages import combine  # noqa: E402
from desktop.attachments.service import ItemFile, Role  # noqa: E402
from desktop.dossiers.context import desk_context  # noqa: E402
from desktop.dossiers.intake import parse_intake, receive  # noqa: E402
from desktop.profile import open_profile  # noqa: E402
from tests.files_factory import png_page  # noqa: E402
from tests.integration.dossier_factory import intake_json  # noqa: E402

LIMIT = 100 * 1024 * 1024

NOW = datetime(2026, 11, 20, 10, 0)


def main() -> None:
    data_dir, url, lane = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    profile = open_profile(data_dir, url=url)
    with profile.db.read_session() as session, session.begin():
        ctx = desk_context(session, profile.office(), profile.settings)
    n = 0
    while True:
        n += 1
        raw = intake_json(summary=f"Làn {lane} hồ sơ {n}")
        page = check_file("scan.png", png_page(f"{lane}-{n}", size=(600, 800)), LIMIT)
        scan = ItemFile(Role.DOCUMENT, 1, combine([page]))
        request = replace(parse_intake(raw, today=NOW.date()), files=(scan,))
        with profile.db.session() as session, session.begin():
            code = receive(session, ctx, request, NOW, files=(profile.files, LIMIT)).code
        sys.stdout.write(code + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
