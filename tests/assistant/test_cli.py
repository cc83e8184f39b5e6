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


SUTTON = "safer-sutton-strategy-2021-24.txt"
TOWER_HAMLETS = "tower-hamlets-community-safety-plan-2017-21.txt"


def test_plan_prints_the_outline_as_a_tree_and_every_record_with_its_quote(
    corpus_settings: Settings, assistant, monkeypatch
) -> None:
    monkeypatch.setenv("PLAN_ASSISTANT_DATA_DIR", str(corpus_settings.data_dir))
    result = CliRunner().invoke(app, ["plan", SUTTON])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Safer Sutton Partnership Community Safety Strategy 2021-24"
    assert lines[1] == f"Sutton · strategy · 2021-2024 · 2020-12 · public · {SUTTON}"
    parts = [line for line in lines if line and not line.startswith(" ")]
    assert parts[2:] == [
        "Outline",
        "Contents page",
        "Priorities",
        "Targets",
        "Statutory duties",
        "Commitments",
        "Governance",
        "Key dates",
        "Signed",
        "Tables",
    ]
    contents = [line for line in lines[lines.index("Contents page") + 1 : lines.index("Priorities")] if line]
    assert (
        contents[0] == '  "Introduction | 3"'
        and contents[-1] == '  "Appendix - Safer Sutton Partnership Governance | 17"'
    )

    priorities = lines[lines.index("Priorities") : lines.index("Targets")]
    assert [line for line in priorities if line.startswith("  ") and line[2].isdigit()] == [
        "  1. Safe from Crime and its Consequences (Safe in Ourselves)",
        "  2. Safe on Our Streets and Neighbourhoods",
        "  3. Safe from Harm and Exploitation",
        "  4. Safe from Domestic Violence and Abuse",
        "  5. Safe from Serious Violence",
        "  6. Safe from Extremism, Hate and Racism",
    ]
    assert '    - "Provide leadership for the DV MARAC."' in priorities
    targets = lines[lines.index("Targets") : lines.index("Statutory duties")]
    marac = targets.index("  Increase in the number of total MARAC referrals: target 209")
    quote = "Increase in the number of total MARAC referrals. | Number MARAC referrals (target 209)."
    assert targets[marac + 1] == f'    "{quote}"'
    commitments = lines[lines.index("Commitments") : lines.index("Governance")]
    assert any(
        line.startswith('  "We will make it easier to report crime') and line.endswith("[we]") for line in commitments
    )
    dates = lines[lines.index("Key dates") + 1 : lines.index("Signed") - 1]
    # no foreword or welcome says who it is from
    assert lines[lines.index("Signed") + 1 : lines.index("Tables")] == ["  (none found)", ""]
    tables = lines[lines.index("Tables") + 1 :]
    assert "    columns: Outcome(s) | Output(s)" in tables
    assert '    - "Increased crime reporting | Total criminal offences per 1,000 population"' in tables
    assert dates == [f'  {d.kind} {d.when}: "{d.evidence.quote}"' for d in assistant.index.plans[SUTTON].dates]
    assert any(line.startswith('  published July 2020: "In July 2020 the Sutton Community') for line in dates)


def test_plan_indents_each_heading_under_its_parent(corpus_settings: Settings, monkeypatch) -> None:
    monkeypatch.setenv("PLAN_ASSISTANT_DATA_DIR", str(corpus_settings.data_dir))
    result = CliRunner().invoke(app, ["plan", TOWER_HAMLETS])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    outline = lines[lines.index("Outline") + 1 : lines.index("Priorities") - 1]
    violence = outline.index("  Priority B: Violence")
    assert outline[violence + 1] == "    Why is this important?"
    assert "  Contents [contents]" in outline
    assert "  Priority B: Violence" in lines[lines.index("Priorities") :]
    assert lines[lines.index("Signed") + 1 : lines.index("Tables")] == [
        '  Foreword: "Foreword by Co-chairs of Community Safety Partnership Executive"',
        '  Hello & Welcome: "Hello & Welcome from Mayor of Tower Hamlets"',
        "",
    ]


def test_plan_json_is_the_apis_plan_detail(corpus_settings: Settings, assistant, monkeypatch) -> None:
    from assistant.api.plans import plan_detail

    monkeypatch.setenv("PLAN_ASSISTANT_DATA_DIR", str(corpus_settings.data_dir))
    result = CliRunner().invoke(app, ["plan", TOWER_HAMLETS, "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert [p["label"] for p in body["priorities"]] == ["Priority A", "Priority B", "Priority C", "Priority D"]
    assert body == plan_detail(assistant.index, TOWER_HAMLETS).model_dump(mode="json")


def test_plan_with_an_unknown_id_names_the_plans_there_are(corpus_settings: Settings, monkeypatch) -> None:
    monkeypatch.setenv("PLAN_ASSISTANT_DATA_DIR", str(corpus_settings.data_dir))
    result = CliRunner().invoke(app, ["plan", "no-such-plan.txt"])
    assert result.exit_code == 1
    assert "no plan no-such-plan.txt" in result.stderr
    assert SUTTON in result.stderr and TOWER_HAMLETS in result.stderr
    assert result.stdout == ""
