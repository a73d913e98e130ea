"""Actor stage: find every actor mention and code it (country + sector) against the KB."""

from eventwire.actors.coder import ActorAnalysis, ActorCoder
from eventwire.actors.kb import KnowledgeBase, KnownActor
from eventwire.actors.kb_files import load_kb_dir

__all__ = ["ActorAnalysis", "ActorCoder", "KnowledgeBase", "KnownActor", "load_kb_dir"]
