"""Document management for admins: list, upload, replace and delete plans.

Every change builds a new index version and swaps it in only when complete, so questions keep
being answered from the previous version until then, and after any failure."""

from __future__ import annotations

import shutil
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, Response, UploadFile
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from assistant.api.deps import AdminDep, AssistantDep, LiveDep, SettingsDep
from assistant.api.schemas import error_responses
from assistant.pipeline import Assistant
from ingest.documents import Classification, DocType
from ingest.indexer import ALREADY_INDEXED, OVER_LIMIT, IngestReport, size_problem
from ingest.library import DocumentError, Library, Staged, document_id
from ingest.registry import Statement

router = APIRouter(prefix="/api/documents", tags=["Documents (admin)"])
_ERRORS = error_responses(
    (403, "Not an admin key."),
    (404, "No such document."),
    (409, "The document already exists, or its file is not in the corpus folder."),
    (411, "An upload without a Content-Length."),
    (413, "Every file was too large."),
    (422, "The request or a file is not valid; each file's error is in detail."),
)


class DocumentOut(BaseModel):
    id: str = Field(..., description="The document's file name; use it in /api/documents/{id}.")
    title: str
    council: str
    doc_type: str
    period: str | None = Field(None, description="Years the plan covers, e.g. 2017-2020.")
    date: str | None = None
    classification: str = Field(..., description="public (published: everyone) or internal (officers).")
    chunks: int = Field(..., description="Passages indexed.")
    ingested_at: datetime | None = Field(None, description="When this version of the file was indexed.")


class ChangeOut(BaseModel):
    at: datetime
    classification: str
    by: str = Field(..., description="Who set it: an upload or PUT by an admin key (its digest), or the command line.")
    previous: str | None = None


class DocumentDetail(DocumentOut):
    changes: list[ChangeOut] = Field(..., description="Every change of its classification, oldest first.")


class DocumentList(BaseModel):
    index_version: str
    documents: list[DocumentOut]


class FileError(BaseModel):
    file: str
    error: str


class FileWarning(BaseModel):
    file: str
    warning: str


class UploadResult(BaseModel):
    index_version: str = Field(..., description="The index version now served.")
    documents: list[DocumentOut] = Field(..., description="Documents added or replaced.")
    unchanged: list[str] = Field(..., description="Files identical to what is indexed (nothing to do).")
    failed: list[FileError] = Field(..., description="Files that could not be indexed, and why.")
    warnings: list[FileWarning] = Field(
        [],
        description="What an admin should look at in an indexed file: markup removed, text addressed to an AI "
        "or to the reader as instructions, a sidecar that disagrees with the document's classification.",
    )


def stated_metadata(
    title: Annotated[str | None, Form(max_length=300, description="With several files, leave it out.")] = None,
    council: Annotated[str | None, Form(max_length=100)] = None,
    doc_type: Annotated[DocType | None, Form()] = None,
    period_start: Annotated[int | None, Form(ge=1900, le=2100)] = None,
    period_end: Annotated[int | None, Form(ge=1900, le=2100)] = None,
    date: Annotated[str | None, Form(max_length=20)] = None,
) -> dict[str, object]:
    """The metadata fields the form gives; those left out are read from the text (or kept, on PUT)."""
    given = {
        "title": title,
        "council": council,
        "doc_type": doc_type,
        "period_start": period_start,
        "period_end": period_end,
        "date": date,
    }
    return {name: value for name, value in given.items() if value is not None}


StatedDep = Annotated[dict[str, object], Depends(stated_metadata)]


def documents_of(assistant: Assistant, only: set[str] | None = None) -> list[DocumentOut]:
    counts: dict[str, int] = {}
    stamps: dict[str, str] = {}
    for chunk in assistant.index.chunks.values():
        counts[chunk.metadata.source] = counts.get(chunk.metadata.source, 0) + 1
        stamps[chunk.metadata.source] = chunk.ingested_at
    return [
        DocumentOut(
            id=meta.source,
            title=meta.title,
            council=meta.council,
            doc_type=meta.doc_type,
            period=meta.period,
            date=meta.date,
            classification=meta.classification,
            chunks=counts.get(meta.source, 0),
            ingested_at=datetime.fromisoformat(stamps[meta.source]) if stamps.get(meta.source) else None,
        )
        for meta in sorted(assistant.index.documents.values(), key=lambda m: m.source)
        if only is None or meta.source in only
    ]


@router.get("", response_model=DocumentList, responses=_ERRORS)
def list_documents(_: AdminDep, assistant: AssistantDep) -> DocumentList:
    return DocumentList(index_version=assistant.index.version, documents=documents_of(assistant))


@router.get("/{doc_id}", response_model=DocumentDetail, responses=_ERRORS)
def get_document(doc_id: str, _: AdminDep, assistant: AssistantDep) -> DocumentDetail:
    found = documents_of(assistant, {doc_id})
    if not found:
        raise HTTPException(404, f"no document {doc_id}")
    record = assistant.index.records.get(doc_id)
    changes = [ChangeOut(**asdict(change)) for change in record.changes] if record else []
    return DocumentDetail(**found[0].model_dump(), changes=changes)


