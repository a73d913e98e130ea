"""User dictionaries: PETRARCH/TABARI actors and agents, YAML and CSV, format detection."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.actors import ActorCoder, load_kb_dir
from eventwire.actors.dictionaries import detect_format, load_dictionary
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.matcher import NameMatcher
from eventwire.model import Article
from eventwire.nlp import load_pipeline
from eventwire.resources import DataFileError
from eventwire.settings import Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "kb"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PETRARCH = SHARED / "data" / "petrarch-validation" / "dictionaries"


@pytest.fixture(scope="module")
def shipped() -> KnowledgeBase:
    return load_kb_dir()


def by_name(kb: KnowledgeBase, name: str):
    """PETRARCH spells names in capitals; the reader may store them capitalised."""
    wanted = name.casefold()
    return next(a for a in kb.actors.values() if wanted in {n.casefold() for n in a.names()})


def test_detects_formats():
    assert detect_format(PETRARCH / "PETR.Validate.actors.txt") == "petrarch-actors"
    assert detect_format(PETRARCH / "PETR.Validate.agents.txt") == "petrarch-agents"
    assert detect_format(FIXTURES / "user_actors.csv") == "csv"
    assert detect_format(FIXTURES / "user_persons.yaml") == "yaml"


def test_petrarch_actors_dated_blocks_synonyms_and_stems(shipped):
    kb = load_dictionary(PETRARCH / "PETR.Validate.actors.txt", shipped)
    gollum = by_name(kb, "GOLLUM")
    assert {"SMEAGOL*", "SLINKER*", "STINKER*"} <= {a.upper() for a in gollum.aliases}
    assert gollum.coding_on(date(1997, 1, 1)).code == "HOBGOV"
    assert gollum.coding_on(date(2001, 1, 1)).code == "HOBREB"
    assert gollum.coding_on(date(1990, 1, 1)).code == "HOB"
    sam = by_name(kb, "SAM GAMGEE")
    assert sam.coding_on(date(2010, 1, 10)).code == "ORCHOB"  # most specific period wins
    assert sam.coding_on(date(2014, 1, 1)).code == "HOBELI"
    interpol = by_name(kb, "INTERNATIONAL CRIMINAL POLICE ORGANIZATION")
    assert interpol.coding_on(None).code == "IGOCOPITP"
    matches = NameMatcher(kb).find("Argentina and the Argentine navy")
    assert len(matches) == 2  # ARGENTIN is a stem


def test_petrarch_agents_macros_plurals_and_codes():
    kb = load_dictionary(PETRARCH / "PETR.Validate.agents.txt", KnowledgeBase())
    phrases = {t.phrase.lower(): t for t in kb.titles}
    assert phrases["foreign minister"].sector == "GOV"
    assert phrases["foreign minister"].code == "GOVFRM"
    assert "minister of silly walks" in phrases and "ministries of silly walks" in phrases
    assert phrases["attorneys general"].sector == "GOV"
    assert phrases["human rights body"].sector == "NGO"  # [NGO~]: a prefix code


def test_yaml_list_and_csv_dictionaries_code_text():
    settings = Settings(dictionaries=[FIXTURES / "user_persons.yaml",
                                      FIXTURES / "user_actors.csv",
                                      FIXTURES / "user_titles.csv"])
    coder = ActorCoder(settings)
    nlp = load_pipeline(None)
    text = ("Ada Lovelace addressed the Analytical Society. The Harbour Militia attacked "
            "harbour wardens. Ada Quill spoke to engine inspectors.")
    doc = nlp(text)
    analysis = coder.code(doc, Article(id="d", text=text, published="2016-05-01"))
    codes = {a.name: a.code for a in analysis.actors}
    assert codes["Augusta Ada King"] == "GBRELI"  # out of her 1840-1845 role
    assert codes["Analytical Society"] == "GBREDU"
    assert codes["Golden Harbour Militia"] == "HBRREB"
    assert codes["Ada Quill"] == "HBRGOV"
    assert any(a.sector == "COP" and "wardens" in a.name for a in analysis.actors)
    assert any(a.sector == "COP" and "inspectors" in a.name for a in analysis.actors)
    analysis = coder.code(doc, Article(id="d", text=text, published="2021-05-01"))
    assert {a.name: a.code for a in analysis.actors}["Ada Quill"] == "HBRELI"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.yaml", "- {name: X, roles: [{title: T, start: 2020-13-01}]}\n", "bad date"),
        ("bad2.yaml", "persons: 3\n", "must be a list"),
        ("bad.csv", "who,what\nx,y\n", "header must have"),
        ("bad.txt", "JUST SOME WORDS\n", "cannot tell"),
        ("agents.txt", "POLICE [~COP]\nGUARD\n", "line 2"),
    ],
)
def test_malformed_dictionaries_name_file_and_problem(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=message) as error:
        load_dictionary(path, KnowledgeBase())
    assert name in str(error.value)


def test_missing_dictionary_is_a_clear_error(tmp_path):
    with pytest.raises(DataFileError, match="not found"):
        ActorCoder(Settings(dictionaries=[tmp_path / "nope.yaml"]))
