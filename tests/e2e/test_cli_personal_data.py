"""Personal data through a full run of the command line: hostile names come out literally
everywhere, and no log, crash report or export holds an ID number or a phone unmasked; the
data subject's export gives everything held about one person, and is audited."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

from tests.e2e.cli_runner import Cli, dossier_json

ID, PHONE = "001090012345", "0912345678"
SEARCH = ["drop table", "hyperlink", "ong tran", "cmd le"]
HOSTILE = ["'; DROP TABLE x;--", '=HYPERLINK("http://x")', "<b>Ông</b> Trần", "+cmd Lê Văn"]


def exported_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return subprocess.run(
            ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as archive:
            return "".join(archive.read(n).decode("utf-8") for n in archive.namelist())
    return path.read_bytes().decode("utf-8-sig")


def test_full_run_is_literal_and_masked(office: Cli, tmp_path: Path) -> None:
    codes = []
    for n, name in enumerate(HOSTILE):
        payload = dossier_json(applicant={"full_name": name, "phone": f"091234567{n}"})
        payload["received_at"] = f"2026-10-1{n + 1} 09:00"
        codes.append(office.add(payload)["code"])
    for name, words, code in zip(HOSTILE, SEARCH, codes, strict=True):
        found = office.search(words)
        assert [r["applicant_name"] for r in found if r["code"] == code] == [name], name
        assert office.show(code)["applicant_name"] == name
    office("dossier", "list", "--limit", "5").ok()
    office("dossier", "list", "--reveal", "--limit", "5").ok()  # audited
    receipt = tmp_path / "01.pdf"
    office("print", "01", codes[1], "--out", str(receipt)).ok()
    assert HOSTILE[1] in "".join(exported_text(receipt).split()) or HOSTILE[1] in exported_text(
        receipt
    )
    exports = []
    for fmt in ("pdf", "xlsx", "csv"):
        out = tmp_path / f"r.{fmt}"
        office(
            "report", "--period", "2026-10", "--format", fmt, "--out", str(out), "--by", "procedure"
        ).ok()
        exports.append(out)
    for fmt in ("pdf", "xlsx"):
        out = tmp_path / f"s.{fmt}"
        office(
            "register",
            "--from",
            "2026-10-01",
            "--to",
            "2026-10-31",
            "--format",
            fmt,
            "--out",
            str(out),
        ).ok()
        exports.append(out)
    register = exported_text(tmp_path / "s.xlsx")
    assert "'=HYPERLINK" in register and "DROP TABLE x" in register
    assert "'+cmd" in register
    scanned = (
        exports + sorted((office.data_dir / "logs").glob("*"))
        if (office.data_dir / "logs").exists()
        else exports
    )
    for path in scanned:
        text = exported_text(path)
        assert ID not in text, path
        for n in range(len(HOSTILE)):
            assert f"091234567{n}" not in text, path
    leftovers = [p for p in tmp_path.rglob("*") if p.name.endswith((".tmp", ".part"))]
    assert leftovers == []
    audit = office("audit", "list", "--json", "--limit", "100").json()
    assert {"personal.reveal", "export.report", "export.register", "print.form01"} <= {
        e["action"] for e in audit
    }
    assert ID not in json.dumps(audit, ensure_ascii=False)
    office("audit", "verify").ok()


def test_subject_export(office: Cli, tmp_path: Path) -> None:
    code = office.add(dossier_json())["code"]
    office.add(dossier_json(applicant={"id_number": "001090054321", "full_name": "Người Khác"}))
    out = tmp_path / "nguoi.json"
    office("privacy", "export", "--id-number", ID, "--out", str(out)).ok()
    value = json.loads(out.read_text(encoding="utf-8"))
    assert [d["code"] for d in value["dossiers"]] == [code]
    assert value["dossiers"][0]["applicant_id_number"] == ID
    assert any(e["action"] == "dossier.receive" for e in value["audit"])
    office("privacy", "export", "--id-number", "123").refused("định danh")
    actions = [e["action"] for e in office("audit", "list", "--json").json()]
    assert "personal.export" in actions
    # A step shows the dossier masked, as the window does: in full only with --reveal (audited).
    stepped = office.act(code, "resolve").json()
    assert (stepped["applicant_id_number"], stepped["applicant_phone"]) == (
        "*********345",
        "*******678",
    )
