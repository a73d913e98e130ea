"""eventwire: raw news in, coded political event data out."""

__version__ = "0.1.0"
