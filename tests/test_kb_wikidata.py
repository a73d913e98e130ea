"""The Wikidata importer on a small dump fixture, through the API and the command."""

from __future__ import annotations

import argparse
import gzip
import shutil
from datetime import date
from pathlib import Path

import pytest

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.kb_files import load_persons, read_yaml
from eventwire.actors.wikidata import WikidataImportError, import_dump
from eventwire.commands import kb as kb_command

DUMP = Path(__file__).resolve().parent / "fixtures" / "wikidata" / "dump.json"


def test_import_builds_dated_roles(tmp_path):
    out = tmp_path / "persons.yaml"
    summary = import_dump(DUMP, out)
    assert "2 persons" in summary and "1 roles skipped" in summary
    entries = {e["name"]: e for e in read_yaml(out)}
    assert set(entries) == {"Hassan Rouhani", "Mohammad Bagheri"}  # no painter, no company
    rouhani = entries["Hassan Rouhani"]
    assert rouhani["country"] == "IRN" and rouhani["wikidata"] == "Q27827"
    assert rouhani["aliases"] == ["Hassan Rohani"]
    assert rouhani["roles"] == [
        {"title": "President of Iran", "sector": "GOV", "start": "2013-08-03",
         "end": "2021-08-03"}
    ]  # the research-centre post matches no sector rule and is skipped
    bagheri = entries["Mohammad Bagheri"]
    assert bagheri["roles"] == [
        {"title": "Chief of the General Staff of the Armed Forces of Iran", "sector": "MIL",
         "start": "2016-06-28", "end": "2024-05"}
    ]  # the deprecated claim is ignored

    kb = KnowledgeBase()
    load_persons(out, kb)  # the output is valid KB input
    person = kb.actors["hassan-rouhani"]
    assert person.coding_on(date(2015, 1, 1)).code == "IRNGOV"
    assert person.coding_on(date(2022, 1, 1)).code == "IRNELI"
    assert kb.actors["mohammad-bagheri"].coding_on(date(2024, 5, 31)).code == "IRNMIL"


def test_gzip_dump_and_command(tmp_path, capsys):
    gz = tmp_path / "dump.json.gz"
    with DUMP.open("rb") as src, gzip.open(gz, "wb") as dst:
        shutil.copyfileobj(src, dst)
    out = tmp_path / "p.yaml"
    args = argparse.Namespace(dump=gz, out=out, positions=None)
    assert kb_command.run_import(args) == 0
    assert "2 persons" in capsys.readouterr().err
    assert len(read_yaml(out)) == 2


def test_broken_dump_is_reported_with_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('[\n{"id": "Q1"},\n{not json\n]\n', encoding="utf-8")
    with pytest.raises(WikidataImportError, match="line 3"):
        import_dump(bad, tmp_path / "o.yaml")
    args = argparse.Namespace(dump=bad, out=tmp_path / "o.yaml", positions=None)
    assert kb_command.run_import(args) == 2
