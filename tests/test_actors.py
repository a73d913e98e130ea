"""Actor coding on real text: the Dawn example, role phrases, coreference, dated roles."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors import ActorCoder
from eventwire.actors.lookup import lookup_phrase
from eventwire.model import Article
from eventwire.settings import Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "kb"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DAWN = SHARED / "examples" / "dawn-2019-11-20-bajwa-iran.txt"


@pytest.fixture(scope="module")
def coder():
    return ActorCoder(Settings(dictionaries=[FIXTURES / "titles_orgs.yaml"]))


def code_text(coder, nlp, text, published="2019-11-20", source=None):
    article = Article(id="t", text=text, published=published, source=source)
    doc = nlp(text)
    return doc, coder.code(doc, article)


@pytest.fixture(scope="module")
def dawn(coder, nlp):
    text = DAWN.read_text(encoding="utf-8").split("\nOpinion")[0]
    return code_text(coder, nlp, text, source="Dawn")


def token_at(doc, phrase, occurrence=0, word=None):
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(phrase, start + 1)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    if word is None:
        return span[-1]
    return next(t for t in span if t.text == word)


def by_name(analysis):
    return {actor.name: actor for actor in analysis.actors}


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Qamar Javed Bajwa", "PAKMIL"),
        ("Hassan Rouhani", "IRNGOV"),
        ("Mohammad Javad Zarif", "IRNGOV"),
        ("Abdolrahim Mousavi", "IRNMIL"),
        ("Imran Khan", "PAKGOV"),
        ("Islamic Republic News Agency", "IRNMED"),
    ],
)
def test_dawn_persons_and_media(dawn, name, code):
    actors = by_name(dawn[1])
    assert name in actors, sorted(actors)
    assert actors[name].code == code


def test_dawn_mentions_point_into_the_text(dawn):
    doc, analysis = dawn
    sentences = list(doc.sents)
    for actor in analysis.actors:
        for mention in actor.mentions:
            assert doc.text[mention.start : mention.end] == mention.text
            sentence = sentences[mention.sentence_index]
            assert sentence.start_char <= mention.start < sentence.end_char


def test_dawn_role_phrases(dawn):
    doc, analysis = dawn
    assert analysis.ref_at(token_at(doc, "Iranian leaders")).code == "IRNGOV"
    assert analysis.ref_at(token_at(doc, "Iranian border guards")).code == "IRNMIL"
    assert analysis.ref_at(token_at(doc, "terrorist groups")).code == "REB"
    pakistani = analysis.ref_at(token_at(doc, "Pakistani and Iranian officials", word="Pakistani"))
    assert pakistani.country == "PAK" and pakistani.sector == "GOV"


def test_dawn_titled_names_take_institution_sector(dawn):
    doc, analysis = dawn
    assert analysis.ref_at(token_at(doc, "Maj Gen Sarfraz Ali")).sector in {"SPY", "MIL"}
    munir = analysis.ref_at(token_at(doc, "ISI chief Lt Gen Asim Munir"))
    assert (munir.country, munir.sector) == ("PAK", "SPY")


def test_dawn_coreference(dawn):
    doc, analysis = dawn
    assert analysis.ref_at(token_at(doc, "Gen Bajwa was", word="Bajwa")).name == "Qamar Javed Bajwa"
    assert analysis.ref_at(token_at(doc, "He had commenced", word="He")).name == (
        "Qamar Javed Bajwa"
    )
    army_chief = analysis.ref_at(token_at(doc, "The army chief was", word="chief"))
    assert army_chief.name == "Qamar Javed Bajwa" and army_chief.text == "army chief"
    assert analysis.ref_at(token_at(doc, "Mr Rouhani")).name == "Hassan Rouhani"
    assert analysis.ref_at(token_at(doc, "the Iranian president")).name == "Hassan Rouhani"
    sides = analysis.refs_at(token_at(doc, "the two sides", word="sides"))
    assert {r.name for r in sides} == {"Qamar Javed Bajwa", "Mohammad Javad Zarif"}
    countries = analysis.refs_at(token_at(doc, "the two countries", word="countries"))
    assert {r.code for r in countries} == {"PAK", "IRN"}


def test_dateline_is_not_an_actor(dawn):
    doc, analysis = dawn
    assert analysis.ref_at(doc[0]) is None


def test_possessive_capital_metonymy_and_locative(coder, nlp):
    doc, analysis = code_text(coder, nlp, "Pakistan's army shelled the border. Tehran said "
                              "talks were held in Islamabad.")
    assert analysis.ref_at(token_at(doc, "army")).code == "PAKMIL"
    assert analysis.ref_at(token_at(doc, "Tehran")).code == "IRNGOV"
    # a capital in a locative phrase is not its government, it stands for the place's people
    islamabad = analysis.ref_at(token_at(doc, "Islamabad"))
    assert (islamabad.code, islamabad.sector) == ("PAKCVL", "CVL")


def test_outlet_prior_for_unqualified_institutions(coder, nlp):
    text = "The army chief warned protesters on Monday."
    doc, analysis = code_text(coder, nlp, text, source="Dawn")
    assert analysis.ref_at(token_at(doc, "chief")).code == "PAKMIL"
    protesters = analysis.ref_at(token_at(doc, "protesters"))
    assert protesters.sector is not None and protesters.country is None  # not national
    doc, analysis = code_text(coder, nlp, text, source=None)
    assert analysis.ref_at(token_at(doc, "chief")).code == "MIL"


def test_dated_roles(coder, nlp):
    text = "President Hassan Rouhani met reporters."
    doc, analysis = code_text(coder, nlp, text, published="2019-11-20")
    token = token_at(doc, "Rouhani")
    assert analysis.ref_at(token).code == "IRNGOV"
    assert analysis.ref_at(token, date="2022-01-01").code == "IRNELI"
    doc, analysis = code_text(coder, nlp, "Hassan Rouhani met reporters.", published="2023-03-01")
    assert analysis.ref_at(token_at(doc, "Rouhani")).code == "IRNELI"
    doc, analysis = code_text(coder, nlp, "Former president Hassan Rouhani spoke.")
    assert analysis.ref_at(token_at(doc, "Rouhani")).sector == "ELI"


def test_refs_for_span_lists_each_conjunct(coder, nlp):
    doc, analysis = code_text(coder, nlp, "Pakistan and Iran signed an accord.")
    refs = analysis.refs_for_span(doc[0:3])
    assert [r.code for r in refs] == ["PAK", "IRN"]


def test_non_actor_words_resolve_to_none(coder, nlp):
    doc, analysis = code_text(coder, nlp, "The weather was mild and the harvest was good.")
    assert analysis.actors == []
    assert all(analysis.ref_at(t) is None for t in doc)


def test_lookup_explains_the_code(coder, nlp):
    [result] = lookup_phrase(coder, nlp, "Hassan Rouhani", "2015-05-01")
    assert result["code"] == "IRNGOV"
    assert any("President" in reason for reason in result["why"])
    [later] = lookup_phrase(coder, nlp, "Hassan Rouhani", "2022-05-01")
    assert later["code"] == "IRNELI"
