from pathlib import Path

from assistant.settings import ENV_PREFIX, Settings

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    missing = [name for name in Settings.model_fields if f"`{ENV_PREFIX}{name.upper()}`" not in readme]
    assert missing == []


def test_settings_come_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("PLAN_ASSISTANT_PASSAGES", "5")
    assert Settings(_env_file=None).passages == 5


def test_evidence_is_certain_above_where_it_is_confident() -> None:
    settings = Settings(_env_file=None)
    assert settings.certain_similarity == 0.65
    assert settings.min_similarity < settings.confident_similarity < settings.certain_similarity
