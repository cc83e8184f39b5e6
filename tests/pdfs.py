"""Real PDF files for tests, drawn with reportlab."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def write_pdf(path: Path, pages: list[list[str]], password: str | None = None) -> Path:
    """One PDF page per list of lines; a line with tabs is drawn as table cells in columns."""
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=password)
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
