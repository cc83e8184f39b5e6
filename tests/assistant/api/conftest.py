"""The real app over the corpus index, served on a loopback port, with its own data folder per module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.api.app import create_app
from assistant.api.server import serving
from assistant.pipeline import Assistant
from assistant.settings import Settings


@pytest.fixture(scope="module")
def served_url(
    corpus_settings: Settings, assistant: Assistant, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    settings = corpus_settings.model_copy(
        update={"data_dir": tmp_path_factory.mktemp("served"), "rate_limit_ip": 0, "rate_limit_key": 0}
    )
    with serving(create_app(settings, assistant=assistant)) as url:
        yield url
