"""PDFs drawn line by line with reportlab, laid out the way councils publish plans.

Each feature the PDF reader must handle is drawn at known places: a running header and a "Page N of
M" footer, a two-column summary, a word hyphenated at a line's end, bullets with a hanging indent,
numbered paragraphs, a ruled table whose cell wraps, a raised footnote mark."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = A4
LEFT = 72
BODY = 10.5
LEADING = 13


class _Page:
    def __init__(self, pdf: canvas.Canvas, number: int, pages: int, council: str) -> None:
        self.pdf = pdf
        self.y = HEIGHT - 100
        pdf.setFont("Helvetica", 9)
        pdf.drawString(LEFT, HEIGHT - 40, council)
        pdf.drawRightString(WIDTH - LEFT, 30, f"Page {number} of {pages}")

    def heading(self, text: str, size: float = 16) -> None:
        self.y -= 8
        self.pdf.setFont("Helvetica-Bold", size)
        self.pdf.drawString(LEFT, self.y, text)
        self.y -= size + 8

    def lines(self, lines: list[str], x: float = LEFT, after: float = 8) -> None:
        self.pdf.setFont("Helvetica", BODY)
        for line in lines:
            self.pdf.drawString(x, self.y, line)
            self.y -= LEADING
        self.y -= after

    def bullet(self, lines: list[str], marker: str = "•", x: float = LEFT + 10, hang: float = 18) -> None:
        self.pdf.setFont("Helvetica", BODY)
        self.pdf.drawString(x, self.y, marker)
        for line in lines:
            self.pdf.drawString(x + hang, self.y, line)
            self.y -= LEADING
        self.y -= 4


def write_layout_pdf(path: Path, council: str = "Testshire Borough Council") -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    page = _Page(pdf, 1, 3, council)
    page.heading("Safer Testshire Partnership Plan 2024-27", 20)
    top = page.y
    column = (WIDTH - 2 * LEFT - 20) / 2
    page.lines(
        [
            "The partnership brings together the council,",
            "the police, health and probation. Our overarch-",
            "ing aim is that residents are safe and feel safe",
            "in every part of the borough, day and night.",
            "We publish this plan every three years and",
            "review it with residents each spring.",
        ]
    )
    page.y = top
    page.pdf.setFont("Helvetica", BODY)
    right = LEFT + column + 20
    for line in [
        "Residents told us three things mattered most:",
        "the safety of young people, anti-social",
        "behaviour near their homes, and knowing",
        "where to turn for help when they need it.",
        "This plan answers each of them in turn with",
        "actions, owners and measures of progress.",
    ]:
        page.pdf.drawString(right, page.y, line)
        page.y -= LEADING
    page.y -= 30
    page.heading("Our priorities", 14)
    page.lines(["The partnership has agreed these priorities for the three years:"], after=4)
    page.bullet(
        ["Reduce violence affecting young people, working with schools", "and youth services across the borough."]
    )
    page.bullet(["Tackle anti-social behaviour, with 14 police officers in the", "town centre teams."])
    page.bullet(["Support victims of domestic abuse."])
    pdf.showPage()

    page = _Page(pdf, 2, 3, council)
    page.heading("How we will measure progress", 14)
    page.bullet(
        ["The partnership will report to the scrutiny committee twice a", "year on every measure in this plan."],
        marker="28.",
        x=LEFT,
        hang=24,
    )
    page.bullet(["Each measure has an owner, who answers for it at the board."], marker="29.", x=LEFT, hang=24)
    _ruled_table(pdf, page.y - 10)
    pdf.showPage()

    page = _Page(pdf, 3, 3, council)
    page.heading("Our duties", 14)
    pdf.setFont("Helvetica", BODY)
    text = "The partnership is set up under the Crime and Disorder Act 1998 and the Police Reform Act"
    pdf.drawString(LEFT, page.y, text)
    x = LEFT + pdf.stringWidth(text, "Helvetica", BODY)
    pdf.setFont("Helvetica", 6)
    pdf.drawString(x + 1, page.y + 4, "1")
    pdf.setFont("Helvetica", BODY)
    pdf.drawString(x + 5, page.y, " 2002, which")
    page.y -= LEADING
    page.lines(["places a duty on the council and the police to work together."])
    text = "The board last met on 31"
    pdf.setFont("Helvetica", BODY)
    pdf.drawString(LEFT, page.y, text)
    x = LEFT + pdf.stringWidth(text, "Helvetica", BODY)
    pdf.setFont("Helvetica", 6)
    pdf.drawString(x, page.y + 4, "st")
    pdf.setFont("Helvetica", BODY)
    pdf.drawString(x + pdf.stringWidth("st", "Helvetica", 6), page.y, " October.")
    page.y -= LEADING
    # a superscript set only a little smaller than the text, as browsers print <sup>
    text = "The plan was approved on 18"
    pdf.drawString(LEFT, page.y, text)
    x = LEFT + pdf.stringWidth(text, "Helvetica", BODY)
    pdf.setFont("Helvetica", BODY * 0.83)
    pdf.drawString(x, page.y + BODY * 0.45, "th")
    pdf.setFont("Helvetica", BODY)
    pdf.drawString(x + pdf.stringWidth("th", "Helvetica", BODY * 0.83), page.y, " July 2017.")
    page.y -= LEADING
    pdf.showPage()
    pdf.save()
    return path


def _ruled_table(pdf: canvas.Canvas, top: float) -> None:
    """A two-column table with rules; the first cell of the second row wraps onto two lines."""
    widths = (230, 120)
    rows = [
        (["Measure"], ["2024 result"]),
        (["Percentage repeat victims at DV MARAC (target", "25.3%)"], ["28%"]),
        (["Knife crime offences"], ["412"]),
    ]
    y = top
    for index, (first, second) in enumerate(rows):
        height = 6 + LEADING * max(len(first), len(second))
        x = LEFT
        for cell, width in zip((first, second), widths, strict=True):
            pdf.rect(x, y - height, width, height)
            pdf.setFont("Helvetica-Bold" if index == 0 else "Helvetica", BODY)
            for n, line in enumerate(cell):
                pdf.drawString(x + 4, y - 12 - n * LEADING, line)
            x += width
        y -= height


def write_wrapped_number_pdf(path: Path, council: str = "Testshire Borough Council") -> Path:
    """A numbered paragraph whose line breaks inside a year span ("2020-" / "21. This is ..."): the next
    line starts with what looks like an item number but is the rest of the span."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    page = _Page(pdf, 1, 1, council)
    page.heading("Funding", 14)
    page.bullet(
        [
            "In September 2017, the Cabinet approved £1m a year for three years from 2018-19 up to 2020-",
            "21. This is to fund four teams of officers, 24 police officers in total.",
        ],
        marker="4.6",
        x=LEFT,
        hang=24,
    )
    page.bullet(["A further review will follow in the spring."], marker="4.7", x=LEFT, hang=24)
    pdf.showPage()
    pdf.save()
    return path


