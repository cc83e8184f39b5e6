from assistant.llm.links import strip_links


def test_images_html_and_links_to_other_hosts_are_stripped_keeping_the_words() -> None:
    text = (
        "See ![x](https://evil.example/a.png) the plan. Read [the strategy](https://www.sutton.gov.uk/s.pdf) "
        "and [this](https://evil.example/b). Visit https://evil.example/?q=1 or www.evil.example. "
        "<img src='https://evil.example/c.png'><a href=\"https://evil.example\">here</a>\n[ref]: https://evil.example"
    )
    cleaned = strip_links(text, ["sutton.gov.uk"])
    assert "evil.example" not in cleaned and "<" not in cleaned and "![" not in cleaned
    assert "the strategy (https://www.sutton.gov.uk/s.pdf)" in cleaned and "and this." in cleaned
    assert "here" in cleaned


def test_with_no_allowed_hosts_every_address_goes() -> None:
    assert strip_links("Read [the strategy](https://www.sutton.gov.uk/s.pdf) now.") == "Read the strategy now."
    assert strip_links("A host that only ends alike: https://notsutton.gov.uk.evil.example/x", ["sutton.gov.uk"]) == (
        "A host that only ends alike: "
    )
