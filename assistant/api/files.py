"""The original file of a plan, for anyone who may see the plan: open the source at the page.

`GET /api/documents/{id}/file` serves the file that is indexed now, to a caller allowed to see the
plan (public plans to everyone, internal ones to officers and admins); to anyone else, and for a plan
that does not exist, the same 404. The file is the one in the corpus folder, and only if it is still
the version that was indexed (its fingerprint, `file_sha256`, matches): a file changed or replaced on
disk since gets 410 until it is indexed again, so a citation never opens on words it does not hold.

A link cannot carry an X-API-Key, so a page holding an officer's key asks
`GET /api/documents/{id}/file/link` for a short-lived address of an internal plan's file (a ticket
signed with the server's keys, for that plan and that version of its file) and opens that."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from assistant.access import VISIBLE, Caller, Role
from assistant.answer import Citation
from assistant.api.deps import AssistantDep, CallerDep, SettingsDep
from assistant.api.schemas import error_responses
from assistant.pipeline import Assistant
from assistant.settings import Settings
from ingest.indexer import fingerprint

router = APIRouter(prefix="/api/documents", tags=["Documents"])
TICKET_SECONDS = 600  # how long an address from /file/link opens an internal plan's file
_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")  # what ingest.library.document_id makes
_CHUNK = 256 * 1024
_ERRORS = error_responses(
    (404, "No such plan, or not one you may see; or its file is not kept on this server."),
    (410, "The file on the server has changed since the plan was indexed; it is served again once re-indexed."),
)
_PDF = "application/pdf"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# How each kind of file is served: media type, whether its charset is worked out, and whether it is
# shown in the browser (inline) or saved (attachment). A web page is served as plain text: an
# uploaded page is never rendered on our origin.
_TYPES: dict[str, tuple[str, bool, bool]] = {
    ".pdf": (_PDF, False, True),
    ".txt": ("text/plain", True, True),
    ".md": ("text/markdown", True, True),
    ".markdown": ("text/markdown", True, True),
    ".html": ("text/plain", True, True),
    ".htm": ("text/plain", True, True),
    ".docx": (_DOCX, False, False),
}
# Anything but a PDF (whose viewer a sandbox would block) may run nothing and load nothing.
_SANDBOX = "sandbox; default-src 'none'"


class FileLink(BaseModel):
    url: str = Field(..., description="Open this address (relative to the API's) for the file; add #page=N for a PDF.")
    expires_in: int | None = Field(None, description="Seconds it works for; null: it does not expire (a public plan).")


@router.head("/{doc_id}/file", include_in_schema=False)
@router.get(
    "/{doc_id}/file",
    response_class=Response,
    responses={
        200: {"content": {_PDF: {}, "text/plain": {}, "text/markdown": {}, _DOCX: {}}, "description": "The file."},
        304: {"description": "Not modified (If-None-Match had the ETag)."},
        **_ERRORS,
    },
)
def document_file(
    doc_id: str,
    request: Request,
    caller: CallerDep,
    assistant: AssistantDep,
    settings: SettingsDep,
    ticket: Annotated[str | None, Query(max_length=200, description="From /file/link: opens an internal plan.")] = None,
) -> Response:
    """The plan's original file, as indexed: for a PDF open it at a citation's page with #page=N (the
    citation's `url`). Public plans for everyone; internal plans with an officer's or admin's key, or
    a ticket from /file/link."""
    tickets = Tickets.of(settings)
    indexed = _indexed(assistant, doc_id)
    if indexed is None or not (_sees(caller, indexed) or tickets.admits(ticket, indexed)):
        raise HTTPException(404, f"no document {doc_id}")
    served = _open(settings, indexed)
    etag = f'"{indexed.sha256}"'
    headers = {
        "ETag": etag,
        "Cache-Control": "no-cache" if indexed.classification == "public" and not ticket else "private, no-cache",
        "Vary": "X-API-Key",
        "X-Content-Type-Options": "nosniff",
        "Accept-Ranges": "none",
        "Content-Disposition": f'{"inline" if served.inline else "attachment"}; filename="{doc_id}"',
    }
    if served.media_type != _PDF:
        headers["Content-Security-Policy"] = _SANDBOX
    if etag in _etags(request.headers.get("if-none-match", "")):
        served.close()
        return Response(status_code=304, headers=headers)
    headers["Content-Length"] = str(served.size)
    if request.method == "HEAD":
        served.close()
        return Response(status_code=200, headers=headers, media_type=served.media_type)
    return StreamingResponse(served.chunks(), media_type=served.media_type, headers=headers)


@router.get("/{doc_id}/file/link", response_model=FileLink, responses=_ERRORS)
def document_file_link(doc_id: str, caller: CallerDep, assistant: AssistantDep, settings: SettingsDep) -> FileLink:
    """An address of the plan's file that opens without a key, for a page that holds an officer's key
    (a link cannot send X-API-Key): for an internal plan it works for ten minutes, for this version of
    the file only."""
    indexed = _indexed(assistant, doc_id)
    if indexed is None or not _sees(caller, indexed):
        raise HTTPException(404, f"no document {doc_id}")
    url = Citation.file_url(doc_id)
    if indexed.classification in VISIBLE[Role.PUBLIC]:
        return FileLink(url=url)
    ticket = Tickets.of(settings).issue(indexed, int(time.time()) + TICKET_SECONDS)
    return FileLink(url=f"{url}?ticket={quote(ticket, safe='')}", expires_in=TICKET_SECONDS)


@dataclass(frozen=True)
class Indexed:
    """A plan of the served index version: its id, who may see it, and its file's fingerprint."""

    id: str
    classification: str
    sha256: str  # the fingerprint the chunks carry (file_sha256): the ETag, and what tickets are for
    content_sha256: str  # the file's own bytes' sha256, when ingest records it ("" otherwise)
    assistant: Assistant


