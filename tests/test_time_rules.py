"""Normalisation rule families beyond the basics: tense and cue words, year comparisons,
TIMEX3 conventions (references, durations, holidays, spelled years), and how the finder cuts
spans out of running text."""

from datetime import date

import pytest

from eventwire.time import clause_tense, find_expressions, resolve_expression, resolve_in_sentence
from eventwire.time.holidays import easter_sunday, holiday_date
from eventwire.time.values import TimexValue

DCT = date(2019, 11, 20)  # a Wednesday


def in_sentence(sentence: str, expression: str, dct: date = DCT, anchor=None) -> TimexValue:
    start = sentence.index(expression)
    value = resolve_in_sentence(sentence, start, start + len(expression), dct, anchor)
    assert value is not None, expression
    return value


# --- tense and cue words ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expression", "tense"),
    [
        ("The group could leave as soon as Tuesday, Castro said.", "Tuesday", "future"),
        ("Prices have doubled since May.", "May", "past"),
        ("The transaction should be completed in October.", "October", "future"),
        ("The two sides agreed to meet on Monday in Geneva.", "Monday", "future"),
        ("Roth on Thursday agreed to plead guilty.", "Thursday", "past"),
        ("Paribas said Monday that it intends to bid.", "Monday", "past"),
        ("The dividend will be payable Jan. 3, the company said.", "Jan. 3", "future"),
        ("Bombs exploded outside the U.S. embassies Friday, witnesses said.", "Friday", "past"),
        ("Protesters planned a large demonstration on Saturday.", "Saturday", "future"),
        ("Officials in Kabul on Friday.", "Friday", None),
    ],
)
def test_clause_tense(sentence: str, expression: str, tense: str | None) -> None:
    start = sentence.index(expression)
    assert clause_tense(sentence, start, start + len(expression)) == tense


def test_cue_words_decide_weekdays_and_months() -> None:
    monday = date(2000, 4, 3)
    assert in_sentence("He could come as early as Tuesday.", "Tuesday", monday).value == (
        "2000-04-04"
    )
    assert in_sentence("The deal should close in October.", "October", date(2009, 6, 5)).value == (
        "2009-10"
    )
    assert in_sentence("He was last seen Nov. 3.", "Nov. 3", date(1999, 5, 7)).value == (
        "1998-11-03"
    )


@pytest.mark.parametrize(
    ("dct", "expression", "value"),
    [
        # the latest one, unless the coming one is much closer
        (date(2000, 1, 7), "Feb. 10", "2000-02-10"),
        (date(1989, 11, 1), "March 31", "1989-03-31"),
        (date(1998, 2, 6), "Aug. 6", "1997-08-06"),
        (date(1989, 11, 2), "Jan. 2", "1990-01-02"),
    ],
)
def test_day_month_without_year(dct: date, expression: str, value: str) -> None:
    assert resolve_expression(expression, dct).value == value


def test_future_clause_takes_the_coming_day_month() -> None:
    assert resolve_expression("March 31", date(1989, 11, 1), future=True).value == "1990-03-31"


# --- comparisons with a year before -------------------------------------------------------


def test_year_comparisons_take_the_granularity_of_the_reference_period() -> None:
    dct = date(1989, 10, 26)
    quarter = TimexValue("1989-Q3", "quarter", "the third quarter")
    day = TimexValue("1989-09-30", "day", "Sept. 30")
    month = TimexValue("2010-02", "month", "February")
    assert resolve_expression("a year ago", dct, anchor=quarter).value == "1988-Q3"
    assert resolve_expression("the year-earlier period", dct, anchor=quarter).value == "1988-Q3"
    assert resolve_expression("the comparable year-ago quarter", dct, anchor=quarter).value == (
        "1988-Q3"
    )
    assert resolve_expression("a year earlier", dct, anchor=day).value == "1988-09-30"
    assert resolve_expression("a year ago", dct, anchor=day).value == "1988"
    assert resolve_expression("the same period last year", dct, anchor=month).value == "2009-02"
    assert resolve_expression("a year earlier", dct).value == "1988"


