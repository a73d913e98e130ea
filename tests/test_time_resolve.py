"""Each family of temporal expression, resolved against a Wednesday DCT (2019-11-20)."""

from datetime import date

import pytest

from eventwire.time import clause_is_future, find_expressions, resolve_expression
from eventwire.time.values import TimexValue

DCT = date(2019, 11, 20)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        # weekdays: the most recent such day, today included
        ("on Tuesday", "2019-11-19", "day"),
        ("Wednesday", "2019-11-20", "day"),
        ("Thursday", "2019-11-14", "day"),
        ("last Tuesday", "2019-11-19", "day"),
        ("next Friday", "2019-11-22", "day"),
        # the DCT's neighbours
        ("yesterday", "2019-11-19", "day"),
        ("tomorrow", "2019-11-21", "day"),
        ("today", "2019-11-20", "day"),
        # months and years relative to the DCT
        ("in April this year", "2019-04", "month"),
        ("June last year", "2018-06", "month"),
        ("last month", "2019-10", "month"),
        ("earlier this month", "2019-11", "month"),
        ("next year", "2020", "year"),
        ("late last year", "2018", "year"),
        ("two years ago", "2017", "year"),
        ("three months ago", "2019-08", "month"),
        ("last April", "2019-04", "month"),
        ("next March", "2020-03", "month"),
        # month names without a year: nearest past
        ("in April", "2019-04", "month"),
        ("December", "2018-12", "month"),
        ("mid-November", "2019-11", "month"),
        # absolute dates
        ("November 20th, 2019", "2019-11-20", "day"),
        ("20 November 2019", "2019-11-20", "day"),
        ("Nov. 13", "2019-11-13", "day"),
        ("11/20/2019", "2019-11-20", "day"),
        ("2019-11-20", "2019-11-20", "day"),
        ("May 2018", "2018-05", "month"),
        ("in 1994", "1994", "year"),
        # weeks, quarters, halves, seasons
        ("last week", "2019-W46", "week"),
        ("this week", "2019-W47", "week"),
        ("next week", "2019-W48", "week"),
        ("the weekend", "2019-W46-WE", "week"),  # the one just past, without a future clause
        ("the third quarter", "2019-Q3", "quarter"),
        ("the second quarter of 2018", "2018-Q2", "quarter"),
        ("Q2 2019", "2019-Q2", "quarter"),
        ("the fourth quarter of last year", "2018-Q4", "quarter"),
        ("the first half of 2019", "2019-H1", "quarter"),
        ("this summer", "2019-SU", "season"),
        ("last winter", "2018-WI", "season"),
        ("the spring of 2017", "2017-SP", "season"),
        # decades
        ("the 1990s", "199X", "decade"),
        ("the mid-1990s", "199X", "decade"),
        ("the '80s", "198X", "decade"),
        # references
        ("now", "PRESENT_REF", "reference"),
        ("recently", "PAST_REF", "reference"),
        ("the near future", "FUTURE_REF", "reference"),
    ],
)
def test_expression_families(text: str, value: str, precision: str) -> None:
    resolved = resolve_expression(text, DCT)
    assert resolved is not None, text
    assert (resolved.value, resolved.precision) == (value, precision)
    assert resolved.text == text


def test_future_clause_moves_weekdays_and_months_forward() -> None:
    assert resolve_expression("on Tuesday", DCT, future=True).value == "2019-11-26"
    assert resolve_expression("in April", DCT, future=True).value == "2020-04"
    assert resolve_expression("Wednesday", DCT, future=True).value == "2019-11-20"


def test_anchor_relative_expressions_use_the_established_date() -> None:
    tuesday = TimexValue("2019-11-19", "day", "on Tuesday")
    assert resolve_expression("a day earlier", DCT, anchor=tuesday).value == "2019-11-18"
    assert resolve_expression("the previous day", DCT, anchor=tuesday).value == "2019-11-18"
    assert resolve_expression("two days later", DCT, anchor=tuesday).value == "2019-11-21"
    monday = TimexValue("2019-11-18", "day", "a day earlier")
    assert (
        resolve_expression("the second day of his visit", DCT, anchor=monday).value
        == "2019-11-19"
    )
    quarter = TimexValue("1989-Q3", "quarter", "the third quarter")
    assert resolve_expression("a year earlier", date(1989, 10, 26), anchor=quarter).value == (
        "1988-Q3"
    )


def test_anchor_relative_expressions_fall_back_to_the_dct() -> None:
    assert resolve_expression("a day earlier", DCT).value == "2019-11-19"
    assert resolve_expression("the second day of his visit", DCT) is None


@pytest.mark.parametrize("text", ["", "the talks", "Tehran", "border guards", "1,500"])
def test_non_dates_resolve_to_none(text: str) -> None:
    assert resolve_expression(text, DCT) is None


def test_find_expressions_gives_offsets_and_chains_anchors() -> None:
    sentence = (
        "He met them on Tuesday and had arrived a day earlier, after talks in April this year."
    )
    found = find_expressions(sentence, DCT)
    assert [(v.text, v.value) for v in found] == [
        ("Tuesday", "2019-11-19"),
        ("a day earlier", "2019-11-18"),
        ("April this year", "2019-04"),
    ]
    for value in found:
        assert sentence[value.start : value.end] == value.text


def test_find_expressions_skips_ambiguous_words() -> None:
    sentence = "The minister may march on, and 1500 troops will fall back before the vote."
    assert find_expressions(sentence, DCT) == []


def test_clause_tense() -> None:
    future = "The prime minister will visit Tehran on Monday."
    assert clause_is_future(future, future.index("Monday"), future.index("Monday") + 6)
    past = "The prime minister visited Tehran on Monday."
    assert not clause_is_future(past, past.index("Monday"), past.index("Monday") + 6)
