"""Real coded-article records for the store, API and dashboard tests.

Built by hand from the Dawn example page and two short reports, with character offsets
computed from the text, so every sentence, trigger and mention is really in its article.
Not a test module: the test files import it.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.model import Actor, ActorRef, Article, CodedArticle, Event, Location, Mention, Plover

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DAWN_PATH = SHARED / "examples" / "dawn-2019-11-20-bajwa-iran.txt"

TEHRAN = Location("Tehran", "IRN", 35.6944, 51.4215, 112931, "PPLC")
ZAHEDAN = Location("Zahedan", "IRN", 29.4963, 60.8629, 1159301, "PPLA")

XSS_TEXT = (
    "Protesters gathered outside the embassy in Tehran on Friday. "
    'Police in Tehran dispersed protesters who carried banners reading <script>window.__xss = 1;'
    '</script> and <img src=x onerror="window.__xss = 2"> near the gate.'
)


def _sentences(text: str) -> list[tuple[int, str]]:
    """(start offset, sentence) pairs: lines split after '. '; good enough for test records."""
    spans: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        start = 0
        for i, char in enumerate(line):
            if char == "." and (i + 1 == len(line) or line[i + 1] == " "):
                _add(spans, offset, line, start, i + 1)
                start = i + 1
        _add(spans, offset, line, start, len(line))
        offset += len(line) + 1
    return spans


def _add(spans: list[tuple[int, str]], offset: int, line: str, start: int, end: int) -> None:
    piece = line[start:end]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        spans.append((offset + start + lead, piece.strip()))


def _sentence_containing(text: str, fragment: str) -> tuple[str, int]:
    for index, (_, sentence) in enumerate(_sentences(text)):
        if fragment in sentence:
            return sentence, index
    raise ValueError(f"fragment not in text: {fragment!r}")


def _sentence_index_at(text: str, offset: int) -> int:
    index = 0
    for i, (start, _) in enumerate(_sentences(text)):
        if start <= offset:
            index = i
    return index


def _actor(article: Article, name: str, code: str, country: str | None, sector: str | None,
           surfaces: list[str]) -> Actor:
    mentions = []
    for surface in surfaces:
        start = article.text.find(surface)
        while start != -1:
            index = _sentence_index_at(article.text, start)
            mentions.append(Mention(surface, index, start, start + len(surface)))
            start = article.text.find(surface, start + len(surface))
    return Actor(article.id, name, code, country, sector, mentions=mentions)


def _ref(actor: Actor, text: str) -> ActorRef:
    return ActorRef(text, actor.name, actor.code, actor.country, actor.sector, actor.kb_id)


def _event(article: Article, n: int, fragment: str, trigger: str, source: ActorRef,
           target: ActorRef | None, cameo: str, goldstein: float, quad: int, plover: Plover,
           date: str | None, precision: str | None = "day", location: Location | None = None,
           negated: bool = False) -> Event:
    sentence, index = _sentence_containing(article.text, fragment)
    assert trigger in sentence, trigger
    return Event(
        event_id=f"{article.id}-e{n}", article_id=article.id, source=source, target=target,
        cameo=cameo, cameo_root=cameo[:2], goldstein=goldstein, quad_class=quad, plover=plover,
        sentence=sentence, sentence_index=index, trigger=trigger, rule=f"test.{cameo}",
        date=date, date_precision=precision, date_text="Tuesday" if date else None,
        location=location, negated=negated, confidence=0.8,
    )


def dawn_article() -> CodedArticle:
    text = DAWN_PATH.read_text(encoding="utf-8").split("\nOpinion\n")[0].strip()
    article = Article(
        id="dawn-bajwa-iran", text=text, url="https://www.dawn.com/news/1517536",
        source="Dawn", title="Army chief, Iranian leaders agree on closer security cooperation",
        published="2019-11-20", published_precision="day", language="en",
        dateline="ISLAMABAD",
    )
    bajwa = _actor(article, "Qamar Javed Bajwa", "PAKMIL", "PAK", "MIL",
                   ["Gen Qamar Bajwa", "Gen Bajwa"])
    rouhani = _actor(article, "Hassan Rouhani", "IRNGOV", "IRN", "GOV",
                     ["President Hassan Rouhani", "President Rouhani"])
    baqeri = _actor(article, "Mohammad Hossein Baqeri", "IRNMIL", "IRN", "MIL",
                    ["Maj Gen Mohammad Hossein Baqeri"])
    pakistan = _actor(article, "Pakistan", "PAK", "PAK", None, ["Pakistan further"])
    iran = _actor(article, "Iran", "IRN", "IRN", None, ["against Iran"])
    events = [
        _event(article, 1, "commenced his trip", "meeting", _ref(bajwa, "He"),
               _ref(baqeri, "Maj Gen Mohammad Hossein Baqeri"), "042", 1.9, 1,
               Plover("CONSULT", "visit"), "2019-11-18", location=TEHRAN),
        _event(article, 2, "the army chief met President Hassan Rouhani", "met",
               _ref(bajwa, "the army chief"), _ref(rouhani, "President Hassan Rouhani"),
               "042", 1.9, 1, Plover("CONSULT", "visit"), "2019-11-19", location=TEHRAN),
        _event(article, 3, "told President Rouhani that Pakistan was prepared", "prepared",
               _ref(bajwa, "Gen Bajwa"), _ref(rouhani, "President Rouhani"), "031", 5.2, 1,
               Plover("AGREE", None, ["economic"]), "2019-11-19"),
        _event(article, 4, "Pakistan further promised", "promised", _ref(pakistan, "Pakistan"),
               _ref(iran, "Iran"), "030", 4.0, 1, Plover("AGREE"), "2019-04", "month"),
    ]
    return CodedArticle(article, [bajwa, rouhani, baqeri, pakistan, iran], events)


def irna_article() -> CodedArticle:
    """A second outlet reporting the Bajwa-Rouhani meeting (a cross-article duplicate)."""
    text = (
        "TEHRAN: Iranian President Hassan Rouhani met Pakistan's army chief General Qamar "
        "Javed Bajwa in Tehran on Tuesday. Rouhani said Tehran and Islamabad must jointly "
        "secure their common border."
    )
    article = Article(id="irna-rouhani-bajwa", text=text, url="https://en.irna.ir/news/8372",
                      source="IRNA", title="Rouhani receives Pakistan army chief",
                      published="2019-11-19", published_precision="day", language="en")
    rouhani = _actor(article, "Hassan Rouhani", "IRNGOV", "IRN", "GOV",
                     ["President Hassan Rouhani", "Rouhani said"])
    bajwa = _actor(article, "Qamar Javed Bajwa", "PAKMIL", "PAK", "MIL",
                   ["General Qamar Javed Bajwa"])
    events = [
        _event(article, 1, "Rouhani met", "met", _ref(bajwa, "General Qamar Javed Bajwa"),
               _ref(rouhani, "President Hassan Rouhani"), "042", 1.9, 1,
               Plover("CONSULT", "visit"), "2019-11-19", location=TEHRAN),
    ]
    return CodedArticle(article, [rouhani, bajwa], events)


def border_attack_article() -> CodedArticle:
    text = (
        "ZAHEDAN: Militants attacked a border post near Zahedan on Wednesday, killing four "
        "Iranian border guards. Iran accused Pakistan of failing to stop the militants. "
        "Pakistan rejected the accusation on Thursday."
    )
    article = Article(id="reuters-zahedan-attack", text=text, url="https://example.org/zahedan",
                      source="Reuters", title="Militants kill four Iranian border guards",
                      published="2019-02-14", published_precision="day", language="en")
    militants = _actor(article, "militants", "REB", None, "REB", ["Militants", "militants"])
    guards = _actor(article, "Iranian border guards", "IRNMIL", "IRN", "MIL",
                    ["Iranian border guards"])
    iran = _actor(article, "Iran", "IRN", "IRN", None, ["Iran accused"])
    pakistan = _actor(article, "Pakistan", "PAK", "PAK", None, ["Pakistan of", "Pakistan rejected"])
    events = [
        _event(article, 1, "Militants attacked", "attacked", _ref(militants, "Militants"),
               _ref(guards, "Iranian border guards"), "190", -10.0, 4,
               Plover("ASSAULT", "firearms"), "2019-02-13", location=ZAHEDAN),
        _event(article, 2, "Iran accused Pakistan", "accused", _ref(iran, "Iran"),
               _ref(pakistan, "Pakistan"), "112", -2.0, 3, Plover("ACCUSE"), "2019-02-13"),
        _event(article, 3, "Pakistan rejected", "rejected", _ref(pakistan, "Pakistan"),
               _ref(iran, "Iran"), "120", -4.0, 3, Plover("REJECT"), "2019-02-14"),
    ]
    return CodedArticle(article, [militants, guards, iran, pakistan], events)


def hostile_markup_article() -> CodedArticle:
    """An article whose text carries markup and event handlers that must never run."""
    article = Article(id="hostile-markup", text=XSS_TEXT, url="https://example.org/x",
                      source="Example <b>Wire</b>", title='Tehran <img src=x onerror="alert(1)">',
                      published="2019-03-01", published_precision="day", language="en")
    police = _actor(article, "Police", "IRNCOP", "IRN", "COP", ["Police"])
    protesters = _actor(article, "protesters", "IRNOPP", "IRN", "OPP", ["protesters"])
    events = [
        _event(article, 1, "Police in Tehran dispersed", "dispersed", _ref(police, "Police"),
               _ref(protesters, "protesters"), "175", -9.0, 4, Plover("COERCE", "repression"),
               "2019-03-01", location=TEHRAN),
    ]
    return CodedArticle(article, [police, protesters], events)


def corpus() -> list[CodedArticle]:
    return [dawn_article(), irna_article(), border_attack_article(), hostile_markup_article()]