def test_comparisons_do_not_move_the_reference_time() -> None:
    compared = resolve_expression("a year earlier", DCT)
    assert compared.comparison and compared.is_calendar and not compared.can_anchor
    sentence = (
        "Sales in the third quarter rose 5% from a year earlier, and costs fell from the "
        "year-ago period."
    )
    values = [(v.text, v.value) for v in find_expressions(sentence, DCT)]
    assert values == [
        ("the third quarter", "2019-Q3"),
        ("a year earlier", "2018-Q3"),
        ("the year-ago period", "2018-Q3"),
    ]


# --- quarters, fiscal years, year ends ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("the 1988 third quarter", None, "1988-Q3"),
        ("this year's third quarter", None, "2019-Q3"),
        ("the fiscal first quarter", None, "2019-Q1"),
        ("the 1989 period", TimexValue("1989-Q3", "quarter", "the third quarter"), "1989-Q3"),
        ("the 1989 period", None, "1989"),
        ("the latest fiscal year", None, "2018"),
        ("the fiscal year", None, "2019"),
        ("by year-end", None, "2019-12-31"),
        ("the entire year", TimexValue("2005-Q4", "quarter", "the fourth quarter"), "2005"),
    ],
)
def test_business_periods(text: str, anchor: TimexValue | None, value: str) -> None:
    assert resolve_expression(text, DCT, anchor=anchor).value == value


def test_year_end_looks_back_in_a_past_clause() -> None:
    sentence = "The shares had fallen 12% since year-end."
    assert in_sentence(sentence, "year-end").value == "2018-12-31"


# --- weeks, weekends and weekdays ---------------------------------------------------------


def test_weeks_ago_name_a_day() -> None:
    assert resolve_expression("two weeks ago", DCT).value == "2019-11-06"
    assert resolve_expression("a week or so ago", DCT).value == "2019-11-13"


def test_last_week_on_a_sunday_is_the_week_just_ended() -> None:
    assert resolve_expression("last week", date(1998, 3, 22)).value == "1998-W12"
    assert resolve_expression("last week", date(1998, 3, 20)).value == "1998-W11"


def test_the_weekend_is_the_one_just_past_unless_a_late_week_future_clause() -> None:
    monday = date(1989, 10, 30)
    assert resolve_expression("over the weekend", monday).value == "1989-W43-WE"
    assert resolve_expression("the weekend", monday, future=True).value == "1989-W43-WE"
    thursday = date(2019, 11, 21)
    assert resolve_expression("the weekend", thursday, future=True).value == "2019-W47-WE"


def test_nth_week_of_a_month_is_the_iso_week_holding_most_of_it() -> None:
    assert resolve_expression("the last week of March", date(2009, 4, 1)).value == "2009-W13"
    assert resolve_expression("the first week of June", date(2009, 4, 1), future=True).value == (
        "2009-W23"
    )


def test_the_previous_weekday_counts_from_the_established_day() -> None:
    friday = TimexValue("1989-10-27", "day", "Friday")
    assert resolve_expression("the previous Friday", date(1989, 10, 30), anchor=friday).value == (
        "1989-10-20"
    )
    assert resolve_expression("the following Monday", DCT, anchor=friday).value == "1989-10-30"


def test_a_streak_is_reported_as_of_the_dct() -> None:
    assert resolve_expression("for a second consecutive day", DCT).value == "2019-11-20"


