"""Schema checks for the event lexicon under data/lexicon/ (format: data/README.md, "lexicon/")."""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
LEXICON = REPO / "data" / "lexicon"
SHARED = REPO.parent / "shared"
EVENTCODES = SHARED / "data" / "cameo" / "eventcodes.tsv"
PLOVER_JSON = SHARED / "data" / "plover" / "plover.json"

ENTRY_KEYS = {
    "id",
    "cameo",
    "verb",
    "noun",
    "target",
    "source",
    "object",
    "not_object",
    "subject",
    "particle",
    "complement",
    "before",
    "after",
    "symmetric",
    "mode",
    "context",
    "example",
    "note",
    "confidence",
}
FIXED_SLOTS = {"nsubj", "dobj", "dative", "poss", "between", "agent", "attr", "clause_subject"}
COMPLEMENTS = {"xcomp", "ccomp", "of"}
# intent.tsv column -> the roots its codes may have (a vow to attack is a threat, 13x)
CONTROL_COLUMNS = {
    "intent": ("03", "13"),
    "threat": ("13",),
    "refuse": ("12", "01"),
    "appeal": ("02",),
    "demand": ("10",),
}
ROOTS = [f"{n:02d}" for n in range(1, 21)]
MIN_CODES_COVERED = 250

needs_shared = pytest.mark.skipif(
    not EVENTCODES.exists(), reason="shared CAMEO reference tables not present"
)


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


@pytest.fixture(scope="module")
def entries() -> list[tuple[str, dict[str, Any]]]:
    """(file root, entry) for every entry of every lexicon file."""
    loaded = []
    for path in sorted((LEXICON / "cameo").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, list), f"{path.name}: expected a list of entries"
        for item in data:
            assert isinstance(item, dict), f"{path.name}: entry is not a mapping: {item!r}"
            loaded.append((path.stem, item))
    return loaded


@pytest.fixture(scope="module")
def cameo_codes() -> dict[str, dict[str, str]]:
    return {row["code"]: row for row in read_tsv(LEXICON / "cameo_codes.tsv")}


@pytest.fixture(scope="module")
def plover_rows() -> dict[str, dict[str, str]]:
    return {row["code"]: row for row in read_tsv(LEXICON / "cameo_plover.tsv")}


def test_one_file_per_root() -> None:
    assert sorted(p.stem for p in (LEXICON / "cameo").glob("*.yaml")) == ROOTS


def test_entries_have_known_keys_and_required_fields(entries) -> None:
    for root, entry in entries:
        where = f"{root}.yaml {entry.get('id')!r}"
        assert set(entry) <= ENTRY_KEYS, f"{where}: unknown keys {set(entry) - ENTRY_KEYS}"
        assert isinstance(entry.get("id"), str) and entry["id"], f"{where}: no id"
        assert isinstance(entry.get("cameo"), str), f"{where}: cameo must be a quoted string"
        assert ("verb" in entry) != ("noun" in entry), f"{where}: exactly one of verb/noun"
        lemma = entry.get("verb") or entry.get("noun")
        assert isinstance(lemma, str) and lemma == lemma.lower().strip(), f"{where}: bad lemma"
        example = entry.get("example")
        assert isinstance(example, str) and len(example.split()) >= 3, f"{where}: no example"
        assert example.rstrip()[-1] in ".!?\"'", f"{where}: example is not a sentence"


def test_ids_unique_and_prefixed_by_code(entries) -> None:
    counts = Counter(entry["id"] for _, entry in entries)
    assert not [i for i, n in counts.items() if n > 1], "duplicate ids"
    for root, entry in entries:
        assert entry["id"].startswith(entry["cameo"] + "."), entry["id"]
        assert entry["cameo"][:2] == root, f"{entry['id']} is in {root}.yaml"


def test_codes_are_cameo_codes(entries, cameo_codes) -> None:
    unknown = {entry["cameo"] for _, entry in entries} - set(cameo_codes)
    assert not unknown, f"not CAMEO codes: {sorted(unknown)}"


