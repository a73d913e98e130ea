"""Rule families added for TimeML value accuracy: bounds of an extent ("by February"), day
counts ("the second day of the offensive"), clock times on a named day, day numbers that
continue a date ("April 24 and 25"), and plan verbs after a date."""

from datetime import date

import pytest

from eventwire.time import clause_tense, find_expressions, resolve_expression, resolve_in_sentence
from eventwire.time.dater import event_date_value
from eventwire.time.values import TimexValue

MONDAY = date(1989, 10, 30)


def in_sentence(sentence: str, expression: str, dct: date, anchor=None) -> TimexValue | None:
    start = sentence.index(expression)
    return resolve_in_sentence(sentence, start, start + len(expression), dct, anchor)


# --- a month that bounds an extent is the nearer one ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("KKR planned to pay down the bridge loan by February.", "February", "1990-02"),
        ("Ottawa gave Merieux until mid-November to submit its figures.", "mid-November",
         "1989-11"),
        ("Banks extended Control Data revolving loans through January.", "January", "1990-01"),
        # The nearer one lies behind: the bound is a past month.
        ("Sales held up this year through August.", "August", "1989-08"),
        ("He was chairman until May, the company said.", "May", "1989-05"),
    ],
)  # fmt: skip
def test_a_bound_month_is_the_nearer_one(sentence: str, expression: str, value: str) -> None:
    resolved = in_sentence(sentence, expression, MONDAY)
    assert resolved is not None and resolved.value == value


def test_a_month_without_a_bound_keeps_the_clause_direction() -> None:
    # A plain past clause takes the latest February even though the coming one is nearer.
    assert in_sentence("KKR bought RJR in February.", "February", MONDAY).value == "1989-02"
    assert resolve_expression("February", MONDAY).value == "1989-02"


def test_a_leading_bound_word_in_the_expression_counts() -> None:
    assert resolve_expression("by February", MONDAY).value == "1990-02"
    assert resolve_expression("until May", MONDAY).value == "1989-05"
    # A future clause still takes the coming month, even when it is the farther one.
    assert resolve_expression("by May", MONDAY, future=True).value == "1990-05"


def test_an_agent_by_a_possessive_day_is_no_bound() -> None:
    friday = date(1989, 10, 27)
    bound = in_sentence("The board must reply by Monday.", "Monday", friday)
    agent = in_sentence("Shares were hurt by Monday's slide.", "Monday", friday)
    assert (bound.value, agent.value) == ("1989-10-30", "1989-10-23")


# --- day counts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("It's the second day of an offensive by the security forces.", "the second day"),
        ("In Saudi Arabia, today is the eighth day of the operation.", "eighth day"),
        ("Markets fell for the 3rd day as traders sold.", "the 3rd day"),
    ],
)
def test_a_day_count_runs_up_to_the_reporting_day(sentence: str, expression: str) -> None:
    resolved = in_sentence(sentence, expression, MONDAY)
    assert resolved is not None
    assert (resolved.value, resolved.precision) == ("1989-10-30", "day")


def test_a_coming_day_count_has_no_known_date() -> None:
    sentence = "He vowed that he would revive the unit on his first day in office."
    assert in_sentence(sentence, "first day", MONDAY) is None


def test_the_nth_day_of_a_visit_still_counts_from_its_first_day() -> None:
    first = TimexValue("1989-10-23", "day", "on Monday")
    resolved = resolve_expression("the third day of his visit", MONDAY, anchor=first)
    assert resolved is not None and resolved.value == "1989-10-25"


# --- clock times on a named day --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "future", "value"),
    [
        ("9 a.m. Tuesday", True, "2000-04-04T09:00"),
        ("9 a.m. EST Tuesday", True, "2000-04-04T09:00"),
        ("10:30 p.m. Saturday", False, "2000-04-01T22:30"),
        ("Sunday at 8 p.m.", False, "2000-04-02T20:00"),
        ("noon Friday", False, "2000-03-31T12:00"),
        ("midnight April 5, 2001", False, "2001-04-05T00:00"),
    ],
)
def test_clock_time_on_a_day(text: str, future: bool, value: str) -> None:
    resolved = resolve_expression(text, date(2000, 4, 3), future=future)
    assert resolved is not None
    assert (resolved.value, resolved.precision) == (value, "day")


def test_a_clock_time_alone_is_no_date() -> None:
    assert resolve_expression("9 a.m.", date(2000, 4, 3)) is None


def test_the_finder_takes_the_clock_time_with_its_day() -> None:
    sentence = "The INS gave the relatives until 9 a.m. Tuesday to sign the paper."
    found = find_expressions(sentence, date(2000, 4, 3))
    assert [(v.text, v.value) for v in found] == [("9 a.m. Tuesday", "2000-04-04T09:00")]


def test_an_event_dated_by_a_clock_time_takes_its_day() -> None:
    assert event_date_value("2000-04-04T09:00") == "2000-04-04"
    assert event_date_value("2000-04-04") == "2000-04-04"


# --- a day number that continues a date -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number", "value"),
    [
        ("The summit will be held in Washington on April 24 and 25.", "25", "1999-04-25"),
        ("Talks ran from March 3 to 5.", "5", "1999-03-05"),
        ("Voting takes place on May 2-4.", "4", "1999-05-04"),
    ],
)
def test_a_day_number_continues_the_date_before_it(sentence: str, number: str, value: str) -> None:
    start = sentence.rindex(number)
    resolved = resolve_in_sentence(sentence, start, start + len(number), date(1999, 2, 10))
    assert resolved is not None
    assert (resolved.value, resolved.text) == (value, number)


def test_a_number_alone_is_no_date() -> None:
    sentence = "The accession of 25 members was approved."
    assert in_sentence(sentence, "25", date(1999, 2, 10)) is None


# --- plan verbs -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expression", "tense"),
    [
        ("On Friday, the Kenyan government planned to pay the first claims.", "Friday", "past"),
        ("Protesters planned a large demonstration on Saturday.", "Saturday", "future"),
    ],
)
def test_a_plan_verb_points_ahead_only_for_what_follows_it(
    sentence: str, expression: str, tense: str
) -> None:
    start = sentence.index(expression)
    assert clause_tense(sentence, start, start + len(expression)) == tense
