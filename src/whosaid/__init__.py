"""whosaid: who said what, about whom, when and where, in Russian news, with the evidence."""

from .model import Article, Span
from .pipeline import Pipeline, extract

__all__ = ["Article", "Span", "Pipeline", "extract"]
__version__ = "0.1.0"