# --- TIMEX3 conventions: references, durations, spelled years, holidays, hedges ----------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("at the time", "PAST_REF"),
        ("the past several quarters", "PAST_REF"),
        ("recent weeks and months", "PAST_REF"),
        ("future quarters", "FUTURE_REF"),
        ("as soon as possible", "FUTURE_REF"),
        ("this crucial moment", "PRESENT_REF"),
        ("right now", "PRESENT_REF"),
    ],
)
def test_reference_values(text: str, value: str) -> None:
    resolved = resolve_expression(text, DCT)
    assert (resolved.value, resolved.precision) == (value, "reference")
    assert not resolved.is_calendar


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the past nine days", "P9D"),
        ("in five years", "P5Y"),
        ("the last two months", "P2M"),
        ("over a decade", "P10Y"),
        ("single-day", "P1D"),
    ],
)
def test_durations_are_lengths_not_dates(text: str, value: str) -> None:
    resolved = resolve_expression(text, DCT)
    assert (resolved.value, resolved.precision) == (value, "duration")
    assert not resolved.is_calendar and not resolved.can_anchor


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("nineteen ninety-six", "1996", "year"),
        ("in nineteen seventy-nine", "1979", "year"),
        ("January nineteen ninety-seven", "1997-01", "month"),
        ("the year two thousand", "2000", "year"),
        ("1994 or later", "1994", "year"),
        ("a good part of 1990", "1990", "year"),
        ("the last half of the '80s", "198X", "decade"),
        ("sometime next year", "2020", "year"),
    ],
)
def test_spelled_and_hedged_years(text: str, value: str, precision: str) -> None:
    resolved = resolve_expression(text, DCT)
    assert (resolved.value, resolved.precision) == (value, precision)


def test_spelled_day_ordinals_and_a_weekday_before_the_date() -> None:
    dct = date(1998, 3, 5)
    assert resolve_expression("this coming Sunday, March eighth", dct).value == "1998-03-08"
    assert resolve_expression("the twenty-first of May 2019", dct).value == "2019-05-21"


def test_holidays() -> None:
    assert easter_sunday(2000) == date(2000, 4, 23)
    assert easter_sunday(2019) == date(2019, 4, 21)
    assert holiday_date("Election Day", 1998) == date(1998, 11, 3)
    assert holiday_date("Teachers Day", 1998) is None
    assert resolve_expression("Thanksgiving Day", date(2000, 1, 7)).value == "1999-11-25"
    assert resolve_expression("Election Day", date(1998, 10, 26), future=True).value == (
        "1998-11-03"
    )
    assert resolve_expression("Christmas 2018", DCT).value == "2018-12-25"
    week = resolve_expression("Easter week", date(2000, 4, 17))
    assert (week.value, week.precision) == ("2000-W16", "week")


# --- the finder's spans -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        ("They would fight Wednesday's ruling.", ["Wednesday"]),
        ("He was fired from his job in July.", ["July"]),
        ("Over the weekend, and only this weekend, it became public.", ["the weekend",
                                                                        "this weekend"]),
        ("He was shot to death last Oct. 23 at his home.", ["Oct. 23"]),
        ("The goal is a cut of $500 million by the end of the year.", ["the end of the year"]),
        ("They repeated the bad decisions of the past, he said.", ["the past"]),
        ("Sales rose in the third quarter; third-quarter profit doubled.",
         ["the third quarter", "third-quarter"]),
        ("Stocks fell in the past nine days.", ["the past nine days"]),
    ],
)
def test_finder_spans(sentence: str, spans: list[str]) -> None:
    assert [value.text for value in find_expressions(sentence, DCT)] == spans


@pytest.mark.parametrize(
    "sentence",
    [
        "Sun Microsystems Inc. said it would cut jobs.",
        "They left as soon as they boarded the vessel.",
        "The index closed at 2082.1 points.",
        "Prices rose over the past year.",
    ],
)
def test_finder_skips_lookalikes(sentence: str) -> None:
    found = find_expressions(sentence, DCT)
    assert [value.text for value in found if value.is_calendar or value.text == "soon"] == []


def test_finder_resolves_last_before_a_date_as_past() -> None:
    found = find_expressions("He was shot to death last Oct. 23.", date(1999, 4, 19))
    assert [(value.text, value.value) for value in found] == [("Oct. 23", "1998-10-23")]
