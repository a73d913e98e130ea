"""PETRARCH dictionaries: actor names resolve case-insensitively, verb patterns code verbatim."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.matcher import NameMatcher
from eventwire.actors.petrarch import read_actors, read_agents
from eventwire.events.petrarch import _parse_pattern, read_petrarch_verbs

REPO = Path(__file__).resolve().parents[1]
VALIDATION = REPO.parent / "shared" / "data" / "petrarch-validation" / "dictionaries"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_all_capital_actor_names_match_mixed_case_text(tmp_path: Path) -> None:
    # PETRARCH upper-cases sentences before matching: "ARNOR_" must find "Arnor"
    path = _write(tmp_path, "actors.txt", "ARNOR_ [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\nIMF [IMF]\n")
    kb = read_actors(path, KnowledgeBase())
    matcher = NameMatcher(kb)
    found = {m.entries[0].name for m in matcher.find("Arnor met Minas Tirith and the IMF.")}
    assert found == {"Arnor", "Minas Tirith", "Imf"}


def test_exact_actor_name_does_not_match_a_longer_word(tmp_path: Path) -> None:
    path = _write(tmp_path, "actors.txt", "ARNOR_ [ARN]\nARGENTIN [ARG]\n")
    matcher = NameMatcher(read_actors(path, KnowledgeBase()))
    assert [m.entries[0].name for m in matcher.find("Arnorians visited Argentina")] == [
        "Argentin"
    ]


def test_agent_phrases_match_case_insensitively(tmp_path: Path) -> None:
    path = _write(tmp_path, "agents.txt", "POLICE {} [~COP]\nMEDIA {} [~MED]\n")
    kb = read_agents(path)
    matcher = NameMatcher(kb)
    assert len(matcher.find("the police and the media")) == 2
    assert {t.code for t in kb.titles} == {"COP", "MED"}


def test_pattern_ending_in_a_preposition_takes_the_target_from_its_object() -> None:
    pattern = _parse_pattern("* MEMOS FROM ")
    assert pattern is not None
    assert pattern.after == ["memos", "from"]
    assert pattern.target_prep == "from"


def test_explicit_target_marker_after_a_preposition() -> None:
    pattern = _parse_pattern("* PEACE WITH + ")
    assert pattern is not None and pattern.target_prep == "with"


def test_petrarch_verb_entries_are_verbatim(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "PETR.test.verbs.txt",
        "--- RESTORE  [064]  ---\nRESTORE\n- * TIES  [064]\n- * MEMOS FROM [911]\n",
    )
    entries = read_petrarch_verbs(path)
    assert {e.cameo for e in entries} == {"064", "911"}
    assert all(e.verbatim for e in entries)
    memos = next(e for e in entries if e.cameo == "911")
    assert memos.target[0] == "prep:from"


@pytest.fixture(scope="module")
def validation_coder():
    if not VALIDATION.is_dir():
        pytest.skip("shared PETRARCH validation dictionaries not available")
    sys.path.insert(0, str(REPO / "bench"))
    from event_scoring import TextCoder

    return TextCoder(sorted(VALIDATION.glob("PETR.Validate.*.txt")))


def _triples(coder, text: str) -> set[tuple[str | None, str | None, str]]:
    _, events = coder.code("t", text, "2010-01-01")
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo)
        for e in events if not e.negated
    }


def test_validation_actors_code_an_event(validation_coder) -> None:
    assert ("ARN", "GON", "064") in _triples(
        validation_coder, "Arnor is about to restore full diplomatic ties with Gondor."
    )


def test_announced_act_keeps_the_dictionary_code(validation_coder) -> None:
    # PETRARCH codes "will abandon ... ties" with the pattern's code, not an 03x intent
    assert ("ARN", "GON", "902") in _triples(
        validation_coder, "Arnor will abandon full economic ties with Gondor."
    )


def test_petrarch_notation_of_country_less_actors() -> None:
    sys.path.insert(0, str(REPO / "bench"))
    from score_petrarch import petrarch_code

    assert petrarch_code(None) == "---"
    assert petrarch_code(SimpleNamespace(code="LEG", country=None)) == "---LEG"
    assert petrarch_code(SimpleNamespace(code="USAGOV", country="USA")) == "USAGOV"
    assert petrarch_code(SimpleNamespace(code="IGOUNO", country="IGO")) == "IGOUNO"


def test_bare_dictionary_codes_become_country_codes(tmp_path: Path) -> None:
    # PETRARCH's first slot is a country: "Arnor [ARN]" must compose with agents
    path = _write(tmp_path, "actors.txt",
                  "ARNOR_ [ARN]\nFRANCE [FRA]\nGOLLUM\n\t[HOB < 950601]\nPLO [PALPL]\n")
    base = KnowledgeBase()
    kb = read_actors(path, base)
    assert kb.country("ARN") is not None and kb.country("ARN").name == "Arnor"
    assert kb.country("HOB") is None  # dated codes stay with their actor
    assert kb.country("PAL") is None  # a code with a sector is not a bare country


def test_two_letter_stem_does_not_swallow_a_longer_word(tmp_path: Path) -> None:
    path = _write(tmp_path, "actors.txt", "THE_KU [USAEDU]\nKUWAIT [KUW]\nBULGAR [BUL]\n")
    matcher = NameMatcher(read_actors(path, KnowledgeBase()))
    names = [m.entries[0].name for m in matcher.find("The Kuwait envoy met Bulgarians")]
    assert names == ["Kuwait", "Bulgar"]


def test_dictionary_country_composes_with_agent(validation_coder) -> None:
    assert ("ROHGOV", "BRE", "122") in _triples(
        validation_coder, "The Rohan government condemned Bree on Friday."
    )


def test_target_is_first_actor_of_the_verb_phrase(validation_coder) -> None:
    # PETRARCH reads the target off the complement clause: "believes Gondor can ..."
    assert ("ROH", "GON", "023") in _triples(
        validation_coder, "Rohan believes Gondor can cope with the floods."
    )


def test_target_skips_the_sources_own_pronoun(validation_coder) -> None:
    found = _triples(validation_coder, "Rohan and Bree welcomed their new ties with Gondor.")
    assert {("ROH", "GON", "041"), ("BRE", "GON", "041")} <= found
    assert ("ROH", "BRE", "041") not in found and ("BRE", "ROH", "041") not in found


def test_passive_subject_is_the_target(validation_coder) -> None:
    assert ("GON", "ROH", "122") in _triples(validation_coder, "Rohan was condemned by Gondor.")


def test_petrarch_notation_of_agents_and_compound_codes() -> None:
    sys.path.insert(0, str(REPO / "bench"))
    from score_petrarch import compound_codes, petrarch_code

    assert petrarch_code(SimpleNamespace(code="BAH", country=None, sector="BAH")) == "---BAH"
    assert petrarch_code(SimpleNamespace(code="ARN", country="ARN", sector=None)) == "ARN"
    assert compound_codes("FRO/BIL/SAM") == ["FRO", "BIL", "SAM"]
    assert compound_codes("GON") == ["GON"]
