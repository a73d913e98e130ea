"""An event coder on a small test lexicon, and a function that codes plain text with it.

The code tables (CAMEO codes, PLOVER mapping, intent, ...) are the shipped ones; the trigger
entries are the test's own. Not a test module: the test files import it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from eventwire.actors import ActorCoder
from eventwire.events import EventCoder
from eventwire.model import Article, Event
from eventwire.nlp import load_pipeline
from eventwire.resources import data_dir
from eventwire.settings import Settings

CODE_TABLES = ("cameo_codes.tsv", "cameo_plover.tsv", "intent.tsv")


def local_event_coder(
    folder: Path, lexicon: str, tables: Sequence[str] = CODE_TABLES
) -> EventCoder:
    for name in tables:
        shutil.copy(data_dir() / "lexicon" / name, folder / name)
    (folder / "cameo").mkdir()
    (folder / "cameo" / "test.yaml").write_text(lexicon, encoding="utf-8")
    return EventCoder(Settings.from_env(), lexicon_dir=folder)


def text_coder(coder: EventCoder) -> Callable[[str], list[Event]]:
    """Parse, resolve actors and code one text dated 2019-11-20."""
    settings = Settings.from_env()
    nlp = load_pipeline(settings.spacy_model)
    actors = ActorCoder(settings)

    def code(text: str) -> list[Event]:
        article = Article(id="test", text=text, published="2019-11-20")
        doc = nlp(text)
        return coder.code(doc, article, actors.code(doc, article))

    return code
