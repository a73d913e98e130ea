"""Ingest stage: files, directories, globs, stdin, JSON(L), WARC and feeds -> RawDocuments."""

from eventwire.ingest.errors import IngestError, InputSkipped, MissingPathError
from eventwire.ingest.html_text import visible_text
from eventwire.ingest.reader import read_inputs
from eventwire.ingest.skips import SkipLog

__all__ = [
    "IngestError",
    "InputSkipped",
    "MissingPathError",
    "SkipLog",
    "read_inputs",
    "visible_text",
]
