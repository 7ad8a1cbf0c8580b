"""A change in a figure said without the base a listener can do without: ", ein Minus von 9,2
Prozentpunkten gegenüber der Gemeinderatswahl 2024." -> ", ein Minus von 9,2 Prozentpunkten.".

After an election result, "gegenüber der letzten Wahl" is what a change means; said out, the base
made the ÖVP's own result too long to be read beside its rivals' (a blind reader asked for it).
"""

from __future__ import annotations

import re

# ", ein Minus von 9,2 Prozentpunkten gegenüber der Gemeinderatswahl 2024" at a sentence's end
_CHANGE_AGAINST_ELECTION = re.compile(
    r"(?P<change>,\s+(?:ein|einem)\s+(?:Minus|Plus|Verlust|Zuwachs|Gewinn)\s+von\s+(?:\d[\d,.]*|\w+)\s+"
    r"(?:Prozentpunkten|Punkten|Prozent|Mandaten|Sitzen))"
    r"\s+(?:(?:gegenüber|im Vergleich zu|verglichen mit)\s+(?:der|dem)|im Vergleich zur)"
    r"\s+(?:letzten\s+|vorigen\s+)?[\w-]*[Ww]ahl(?:\s+(?:von\s+)?\d{4})?(?=\.$)")


def without_election_base(sentence: str) -> str:
    """``sentence`` without the election a change in votes is measured against, when the change
    ends the sentence; otherwise ``sentence`` itself."""
    return _CHANGE_AGAINST_ELECTION.sub(lambda match: match["change"], sentence)
