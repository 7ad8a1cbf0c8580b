"""What the tests of items made from invented copy share: a speaking-time estimate (15 characters a
second, as the voices' calibration roughly finds) and an article of given paragraphs with a title
that names nothing (its key terms would weigh sentences)."""

from __future__ import annotations

from bulletin.models import Article


def estimate(text: str) -> float:
    return len(text) / 15


def article(*paragraphs: str) -> Article:
    return Article(title="Nr. 1", paragraphs=paragraphs, origin="test.md", source="")
