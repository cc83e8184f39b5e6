"""Real PDF files for tests, drawn with reportlab."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas


def write_pdf(
    path: Path, pages: list[list[str]], password: str | None = None, owner_password: str | None = None
) -> Path:
    """One PDF page per list of lines; a line with tabs is drawn as table cells in columns.

    password: needed to open it; owner_password alone: encrypted, but opens with an empty password."""
    encrypt = password
    if owner_password is not None:
        encrypt = StandardEncryption(password or "", ownerPassword=owner_password, canPrint=1)
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    _, height = A4
    for lines in pages:
        y = height - 72
        for line in lines:
            x = 72
            for cell in line.split("\t"):
                pdf.drawString(x, y, cell)
                x += 190
            y -= 18
        pdf.showPage()
    pdf.save()
    return path


def write_scanned_pdf(path: Path) -> Path:
    """A page with only shapes on it, as a scan has only an image: no text to extract."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.rect(72, 400, 300, 200, fill=1)
    pdf.showPage()
    pdf.save()
    return path


def write_hidden_text_pdf(path: Path, visible: list[str], hidden: list[str]) -> Path:
    """Visible lines, then lines a reader cannot see: white on white, in 1-point type."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    _, height = A4
    y = height - 72
    for line in visible:
        pdf.drawString(72, y, line)
        y -= 18
    pdf.setFillColorRGB(1, 1, 1)
    pdf.setFont("Helvetica", 1)
    for line in hidden:
        pdf.drawString(72, y, line)
        y -= 2
    pdf.showPage()
    pdf.save()
    return path


def write_repeated_line_pdf(path: Path, line: str, times: int, pages: int = 1) -> Path:
    """Pages whose content stream shows one line of text many times: a small file, slow to extract."""
    pdf = canvas.Canvas(str(path), pagesize=A4, pageCompression=1)
    _, height = A4
    for _ in range(pages):
        text = pdf.beginText(72, height - 72)
        for _ in range(times):
            text.textLine(line)
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return path


GOOD_PLAN = ["Safer Testshire Plan 2020-23", "The partnership will fund 14 street pastors in the town centre."]


def bad_files(folder: Path) -> dict[str, str]:
    """One file of each kind that cannot be ingested, written to folder: name -> words its error must have."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "zero-bytes.pdf").write_bytes(b"")
    (folder / "letter.pdf").write_text("Dear resident, this is a letter saved with the wrong name.\n")
    (folder / "photo.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    whole = write_pdf(folder / "whole.pdf", [GOOD_PLAN * 10, GOOD_PLAN * 10]).read_bytes()
    (folder / "whole.pdf").unlink()
    (folder / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    write_pdf(folder / "locked.pdf", [GOOD_PLAN], password="correct horse")
    write_scanned_pdf(folder / "scanned.pdf")
    return {
        "zero-bytes.pdf": "empty",
        "letter.pdf": "not a PDF file (it looks like a text file)",
        "photo.pdf": "not a PDF file (it looks like a PNG image)",
        "truncated.pdf": "truncated",
        "corrupt.pdf": "damaged",
        "locked.pdf": "protected by a password",
        "scanned.pdf": "no text could be extracted",
    }
