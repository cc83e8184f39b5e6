"""Saved council web pages read into typed blocks: the main content only, in order."""

from __future__ import annotations

from ingest.formats.html import read_html
from ingest.model import block_text

SAVED_PAGE = """<!DOCTYPE html>
<html lang="en" class="js nav-closed">
<head>
  <meta charset="utf-8"><title>Housing strategy | Testshire Council</title>
  <style>body { font-family: sans-serif; }</style>
  <script>var tracking = "TRACKING-WORDS";</script>
</head>
<body>
  <a class="govuk-skip-link" href="#main-content">Skip to main content</a>
  <div id="cookie-banner" class="cookie-banner">
    <h2>Cookies on Testshire Council</h2><p>We use COOKIE-WORDS to make the site work.</p>
    <button>Accept cookies</button>
  </div>
  <header class="site-header"><a href="/">Testshire Council</a>
    <nav aria-label="Menu"><ul><li><a href="/bins">Bins NAV-WORDS</a></li>
      <li><a href="/tax">Council tax</a></li></ul></nav>
  </header>
  <div class="breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/housing">BREADCRUMB-WORDS</a></li></ol></div>
  <main id="main-content">
    <h1>Housing strategy 2024&ndash;2029</h1>
    <p>The council will build <strong>1,500</strong> homes.<br>Most will be for
       <a href="/social-rent">social rent</a>, see the <a href="javascript:alert('x')">annex</a>.
       <img src="chart.png" alt="a chart of homes built"></p>
    <img src="decoration.png" alt="DECORATIVE-ALT">
    <script>document.write("SCRIPT-WORDS");</script>
    <h2>Our priorities</h2>
    <ul>
      <li>More homes
          for social rent</li>
      <li>Warmer homes
        <ul><li>Insulate 2,000 lofts</li><li>Replace old boilers</li></ul>
      </li>
    </ul>
    <ol start="3"><li>Third step<li>Fourth step</ol>
    <table>
      <caption>Homes by ward</caption>
      <thead><tr><th>Ward</th><th>Homes</th><th>Year</th></tr></thead>
      <tbody>
        <tr><td>Bow East</td><td>120</td><td>2025</td></tr>
        <tr><td colspan="2">Total to be confirmed</td><td>2026</td></tr>
      </tbody>
    </table>
    <p>Tell us what you think &lt;script&gt;alert(1)&lt;/script&gt; by 1 March.</p>
  </main>
  <footer class="site-footer"><p>FOOTER-WORDS &copy; Testshire Council</p></footer>
</body>
</html>
"""


def test_a_saved_page_is_read_as_its_main_content_in_order() -> None:
    document, removed = read_html(SAVED_PAGE)
    blocks = document.blocks
    assert [(b.kind, b.text, b.level) for b in blocks[:3]] == [
        ("heading", "Housing strategy 2024–2029", 1),
        (
            "paragraph",
            "The council will build 1,500 homes. Most will be for social rent, see the annex. a chart of homes built",
            0,
        ),
        ("heading", "Our priorities", 2),
    ]
    items = [(b.text, b.level, b.marker) for b in blocks if b.kind == "item"]
    assert items == [
        ("More homes for social rent", 0, "•"),
        ("Warmer homes", 0, "•"),
        ("Insulate 2,000 lofts", 1, "•"),
        ("Replace old boilers", 1, "•"),
        ("Third step", 0, "3."),
        ("Fourth step", 0, "4."),
    ]
    (grid,) = [b for b in blocks if b.kind == "table"]
    assert grid.caption == "Homes by ward" and grid.header_rows == 1
    assert grid.rows == (("Ward", "Homes", "Year"), ("Bow East", "120", "2025"), ("Total to be confirmed", "2026"))
    assert blocks[-1].kind == "paragraph" and blocks[-1].text.startswith("Tell us what you think")
    assert blocks.index(grid) == len(blocks) - 2

    words = document.text()
    for absent in (
        "TRACKING",
        "COOKIE-WORDS",
        "NAV-WORDS",
        "BREADCRUMB",
        "FOOTER",
        "SCRIPT-WORDS",
        "Skip to main",
        "DECORATIVE",
        "Accept",
        "javascript",
        "Testshire Council",
    ):
        assert absent not in words, absent
    assert "<" not in words and "&" not in words
    assert dict(removed.elements) == {"script": 2, "style": 1}
    assert removed.unsafe_urls == 1 and removed.tags == 2 and removed.images == 2


def test_a_page_without_main_is_read_from_its_body_less_site_furniture() -> None:
    page = """<html><body>
      <div id="skiplinks"><a href="#content">Skip to content</a></div>
      <div role="banner"><p>BANNER-WORDS</p></div>
      <div class="site-nav"><ul><li>Home</li><li>NAV-WORDS</li></ul></div>
      <form action="/search"><label>SEARCH-WORDS</label><input name="q"></form>
      <div id="content">
        <article><header><h1>Local Plan consultation</h1></header>
          <p>Comments close on 4 April.</p></article>
        <article><h2>Related news</h2><p>Libraries reopen.</p></article>
        <div>Text written straight in a div.</div>
        <aside><p>ASIDE-WORDS</p></aside>
        <table><tr><th>Stage</th><th>Date</th></tr><tr><td rowspan="2">Draft</td><td>May</td></tr>
          <tr><td>June</td></tr></table>
      </div>
      <footer><p>FOOTER-WORDS</p></footer>
    </body></html>"""
    document, _ = read_html(page)
    assert [(b.kind, b.text) for b in document.blocks if b.kind != "table"] == [
        ("heading", "Local Plan consultation"),
        ("paragraph", "Comments close on 4 April."),
        ("heading", "Related news"),
        ("paragraph", "Libraries reopen."),
        ("paragraph", "Text written straight in a div."),
    ]
    (grid,) = [b for b in document.blocks if b.kind == "table"]
    assert grid.header_rows == 1
    assert grid.rows == (("Stage", "Date"), ("Draft", "May"), ("Draft", "June"))  # a cell spanning rows repeats
    assert all(word not in block_text(b) for b in document.blocks for word in ("BANNER", "NAV", "SEARCH", "ASIDE"))
    assert "Skip" not in document.text() and "FOOTER" not in document.text()


def test_a_lone_article_ordered_list_types_and_a_layout_table() -> None:
    page = """<body><nav>Menu</nav><article>
      <h2>Budget</h2>
      <ol type="a"><li>First</li><li value="5">Fifth</li></ol>
      <table role="presentation"><tr><td><h3>Left column</h3><p>Words on the left.</p></td>
        <td><p>Words on the right.</p></td></tr></table>
      <p>Soft\u00adhyphen and non&nbsp;breaking space.</p>
    </article></body>"""
    blocks = read_html(page)[0].blocks
    assert [(b.kind, b.text, b.marker) for b in blocks] == [
        ("heading", "Budget", ""),
        ("item", "First", "a."),
        ("item", "Fifth", "e."),
        ("heading", "Left column", ""),
        ("paragraph", "Words on the left.", ""),
        ("paragraph", "Words on the right.", ""),
        ("paragraph", "Softhyphen and non breaking space.", ""),
    ]


def test_hostile_markup_leaves_nothing_tag_shaped() -> None:
    page = "<main><p>a &lt;img src=x onerror=alert(1)&gt; b <noscript><p>NO</p></noscript></p><p>&amp;lt;b&amp;gt;"
    document, removed = read_html(page)
    assert document.text() == "a b\n&lt;b&gt;"
    assert dict(removed.elements) == {"noscript": 1}
