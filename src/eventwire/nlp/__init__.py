"""spaCy pipeline loading: by a configurable name, official models preferred, never downloaded."""

from __future__ import annotations

from .loader import ModelNotInstalledError, load_pipeline

__all__ = ["ModelNotInstalledError", "load_pipeline"]