@router.post("", response_model=UploadResult, status_code=201, responses=_ERRORS)
async def add_documents(
    request: Request,
    admin: AdminDep,
    live: LiveDep,
    settings: SettingsDep,
    files: Annotated[list[UploadFile], File(description="One or more .pdf, .docx, .html, .txt or .md files.")],
    classification: Annotated[Classification, Form(description="Who may see them: public or internal.")],
    stated: StatedDep,
) -> Response | UploadResult:
    """Upload new plans. Metadata given here applies to every file; what is not given is read from
    the text. Each bad file gets its own error in `failed` while the others are indexed."""
    if "title" in stated and len(files) > 1:
        raise HTTPException(422, "title can only be given when uploading one file")
    statement = Statement(by=admin.label, classification=classification, fields=stated)
    library: Library = request.app.state.library
    with library.staging() as folder:
        staged, failed = await _stage(files, folder, settings.max_file_mb)
        report = await run_in_threadpool(library.add, staged, statement)
    report.failed = {**failed, **report.failed}
    return _result(live, report, created=True)


@router.put("/{doc_id}", response_model=UploadResult, responses=_ERRORS)
async def replace_document(
    doc_id: str,
    request: Request,
    admin: AdminDep,
    live: LiveDep,
    settings: SettingsDep,
    stated: StatedDep,
    file: Annotated[UploadFile | None, File(description="The new version; omit to change metadata only.")] = None,
    classification: Annotated[Classification | None, Form(description="public publishes it.")] = None,
) -> Response | UploadResult:
    """Replace a plan's file, change its metadata (publish it by setting classification=public), or
    both. The new version is served once fully indexed; if it fails, the old one stays."""
    if doc_id not in live.get().index.documents:
        raise HTTPException(404, f"no document {doc_id}")
    statement = Statement(by=admin.label, classification=classification, fields=stated)
    library: Library = request.app.state.library
    with library.staging() as folder:
        staged: Staged | None = None
        if file is not None:
            found, failed = await _stage([file], folder, settings.max_file_mb)
            if failed:
                return _result(live, IngestReport(failed=failed))
            staged = found[0]
            if staged.id != doc_id and staged.id in live.get().index.documents:
                raise HTTPException(409, f"{staged.id} is another indexed document; replace that one with its own PUT")
        try:
            report = await run_in_threadpool(library.replace, doc_id, staged, statement, folder)
        except DocumentError as error:
            raise HTTPException(error.status, str(error)) from None
    return _result(live, report)


@router.delete("/{doc_id}", status_code=204, responses=_ERRORS)
async def delete_document(doc_id: str, request: Request, _: AdminDep, live: LiveDep) -> Response:
    """Remove a plan from the index and the corpus folder."""
    if doc_id not in live.get().index.documents:
        raise HTTPException(404, f"no document {doc_id}")
    library: Library = request.app.state.library
    await run_in_threadpool(library.delete, doc_id)
    await run_in_threadpool(live.refresh, True)
    return Response(status_code=204)


async def _stage(files: list[UploadFile], folder: Path, max_mb: float) -> tuple[list[Staged], dict[str, str]]:
    """Save each upload under its document id; an error per file that cannot be taken."""
    staged: list[Staged] = []
    failed: dict[str, str] = {}
    for upload in files:
        name = upload.filename or "(no name)"
        try:
            doc_id = document_id(name)
        except DocumentError as error:
            failed[name] = str(error)
            continue
        target = folder / doc_id
        if target.exists():
            failed[name] = f"{doc_id}: uploaded twice in one request"
            continue
        problem = size_problem(doc_id, upload.size or 0, max_mb)
        if problem:
            failed[doc_id] = problem
            continue
        await upload.seek(0)
        with target.open("wb") as out:
            await run_in_threadpool(shutil.copyfileobj, upload.file, out)
        staged.append(Staged(doc_id, target))
    return staged, failed


def _result(live: LiveDep, report: IngestReport, created: bool = False) -> Response | UploadResult:
    """Serve the new version; 201/200 if anything was indexed or unchanged, else the files' errors."""
    assistant = live.refresh(wait=True) if report.changed else live.get()
    done = report.added + report.replaced
    failed = [FileError(file=name, error=message) for name, message in report.failed.items()]
    if not done and not report.unchanged:
        raise FilesFailed(failed)
    result = UploadResult(
        index_version=assistant.index.version,
        documents=documents_of(assistant, set(done)),
        unchanged=report.unchanged,
        failed=failed,
        warnings=[FileWarning(file=name, warning=text) for name, texts in report.warnings.items() for text in texts],
    )
    if created and not done:
        return Response(result.model_dump_json(), status_code=200, media_type="application/json")
    return result


class FilesFailed(Exception):
    """No file of the request could be indexed: 413 if they were all too large, 409 if all already
    indexed, else 422; the detail lists every file's error."""

    def __init__(self, failed: list[FileError]) -> None:
        super().__init__("; ".join(item.error for item in failed))
        self.failed = failed

    @property
    def status(self) -> int:
        errors = [item.error for item in self.failed]
        if errors and all(OVER_LIMIT in error for error in errors):
            return 413
        if errors and all(ALREADY_INDEXED in error for error in errors):
            return 409
        return 422
