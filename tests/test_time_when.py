"""`eventwire when`: JSON lines in, resolved values out; bad lines are skipped with a warning."""

import json

from eventwire.cli import main


def run_when(tmp_path, capsys, lines: list[str], *options: str) -> tuple[int, list[dict], str]:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main(["when", *options, str(path)])
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines() if line.strip()]
    return code, records, captured.err


def test_expression_lines_and_sentence_lines(tmp_path, capsys) -> None:
    lines = [
        json.dumps({"id": "a", "dct": "2019-11-20", "expression": "in April this year"}),
        json.dumps({"id": "b", "dct": "2000-04-03", "expression": "Tuesday",
                    "sentence": "The boy could leave as soon as Tuesday."}),  # fmt: skip
        json.dumps({"id": "c", "dct": "2019-11-20",
                    "sentence": "They met on Tuesday after talks a day earlier."}),  # fmt: skip
    ]
    code, records, _ = run_when(tmp_path, capsys, lines)
    assert code == 0
    assert records[0] == {"id": "a", "value": "2019-04", "precision": "month",
                          "text": "in April this year"}  # fmt: skip
    # Read in its sentence, "as soon as" points forward: the coming Tuesday.
    assert records[1]["value"] == "2000-04-04"
    assert [(r["id"], r["text"], r["value"]) for r in records[2:]] == [
        ("c", "Tuesday", "2019-11-19"),
        ("c", "a day earlier", "2019-11-18"),
    ]


def test_bad_lines_are_skipped_or_stop_with_strict(tmp_path, capsys, caplog) -> None:
    lines = ["not json", json.dumps({"id": "x", "expression": "today"}),
             json.dumps({"id": "y", "dct": "2019-11-20", "expression": "today"})]  # fmt: skip
    code, records, _ = run_when(tmp_path, capsys, lines)
    assert code == 0 and [r["id"] for r in records] == ["y"]
    skipped = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert len(skipped) == 2 and "in.jsonl:1" in skipped[0] and "in.jsonl:2" in skipped[1]
    code, records, err = run_when(tmp_path, capsys, lines, "--strict")
    assert code == 2 and records == [] and "in.jsonl:1" in err


def test_one_expression_on_the_command_line(capsys) -> None:
    assert main(["when", "--dct", "2019-11-20", "on", "Tuesday"]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == "2019-11-19"
    assert main(["when", "--dct", "2019-11-20", "the talks"]) == 1
