"""Account seals: what makes a role or a password changed in the database stand out.

Each account row carries ``seal``, HMAC-SHA256 keyed with the office's audit key (kept outside
the database) of its username, role, enabled state and password hash. The account store seals
a row whenever it writes one of those; sign-in refuses a row whose seal does not fit, and
``audit verify`` names it. Rows made before seals existed are sealed once, by the profile that
migrates the database to the schema with the column (it has the key); from then on a missing
seal is a broken one.
"""

from __future__ import annotations

import hashlib
import hmac
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Account

SEALED_SINCE = "0008"  # the migration that added ``account.seal``


def account_seal(key: bytes, account: Account) -> str:
    body = json.dumps(
        ["account", account.username, account.role, bool(account.active), account.password_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def seal(account: Account, key: bytes) -> None:
    account.seal = account_seal(key, account)


def is_sealed(account: Account, key: bytes) -> bool:
    return account.seal is not None and hmac.compare_digest(
        account.seal, account_seal(key, account)
    )


def broken_seals(session: Session, key: bytes) -> list[str]:
    """The usernames whose row does not fit its seal."""
    accounts = session.scalars(select(Account).order_by(Account.username))
    return [a.username for a in accounts if not is_sealed(a, key)]


def needs_first_seal(before: str | None) -> bool:
    """Whether a database migrated from revision ``before`` holds accounts made unsealed."""
    return before is not None and before < SEALED_SINCE


def seal_unsealed(session: Session, key: bytes) -> int:
    """Seal the rows without a seal (once, when the column is added); how many."""
    rows = list(session.scalars(select(Account).where(Account.seal.is_(None))))
    for account in rows:
        seal(account, key)
    return len(rows)
