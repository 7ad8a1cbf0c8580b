"""The normalize stage: written German -> the words a voice reads.

An ordered list of small pure rules (str -> str), applied in turn. Order matters: times and dates are
read before plain numbers, so "14:30 Uhr" never becomes "vierzehn:dreißig".
"""

from __future__ import annotations

from bulletin.normalize.rules import RULES


def normalize(text: str) -> str:
    for rule in RULES:
        text = rule(text)
    return " ".join(text.split())
