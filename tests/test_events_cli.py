"""`eventwire code`: JSON records in, one event object per line out, per the output contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CONTRACT = {
    "event_id", "article_id", "source", "target", "cameo", "cameo_root", "goldstein",
    "quad_class", "plover", "date", "date_precision", "location", "negated", "modality",
    "sentence", "sentence_index", "trigger", "rule", "confidence", "date_text",
}


def run_code(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eventwire.cli", "code", *args],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    path = tmp_path_factory.mktemp("in") / "records.jsonl"
    path.write_text(
        json.dumps({
            "id": "rec-42",
            "date": "2019-11-19",
            "text": "Pakistan's army chief met Iranian President Hassan Rouhani in Tehran on "
                    "Tuesday. India did not attack Pakistan.",
        }) + "\n",
        encoding="utf-8",
    )
    result = run_code(str(path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_every_record_follows_the_contract(records: list[dict]) -> None:
    assert records
    for record in records:
        assert set(record) == CONTRACT
        assert record["article_id"] == "rec-42"
        assert set(record["source"]) == {"text", "name", "code", "country", "sector"}
        assert set(record["plover"]) == {"type", "mode", "context"}
        assert record["cameo_root"] == record["cameo"][:2]
        assert 0.0 <= record["confidence"] <= 1.0


def test_meeting_and_negated_attack_are_coded(records: list[dict]) -> None:
    meeting = [r for r in records if r["cameo_root"] == "04"]
    assert meeting and meeting[0]["source"]["country"] == "PAK"
    assert meeting[0]["target"]["country"] == "IRN"
    attack = [r for r in records if r["cameo_root"] == "19"]
    assert attack and all(r["negated"] for r in attack)


def test_missing_input_is_a_clear_error() -> None:
    result = run_code("/nonexistent/file.jsonl")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "nonexistent" in result.stderr
