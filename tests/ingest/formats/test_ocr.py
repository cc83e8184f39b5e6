"""OCR of a scanned page with the real Tesseract: a page image drawn with Pillow, saved as an image-only PDF."""

import os
import random
import subprocess
import time
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from ingest.formats.ocr import OcrError, OcrPage, blocks_from_tsv, ocr_available, page_needs_ocr, read_scanned_page
from ingest.model import Block

FONTS = Path("/usr/share/fonts/truetype/dejavu")
TARGET = "Percentage repeat victims at DV MARAC (target 25.3%)"
SMUDGED = ("The reserve for next year is", "held by the council.")  # either side of a smudged word


def _needs_tesseract() -> None:
    """Skip without Tesseract, except in CI, where a missing Tesseract is a failure."""
    missing = ocr_available()
    if missing and os.environ.get("CI"):
        pytest.fail(missing)
    if missing:
        pytest.skip(missing)


def draw_page(path: Path) -> Path:
    """An A4 page at 200 dpi, as an image only: heading, paragraphs, lists, a table row and a smudge."""
    width, height = 1654, 2339
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    big = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 60)
    sub = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), 42)
    body = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), 30)
    y = 150

    def lines(texts: list[str], x: int = 150, gap: int = 45) -> None:
        nonlocal y
        for text in texts:
            draw.text((x, y), text, font=body, fill=0)
            y += gap

    draw.text((150, y), "Community Safety Strategy", font=big, fill=0)
    y += 140
    lines(
        [
            "The partnership will fund fourteen street pastors in the town centre",
            "during the evening economy, working with licensed premises and police.",
        ]
    )
    y += 40
    lines(
        [
            "Reports of antisocial behaviour fell by a fifth last year and the strat-",
            "egy will keep the noise nuisance service open until midnight at weekends.",
        ]
    )
    y += 50
    draw.text((150, y), "Our priorities", font=sub, fill=0)
    y += 90
    for first, more in [
        ("Reduce repeat victimisation of domestic abuse", []),
        ("Increase reporting of hate crime in every ward, working", ["with schools and faith groups"]),
    ]:
        draw.text((170, y), "•", font=body, fill=0)
        lines([first], x=220)
        lines(more, x=220)
        y += 10
    y += 40
    for number, text in [
        ("1.", "Publish the annual community safety plan"),
        ("2.", "Hold four public meetings a year"),
    ]:
        draw.text((150, y), number, font=body, fill=0)
        lines([text], x=220, gap=55)
    y += 40
    lines([TARGET])
    y += 40
    draw.text((150, y), "Measure", font=body, fill=0)
    draw.text((700, y), "2023", font=body, fill=0)
    draw.text((1000, y), "2024", font=body, fill=0)
    y += 100
    # A word smudged as on a poor photocopy (blurred and speckled), in the middle of a clean sentence.
    draw.text((150, y), SMUDGED[0], font=body, fill=0)
    x = 150 + int(draw.textlength(SMUDGED[0] + " ", font=body))
    smudge = Image.new("L", (int(draw.textlength("envelope", font=body)) + 20, 60), 255)
    ImageDraw.Draw(smudge).text((5, 10), "envelope", font=body, fill=0)
    speckle = random.Random(3)
    for _ in range(600):
        smudge.putpixel((speckle.randrange(smudge.width), speckle.randrange(smudge.height)), speckle.choice((0, 255)))
    image.paste(smudge.filter(ImageFilter.GaussianBlur(3)), (x, y - 10))
    draw.text((x + smudge.width + 10, y), SMUDGED[1], font=body, fill=0)
    image.save(path, "PDF", resolution=200)
    return path


@pytest.fixture(scope="module")
def scanned_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _needs_tesseract()
    return draw_page(tmp_path_factory.mktemp("scan") / "scan.pdf")