def _indexed(assistant: Assistant, doc_id: str) -> Indexed | None:
    meta = assistant.index.documents.get(doc_id)
    if meta is None or not _SAFE_ID.match(doc_id):
        return None
    sha256, content_sha256 = _fingerprints(assistant).get(doc_id, ("", ""))
    return Indexed(doc_id, meta.classification, sha256, content_sha256, assistant)


def _sees(caller: Caller, indexed: Indexed) -> bool:
    return indexed.classification in caller.classifications


# (data folder, index version) -> plan id -> fingerprints: version names repeat across data folders
_FINGERPRINTS: dict[tuple[str, str], dict[str, tuple[str, str]]] = {}
_FINGERPRINTS_LOCK = threading.Lock()


def _fingerprints(assistant: Assistant) -> dict[str, tuple[str, str]]:
    version = (str(assistant.settings.data_dir), assistant.index.version)
    with _FINGERPRINTS_LOCK:
        found = _FINGERPRINTS.get(version)
        if found is None:
            found = {}
            for chunk in assistant.index.chunks.values():
                content = str(chunk.content_sha256 or "")
                found.setdefault(chunk.metadata.source, (chunk.file_sha256, content))
            if len(_FINGERPRINTS) >= 4:
                _FINGERPRINTS.pop(next(iter(_FINGERPRINTS)))
            _FINGERPRINTS[version] = found
        return found


@dataclass
class Served:
    """An open file that was checked to be the indexed version."""

    handle: object
    size: int
    media_type: str
    inline: bool

    def chunks(self) -> Iterator[bytes]:
        try:
            while piece := self.handle.read(_CHUNK):  # type: ignore[attr-defined]
                yield piece
        finally:
            self.close()

    def close(self) -> None:
        self.handle.close()  # type: ignore[attr-defined]


# Files already checked against their fingerprint, by (device, inode, size, mtime, fingerprint): the
# charset worked out for a text file ("" for others). A file changed on disk has a new key.
_CHECKED: dict[tuple[int, int, int, int, str], str] = {}
_CHECKED_LOCK = threading.Lock()