def test_slots_and_complements_are_documented(entries) -> None:
    for _, entry in entries:
        for key in ("target", "source"):
            for slot in as_list(entry.get(key)):
                ok = slot in FIXED_SLOTS or re.fullmatch(r"prep:[a-z]+", slot)
                assert ok, f"{entry['id']}: unknown {key} slot {slot!r}"
        complement = entry.get("complement")
        assert complement is None or complement in COMPLEMENTS, entry["id"]
        assert isinstance(entry.get("symmetric", False), bool), entry["id"]


def test_weak_entries_carry_no_context(entries) -> None:
    for _, entry in entries:
        if entry["id"].endswith(".weak"):
            assert entry.get("context") == [], f"{entry['id']}: weak entries need context: []"
    assert any(entry["id"].endswith(".weak") for _, entry in entries)


def test_every_root_covered_and_enough_codes(entries) -> None:
    codes = {entry["cameo"] for _, entry in entries}
    assert {code[:2] for code in codes} == set(ROOTS)
    assert len(codes) >= MIN_CODES_COVERED, f"only {len(codes)} distinct codes covered"


def test_common_news_verbs_are_covered(entries) -> None:
    lemmas = {entry.get("verb") for _, entry in entries}
    common = (
        "meet visit host receive praise condemn criticize accuse blame warn threaten urge"
        " demand reject deny sign pledge arrest detain expel deport sanction protest attack"
        " bomb shell kill abduct kidnap seize clash invade occupy assassinate execute mediate"
        " negotiate apologize release extradite investigate sue discuss"
    )
    for verb in common.split():
        assert verb in lemmas, f"no entry for {verb!r}"


@needs_shared
def test_modes_and_contexts_are_plover_names(entries, plover_rows) -> None:
    ontology = json.loads(PLOVER_JSON.read_text(encoding="utf-8"))
    contexts = {c["name"] for c in ontology["contexts"]}
    for _, entry in entries:
        for context in as_list(entry.get("context")):
            assert context in contexts, f"{entry['id']}: unknown context {context!r}"
        if entry.get("mode"):
            ptype = plover_rows[entry["cameo"]]["type"]
            modes = ontology["types"][ptype]["modes"]
            assert entry["mode"] in modes, f"{entry['id']}: {entry['mode']!r} not a {ptype} mode"


@needs_shared
def test_code_table_matches_published_cameo(cameo_codes) -> None:
    published = {row["code"]: row for row in read_tsv(EVENTCODES)}
    assert set(cameo_codes) == set(published)
    for code, row in cameo_codes.items():
        ref = published[code]
        assert row["root"] == ref["root_code"] == code[:2]
        assert row["quad_class"] == ref["quad_class"]
        assert float(row["goldstein"]) == float(ref["goldstein_gdelt"] or ref["goldstein_icews"])
        assert row["name"] == ref["name_cameo_icews"]


@needs_shared
def test_plover_table_covers_every_code_with_valid_names(cameo_codes, plover_rows) -> None:
    ontology = json.loads(PLOVER_JSON.read_text(encoding="utf-8"))
    contexts = {c["name"] for c in ontology["contexts"]}
    assert set(plover_rows) == set(cameo_codes)
    for code, row in plover_rows.items():
        if code.startswith("01"):
            assert row["type"] == "dropped"
            continue
        assert row["type"] in ontology["types"], code
        assert not row["mode"] or row["mode"] in ontology["types"][row["type"]]["modes"], code
        for context in filter(None, row["context"].split(";")):
            assert context in contexts, f"{code}: {context!r}"
    # spot checks against the published mapping
    assert plover_rows["042"]["type"] == "CONSULT" and plover_rows["042"]["mode"] == "visit"
    assert plover_rows["1711"]["type"] == "COERCE"
    # overridden: sanctions curtail commercial exchange (manual v2.0 SANCTION `discontinue`)
    assert plover_rows["163"]["type"] == "SANCTION"
    assert plover_rows["163"]["mode"] == "discontinue"
    assert plover_rows["0253"]["type"] == plover_rows["1053"]["type"] == "REQUEST"


