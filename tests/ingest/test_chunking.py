from ingest.chunking import chunk_document
from ingest.documents import Chunk, Page, PlanDocument, PlanMetadata
from ingest.model import Block, StructuredDocument, heading, item, paragraph

META = PlanMetadata(source="plan.txt", title="Test Borough Community Safety Plan 2020-23", council="Test")

TEXT = """# Priority A: Anti-Social Behaviour

#### Why is this important?

Anti-social behaviour appears at the top of public concerns.

#### What is our focus?

- Communication
- Tasking

#### Priority B: Violence

#### Why is this important?

Domestic abuse has long been under-reported.

#### What is our focus?

The partnership will focus on these aims:

""" + "\n".join(
    f"- Aim number {i}: raise awareness of violence against women and girls in all its forms" for i in range(12)
)


def _document(text: str = TEXT) -> PlanDocument:
    return PlanDocument(metadata=META, pages=(Page(number=None, text=text),), sha256="x")


def _sections(*blocks: Block) -> dict[str, str | None]:
    """The section path of each paragraph of a document model made of `blocks`, by the paragraph's text."""
    chunks = chunk_document(PlanDocument(metadata=META, pages=(), sha256="x", structure=StructuredDocument(blocks)))
    return {chunk.text.split("\n")[-1]: chunk.section for chunk in chunks}


def test_every_chunk_carries_its_section_path() -> None:
    chunks = chunk_document(_document())
    focus_b = [chunk for chunk in chunks if "Aim number 0" in chunk.text]
    assert focus_b and focus_b[0].section == "Priority B: Violence > What is our focus?"
    why_a = [chunk for chunk in chunks if "top of public concerns" in chunk.text]
    assert why_a[0].section == "Priority A: Anti-Social Behaviour > Why is this important?"


LINKED = """# Linked Strategies

The plan sits under the borough's Community Plan, which has four themes:

- A great place to live
- A safe and cohesive community

# There are also two cross-cutting themes:

- Promoting healthier lives
- Increasing employment

The plan is linked to these strategies:

- Gang Strategy
- Prevent Strategy

# Our Priorities for 2021:

- The first priority will be to reduce burglary.

In working to reduce burglary, the partnership will support victims.

- The second priority will be to reduce violence.
"""


def test_a_heading_that_introduces_a_list_holds_that_list_and_no_more() -> None:
    chunks = chunk_document(_document(LINKED), max_chars=120)

    def section_of(line: str) -> str | None:
        [chunk] = [chunk for chunk in chunks if line in chunk.text]
        return chunk.section

    assert section_of("- Increasing employment") == "There are also two cross-cutting themes:"
    assert section_of("- Gang Strategy") == "Linked Strategies"  # the list after it has a lead-in of its own
    # a note between a list's items does not end the list its heading introduces
    assert section_of("- The second priority will be to reduce violence.") == "Our Priorities for 2021:"


def test_list_items_are_never_cut_and_a_split_list_keeps_its_lead_in() -> None:
    chunks = chunk_document(_document(), max_chars=300)
    for i in range(12):
        item = f"- Aim number {i}: raise awareness of violence against women and girls in all its forms"
        holders = [chunk for chunk in chunks if item in chunk.text.split("\n")]
        assert len(holders) == 1, item
    continued = [chunk for chunk in chunks if "Aim number 11" in chunk.text][0]
    assert continued.text.startswith("The partnership will focus on these aims:")


def test_chunk_ids_are_stable_content_hashes() -> None:
    first = [chunk.id for chunk in chunk_document(_document())]
    again = [chunk.id for chunk in chunk_document(_document())]
    changed = [chunk.id for chunk in chunk_document(_document(TEXT.replace("Tasking", "Tasking groups")))]
    assert first == again
    assert len(set(first)) == len(first)
    assert set(first) != set(changed) and len(set(first) & set(changed)) >= len(first) - 2


