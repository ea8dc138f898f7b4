"""Scoring whosaid against gold sets: one module per gold format, each registering a `whosaid eval` metric."""
