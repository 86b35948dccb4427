"""Moved: the weekly review as markdown is exchange/markdown.py now. This name stays only
until cli/review.py imports `from resilience_journal.exchange import markdown`; then it goes."""

from __future__ import annotations

from resilience_journal.exchange.markdown import review

__all__ = ["review"]