def write_page_break_pdf(path: Path, council: str = "Testshire Borough Council") -> Path:
    """Two sentences cut by a page break, as councils' PDFs print them: one goes on in lower case at the
    top of the next page, the other inside a bracket that a year closes ("(18th July" / "2024) ...")."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    page = _Page(pdf, 1, 3, council)
    page.heading("Violence", 14)
    page.y = 100
    page.lines(
        [
            "Serious youth violence fell by 26% over the year, a marked contrast to violence with injury",
            "and robbery, both of which are",
        ]
    )
    pdf.showPage()
    page = _Page(pdf, 2, 3, council)
    page.lines(["showing increases of 12% and 4% respectively."])
    page.heading("Approval", 14)
    page.y = 100
    page.lines(["The plan was approved by the Partnership Executive (18th July"])
    pdf.showPage()
    page = _Page(pdf, 3, 3, council)
    page.lines(["2024) and by Cabinet in September 2024."])
    page.heading("Next steps", 14)
    page.lines(["Nothing else was decided."])
    pdf.showPage()
    pdf.save()
    return path


def write_wrapped_heading_pdf(path: Path, council: str = "Testshire Borough Council") -> Path:
    """A foreword whose heading, in bold at the body's size, is too long for its line and is broken inside a word
    with a hyphen, as a word processor prints it."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    page = _Page(pdf, 1, 1, council)
    pdf.setFont("Helvetica-Bold", BODY)
    for line in ["Foreword by Co-chairs of the Testshire Community Safety Partn-", "ership Executive"]:
        pdf.drawString(LEFT, page.y, line)
        page.y -= LEADING
    page.y -= 8
    page.lines(["This plan sets out how the partnership will keep Testshire safe over the next four years."])
    pdf.showPage()
    pdf.save()
    return path


def write_address_pdf(path: Path, council: str = "Testshire Borough Council") -> Path:
    """A plan's back page: where to write, as councils print it, each line of the address in bold on its own."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    page = _Page(pdf, 1, 1, council)
    page.heading("Contact us", 14)
    page.lines(["For a copy in large print, please write to us at:"])
    for line in ["Post: Community Safety Division", "Testshire Borough Council,", "Town Hall, High Street, TS1 4AB"]:
        page.heading(line, 11)
    page.heading("Next steps", 14)
    page.lines(["The partnership will review this plan each spring."])
    pdf.showPage()
    pdf.save()
    return path


def write_hanging_numbers_pdf(path: Path, council: str = "Testshire Borough Council") -> Path:
    """A committee report set in two columns, each paragraph's number hanging left of its text: in the right
    column the number sits between the left column's line ends, some of which reach past it, and its text."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    page = _Page(pdf, 1, 1, council)
    page.heading("Financial and legal comments", 14)
    left = [
        "4.9 The partnership will receive £120,000 over two",
        "years from the regional fund, in equal amounts of",
        "£60,000 a year. This pays for the outreach team and",
        "the hub coordinator (see the table above for the",
        "allocations). In 2025, £80,000 of the health grant is",
        "also made available. This will be used to reduce the",
        "harm to those at risk and to help them recover from",
        "their dependence on drugs and on alcohol.",
    ]
    right = {
        0: "partners to work together on crime.",
        1: "The partnership discharges those",
        2: "duties for the council.",
        3: "5.1 When planning action under the plan,",
        4: "officers must have regard to the",
        5: "council's statutory functions and",
        6: "ensure that these are not exceeded.",
        7: "5.2 The plan forms part of the council's",
        8: "budget and policy framework.",
    }
    pdf.setFont("Helvetica", BODY)
    for row in range(len(right)):
        y = page.y - row * LEADING
        if row < len(left):
            pdf.drawString(LEFT, y, left[row])
        number, _, words = right[row].partition(" ") if right[row][:1].isdigit() else ("", "", right[row])
        if number:
            pdf.drawString(LEFT + 230, y, number)
        pdf.drawString(LEFT + 254, y, words)
    pdf.showPage()
    pdf.save()
    return path