@pytest.fixture(scope="module")
def scanned(scanned_pdf: Path) -> OcrPage:
    started = time.monotonic()
    page = read_scanned_page(scanned_pdf, 1, dpi=300)
    print(f"OCR of one page at 300 dpi: {time.monotonic() - started:.2f} s")
    return page


def kinds(page: OcrPage, kind: str) -> list[Block]:
    return [block for block in page.blocks if block.kind == kind]


def test_the_page_has_no_text_layer(scanned_pdf: Path) -> None:
    text = subprocess.run(["pdftotext", str(scanned_pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert page_needs_ocr(text)


def test_heading_paragraphs_and_lists(scanned: OcrPage) -> None:
    headings = kinds(scanned, "heading")
    assert [(h.text, h.level) for h in headings] == [("Community Safety Strategy", 1), ("Our priorities", 2)]
    paragraphs = [block.text for block in kinds(scanned, "paragraph")]
    assert paragraphs[0] == (
        "The partnership will fund fourteen street pastors in the town centre "
        "during the evening economy, working with licensed premises and police."
    )
    assert "the strategy will keep the noise nuisance service" in paragraphs[1]  # line-end hyphen undone
    items = kinds(scanned, "item")
    assert [(item.marker, item.text) for item in items] == [
        ("•", "Reduce repeat victimisation of domestic abuse"),
        ("•", "Increase reporting of hate crime in every ward, working with schools and faith groups"),
        ("1.", "Publish the annual community safety plan"),
        ("2.", "Hold four public meetings a year"),
    ]
    assert TARGET in paragraphs
    assert any("Measure" in text and "2023" in text and "2024" in text for text in paragraphs)  # a table row stays one
    order = [block.text for block in scanned.blocks]
    assert order.index("Community Safety Strategy") < order.index("Our priorities") < order.index(TARGET)


def test_every_block_is_marked_ocr_and_placed_on_the_page(scanned: OcrPage) -> None:
    assert scanned.page.ocr and scanned.page.number == 1
    assert scanned.text_chars == sum(len(block.text) for block in scanned.blocks)
    for block in scanned.blocks:
        assert block.ocr and block.page == 1 and block.box is not None
        assert 0 <= block.box.x0 < block.box.x1 <= 595.5 and 0 <= block.box.top < block.box.bottom <= 842.1
    title = kinds(scanned, "heading")[0].box
    assert title is not None and abs(title.x0 - 150 * 72 / 200) < 3 and abs(title.top - 150 * 72 / 200) < 8


def test_a_smudged_word_is_uncertain_or_absent(scanned: OcrPage) -> None:
    block = next(block for block in scanned.blocks if block.text.startswith(SMUDGED[0]))
    covered = {i for start, end in block.uncertain for i in range(start, end)}
    confident = "".join(" " if i in covered else ch for i, ch in enumerate(block.text))
    assert confident.split() == " ".join(SMUDGED).split(), block
    assert block.uncertain, "Tesseract read something at the smudge, and was unsure of it"


def test_clean_words_are_not_uncertain(scanned: OcrPage) -> None:
    target = next(block for block in scanned.blocks if block.text == TARGET)
    assert target.uncertain == ()


def test_a_page_that_is_not_there(scanned_pdf: Path) -> None:
    with pytest.raises(OcrError, match="scan.pdf, page 3: the PDF has no such page"):
        read_scanned_page(scanned_pdf, 3)


def test_a_page_over_its_time_limit(scanned_pdf: Path) -> None:
    with pytest.raises(OcrError, match="scan.pdf, page 1: OCR took longer than the limit of 0.3 s"):
        read_scanned_page(scanned_pdf, 1, timeout_s=0.3)


def test_ocr_available_names_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _needs_tesseract()
    assert ocr_available() is None
    monkeypatch.setenv("PATH", str(tmp_path))
    missing = ocr_available()
    assert missing is not None and "install Tesseract (Debian package tesseract-ocr)" in missing


def test_page_needs_ocr() -> None:
    assert page_needs_ocr("") and page_needs_ocr("  \n 14 \n\f") and page_needs_ocr("Page 3 of 25")
    assert not page_needs_ocr("The partnership will fund fourteen street pastors.")


def tsv(*lines: tuple[int, int, list[tuple[str, int, int, int, float]]]) -> str:
    """Tesseract TSV for lines of words: (paragraph, top, [(text, left, width, height, conf)])."""
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    for number, (par, top, words) in enumerate(lines, start=1):
        rows.append(f"4\t1\t1\t{par}\t{number}\t0\t0\t{top}\t100\t40\t-1\t")
        for index, (text, left, width, height, conf) in enumerate(words, start=1):
            rows.append(f"5\t1\t1\t{par}\t{number}\t{index}\t{left}\t{top}\t{width}\t{height}\t{conf}\t{text}")
    return "\n".join(rows) + "\n"


def words(text: str, left: int = 200, height: int = 35, conf: float = 95) -> list[tuple[str, int, int, int, float]]:
    out = []
    for word in text.split():
        out.append((word, left, 20 * len(word), height, conf))
        left += 20 * len(word) + 20
    return out


def test_blocks_from_tsv_joins_lines_and_keeps_doubt_on_whole_words() -> None:
    page = tsv(
        (1, 100, words("The strat-")),
        (1, 150, words("egy covers North-")),
        (1, 200, [*words("West and", conf=95), ("Lanca-", 600, 120, 35, 41)]),
        (1, 250, words("shire - and more.")),
        (1, 300, [("|", 200, 5, 35, 30), ("~", 220, 10, 5, 20)]),  # debris
    )
    (block,) = blocks_from_tsv(page, 1, 300)
    assert block.text == "The strategy covers North-West and Lancashire - and more."
    assert [block.text[start:end] for start, end in block.uncertain] == ["Lancashire"]
    assert block.box is not None and block.box.x0 == 200 * 72 / 300


def test_blocks_from_tsv_bullets_are_read_conservatively() -> None:
    page = tsv(
        (1, 100, [("e", 200, 13, 14, 40), *words("Reduce repeat victims", left=270)]),  # a misread bullet
        (1, 150, words("of domestic abuse", left=270)),  # hanging under the text: the same item
        (1, 200, [("e", 200, 13, 14, 45), *words("Support victims", left=270)]),
        (2, 300, [("o", 200, 22, 24, 90), *words("and then", left=242)]),  # a letter at x-height, no gap: text
        (3, 400, words("28. The council will")),
        (3, 450, words("(a) publish a plan")),
        (4, 500, words("The plan covers")),
        (4, 550, words("- in short - everything.")),  # a dash starting a wrapped line: not a list
    )
    blocks = blocks_from_tsv(page, 1, 300)
    assert [(block.kind, block.marker, block.text) for block in blocks] == [
        ("item", "•", "Reduce repeat victims of domestic abuse"),
        ("item", "•", "Support victims"),
        ("paragraph", "", "o and then"),
        ("item", "28.", "The council will"),
        ("item", "(a)", "publish a plan"),
        ("paragraph", "", "The plan covers - in short - everything."),
    ]


def test_blocks_from_tsv_headings_by_type_size() -> None:
    body = [(1 + n, 100 + 60 * n, words("Plain text of the body at the usual size here.")) for n in range(4)]
    page = tsv(
        (9, 10, words("Big Title", height=70)),
        (10, 50, words("Smaller heading", height=50)),
        (11, 90, words("A large sentence ends with a stop.", height=50)),
        *body,
    )
    blocks = blocks_from_tsv(page, 1, 300)
    assert [(block.kind, block.level, block.text) for block in blocks[:3]] == [
        ("heading", 1, "Big Title"),
        ("heading", 2, "Smaller heading"),
        ("paragraph", 0, "A large sentence ends with a stop."),
    ]