@needs_shared
def test_build_script_reproduces_checked_in_tables(tmp_path: Path) -> None:
    sys.path.insert(0, str(LEXICON))
    try:
        import build_tables
    finally:
        sys.path.remove(str(LEXICON))
    assert build_tables.main(["--shared", str(SHARED), "--out", str(tmp_path)]) == 0
    for name in ("cameo_codes.tsv", "cameo_plover.tsv"):
        assert (tmp_path / name).read_text() == (LEXICON / name).read_text(), name


def test_intent_table(cameo_codes) -> None:
    rows = read_tsv(LEXICON / "intent.tsv")
    prefixes = [row["embedded_root"] for row in rows]
    assert len(prefixes) == len(set(prefixes))
    assert set(ROOTS) <= set(prefixes)
    for row in rows:
        assert row["embedded_root"] in cameo_codes or len(row["embedded_root"]) == 2
        for column, roots in CONTROL_COLUMNS.items():
            code = row[column]
            if not code:
                continue
            assert code in cameo_codes, f"{row['embedded_root']}/{column}: {code} unknown"
            assert code[:2] in roots, (row, column)
    by_prefix = {row["embedded_root"]: row for row in rows}
    assert by_prefix["084"]["intent"] == "0353" and by_prefix["084"]["demand"] == "1053"
    assert by_prefix["19"]["threat"].startswith("138")


@pytest.fixture(scope="module")
def parsed_examples(entries):
    from eventwire.nlp import load_pipeline

    nlp = load_pipeline(None)
    texts = [entry["example"] for _, entry in entries]
    return dict(zip(texts, nlp.pipe(texts, batch_size=256), strict=True))


def _matches(token, word: str) -> bool:
    # The small English model drops a final "e" when lemmatising some -ed/-ing forms
    # ("raped" -> "rap", "waged" -> "wag"); the word is still in the sentence.
    lemma = token.lemma_.lower()
    return word in (token.lower_, lemma, lemma + "e")


@pytest.mark.slow
def test_examples_contain_their_trigger_and_constraints(entries, parsed_examples) -> None:
    """Each example carries the trigger lemma and the words its constraints require."""
    problems = []
    for _, entry in entries:
        doc = parsed_examples[entry["example"]]
        lemma = entry.get("verb") or entry.get("noun")
        triggers = [t for t in doc if _matches(t, lemma)]
        if not triggers:
            problems.append(f"{entry['id']}: trigger {lemma!r} not in example")
            continue
        words = [w.lower() for w in as_list(entry.get("object"))]
        if words and not any(_matches(t, w) for t in doc for w in words):
            problems.append(f"{entry['id']}: no object {words} in example")
        particle = entry.get("particle")
        if particle and not any(t.lower_ == particle for t in doc):
            problems.append(f"{entry['id']}: particle {particle!r} not in example")
        first, last = triggers[0].i, triggers[-1].i
        for word in as_list(entry.get("after")):
            if not any(_matches(t, word) for t in doc[first + 1 :]):
                problems.append(f"{entry['id']}: {word!r} not after the trigger")
        for word in as_list(entry.get("before")):
            if not any(_matches(t, word) for t in doc[:last]):
                problems.append(f"{entry['id']}: {word!r} not before the trigger")
    assert not problems, "\n".join(problems)


def test_plover_overrides_follow_the_manual(plover_rows) -> None:
    """Rows where the manual v2.0 definitions overrule the 2021 reference table."""
    assert plover_rows["0813"]["type"] == "CONCEDE"  # "removing curfews" is a CONCEDE
    assert plover_rows["0814"]["type"] == "CONCEDE"
    assert plover_rows["192"]["type"] == "ASSAULT"  # armed seizure of territory
    assert plover_rows["192"]["basis"].startswith("manual v2.0")
