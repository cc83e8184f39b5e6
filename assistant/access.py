"""Who is asking: a role from the API key, and the document classifications that role may see.

The classifications come from the role alone; nothing a client sends can widen them."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum

from assistant.settings import Settings
from ingest.documents import AUDIENCES


class Role(StrEnum):
    ADMIN = "admin"  # manages documents; sees everything
    OFFICER = "officer"  # asks about public and internal documents
    PUBLIC = "public"  # published documents only; no key needed


VISIBLE: dict[Role, tuple[str, ...]] = {
    Role.ADMIN: AUDIENCES["internal"],
    Role.OFFICER: AUDIENCES["internal"],
    Role.PUBLIC: AUDIENCES["public"],
}


class UnknownKey(Exception):
    """An X-API-Key that matches no configured key."""


@dataclass(frozen=True)
class Caller:
    role: Role
    key_id: str | None = None  # a short digest of the key, never the key; None without one

    @property
    def classifications(self) -> tuple[str, ...]:
        return VISIBLE[self.role]

    @property
    def shared(self) -> bool:
        """A public key sits in web pages, so many people send it: limits then go by address."""
        return self.role == Role.PUBLIC

    @property
    def label(self) -> str:
        """Who did something, for the audit log: the role and the key's digest, never the key."""
        return f"{self.role.value} key {self.key_id}" if self.key_id else self.role.value


PUBLIC = Caller(Role.PUBLIC)
VISITOR_TOKEN = re.compile(r"^[A-Za-z0-9_-]{32,128}$")


def new_visitor_token() -> str:
    """A secret for one visitor of a shared (public) role: it makes their conversations theirs alone."""
    return secrets.token_urlsafe(32)


def owner_of(caller: Caller, visitor_token: str | None) -> str | None:
    """Whose conversations a request may read and continue: a key's (officers, admins), or one
    visitor's (the public role, whose key, if any, is shared by everyone on a web page); None for a
    public caller without a visitor token, who owns none."""
    if not caller.shared and caller.key_id:
        return f"key:{caller.key_id}"
    if visitor_token is None:
        return None
    return "visitor:" + hashlib.sha256(visitor_token.encode()).hexdigest()[:32]


class KeyRing:
    """The configured keys; a request's key resolves to a Caller."""

    def __init__(self, settings: Settings) -> None:
        self._keys = [
            (key.get_secret_value(), role)
            for keys, role in (
                (settings.admin_keys, Role.ADMIN),
                (settings.officer_keys, Role.OFFICER),
                (settings.public_keys, Role.PUBLIC),
            )
            for key in keys
        ]

    def caller(self, key: str | None) -> Caller:
        """PUBLIC without a key; UnknownKey for a key that is not configured."""
        if key is None or key == "":
            return PUBLIC
        role = None
        for known, known_role in self._keys:  # compare against every key, in constant time each
            if hmac.compare_digest(known.encode(), key.encode("utf-8", "surrogatepass")):
                role = known_role
        if role is None:
            raise UnknownKey
        return Caller(role, hashlib.sha256(key.encode()).hexdigest()[:16])