def _open(settings: Settings, indexed: Indexed) -> Served:
    """The indexed file, open; 404 if the server does not keep it, 410 if it has changed since."""
    corpus = settings.corpus_dir.resolve()
    path = corpus / indexed.id
    if path.resolve().parent != corpus or not path.is_file():
        raise HTTPException(404, f"the file of {indexed.id} is not kept on this server")
    media_type, text, inline = _TYPES.get(path.suffix.lower(), ("application/octet-stream", False, False))
    handle = path.open("rb")
    try:
        status = os.fstat(handle.fileno())
        key = (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, indexed.sha256)
        with _CHECKED_LOCK:
            charset = _CHECKED.get(key)
        if charset is None:
            charset = _check(path, handle, indexed, text)
            again = path.stat()  # the name still points at the file we hold, which was the one checked
            if (again.st_dev, again.st_ino, again.st_size, again.st_mtime_ns) != key[:4]:
                raise _changed(indexed.id)
            with _CHECKED_LOCK:
                if len(_CHECKED) > 1000:
                    _CHECKED.clear()
                _CHECKED[key] = charset
        handle.seek(0)
        if text:
            media_type = f"{media_type}; charset={charset}"
        return Served(handle, status.st_size, media_type, inline)
    except BaseException:
        handle.close()
        raise


def _check(path: Path, handle: object, indexed: Indexed, text: bool) -> str:
    """410 unless the file is the version indexed; for a text file, its charset. The file's own
    sha256 is compared when ingest recorded it (`content_sha256` on the chunks); otherwise its
    fingerprint, which also counts its sidecar, its record and the ingest pipeline's version (so after
    an upgrade that changes that version, files are served again once `plan-assistant ingest` ran)."""
    data = handle.read()  # type: ignore[attr-defined]
    if indexed.content_sha256:
        same = hmac.compare_digest(hashlib.sha256(data).hexdigest(), indexed.content_sha256)
    else:
        record = indexed.assistant.index.records.get(indexed.id)
        same = bool(indexed.sha256) and hmac.compare_digest(fingerprint(path, record), indexed.sha256)
    if not same:
        raise _changed(indexed.id)
    return _charset(data) if text else ""


def _changed(doc_id: str) -> HTTPException:
    return HTTPException(
        410,
        f"the file of {doc_id} has changed on the server since it was indexed, so it no longer matches the "
        "quotes; it is served again once it is indexed again",
    )


def _charset(data: bytes) -> str:
    """How a text file is encoded, as ingest reads it: its byte-order mark, else UTF-8, else Windows-1252."""
    for mark, name in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16le"), (b"\xfe\xff", "utf-16be")):
        if data.startswith(mark):
            return name
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "windows-1252"
    return "utf-8"


def _etags(header: str) -> set[str]:
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


class Tickets:
    """Short-lived addresses of internal plans' files, signed with a key derived from the officers'
    and admins' keys (the same on every worker; changing the keys ends every ticket)."""

    def __init__(self, secret: bytes | None) -> None:
        self._secret = secret

    @classmethod
    def of(cls, settings: Settings) -> Tickets:
        keys = sorted(key.get_secret_value() for key in (*settings.admin_keys, *settings.officer_keys))
        if not keys:
            return cls(None)
        seed = "\x00".join(["plan-assistant file tickets", *keys]).encode("utf-8", "surrogatepass")
        return cls(hashlib.sha256(seed).digest())

    def issue(self, indexed: Indexed, expires: int) -> str:
        if self._secret is None:
            raise HTTPException(404, f"no document {indexed.id}")
        return f"{expires}.{self._sign(indexed, expires)}"

    def admits(self, ticket: str | None, indexed: Indexed) -> bool:
        """Whether the ticket opens this plan's file (the version indexed now) and has not expired."""
        if not ticket or self._secret is None or not indexed.sha256:
            return False
        expires, _, signature = ticket.partition(".")
        if not expires.isdigit() or int(expires) < time.time() or int(expires) > time.time() + TICKET_SECONDS + 60:
            return False
        return hmac.compare_digest(signature.encode(), self._sign(indexed, int(expires)).encode())

    def _sign(self, indexed: Indexed, expires: int) -> str:
        assert self._secret is not None
        message = f"{indexed.id}\n{indexed.sha256}\n{expires}".encode()
        digest = hmac.new(self._secret, message, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")
