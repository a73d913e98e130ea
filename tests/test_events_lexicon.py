"""Lexicon, code tables and PETRARCH verb dictionaries: loading, validation, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.events import CodeTables, load_lexicon, looks_like_petrarch_verbs
from eventwire.events.lexicon import (
    irregular_inflections,
    load_lexicon_file,
    regular_inflections,
)
from eventwire.events.petrarch import read_petrarch_verbs
from eventwire.resources import DataFileError, data_dir

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PETRARCH_DICTIONARIES = SHARED / "data" / "petrarch-validation" / "dictionaries"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "entries.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_entry_defaults_and_fields(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '- {id: a, cameo: "046", verb: hold, object: [talk, negotiation], '
        'target: ["prep:with"], symmetric: true, context: [military]}\n'
        '- {id: b, cameo: "042", noun: visit}\n',
    )
    verb, noun = load_lexicon_file(path)
    assert verb.pos == "verb" and verb.lemma == "hold" and verb.objects == ("talk", "negotiation")
    assert verb.source == ("nsubj",) and verb.symmetric and verb.context == ("military",)
    assert noun.pos == "noun" and noun.source == ("poss", "prep:by", "prep:of")
    assert verb.specificity > noun.specificity


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- {id: a, cameo: 42, verb: meet}\n", "quoted string"),
        ('- {id: a, cameo: "4x2", verb: meet}\n', "not a CAMEO code"),
        ('- {id: a, cameo: "042", verb: meet, noun: meeting}\n', "exactly one of"),
        ('- {id: a, cameo: "042", verb: meet, target: [object]}\n', "unknown target slot"),
        ('- {id: a, cameo: "042", verb: meet, colour: red}\n', "unknown keys"),
        ('- {cameo: "042", verb: meet}\n', "without an `id`"),
        ("- [unclosed\n", "invalid YAML"),
    ],
)
def test_bad_entries_name_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(DataFileError) as error:
        load_lexicon_file(path)
    assert str(path) in str(error.value) and message in str(error.value)


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text('- {id: x, cameo: "042", verb: visit}\n', encoding="utf-8")
    (tmp_path / "b.yaml").write_text('- {id: x, cameo: "040", verb: meet}\n', encoding="utf-8")
    with pytest.raises(DataFileError, match="duplicate entry id 'x'"):
        load_lexicon(tmp_path)


def test_regular_inflections_cover_lemmatizer_misses() -> None:
    assert {"staged", "staging", "stages"} <= regular_inflections("stage")
    assert {"bombed", "bombing"} <= regular_inflections("bomb")
    assert "shipped" in regular_inflections("ship")


def test_irregular_inflections_cover_prefixed_verbs_only() -> None:
    assert {"retook", "retaken"} <= irregular_inflections("retake")
    assert "overran" in irregular_inflections("overrun")
    assert "withheld" in irregular_inflections("withhold")
    assert irregular_inflections("take") == set()  # the lemmatizer knows the bare verb


def test_shipped_tables_cover_every_code() -> None:
    tables = CodeTables.load(data_dir() / "lexicon")
    assert len(tables.cameo) >= 300
    assert tables.lookup("042").goldstein == pytest.approx(1.9)
    assert tables.lookup("0431").code == "043"  # unknown 4-digit falls back to its base
    assert tables.plover_for("042").type == "CONSULT"
    assert tables.control_code("intent", "061") == "0311"


def test_shipped_lexicon_loads_and_uses_known_codes() -> None:
    folder = data_dir() / "lexicon"
    tables = CodeTables.load(folder)
    lexicon = load_lexicon(folder / "cameo")
    assert len(lexicon) > 0
    unknown = [e.id for e in lexicon.entries if tables.lookup(e.cameo) is None]
    assert unknown == []


def test_petrarch_verb_dictionary_is_detected_by_content() -> None:
    assert looks_like_petrarch_verbs(PETRARCH_DICTIONARIES / "PETR.Validate.verbs.txt")
    assert not looks_like_petrarch_verbs(PETRARCH_DICTIONARIES / "PETR.Validate.actors.txt")
    assert not looks_like_petrarch_verbs(PETRARCH_DICTIONARIES / "PETR.Validate.agents.txt")


def test_petrarch_verbs_become_entries(tmp_path: Path) -> None:
    path = tmp_path / "PETR.test.verbs.txt"
    path.write_text(
        "&TIES\n+DIPLOMATIC\n+ECONOMIC\n\n"
        "--- RESTORE  [064] ---\n"
        "RESTORE  # comment\n"
        "- NOT * RELATIONS [112]\n"
        "- * &TIES TIES [064]\n\n"
        "--- MEET [031:032] ---\n"
        "MEET\n"
        "- * WITH + [036]\n"
        "- % * [040]\n\n"
        "--- BURN [---] ---\n"
        "BURN\n"
        "- * DOWN [222]\n"
        "- * FLAGS [abc]\n",
        encoding="utf-8",
    )
    entries = {e.id: e for e in read_petrarch_verbs(path)}
    restore = entries["petr:restore"]
    assert restore.cameo == "064" and restore.lemma == "restore"
    negated = next(e for e in entries.values() if e.cameo == "112")
    assert negated.before == ("not",) and negated.after == ("relations",)
    ties = sorted(e.after for e in entries.values() if e.lemma == "restore" and e.cameo == "064")
    assert ties == [(), ("diplomatic", "ties"), ("economic", "ties")]
    meet = entries["petr:meet"]
    assert (meet.cameo, meet.reverse_cameo) == ("031", "032")
    with_target = next(e for e in entries.values() if e.cameo == "036")
    assert with_target.target[0] == "prep:with"
    assert next(e for e in entries.values() if e.cameo == "040").symmetric
    assert "petr:burn" not in entries  # `---` is no code
    assert [e.cameo for e in entries.values() if e.lemma == "burn"] == ["222"]


def test_validation_verbs_file_reads() -> None:
    entries = read_petrarch_verbs(PETRARCH_DICTIONARIES / "PETR.Validate.verbs.txt")
    assert len(entries) > 300
    assert len({e.id for e in entries}) == len(entries)


# -- the shipped lexicon on news language (one sentence per rule group) ----------------------


@pytest.fixture(scope="module")
def code_shipped():
    from eventwire.actors import ActorCoder
    from eventwire.events import EventCoder
    from eventwire.model import Article
    from eventwire.nlp import load_pipeline
    from eventwire.settings import Settings

    settings = Settings.from_env()
    nlp = load_pipeline(settings.spacy_model)
    actors = ActorCoder(settings)
    events = EventCoder(settings)

    def code(text: str):
        article = Article(id="lexicon-test", text=text, published="2020-01-01")
        doc = nlp(text)
        return events.code(doc, article, actors.code(doc, article))

    return code


@pytest.mark.parametrize(
    ("text", "rule", "plover_type", "mode"),
    [
        # bases, posts and checkpoints set up by armed forces: MOBILIZE (ACLED "HQ established")
        (
            "Russian troops have set up a checkpoint near the border.",
            "154.set.up.base",
            "MOBILIZE",
            "troops",
        ),
        (
            "The army established a forward base near the frontier.",
            "154.establish.base",
            "MOBILIZE",
            "troops",
        ),
        # spaCy lemmatizes "bases" as "basis"; a quantity noun can be the parsed object
        ("NATO forces set up three new bases in Romania.", "154.set.up.base", "MOBILIZE", "troops"),
        (
            "The army has established a number of military posts along the border.",
            "154.establish.military.several",
            "MOBILIZE",
            "troops",
        ),
        # weapons seized, found or defused by security forces: COERCE seize (1711)
        (
            "Police recovered a large cache of weapons from the gang.",
            "1711.recover.weapons",
            "COERCE",
            "seize",
        ),
        (
            "Soldiers defused two landmines planted by the insurgents.",
            "1711.defuse.verb",
            "COERCE",
            "seize",
        ),
        (
            "The army destroyed 120 landmines laid by the rebels.",
            "1711.destroy.mines",
            "COERCE",
            "seize",
        ),
        # weapon-named attacks pick the CAMEO code of the weapon
        (
            "A grenade attack by militants on a police post wounded four officers.",
            "183.grenade.attack.noun",
            "ASSAULT",
            "explosives",
        ),
        (
            "Police resorted to firing after the crowd turned violent.",
            "193.resort.to.firing",
            "ASSAULT",
            "firearms",
        ),
        (
            "Mortar attacks by the rebels on the airport continued.",
            "194.mortar.attack.noun",
            "ASSAULT",
            "heavy-weapons",
        ),
        # cyber attacks are COERCE cyber (CAMEO 1.1b3 has no cyber code: 170)
        (
            "Hackers defaced the websites of the Estonian government.",
            "170.deface.website",
            "COERCE",
            "cyber",
        ),
        # protest forms in news language
        (
            "Dock workers stopped work in protest at the new contracts.",
            "143.stop.work",
            "PROTEST",
            "strike",
        ),
        (
            "Protesters pelted stones at the police in Srinagar.",
            "145.pelt.stones",
            "PROTEST",
            "riot",
        ),
    ],
)
def test_news_triggers_code_the_right_event(code_shipped, text, rule, plover_type, mode) -> None:
    events = code_shipped(text)
    fired = [e for e in events if e.rule == rule]
    assert fired, f"{rule} did not fire: {[e.rule for e in events]}"
    assert fired[0].plover.type == plover_type
    assert fired[0].plover.mode == mode


def test_recapture_is_assault_and_lifting_a_curfew_is_concede(code_shipped) -> None:
    """cameo_plover.tsv follows the PLOVER v2.0 definitions where the 2021 table disagrees."""
    taken = code_shipped("Syrian government forces recaptured the town of Saraqeb.")
    assert [(e.cameo, e.plover.type) for e in taken] == [("192", "ASSAULT")]
    lifted = code_shipped("The army lifted the curfew in Srinagar on Monday.")
    assert [(e.cameo, e.plover.type) for e in lifted] == [("0813", "CONCEDE")]


def test_constrained_entries_stay_silent_on_other_objects(code_shipped) -> None:
    """`object` lists keep general verbs from coding: finding a solution is no seizure."""
    assert code_shipped("Police found a solution to the traffic problem in Lahore.") == []
    assert code_shipped("The ministry set up a website for the pilgrims.") == []


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # CAMEO 085 "ease economic sanctions", not 081 (administrative restrictions)
        ("The United States lifted sanctions on Sudan.", "085"),
        # a humanitarian corridor is 0863 (allow humanitarian access), not 061 (open a market)
        ("Russia opened a humanitarian corridor for civilians in Mariupol.", "0863"),
        # an investigation ordered "against" someone is still an investigation (09), with target
        ("The premier ordered an investigation against the former interior minister.", "090"),
    ],
)
def test_overlapping_object_lists_pick_the_defined_code(code_shipped, text, cameo) -> None:
    assert [e.cameo for e in code_shipped(text)] == [cameo]
