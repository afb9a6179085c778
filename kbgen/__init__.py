"""kbgen: a multilingual help center built from markdown in git."""

__version__ = "0.1.0"
