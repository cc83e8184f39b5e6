from ingest.blocks import parse_blocks

PAGE = """# Priority B: Violence

#### What is our focus?

- To raise awareness of domestic abuse so that victims report earlier.
  - Nested point
- Second point

Outcome(s)\tOutput(s)
Increase in MARAC referrals.\tNumber MARAC referrals (target 209).

Partnership activity

During 2015-16 the partnership
successfully launched the Charter."""


def test_blocks_recognise_headings_items_rows_and_paragraphs() -> None:
    blocks = parse_blocks(PAGE)
    kinds = [(block.kind, block.text) for block in blocks]
    assert kinds == [
        ("heading", "Priority B: Violence"),
        ("heading", "What is our focus?"),
        ("item", "To raise awareness of domestic abuse so that victims report earlier."),
        ("item", "Nested point"),
        ("item", "Second point"),
        ("row", "Outcome(s)\tOutput(s)"),
        ("row", "Increase in MARAC referrals.\tNumber MARAC referrals (target 209)."),
        ("heading", "Partnership activity"),
        ("paragraph", "During 2015-16 the partnership successfully launched the Charter."),
    ]
    assert blocks[3].level > blocks[2].level


def test_parallel_plain_headings_are_a_list() -> None:
    text = "\n\n".join(["Priority A: Anti-Social Behaviour", "Priority B: Violence", "Priority C: Hate Crime"])
    assert [block.kind for block in parse_blocks(text)] == ["item", "item", "item"]


def test_a_long_lower_case_line_is_not_a_heading() -> None:
    text = "Intro.\n\nUtilising judicial restrictions and offender management to moderate offending behaviour\n\nMore."
    assert [block.kind for block in parse_blocks(text)] == ["paragraph", "paragraph", "paragraph"]


def test_a_list_item_that_stops_mid_sentence_goes_on_into_the_line_under_it() -> None:
    text = (
        "- The core projects including the Specialist Court,\n"
        "   Sanctuary, IRIS and the One Stop Shop\n"
        "\n"
        "All of them focus on victims."
    )
    blocks = parse_blocks(text)
    assert [(block.kind, block.text) for block in blocks] == [
        ("item", "The core projects including the Specialist Court, Sanctuary, IRIS and the One Stop Shop"),
        ("paragraph", "All of them focus on victims."),
    ]


def test_a_whole_list_item_keeps_the_line_under_it_apart() -> None:
    blocks = parse_blocks("- 43% engaged in education\n 49% in treatment")
    assert [block.kind for block in blocks] == ["item", "paragraph"]


def test_a_line_across_a_table_between_its_rows_is_a_row_of_one_cell() -> None:
    text = (
        "\tASPECT\tTackling Youth Violence\tReducing Reoffending\n"
        "\tFOCUS\tCut knife crime\tFind homes for people leaving prison\n"
        "Priority actions and accountability\n"
        "Actions\t\tMentoring in hospitals\tA key worker for every prolific offender"
    )
    assert [block.kind for block in parse_blocks(text)] == ["row", "row", "row", "row"]
    # a line after a table's last row, or after a blank line, is text
    assert [block.kind for block in parse_blocks("A\tB\nC\tD\nThe board meets monthly.")][-1] == "paragraph"
    assert [block.kind for block in parse_blocks("A\tB\n\nThe board meets monthly.\nC\tD")][1] == "paragraph"
    # a last row whose second cell is empty opens with the mark the rows above open with
    areas = "➤ Robbery\t➤ Hate Crime\n➤ Substance Misuse\t➤ Anti-Social Behaviour\n➤ Preventing Radicalisation\n\nNext."
    assert [block.kind for block in parse_blocks(areas)] == ["row", "row", "row", "paragraph"]


def test_the_lines_of_an_address_are_not_headings() -> None:
    text = (
        "Please write to us at:\n\nPost: Community Safety Division\n\nTestshire Borough Council,\n\nTown Hall, TS1 4AB"
    )
    assert [block.kind for block in parse_blocks(text)] == ["paragraph"] * 4