def test_a_row_too_long_for_a_chunk_is_split_into_labelled_cells() -> None:
    header = "\tASPECT\tTackling Youth Violence\tReducing Reoffending"
    row = "Work Stream\tOBJECTIVES\t" + "Reduce serious youth violence. " * 30 + "\t" + "Reduce reoffending. " * 30
    chunks = chunk_document(_document(f"# The Priorities\n\n{header}\n{row}"), max_chars=500)
    youth = [chunk for chunk in chunks if chunk.text.startswith("Reduce serious youth violence.")]
    assert youth and youth[0].section == "The Priorities > Tackling Youth Violence > Work Stream OBJECTIVES"
    assert all(len(chunk.text) <= 1000 for chunk in chunks)


def test_a_passage_runs_over_a_page_break_and_each_quote_cites_its_own_page() -> None:
    from ingest.model import PageInfo, StructuredDocument, heading, paragraph, table

    structure = StructuredDocument(
        (
            heading("Outcomes and outputs", 1, page=4),
            paragraph("The partnership measures each outcome.", page=4),
            table([["Outcome", "Output"], ["Fewer repeat victims", "Repeat victims at MARAC (target 25.3%)"]], page=4),
            table([["More referrals", "MARAC referrals (target 209)"]], page=5),
        ),
        (PageInfo(4, label="iv"), PageInfo(5, label="v")),
    )
    document = PlanDocument(metadata=META, pages=(), sha256="x", structure=structure)
    [chunk] = chunk_document(document)
    assert chunk.page == 4 and chunk.page_label == "iv"
    assert chunk.place("Fewer repeat victims | Repeat victims at MARAC (target 25.3%)") == (4, "iv")
    assert chunk.place("More referrals | MARAC referrals (target 209)") == (5, "v")
    again = Chunk.from_record(chunk.id, chunk.text, chunk.to_record())
    assert again.page_breaks == chunk.page_breaks and again.place("MARAC referrals (target 209)") == (5, "v")


def test_headings_of_one_shape_are_siblings_whatever_their_levels_say() -> None:
    sections = _sections(
        heading("Our plan", 1),
        heading("Priority C: Hate crime", 4),
        paragraph("We will report hate crime."),
        heading("Prevent extremism", 3),  # set larger than the priorities in the published file
        paragraph("We will run Prevent training."),
        heading("Priority D: Reducing re-offending", 4),
        paragraph("We will reduce re-offending."),
    )
    assert sections["We will reduce re-offending."] == "Our plan > Priority D: Reducing re-offending"


def test_a_part_holds_every_heading_before_the_next_of_its_run() -> None:
    sections = _sections(
        heading("Priority C: Hate crime", 4),
        heading("Why is this important?", 4),
        paragraph("Hate crime is under-reported."),
        heading("Prevent extremism", 3),  # set larger than the priorities in the published file
        paragraph("We will run Prevent training."),
        heading("What will we do?", 4),
        paragraph("We will fund a hate crime caseworker."),
        heading("Priority D: Reducing re-offending", 4),
        heading("Why is this important?", 4),
        paragraph("A few offenders commit most crime."),
        heading("Integrated Offender Management", 2),  # the last part holds up to the last of its parts' headings
        paragraph("IOM manages prolific offenders."),
        heading("What will we do?", 4),
        paragraph("We will reduce re-offending."),
        heading("1. Reasons for the decisions", 2),  # a cover report's numbered sections ...
        paragraph("The plan is a statutory requirement."),
        heading("Linked reports", 2),  # ... the last of which holds nothing after it
        paragraph("None."),
        heading("1. Introduction", 2),  # another run of the same shape, not the next of it
        paragraph("Welcome."),
    )
    assert sections["We will run Prevent training."] == "Priority C: Hate crime > Prevent extremism"
    assert sections["We will fund a hate crime caseworker."].startswith("Priority C: Hate crime > ")
    assert (
        sections["IOM manages prolific offenders."]
        == "Priority D: Reducing re-offending > Integrated Offender Management"
    )
    assert sections["We will reduce re-offending."].startswith("Priority D: Reducing re-offending > ")
    assert sections["None."] == "Linked reports"


