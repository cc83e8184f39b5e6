"""Line-end hyphens: undone when they only broke a word, kept when the document writes the word hyphenated."""

from ingest.pdf.hyphens import Vocabulary, join_lines

BROKEN = ["who go on to re-", "offend within a year"]


def test_a_hyphen_only_breaking_a_word_is_undone() -> None:
    assert join_lines(["Our overarch-", "ing aim is safety."], Vocabulary()) == "Our overarching aim is safety."


def test_a_hyphen_the_document_writes_elsewhere_in_the_word_s_family_is_kept() -> None:
    vocabulary = Vocabulary(["Re-offending fell.", "Young people who re-offending rates ...", "re-offended once"])
    assert join_lines(BROKEN, vocabulary) == "who go on to re-offend within a year"
    # ... and a word the document runs together is joined
    joined = Vocabulary(["Reoffending fell.", "reoffending rates"])
    assert join_lines(BROKEN, joined) == "who go on to reoffend within a year"


def test_a_word_written_nowhere_else_keeps_its_hyphen_when_it_joins_two_words() -> None:
    vocabulary = Vocabulary(["The plan was agreed."])
    assert join_lines(["a more victim-", "centred approach"], vocabulary) == "a more victim-centred approach"
    assert join_lines(["a multi-", "agency panel"], vocabulary) == "a multi-agency panel"
    # ... and a word broken in two is joined, even where its pieces are words ("how" + "ever": "however")
    assert join_lines(["cases of burg-", "lary fell"], vocabulary) == "cases of burglary fell"
    assert join_lines(["It fell, how-", "ever, in May."], vocabulary) == "It fell, however, in May."
    assert join_lines(["in Kings-", "wood ward"], vocabulary) == "in Kingswood ward"  # a name
