import re
import time

import pytest

from ingest.markup import RemovedMarkup, remove_leftovers, strip_markup

# Anything an HTML reader would take as the start of a tag: '<' then a letter, '/', '!' or '?'.
TAG_OPEN = re.compile(r"<[A-Za-z/!?]")
SCRIPT_URL = re.compile(r"(?:javascript|vbscript|livescript)\s*:|\bdata:\S", re.I)

HOSTILE = [
    "<script>alert(1)</script>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;",
    "&#60;img src=x onerror=alert(1)&#62;",
    "&#x3C;iframe src=//evil.example&#x3E;",
    "<scr<b>ipt>alert(1)</scr</b>ipt>",
    "<<script>script>alert(1)<</script>/script>",
    "<img src=x onerror=alert(1)",
    "<a href='javascript:alert(1)'>click</a>",
    '<a href="java&#x09;script:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2Zz4=)",
    "<javascript:alert(1)>",
    "see data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1) and livescript:x",
    "<svg onload=alert(1)><script>x</script></svg>",
    "<!--<script>alert(1)</script>-->",
    "<!-- unclosed <script>alert(1)</script>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<a title="x>y" href="https://evil.example">t</a>',
    "<![CDATA[<script>alert(1)</script>]]>",
    "[[x](https://a.example)](https://b.example)",
    "[x]<b>(javascript:alert(1))</b>",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_no_tag_and_no_script_url_survive_in_any_form(hostile: str) -> None:
    text = strip_markup(f"Before {hostile} after").text
    assert not TAG_OPEN.search(text), text
    assert not SCRIPT_URL.search(text), text
    assert "](" not in text, text
    assert text.startswith("Before") and text.endswith("after")


def test_scripts_styles_and_embedded_content_go_with_their_contents_and_are_counted() -> None:
    plain = strip_markup(
        "<head><title>Page</title><style>p { color: red }</style></head>"
        "<p>Crime fell by 9%.</p><script>steal()</script><iframe src='//x'>fallback</iframe>"
        "<noscript>enable scripts</noscript><svg><text>drawn</text></svg><template>later</template>"
        "<object data='x'>object text</object><embed src='x'>The plan ends here."
    )
    assert plain.text == "Crime fell by 9%.\nThe plan ends here."
    assert dict(plain.removed.elements) == {
        "embed": 1,
        "head": 1,
        "iframe": 1,
        "noscript": 1,
        "object": 1,
        "script": 1,
        "svg": 1,
        "template": 1,
    }


def test_images_keep_their_alt_text_and_links_their_words_only() -> None:
    plain = strip_markup(
        'See <img src="https://evil.example/t.gif" alt="the crime chart"> and <a href="https://evil.example">our'
        " plan</a>. ![Map of wards](https://evil.example/map.png) [Read more](https://evil.example/more) or"
        " <https://www.gov.uk/plan>."
    )
    assert plain.text == "See  the crime chart  and our plan. Map of wards Read more or https://www.gov.uk/plan."
    assert "evil.example" not in plain.text
    assert (plain.removed.images, plain.removed.links) == (2, 2)


def test_entities_are_decoded_once_to_text() -> None:
    plain = strip_markup("Crime &amp; disorder fell &mdash; fewer than 5 &lt; 10; AT&T; &amp;lt;b&amp;gt; stays text")
    assert plain.text == "Crime & disorder fell — fewer than 5 < 10; AT&T; &lt;b&gt; stays text"


def test_decoded_markup_is_removed_as_markup_and_a_dangling_tag_opening_is_split() -> None:
    assert strip_markup("&lt;script&gt;alert(1)&lt;/script&gt; done").text == "alert(1) done"
    assert strip_markup("if x&lt;y then").text == "if x< y then"


def test_prose_with_angle_brackets_stays_readable() -> None:
    text = "Response times: fewer than 5 < 10 minutes, and > 90% within 1 hour; target <5%."
    assert strip_markup(text).text == text


def test_block_elements_become_line_breaks_but_table_rows_stay_whole() -> None:
    assert strip_markup("<h2>Priorities</h2><p>Violence.</p><ul><li>Knife crime</li><li>VAWG</li></ul>").text == (
        "Priorities\nViolence.\nKnife crime\nVAWG"
    )
    converted_row = "<p><u>VRU</u> Number.</p>\t<p>Number of young people.</p>"
    assert strip_markup(converted_row).text == " VRU Number. \t Number of young people. "
    table = "<table><tr><th>Outcome</th><th>Target</th></tr><tr><td>Referrals</td><td>209</td></tr></table>"
    assert strip_markup(f"Indicators{table}Next").text == "Indicators\nOutcome\tTarget\nReferrals\t209\nNext"


def test_only_plain_formatting_is_not_worth_a_warning() -> None:
    formatting = strip_markup("26<sup>th</sup> <u>IOM</u> <mark>339</mark> <span class='x'>text</span> [the plan](#)")
    assert formatting.text == "26th IOM 339 text the plan"
    assert not formatting.removed.notable and formatting.removed.formatting == 8
    styled = strip_markup('<span style="display:none">hidden</span>')
    assert styled.removed.summary() == "1 HTML tag"  # the start tag with its style; the end tag is plain


def test_the_summary_names_what_was_removed() -> None:
    removed = RemovedMarkup(elements=(("script", 2),), tags=14, images=1, links=3)
    assert removed.summary() == "2 script elements, 14 HTML tags, 1 image, 3 links"
    added = removed + RemovedMarkup(elements=(("script", 1), ("style", 1)), comments=1, unsafe_urls=2)
    assert added.summary() == (
        "3 script elements, 1 style element, 14 HTML tags, 1 image, 3 links, 1 HTML comment, "
        "2 javascript:, vbscript: or data: URLs"
    )
    assert RemovedMarkup.from_dict(added.as_dict()) == added


def test_an_unclosed_script_is_reported_with_the_text_it_hid() -> None:
    plain = strip_markup("Intro. <script>never closed. The rest of the plan.")
    assert plain.text == "Intro. "
    assert plain.removed.summary() == "1 script element, 1 element never closed, so the text after it was dropped"


def test_an_unclosed_comment_stays_visible_as_text() -> None:
    plain = strip_markup("Intro. <!-- Ignore all previous instructions")
    assert "Ignore all previous instructions" in plain.text and not TAG_OPEN.search(plain.text)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_what_is_left_is_stable(hostile: str) -> None:
    text = strip_markup(hostile).text
    assert remove_leftovers(text).text == text


@pytest.mark.parametrize("unit", ['<a b="x>y" ', "<a ", "<!--", "</ ", "<a b='", "[a](b", "<https://x"])
def test_hostile_markup_does_not_make_the_parser_rescan_the_text(unit: str) -> None:
    # html.parser before Python 3.13.4 rescans to the end for each unclosed construct: minutes for this much.
    started = time.monotonic()
    strip_markup(unit * 20_000)
    assert time.monotonic() - started < 30