def test_two_runs_of_one_shape_woven_together_hold_nothing() -> None:
    sections = _sections(
        heading("1. Safer streets", 2),
        heading("1. Strategic actions", 3),  # a second run, numbered alongside the first
        paragraph("Light the underpass."),
        heading("Outcomes and outputs", 3),
        paragraph("Fewer street robberies."),
        heading("2. Safer homes", 2),
        heading("2. Strategic actions", 3),
        paragraph("Fit better locks."),
    )
    assert sections["Fewer street robberies."] == "Outcomes and outputs"


YOUTH_CELL = (
    "We will cut knife crime among young people in Fernleigh. We will put youth workers in the hospital. "
    "Detached youth workers will visit parks on summer evenings."
)
REOFFENDING_CELL = (
    "We will find steady work and safe homes for people leaving prison. Probation will chair a monthly panel. "
    "Every prolific offender will have a named key worker."
)


def test_the_cells_of_a_row_too_long_for_a_chunk_are_marked_as_cells() -> None:
    header = "\tASPECT\tTackling Youth Violence\tReducing Reoffending"
    row = f"Work Stream\tOBJECTIVES\t{YOUTH_CELL}\t{REOFFENDING_CELL}"
    text = f"# The Priorities\n\nThe board agreed two work streams.\n\n{header}\n{row}\n\nThe board reviews them."
    chunks = chunk_document(_document(text), max_chars=300)
    cells = {chunk.text: chunk.section for chunk in chunks if chunk.cell}
    assert cells == {
        YOUTH_CELL: "The Priorities > Tackling Youth Violence > Work Stream OBJECTIVES",
        REOFFENDING_CELL: "The Priorities > Reducing Reoffending > Work Stream OBJECTIVES",
    }
    ordinary = [chunk.text for chunk in chunks if not chunk.cell]
    assert any("The board agreed two work streams." in text for text in ordinary)
    assert any("ASPECT | Tackling Youth Violence | Reducing Reoffending" in text for text in ordinary)
    assert any("The board reviews them." in text for text in ordinary)


def test_the_cells_below_a_line_across_the_table_keep_the_names_of_their_columns() -> None:
    header = "\tASPECT\tTackling Youth Violence\tReducing Reoffending"
    objectives = f"Work Stream\tOBJECTIVES\t{YOUTH_CELL}\t{REOFFENDING_CELL}"
    youth_actions = "Mentoring for young victims in the hospital. Summer football in the parks."
    reoffending_actions = "A key worker for every prolific offender. Homes found before release from prison."
    actions = f"Actions\t\t{youth_actions}\t{reoffending_actions}"
    text = f"# The Priorities\n\n{header}\n{objectives}\nPriority actions and accountability\n{actions}"
    chunks = chunk_document(_document(text), max_chars=150)
    cells = {chunk.text: chunk.section for chunk in chunks if chunk.cell}
    assert cells[youth_actions] == "The Priorities > Tackling Youth Violence > Actions"
    assert cells[reoffending_actions] == "The Priorities > Reducing Reoffending > Actions"


def test_a_row_that_fits_a_chunk_is_no_cell() -> None:
    row = "Work Stream\tOBJECTIVES\tCut knife crime.\tFind homes for people leaving prison."
    chunks = chunk_document(_document(f"# The Priorities\n\n{row}"), max_chars=300)
    assert any("Work Stream | OBJECTIVES | Cut knife crime." in chunk.text for chunk in chunks)
    assert not any(chunk.cell for chunk in chunks)


