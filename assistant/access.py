"""Who is asking: a role from the API key, and the document classifications that role may see.

The classifications come from the role alone; nothing a client sends can widen them."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from enum import StrEnum

from assistant.settings import Settings


class Role(StrEnum):
    ADMIN = "admin"  # manages documents; sees everything
    OFFICER = "officer"  # asks about public and internal documents
    PUBLIC = "public"  # published documents only; no key needed


VISIBLE: dict[Role, tuple[str, ...]] = {
    Role.ADMIN: ("public", "internal"),
    Role.OFFICER: ("public", "internal"),
    Role.PUBLIC: ("public",),
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
    def owner(self) -> str:
        """Whose conversations these are: one key's, or the public's."""
        return f"key:{self.key_id}" if self.key_id else "public"


PUBLIC = Caller(Role.PUBLIC)


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
