"""The command line acts as a named user once the office has accounts."""

from __future__ import annotations

import json

from sqlalchemy import create_engine, text

from tests.e2e.cli_runner import Cli, dossier_json

ADMIN_PW, OFFICER_PW, LEADER_PW = "quan-tri-123", "can-bo-1234", "lanh-dao-123"


def as_user(cli: Cli, user: str, password: str) -> Cli:
    return Cli(
        cli.data_dir,
        database_url=cli.database_url,
        extra_env={"MOTCUA_USER": user, "MOTCUA_PASSWORD": password},
    )


def test_accounts_roles_and_sign_in(cli: Cli) -> None:
    cli.extra_env["MOTCUA_ADMIN_PASSWORD"] = ADMIN_PW
    cli.init("--admin", "quantri")
    cli.extra_env.pop("MOTCUA_ADMIN_PASSWORD")
    # Nobody signed in: refused, nothing stored.
    valid = json.dumps(dossier_json(), ensure_ascii=False)
    cli("dossier", "add", "-", stdin=valid).refused("tài khoản", code=5)
    admin = as_user(cli, "quantri", ADMIN_PW)
    admin.extra_env["MOTCUA_NEW_PASSWORD"] = OFFICER_PW
    admin("user", "add", "an", "--role", "officer", "--full-name", "Nguyễn Văn An").ok()
    admin.extra_env["MOTCUA_NEW_PASSWORD"] = LEADER_PW
    admin("user", "add", "binh", "--role", "leader").ok()
    users = admin("user", "list", "--json").json()
    assert [(u["username"], u["role"]) for u in users] == [
        ("an", "officer"),
        ("binh", "leader"),
        ("quantri", "admin"),
    ]
    # The admin manages, it does not take in dossiers.
    admin("dossier", "add", "-", stdin=valid).refused("không được", code=5)
    officer = as_user(cli, "an", OFFICER_PW)
    code = officer.add(dossier_json())["code"]
    assert officer.show(code)["history"][0]["officer"] == "an"
    officer(
        "report", "--period", "2026-10", "--format", "csv", "--out", str(cli.data_dir / "r.csv")
    ).refused("báo cáo", code=5)
    officer("user", "add", "x", "--role", "admin").refused("tài khoản", code=5)
    leader = as_user(cli, "binh", LEADER_PW)
    leader(
        "report", "--period", "2026-10", "--format", "csv", "--out", str(cli.data_dir / "r.csv")
    ).ok()
    as_user(cli, "an", "sai-mat-khau")("dossier", "list").refused("mật khẩu", code=5)
    admin("user", "disable", "an").ok()
    officer("dossier", "list").refused(code=5)
    admin("user", "enable", "an").ok()
    officer("dossier", "list").ok()
    audit = admin("audit", "list", "--json", "--limit", "100").json()
    actions = [e["action"] for e in audit]
    assert "login.fail" in actions and "login.ok" in actions and "user.add" in actions
    assert "user.disable" in actions and "user.enable" in actions
    admin("audit", "verify").ok()
    # An officer made an administrator in the database: verify names the account, and the
    # officer's sign-in is refused rather than given the role.
    assert cli.database_url is not None
    engine = create_engine(cli.database_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE account SET role = 'admin' WHERE username = 'an'"))
    engine.dispose()
    admin("audit", "verify").refused("tài khoản an", code=1)
    officer("user", "list").refused("niêm phong", code=5)
