"""Ingest: every input kind, bad inputs skipped with reasons, strict mode, missing paths."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import InputSkipped, MissingPathError, SkipLog, read_inputs, visible_text
from eventwire.ingest.decode import decode_bytes
from eventwire.settings import Settings

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "inputs"
ARTICLE_HTML = (
    "<html><head><meta charset='utf-8'></head><body><article><h1>Envoys meet</h1>"
    "<p>Envoys of Ethiopia and Egypt met in Addis Ababa on Sunday to discuss the dam on the "
    "Blue Nile, officials said.</p></article></body></html>"
)


def read(paths: list[str], **settings: object) -> tuple[list, SkipLog]:
    skips = SkipLog()
    docs = list(read_inputs(paths, Settings(**settings), skips))
    return docs, skips


def write_warc(path: Path, gzipped: bool) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzipped)
        for uri, body, content_type in (
            ("https://news.example.org/envoys", ARTICLE_HTML.encode(), "text/html; charset=utf-8"),
            ("https://news.example.org/logo.png", b"\x89PNG....", "image/png"),
        ):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


def test_html_file_is_read_as_html() -> None:
    docs, skips = read([str(FIXTURES / "page.html")])
    assert len(docs) == 1 and skips.count == 0
    assert docs[0].html is not None and "Ministers agree on border talks" in docs[0].html
    assert docs[0].origin.endswith("page.html")


def test_jsonl_records_keep_ids_and_skip_bad_lines() -> None:
    docs, skips = read([str(FIXTURES / "records.jsonl")])
    assert [d.id for d in docs] == ["rec-1", "42"]
    first = docs[0]
    assert first.text and first.body_as_given and first.url == "https://example.org/a"
    assert first.published == "2021-03-02" and first.source == "Example Wire"
    assert docs[1].html is not None and not docs[1].body_as_given
    assert skips.reasons == {"invalid JSON": 1, "record without html or text": 1}
    assert any(origin.endswith("#record-2") for origin, _ in skips.origins)


def test_gzipped_jsonl_matches_plain() -> None:
    plain, _ = read([str(FIXTURES / "records.jsonl")])
    packed, skips = read([str(FIXTURES / "records.jsonl.gz")])
    assert [d.text or d.html for d in packed] == [d.text or d.html for d in plain]
    assert skips.count == 2


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text('[{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}, 7]')
    docs, skips = read([str(path)])
    assert [d.id for d in docs] == ["a", "b"]
    assert skips.reasons == {"invalid record": 1}


@pytest.mark.parametrize("gzipped", [False, True])
def test_warc_html_responses_only(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    write_warc(path, gzipped)
    docs, skips = read([str(path)])
    assert len(docs) == 1 and skips.count == 0
    assert docs[0].url == "https://news.example.org/envoys"
    assert "Blue Nile" in (docs[0].html or "")
    assert "#warc-" in docs[0].origin


def test_rss_items_with_content_link_and_date() -> None:
    docs, skips = read([str(FIXTURES / "feed.rss")])
    assert len(docs) == 1
    item = docs[0]
    assert item.url == "https://feed.example.org/ankara"
    assert item.published and item.published.startswith("2023-09-04")
    assert item.title == "Leaders meet in Ankara" and item.source == "Fixture Feed"
    assert "energy agreement" in (item.text or "") and "<p>" not in (item.text or "")
    assert skips.reasons == {"feed item without content": 1}


def test_atom_entry() -> None:
    docs, _ = read([str(FIXTURES / "feed.atom")])
    assert len(docs) == 1
    assert docs[0].url == "https://atom.example.org/geneva"
    assert docs[0].published and docs[0].published.startswith("2020-01-09")
    assert "arms control" in (docs[0].text or "")


def test_directory_is_recursive_and_glob_expands(tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    shutil.copy(FIXTURES / "page.html", nested / "page.html")
    (tmp_path / "a" / "note.txt").write_text("PARIS: France and Germany held talks on Monday.")
    docs, _ = read([str(tmp_path)])
    assert len(docs) == 2
    globbed, _ = read([str(tmp_path / "**" / "*.html")])
    assert len(globbed) == 1 and globbed[0].html


def test_sniffs_html_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_text(ARTICLE_HTML)
    docs, _ = read([str(path)])
    assert docs[0].html is not None


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b'{"id": "s1", "text": "Kabul: talks resumed."}\n'))
    monkeypatch.setattr(sys, "stdin", stdin)
    docs, _ = read(["-"])
    assert [d.id for d in docs] == ["s1"]
    assert docs[0].origin.startswith("<stdin>")


def test_empty_and_oversized_inputs_are_skipped(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    big.write_text(ARTICLE_HTML * 50)
    docs, skips = read([str(FIXTURES / "empty.txt"), str(big)], max_input_bytes=1000)
    assert docs == []
    assert skips.reasons == {"empty input": 1, "too large": 1}
    assert skips.summary(0) == "0 articles, 2 skipped: empty input (1), too large (1)"


def test_strict_mode_makes_a_skip_fatal() -> None:
    with pytest.raises(InputSkipped) as raised:
        read([str(FIXTURES / "empty.txt")], strict=True)
    assert raised.value.reason == "empty input"


def test_missing_path_raises_before_reading(tmp_path: Path) -> None:
    with pytest.raises(MissingPathError) as raised:
        read([str(FIXTURES / "page.html"), str(tmp_path / "nope.html")])
    assert "nope.html" in str(raised.value)
    with pytest.raises(MissingPathError):
        read([str(tmp_path / "*.none")])


def test_legacy_encoding_is_detected() -> None:
    docs, _ = read([str(FIXTURES / "latin1.txt")])
    assert "Außenminister" in (docs[0].text or "")
    assert "französischen" in (docs[0].text or "")


def test_declared_charset_wins_over_guessing() -> None:
    data = "<html><head><meta charset='windows-1252'></head><body>Caf\u00e9 \u2014 ok</body></html>"
    assert "Caf\u00e9 \u2014 ok" in decode_bytes(data.encode("cp1252"))


def test_broken_bytes_never_crash() -> None:
    docs, skips = read([str(FIXTURES / "broken-utf8.html")])
    assert len(docs) == 1 and skips.count == 0
    assert "the minister met" in (docs[0].html or "")


def test_unreadable_gzip_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage-not-deflate")
    docs, skips = read([str(path)])
    assert docs == [] and skips.reasons == {"unreadable": 1}


def test_visible_text_drops_scripts_and_keeps_blocks() -> None:
    text = visible_text(
        "<html><head><title>T</title><style>p{}</style></head><body><nav>Home</nav>"
        "<p>First <b>para</b>.</p><script>var x;</script><p>Second.</p></body></html>"
    )
    assert text.splitlines() == ["Home", "First para.", "Second."]


def test_visible_text_folds_source_line_breaks_but_keeps_preformatted_ones() -> None:
    text = visible_text(
        "<body><p>A paragraph wrapped\nin the markup\r\nstays one line.</p>"
        "<pre>line one\nline two</pre><p>Before<br>after</p></body>"
    )
    assert text.splitlines() == [
        "A paragraph wrapped in the markup stays one line.",
        "line one",
        "line two",
        "Before",
        "after",
    ]


def test_skip_summary_lists_reasons_by_count() -> None:
    skips = SkipLog()
    skips.record("a", "empty input")
    skips.record("b", "too large")
    skips.record("c", "too large")
    assert skips.count == 3
    assert skips.summary(1) == "1 article, 3 skipped: too large (2), empty input (1)"
