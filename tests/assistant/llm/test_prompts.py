import re
from pathlib import Path

import pytest

from assistant.llm.prompts import PromptError, load_prompt
from assistant.settings import PROMPTS_DIR

VARIABLES = {"answer": {"question", "passages"}, "condense": {"history", "message"}}


def test_every_prompt_file_is_covered() -> None:
    assert {path.stem for path in PROMPTS_DIR.glob("*.md") if path.name != "README.md"} == set(VARIABLES)


@pytest.mark.parametrize("name", sorted(VARIABLES))
def test_a_prompt_renders_with_exactly_its_variables(name: str) -> None:
    prompt = load_prompt(name, PROMPTS_DIR)
    assert set(prompt.input_variables) == VARIABLES[name]
    values = {variable: f"<<{variable} value>>" for variable in VARIABLES[name]}
    messages = prompt.format_messages(**values)
    assert [message.type for message in messages] == ["system", "human"]
    text = "\n".join(str(message.content) for message in messages)
    assert all(value in text for value in values.values())
    assert not re.search(r"\{\w+\}", text)  # no placeholder left unfilled
    for missing in VARIABLES[name]:
        with pytest.raises(KeyError):
            prompt.format_messages(**{k: v for k, v in values.items() if k != missing})


def test_a_prompt_using_an_undeclared_variable_is_refused(tmp_path: Path) -> None:
    (tmp_path / "odd.md").write_text("variables: question\n[system]\nHi {name}\n[user]\n{question}\n")
    with pytest.raises(PromptError, match=r"declares \['question'\] but uses \['name', 'question'\].*odd.md"):
        load_prompt("odd", tmp_path)


def test_a_prompt_without_both_parts_or_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "half.md").write_text("variables: question\n[system]\n{question}\n")
    with pytest.raises(PromptError, match="one \\[system\\] part and one \\[user\\] part"):
        load_prompt("half", tmp_path)
    with pytest.raises(PromptError, match="cannot read"):
        load_prompt("absent", tmp_path)
