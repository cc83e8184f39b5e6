from assistant.llm.sentences import SentenceSplitter, markers, normalise_markers, strip_markers

TEXT = (
    "The plan sets four priorities [1]. It aims for 209 referrals [2, 3].\n"
    "The priorities are:\n1. Violence [1]\n2. Hate crime. [2] The target is 25.3% (e.g. of cases) [2]. End"
)
SENTENCES = [
    "The plan sets four priorities [1]. ",
    "It aims for 209 referrals [2, 3].\n",
    "The priorities are:\n",
    "1. Violence [1]\n",
    "2. Hate crime. [2] ",
    "The target is 25.3% (e.g. of cases) [2]. ",
    "End",
]


def split(text: str, size: int) -> list[str]:
    splitter = SentenceSplitter()
    pieces = [sentence for i in range(0, len(text), size) for sentence in splitter.feed(text[i : i + size])]
    return pieces + splitter.flush()


def test_sentences_are_the_same_however_the_stream_is_cut() -> None:
    for size in (1, 2, 3, 7, len(TEXT)):
        assert split(TEXT, size) == SENTENCES


def test_markers_are_read_in_every_common_form() -> None:
    assert normalise_markers("a [1, 2] b [3;4] c [5]") == "a [1][2] b [3][4] c [5]"
    assert markers("x [2][1] and [2, 4]") == [2, 1, 4]
    assert strip_markers("- Violence [1][2]") == "- Violence"
