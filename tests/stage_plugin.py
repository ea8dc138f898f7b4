"""A stage of another package, for tests/test_pipeline.py: installed there through an entry point."""

from __future__ import annotations

from whosaid.model import Article


class QuoteCount:
    """Writes how many statements the article has into its `meta`."""

    name = "quote_count"
    requires = ("quotes",)
    assigns = ("meta",)

    def __call__(self, article: Article) -> Article:
        article.meta["quote_count"] = len(article.quotes)
        return article


def make_quote_count() -> QuoteCount:
    return QuoteCount()
