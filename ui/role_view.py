"""What the signed-in account's role may see: its pages, its page to land on, its buttons.

The services refuse what a role may not do (``desktop.accounts.roles``); the window hides it
beforehand, so an officer never fills in a form only to be told so at the end.
"""

from __future__ import annotations

from desktop.accounts.roles import Permission, allows, require
from desktop.desk import Desk
from desktop.dossiers.lifecycle import NEEDS
from desktop.dossiers.status import Action
from desktop.errors import PermissionDenied

# Pages that need a permission; the others (lists, board, settings) are open to every role.
PAGE_NEEDS = {
    "intake": Permission.INTAKE,
    "return": Permission.ACT,
    "report": Permission.REPORT,
    "index": Permission.REPORT,
    "sync": Permission.SYNC,
}
LANDING = ("intake", "board")  # the first of these the role may use


def may_open(desk: Desk, page: str) -> bool:
    needs = PAGE_NEEDS.get(page)
    return needs is None or allows(desk.role, needs)


def refusal(desk: Desk, page: str) -> str:
    """Why the role may not open ``page`` (Vietnamese), or an empty text."""
    needs = PAGE_NEEDS.get(page)
    try:
        if needs is not None:
            require(desk.role, needs)
    except PermissionDenied as exc:
        return exc.message
    return ""


def landing_page(desk: Desk) -> str:
    return next(page for page in LANDING if may_open(desk, page))


def may_act(desk: Desk, action: Action) -> bool:
    return allows(desk.role, NEEDS.get(action, Permission.ACT))


def may(desk: Desk, permission: Permission) -> bool:
    return allows(desk.role, permission)