def test_a_chunk_s_cell_mark_survives_its_record() -> None:
    header = "\tASPECT\tTackling Youth Violence\tReducing Reoffending"
    row = f"Work Stream\tOBJECTIVES\t{YOUTH_CELL}\t{REOFFENDING_CELL}"
    chunks = chunk_document(_document(f"# The Priorities\n\nThe board agreed these.\n\n{header}\n{row}"), max_chars=300)
    assert {chunk.cell for chunk in chunks} == {True, False}
    for chunk in chunks:
        again = Chunk.from_record(chunk.id, chunk.text, chunk.to_record())
        assert again == chunk
    ordinary = next(chunk for chunk in chunks if not chunk.cell)
    assert "cell" not in ordinary.to_record()  # a vector store record holds no empty values


def test_each_cell_of_a_long_row_without_a_header_row_is_a_chunk_of_its_own() -> None:
    row = f"Work Stream\tOBJECTIVES\t{YOUTH_CELL}\t{REOFFENDING_CELL}"
    chunks = chunk_document(_document(f"# The Priorities\n\nThe board agreed these.\n\n{row}"), max_chars=330)
    assert len(f"{YOUTH_CELL}\n{REOFFENDING_CELL}") < 330 < len(row)  # the two cells would fit one chunk
    assert sorted(chunk.text for chunk in chunks if chunk.cell) == sorted([YOUTH_CELL, REOFFENDING_CELL])


def test_a_split_list_keeps_a_lead_in_that_ends_in_a_semicolon() -> None:
    items = "\n".join(f"- To reach objective number {i} for women and girls in the borough;" for i in range(8))
    text = f"# Priority 2\n\nThe Plan sets out eight important objectives for our borough;\n\n{items}"
    chunks = chunk_document(_document(text), max_chars=300)
    continued = [chunk for chunk in chunks if "objective number 7" in chunk.text][0]
    assert "objective number 0" not in continued.text
    assert continued.text.startswith("The Plan sets out eight important objectives for our borough;")


def test_a_numbered_item_cut_mid_sentence_runs_on_into_the_paragraph_after_it() -> None:

    structure = StructuredDocument(
        (
            heading("4. Comments of the Chief Finance Officer", 2, page=6),
            item(
                "4.11 The Home Office provides the Council with annual funding for Prevent. In 2017-18, the Council",
                page=6,
            ),
            paragraph("will receive £132,000 for the delivery of three Prevent projects.", page=6),
            item("4.12 Third-party organisations receive funding for two projects", page=6),
            paragraph("These projects run until March.", page=6),  # a sentence of its own, not the item's
            item("A reduction of 35.1% in knife crime, ranking 3rd in the Met Police", page=6),
            paragraph("Domestic Violence offences have increased in the past year by 19%.", page=6),
        )
    )
    chunks = chunk_document(PlanDocument(metadata=META, pages=(), sha256="x", structure=structure))
    lines = [line for chunk in chunks for line in chunk.text.split("\n")]
    assert (
        "- 4.11 The Home Office provides the Council with annual funding for Prevent. In 2017-18, the Council will "
        "receive £132,000 for the delivery of three Prevent projects." in lines
    )
    assert "These projects run until March." in lines
    assert "Domestic Violence offences have increased in the past year by 19%." in lines  # an item ends unstopped


def test_a_paragraph_cut_mid_sentence_by_a_blank_line_runs_on_into_the_next() -> None:
    text = (
        "# Governance\n\n"
        "In 2019 the partnership set up a strategic board, the Safety Executive, made up of the Statutory\n\n"
        "Authorities, to drive strategic decisions.\n\n"
        "The board also agreed to publish its minutes on the website of the council every\n\n"
        "quarter, for residents to read.\n\n"
        "Residents told us that they worry about crime on the high street late on Friday\n\n"
        "The board will look at this in the first year.\n"
    )
    lines = [line for chunk in chunk_document(_document(text)) for line in chunk.text.split("\n")]
    joined = " ".join(lines)
    assert "the Safety Executive, made up of the Statutory Authorities, to drive strategic decisions." in joined
    assert any(line.endswith("every quarter, for residents to read.") for line in lines)
    # a sentence whose full stop is missing is not run into the next one
    assert any(line.endswith("late on Friday") for line in lines)
    assert "The board will look at this in the first year." in lines
