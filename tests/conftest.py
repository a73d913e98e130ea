"""Fixtures shared by the test modules: the spaCy pipeline and the shipped actor coder."""

from __future__ import annotations

import pytest

from eventwire.actors import ActorCoder
from eventwire.nlp import load_pipeline
from eventwire.settings import Settings


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline(None)


@pytest.fixture(scope="session")
def actor_coder() -> ActorCoder:
    """An actor coder on the shipped knowledge base only."""
    return ActorCoder(Settings())
