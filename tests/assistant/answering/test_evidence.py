import pytest

from assistant.answering.evidence import units_of
from ingest.chunking import chunk_document
from ingest.documents import Chunk, Page, PlanDocument, PlanMetadata

META = PlanMetadata(source="plan.txt", title="Plan", council="Test")


def _lists(text: str) -> list[tuple[str | None, list[str]]]:
    _, lists = units_of(Chunk(id="c", text=text, metadata=META))
    return [(lst.lead_in.quote if lst.lead_in else None, [item.quote for item in lst.items]) for lst in lists]


def test_items_nested_under_an_item_form_their_own_list() -> None:
    text = (
        "The partnership has identified the following priorities:\n"
        "- The first priority is volume crime, meaning:\n  - Robbery\n  - Burglary\n"
        "- The second priority is violence\n- The third priority is confidence"
    )
    assert _lists(text) == [
        ("The first priority is volume crime, meaning:", ["Robbery", "Burglary"]),
        (
            "The partnership has identified the following priorities:",
            [
                "The first priority is volume crime, meaning:",
                "The second priority is violence",
                "The third priority is confidence",
            ],
        ),
    ]


def test_a_numbered_paragraph_ending_in_a_colon_leads_the_items_after_it() -> None:
    text = "- 36. The partnership agreed five local priorities and these are:\n- Reducing violence,\n- Trust"
    assert _lists(text) == [
        (
            "The partnership agreed five local priorities and these are:",
            ["Reducing violence,", "Trust"],
        )
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "The Plan sets out three important objectives for our borough;",
        "Our objectives for the borough -",
        "Key objectives for the borough include",
    ],
)
def test_a_line_ending_in_a_semicolon_a_dash_or_no_stop_leads_the_items_after_it(lead: str) -> None:
    text = f"{lead}\n- To understand VAWG better;\n- To hold perpetrators to account."
    assert _lists(text) == [(lead, ["To understand VAWG better;", "To hold perpetrators to account."])]


def test_a_sentence_ending_in_a_full_stop_does_not_lead_the_items_after_it() -> None:
    text = "Violence fell last year.\n- To understand VAWG better;\n- To hold perpetrators to account."
    assert _lists(text) == [(None, ["To understand VAWG better;", "To hold perpetrators to account."])]


def test_every_unit_is_a_verbatim_span_of_its_chunk() -> None:
    text = "Crime fell by 9%. It rose in 2015.\n- Item one\nOutcome | Output (target 209)"
    units, _ = units_of(Chunk(id="c", text=text, metadata=META))
    assert [unit.quote for unit in units] == [
        "Crime fell by 9%.",
        "It rose in 2015.",
        "Item one",
        "Outcome | Output (target 209)",
    ]


def test_numbered_report_paragraphs_are_not_a_list() -> None:
    text = "- 3.14 The CSP agreed the term of the plan.\n- 3.15 The plan was approved.\n- 3.16 It sets out priorities."
    assert _lists(text) == []


def test_a_long_item_offers_its_sentences_but_its_list_keeps_it_whole() -> None:
    text = "- The Council funds 6 officers. It funds 18 more.\n- Second point"
    units, lists = units_of(Chunk(id="c", text=text, metadata=META))
    assert [unit.quote for unit in units] == [
        "The Council funds 6 officers.",
        "It funds 18 more.",
        "Second point",
    ]
    assert [item.quote for item in lists[0].items] == [
        "The Council funds 6 officers. It funds 18 more.",
        "Second point",
    ]


def test_the_next_numbered_paragraph_ends_a_list() -> None:
    text = (
        "- 3.25 The Mayor has agreed to fund more officers:\n- 14 officers for estates\n"
        "- 18 officers for hotspots\n- 3.26 The Plan takes account of policy."
    )
    assert _lists(text) == [
        (
            "The Mayor has agreed to fund more officers:",
            ["14 officers for estates", "18 officers for hotspots"],
        )
    ]


def test_a_list_items_number_is_not_part_of_its_quote_but_a_figure_is() -> None:
    chunk = Chunk(
        id="c",
        metadata=META,
        text="- 1.1. Manage a partnership approach.\n- 28. The board meets twice a year.\n- 14 officers for estates",
    )
    quotes = [unit.quote for unit in units_of(chunk)[0]]
    assert quotes == ["Manage a partnership approach.", "The board meets twice a year.", "14 officers for estates"]


def test_a_cell_fragment_between_rows_does_not_split_the_table() -> None:
    text = (
        "Outcome | Output\n"
        "Fewer repeat victims, as measured by the SafeLives | Repeat victims at MARAC (target 25.3%).\n"
        "definition of repeat victimisation.\n"
        "More referrals. | MARAC referrals (target 209)."
    )
    [table] = _lists(text)
    assert table[1] == [
        "Outcome | Output",
        "Fewer repeat victims, as measured by the SafeLives | Repeat victims at MARAC (target 25.3%).",
        "More referrals. | MARAC referrals (target 209).",
    ]


def test_short_numbered_lines_from_their_section_s_first_number_are_a_list() -> None:
    text = (
        "The partnership will:\n- 4.1. Provide a single contact for victims of scams.\n"
        "- 4.2. Lead a campaign on doorstep fraud.\n- 4.3. Publish crime figures every quarter."
    )
    assert _lists(text) == [
        (
            "The partnership will:",
            [
                "Provide a single contact for victims of scams.",
                "Lead a campaign on doorstep fraud.",
                "Publish crime figures every quarter.",
            ],
        )
    ]


