"""Extract: clean bodies and metadata from HTML, scraped plain text, records; the CLI command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.extract import ExtractionError, extract_article, iter_articles
from eventwire.extract.body_span import is_date_line
from eventwire.extract.byline import parse_byline
from eventwire.extract.dateline import parse_dateline
from eventwire.extract.footer import parse_footer
from eventwire.extract.header_date import date_near_headline
from eventwire.extract.tokens import token_f1
from eventwire.ingest import SkipLog
from eventwire.ingest.html_text import element_text, parse_html
from eventwire.model import Article, RawDocument
from eventwire.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DAWN = SHARED / "examples" / "dawn-2019-11-20-bajwa-iran.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "inputs"
ARTICLE_KEYS = ["id", "url", "source", "title", "author", "published", "published_precision",
                "updated", "language", "dateline", "text"]  # fmt: skip
STORY = (
    "Foreign ministers of Kenya and Somalia met in Nairobi on Monday and agreed to reopen "
    "their shared border to trade after years of closure, officials said.\n\n"
    "The two ministers also discussed the fight against al-Shabaab and the return of refugees "
    "from the Dadaab camps, according to a joint statement released after the talks.\n\n"
    "A technical committee will meet next month to agree on the crossing points that open first."
)


def plain(text: str) -> Article:
    return extract_article(RawDocument(origin="test", text=text))


@pytest.fixture(scope="module")
def dawn() -> Article:
    if not DAWN.exists():
        pytest.skip(f"shared example missing: {DAWN}")
    return plain(DAWN.read_text(encoding="utf-8"))


def test_dawn_body_stops_before_the_chrome(dawn: Article) -> None:
    assert dawn.text.startswith("ISLAMABAD: Army Chief Gen Qamar Bajwa")
    assert dawn.text.rstrip().endswith("carrying out attacks against Iran.")
    for chrome in ("Opinion", "Editorial", "Under siege", "Mass transit mess", "Updated 03 May"):
        assert chrome not in dawn.text
    assert "Published in Dawn" not in dawn.text
    # The sub-heading inside the story stays.
    assert "Release of border guards, Afghan peace discussed at meeting" in dawn.text


def test_dawn_metadata(dawn: Article) -> None:
    assert dawn.source == "Dawn"
    assert dawn.published == "2019-11-20" and dawn.published_precision == "day"
    assert dawn.dateline == "ISLAMABAD"
    assert dawn.updated is None  # the teasers' "Updated 03 May, 2024" is not this story's


def test_dawn_without_footer_still_drops_the_teasers(dawn: Article) -> None:
    text = DAWN.read_text(encoding="utf-8").replace("Published in Dawn, November 20th, 2019", "")
    article = plain(text)
    assert article.text.rstrip().endswith("carrying out attacks against Iran.")
    assert "Under siege" not in article.text and "Meddlesome ways" not in article.text


@pytest.mark.parametrize(
    ("footer", "source", "published"),
    [
        ("First published on 3 March 2021", None, "2021-03-03"),
        ("This article appeared in The Nation on May 5, 2018.", "The Nation", "2018-05-05"),
        ("Published in The Express Tribune, January 2nd, 2020", "The Express Tribune",
         "2020-01-02"),
        ("Originally published by Al Jazeera on 12 July 2022", "Al Jazeera", "2022-07-12"),
    ],
)
def test_footers_name_source_and_date(footer: str, source: str | None, published: str) -> None:
    parsed = parse_footer(footer)
    assert parsed is not None and parsed.published is not None
    assert parsed.source == source and parsed.published.iso == published
    article = plain(f"{STORY}\n\n{footer}\n\nMore stories\nSomething else\n12 March 2021\n")
    assert article.published == published
    assert "More stories" not in article.text and footer not in article.text


def test_body_sentence_is_not_a_footer() -> None:
    assert parse_footer("Published in 2019, the report found that most border posts were") is None


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("ISLAMABAD: Army chief", "ISLAMABAD", None),
        ("LONDON, Feb 26 - Iran announced", "LONDON", None),
        ("WASHINGTON (Reuters) - The US", "WASHINGTON", "Reuters"),
        ("(Reuters) - The US said", None, "Reuters"),
        ("KABUL, Afghanistan (AP) \u2014 Taliban", "KABUL, Afghanistan", "AP"),
        ("Islamabad, Nov 19 (AFP): Pakistan", "Islamabad", "AFP"),
    ],
)
def test_datelines(opening: str, place: str | None, agency: str | None) -> None:
    dateline = parse_dateline(opening)
    assert dateline is not None
    assert (dateline.place, dateline.agency) == (place, agency)


@pytest.mark.parametrize("opening", ["Officials said: the talks", "US President Joe Biden said -"])
def test_ordinary_openings_are_not_datelines(opening: str) -> None:
    assert parse_dateline(opening) is None


def test_reuters_style_story_gets_agency_as_source() -> None:
    article = plain("NAIROBI (Reuters) - " + STORY)
    assert article.dateline == "NAIROBI" and article.source == "Reuters"


def test_byline_title_and_date_from_the_lines_above_the_story() -> None:
    page = (
        "Home | World | Business | Sport\nSubscribe\n\n"
        "Kenya and Somalia agree to reopen border\nBy Amina Yusuf\n14 June 2022\n\n"
        f"NAIROBI: {STORY}\n\nShare this article\nRelated stories\nFlood warnings in the north\n"
    )
    article = plain(page)
    assert article.title == "Kenya and Somalia agree to reopen border"
    assert article.author == "Amina Yusuf"
    assert article.published == "2022-06-14"
    assert article.text.startswith("NAIROBI: Foreign ministers")
    assert article.text.endswith("open first.")


@pytest.mark.parametrize(
    ("line", "names"),
    [("By Jane Doe | Reuters", "Jane Doe"), ("By the time troops arrived", None)],
)
def test_bylines(line: str, names: str | None) -> None:
    assert parse_byline(line) == names


def test_record_text_is_taken_as_given() -> None:
    raw = RawDocument(origin="r", text="Short.", body_as_given=True, id="x1", published="2020-05")
    article = extract_article(raw)
    assert article.text == "Short." and article.id == "x1"
    assert article.published == "2020-05" and article.published_precision == "month"


def test_html_page_body_and_metadata() -> None:
    raw = RawDocument(origin="page", html=(FIXTURES / "page.html").read_text(), url="https://f.t/a")
    article = extract_article(raw)
    assert article.title == "Ministers agree on border talks"  # the h1, without " | Fixture Times"
    assert article.source == "Fixture Times"
    assert article.published == "2022-06-14" and article.published_precision == "day"
    assert article.language == "en" and article.dateline == "DHAKA"
    assert article.text.startswith("DHAKA: The foreign ministers")
    for chrome in ("Home", "Most read", "Fuel prices", "All rights reserved"):
        assert chrome not in article.text


def test_page_without_body_raises() -> None:
    with pytest.raises(ExtractionError):
        extract_article(RawDocument(origin="blank", html="<html><body><nav></nav></body></html>"))
    with pytest.raises(ExtractionError):
        extract_article(RawDocument(origin="blank", text="  \n "))


def test_ids_are_stable_and_content_based() -> None:
    first = plain(STORY)
    again = plain(STORY.replace("\n\n", "\n\n\n"))
    other = plain(STORY.replace("Monday", "Tuesday"))
    assert first.id == again.id != other.id
    html = (FIXTURES / "page.html").read_text()
    a = extract_article(RawDocument(origin="1", html=html, url="https://f.t/a"))
    b = extract_article(RawDocument(origin="2", html=html, url="https://f.t/a"))
    c = extract_article(RawDocument(origin="3", html=html, url="https://f.t/b"))
    assert a.id == b.id != c.id


def test_iter_articles_skips_pages_without_body(tmp_path: Path) -> None:
    (tmp_path / "empty-page.html").write_text("<html><body><div></div></body></html>")
    (tmp_path / "story.txt").write_text(STORY)
    skips = SkipLog()
    articles = list(iter_articles([str(tmp_path)], Settings(), skips))
    assert len(articles) == 1 and articles[0].text.startswith("Foreign ministers")
    assert skips.reasons == {"no article body": 1}


def test_feed_items_become_articles() -> None:
    articles = list(iter_articles([str(FIXTURES / "feed.rss")], Settings(), SkipLog()))
    assert len(articles) == 1
    assert articles[0].published == "2023-09-04T10:00:00+00:00"
    assert articles[0].source == "Fixture Feed" and articles[0].title == "Leaders meet in Ankara"


def test_cli_jsonl_has_exactly_the_article_keys(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["extract", str(FIXTURES / "records.jsonl"), str(FIXTURES / "page.html")])
    out, err = capsys.readouterr()
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 3
    assert all(list(r) == ARTICLE_KEYS for r in records)
    assert records[0]["id"] == "rec-1"
    assert err.strip().splitlines()[-1] == (
        "3 articles, 2 skipped: invalid JSON (1), record without html or text (1)"
    )


def test_cli_json_and_text_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "json", str(FIXTURES / "page.html")]) == 0
    parsed = json.loads(capsys.readouterr().out)
    assert isinstance(parsed, list) and parsed[0]["title"] == "Ministers agree on border talks"
    assert main(["extract", "--format", "text", str(FIXTURES / "page.html")]) == 0
    out = capsys.readouterr().out
    assert "title: Ministers agree on border talks" in out and "DHAKA: The foreign" in out


def test_cli_missing_path_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["extract", str(tmp_path / "missing.html")]) == 2
    err = capsys.readouterr().err
    assert "missing.html" in err and "Traceback" not in err


def test_cli_strict_stops_on_a_skip(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--strict", str(FIXTURES / "empty.txt")]) == 1
    assert "empty input" in capsys.readouterr().err


def test_examples_all_extract() -> None:
    skips = SkipLog()
    articles = list(iter_articles([str(REPO / "examples")], Settings(), skips))
    assert len(articles) >= 6 and skips.count == 0
    for article in articles:
        assert article.published and article.title and article.dateline, article.origin
        assert len(article.text.split()) > 60


def _wrapped(text: str, width: int = 60) -> str:
    """`text` hard-wrapped the way e-mails and <pre> pages are."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


