import json

from eval.same_answers import differences, main


def test_a_changed_answer_a_changed_citation_and_a_missing_question_are_differences(tmp_path, capsys) -> None:
    before = {
        "q1": {"answer": "Target 25%.", "cited": ["a-1"]},
        "q2": {"answer": "Three priorities.", "cited": ["b-2"]},
        "q3": {"answer": "No.", "cited": []},
        "q4": {"answer": "Same.", "cited": ["c-1"]},
    }
    after = {
        "q1": {"answer": "Target 26%.", "cited": ["a-1"]},
        "q2": {"answer": "Three priorities.", "cited": ["b-3"]},
        "q4": {"answer": "Same.", "cited": ["c-1"]},
        "q5": {"answer": "New.", "cited": []},
    }
    assert differences(before, after) == ["q1", "q2", "q3", "q5"]
    assert differences(before, before) == []
    paths = [tmp_path / "before.json", tmp_path / "after.json"]
    for path, record in zip(paths, (before, after), strict=True):
        path.write_text(json.dumps(record), encoding="utf-8")
    assert main(["compare", str(paths[0]), str(paths[0])]) == 0
    assert "4 questions; 0 differ" in capsys.readouterr().out
    assert main(["compare", *map(str, paths)]) == 1
    assert "5 questions; 4 differ" in capsys.readouterr().out
