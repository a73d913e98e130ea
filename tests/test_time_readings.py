"""Round 4 readings: described quarters, the rest of this year, unit nouns handed without
their noun phrase, elided "last", schedules in the simple present, and the bench's week
padding."""

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from eventwire.time import clause_tense, find_expressions, resolve_expression, resolve_in_sentence
from eventwire.time.values import TimexValue

WEDNESDAY = date(2004, 11, 3)


def in_sentence(sentence: str, expression: str, dct: date, anchor=None) -> TimexValue | None:
    start = sentence.rindex(expression)
    return resolve_in_sentence(sentence, start, start + len(expression), dct, anchor)


# --- a quarter with an adjective --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a weak third quarter", "2004-Q3"),
        ("a strong fourth quarter of 2003", "2003-Q4"),
        ("the disappointing second quarter", "2004-Q2"),
    ],
)
def test_a_quarter_with_an_adjective(text: str, value: str) -> None:
    resolved = resolve_expression(text, WEDNESDAY)
    assert resolved is not None and (resolved.value, resolved.precision) == (value, "quarter")


def test_a_described_quarter_is_set_against_the_reported_one() -> None:
    # "After a weak second quarter" contrasts with the quarter being reported: the year-earlier
    # period after it is a year before the reported quarter, not before the described one.
    sentences = [
        "The retailer said third-quarter profit rose 12%.",
        "After a weak second quarter, sales of toys picked up.",
        "Margins were squeezed in the year-earlier period.",
    ]
    anchor, values = None, []
    for sentence in sentences:
        for value in find_expressions(sentence, WEDNESDAY, anchor):
            values.append(value.value)
            anchor = value if value.can_anchor else anchor
    assert values == ["2004-Q3", "2004-Q2", "2003-Q3"]


def test_an_adjectival_quarter_keeps_its_article_out() -> None:
    found = find_expressions("The strong third-quarter results lifted the shares.", WEDNESDAY)
    assert [(v.text, v.value) for v in found] == [("third-quarter", "2004-Q3")]


# --- the rest of this year --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "value", "precision"),
    [
        ("later this year", date(2004, 11, 3), "2004-Q4", "quarter"),
        ("sometime later this year", date(2004, 10, 1), "2004-Q4", "quarter"),
        ("later this year", date(2004, 5, 3), "2004", "year"),
        ("earlier this year", date(2004, 2, 20), "2004-Q1", "quarter"),
        ("earlier this year", date(2004, 11, 3), "2004", "year"),
        ("later this month", date(2004, 11, 3), "2004-11", "month"),
    ],
)
def test_the_rest_of_this_year_is_the_quarter_it_lies_in(
    text: str, dct: date, value: str, precision: str
) -> None:
    resolved = resolve_expression(text, dct)
    assert resolved is not None and (resolved.value, resolved.precision) == (value, precision)


# --- a unit noun handed without its noun phrase --------------------------------------------


def test_a_described_day_is_the_day_the_text_is_about() -> None:
    vote = TimexValue("2004-11-02", "day", "Tuesday")
    resolved = in_sentence("Supporters called it a historic day for the party.", "day",
                           WEDNESDAY, vote)  # fmt: skip
    assert resolved is not None
    assert (resolved.value, resolved.precision, resolved.text) == ("2004-11-02", "day", "day")


def test_a_described_week_without_an_anchor_is_the_reporting_week() -> None:
    resolved = in_sentence("Bond funds had their worst week since April.", "week", WEDNESDAY)
    assert resolved is not None and resolved.value == "2004-W45"


def test_the_day_after_reads_the_direction_outside_the_span() -> None:
    fire = TimexValue("2004-10-28", "day", "Oct. 28")
    resolved = in_sentence("Inspectors arrived the day after the fire.", "day", WEDNESDAY, fire)
    assert resolved is not None and resolved.value == "2004-10-29"


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("He promised to act on his first day in office.", "day"),
        ("If there ever comes a day when I cannot serve, I will say so.", "day"),
        ("Prices rose a week after the vote.", "week"),
        ("Guards patrol the border every day.", "day"),
        ("They were seen in the weeks before the attack.", "weeks"),
    ],
)
def test_a_unit_noun_that_counts_or_compares_stays_unresolved(sentence: str, unit: str) -> None:
    assert in_sentence(sentence, unit, WEDNESDAY) is None


# --- an elided "last" --------------------------------------------------------------------------


def test_an_elided_last_takes_the_unit_named_with_this() -> None:
    sentence = "Exports grew faster this month than last."
    resolved = in_sentence(sentence, "last", WEDNESDAY)
    assert resolved is not None and (resolved.value, resolved.text) == ("2004-10", "last")
    assert in_sentence("She finished last.", "last", WEDNESDAY) is None


# --- schedules in the simple present ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expression", "tense"),
    [
        ("The two presidents meet separately Monday with the envoy.", "Monday", "future"),
        ("The pope arrives Sunday in Lisbon.", "Sunday", "future"),
        ("The council convenes on Thursday.", "Thursday", "future"),
        ("The envoys did not meet Monday, aides said.", "Monday", "past"),
        ("After his visit on Monday, the king flew home.", "Monday", "past"),
    ],
)
def test_a_present_schedule_verb_points_ahead(sentence: str, expression: str, tense: str) -> None:
    start = sentence.index(expression)
    assert clause_tense(sentence, start, start + len(expression)) == tense


def test_a_present_schedule_takes_the_coming_weekday() -> None:
    resolved = in_sentence("The two presidents meet separately Monday.", "Monday", WEDNESDAY)
    assert resolved is not None and resolved.value == "2004-11-08"


# --- the benchmark's scorer --------------------------------------------------------------------


def _bench_module():
    path = Path(__file__).resolve().parents[1] / "bench" / "time_place.py"
    spec = importlib.util.spec_from_file_location("time_place_bench", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_scorer_forgives_only_week_padding_and_decade_x() -> None:
    same_value = _bench_module().same_value
    assert same_value("2000-W07", "2000-W7")
    assert same_value("2000-W07-WE", "2000-W7-WE")
    assert same_value("199X", "199")
    assert not same_value("2000-W17", "2000-W7")
    assert not same_value("2000-W07", "2000-W08")
    assert not same_value(None, "2000-W7")