def test_hard_wrapped_paragraphs_are_the_body() -> None:
    page = "Home\nWorld\nSport\nSign in\n\n" + "\n\n".join(
        _wrapped(paragraph) for paragraph in STORY.split("\n\n")
    ) + "\n\nMost read\nFuel prices rise again\nCopyright 2022 Fixture Times\n"
    article = plain(page)
    assert article.text.startswith("Foreign ministers of Kenya and Somalia")
    assert article.text.endswith("open first.")
    assert "Sign in" not in article.text and "Fuel prices" not in article.text


def test_short_lines_between_paragraphs_stay_and_teasers_after_go() -> None:
    paragraphs = STORY.split("\n\n")
    page = "\n".join(
        [
            "Menu", "Search", "Kenya and Somalia agree to reopen border",
            paragraphs[0],
            "The agreement covers:", "Trade in livestock", "Cross-border buses",
            "Refugee returns", "Joint patrols",
            paragraphs[1], paragraphs[2],
            "Related stories",
            "Floods cut off towns in the north", "Election date set for August",
            "Share this article",
        ]
    )  # fmt: skip
    text = plain(page).text
    for item in ("The agreement covers:", "Trade in livestock", "Joint patrols"):
        assert item in text
    assert text.endswith("the crossing points that open first.")
    assert "Floods" not in text and "Related stories" not in text