def test_long_numbered_paragraphs_are_not_a_list_even_from_their_first_number() -> None:
    paragraph = (
        "The partnership reviewed the evidence gathered over the year from residents, the police, the council's "
        "own teams and the voluntary sector before it agreed on the matters this plan sets out."
    )
    text = f"- 4.1. {paragraph}\n- 4.2. {paragraph}"
    assert _lists(text) == []


YOUTH_CELL = (
    "We will cut knife crime among young people in Fernleigh. We will put youth workers in the hospital. "
    "Detached youth workers will visit parks on summer evenings."
)
CELL_SECTION = "Plan > Work streams > Tackling Youth Violence > OBJECTIVES"


def _cells(text: str, cell: bool = True) -> list[str]:
    units, _ = units_of(Chunk(id="c", text=text, metadata=META, section=CELL_SECTION, cell=cell))
    return [unit.quote for unit in units if unit.kind == "cell"]


def test_a_cell_of_several_sentences_is_also_quoted_whole() -> None:
    units, _ = units_of(Chunk(id="c", text=YOUTH_CELL, metadata=META, section=CELL_SECTION, cell=True))
    assert [(unit.kind, unit.quote) for unit in units] == [
        ("sentence", "We will cut knife crime among young people in Fernleigh."),
        ("sentence", "We will put youth workers in the hospital."),
        ("sentence", "Detached youth workers will visit parks on summer evenings."),
        ("cell", YOUTH_CELL),
    ]


def test_a_cell_is_quoted_whole_up_to_eighty_words() -> None:
    sentences = " ".join(["Youth workers will visit every park and estate in the borough this year."] * 6)
    at_limit = f"{sentences} Parents too."
    over = f"{sentences} Parents will too."
    assert (len(at_limit.split()), len(over.split())) == (80, 81)
    assert _cells(at_limit) == [at_limit]
    assert _cells(over) == []


def test_a_one_sentence_cell_and_a_passage_that_is_no_cell_are_not_quoted_whole() -> None:
    assert _cells("We will cut knife crime among young people in Fernleigh.") == []
    assert _cells(YOUTH_CELL, cell=False) == []


def test_a_cell_cut_from_a_plan_is_quoted_whole_and_verbatim() -> None:
    header = "\tASPECT\tTackling Youth Violence\tReducing Reoffending"
    row = f"Work Stream\tOBJECTIVES\t{YOUTH_CELL}\t" + "Probation will chair a monthly panel. " * 8
    document = PlanDocument(
        metadata=META, pages=(Page(number=None, text=f"# Work streams\n\n{header}\n{row}"),), sha256="x"
    )
    [youth] = [chunk for chunk in chunk_document(document, max_chars=300) if "knife crime" in chunk.text]
    [cell] = [unit for unit in units_of(youth)[0] if unit.kind == "cell"]
    assert cell.quote == YOUTH_CELL and youth.text[cell.start : cell.end] == YOUTH_CELL


def test_a_cell_straight_after_its_heading_is_quoted_without_the_heading() -> None:
    row = f"Work Stream\tOBJECTIVES\t{YOUTH_CELL}\t" + "Probation will chair a monthly panel. " * 8
    document = PlanDocument(metadata=META, pages=(Page(number=None, text=f"# Work streams\n\n{row}"),), sha256="x")
    [youth] = [chunk for chunk in chunk_document(document, max_chars=300) if "knife crime" in chunk.text]
    assert youth.cell
    assert [unit.quote for unit in units_of(youth)[0] if unit.kind == "cell"] == [YOUTH_CELL]


def test_items_nested_under_a_long_item_are_introduced_by_its_last_sentence() -> None:
    parent = "Youth violence is our first aim. Working with the Youth Offending Board, we aim to:"
    text = f"Our aims are these:\n- {parent}\n  - Cut knife crime\n  - Mentor excluded pupils\n- Safer nights out"
    assert _lists(text) == [
        ("Working with the Youth Offending Board, we aim to:", ["Cut knife crime", "Mentor excluded pupils"]),
        ("Our aims are these:", [parent, "Safer nights out"]),  # the list keeps the item whole
    ]
    _, [nested, _] = units_of(Chunk(id="c", text=text, metadata=META))
    assert nested.lead_in is not None and nested.lead_in.kind == "sentence"


def test_a_long_item_that_ends_without_a_colon_introduces_its_nested_items_whole() -> None:
    parent = "Youth violence is our first aim. We work with the Youth Offending Board"
    text = f"- {parent}\n  - Cut knife crime\n  - Mentor excluded pupils\n- Safer nights out"
    assert (parent, ["Cut knife crime", "Mentor excluded pupils"]) in _lists(text)


def test_a_bullet_a_pdf_prints_in_a_table_cell_is_not_quoted_with_the_row() -> None:
    chunk = Chunk(id="c", text="Projects funded are:\n• Outreach Service | 75,000\n▪ Mentoring | 30,650", metadata=META)
    rows = [unit.quote for unit in units_of(chunk)[0] if unit.kind == "row"]
    assert rows == ["Outreach Service | 75,000", "Mentoring | 30,650"]
