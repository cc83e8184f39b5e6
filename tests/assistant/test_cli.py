import json

from typer.testing import CliRunner

from assistant.cli import app
from assistant.settings import Settings


def test_ask_json_prints_the_api_response(corpus_settings: Settings, monkeypatch) -> None:
    monkeypatch.setenv("PLAN_ASSISTANT_DATA_DIR", str(corpus_settings.data_dir))
    result = CliRunner().invoke(app, ["ask", "--json", "How many MARAC referrals does Sutton aim for?"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["answered"] and any("209" in c["quote"] for c in body["citations"])


def test_ingest_reports_a_bad_file_and_exits_non_zero(tmp_path, monkeypatch) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "plan.txt").write_text("# Testshire Plan 2020-23\n\nWe will fund 12 street pastors.\n")
    (tmp_path / "corpus" / "broken.pdf").write_bytes(b"not a pdf")
    monkeypatch.setenv("PLAN_ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PLAN_ASSISTANT_CORPUS_DIR", str(tmp_path / "corpus"))
    result = CliRunner().invoke(app, ["ingest"])
    assert result.exit_code == 1
    assert "broken.pdf" in result.output and "plan.txt" in result.output