def test_published_line_above_the_story_is_a_date_not_the_end() -> None:
    page = (
        "Home\nKenya and Somalia agree to reopen border\nBy Amina Yusuf\n"
        f"Published on June 14, 2022\n\n{STORY}\n\nShare this article\n"
    )
    article = plain(page)
    assert article.text.startswith("Foreign ministers") and article.text.endswith("open first.")
    assert article.published == "2022-06-14"
    assert article.author == "Amina Yusuf"


def test_story_beats_a_longer_disclaimer_at_the_foot_of_the_page() -> None:
    disclaimer = (
        "The information on this website is provided for general purposes only and does not "
        "constitute advice of any kind; readers should consult a qualified professional before "
        "acting on anything they read here, and the publisher accepts no liability whatsoever "
        "for any loss arising from the use of this material by any person. "
    )
    footer = ["Newsletter", "Follow us on Twitter", "Facebook", "LinkedIn", "Sign in",
              "Privacy policy", "Terms of use", "Advertisement", "Copyright 2022 Fixture Times",
              disclaimer * 2]  # fmt: skip
    text = plain("\n".join(["Menu", "Search", STORY, *footer])).text
    assert text.startswith("Foreign ministers") and text.endswith("open first.")


@pytest.mark.parametrize(
    ("line", "is_date"),
    [
        ("November 19, 2019 at 6:44 am", True),
        ("Updated: 18 Nov 2019 9:38 pm", True),
        ("Nov. 20, 2019 6:02 AM EST", True),
        ("3 hours ago", True),
        ("Trump wins the 2016 election", False),
        ("Copyright 2019 Fixture Times", False),
    ],
)
def test_date_lines(line: str, is_date: bool) -> None:
    assert is_date_line(line) is is_date


def test_token_f1_is_bag_of_words_agreement() -> None:
    assert token_f1("a b c", "a b c") == 1.0
    assert token_f1("a a b", "a b b") == pytest.approx(2 / 3)
    assert token_f1("", "a") == 0.0 and token_f1("x", "y") == 0.0


def test_headline_date_shared_with_the_byline() -> None:
    markup = (
        "<html><body><nav>Home</nav><h1>Ministers agree on border talks</h1>"
        "<div><span>Jane Doe</span> <span>Published: May 5, 2024</span></div>"
        f"<p>{STORY}</p><aside>Updated June 1, 2024</aside></body></html>"
    )
    root = parse_html(markup)
    assert date_near_headline(root, element_text(root).splitlines()) == "2024-05-05"
