"""A firm said as radio says it: by its name, without its legal form. "Die Murtal Energie GmbH ist
Opfer eines Angriffs" is read "Die Murtal Energie ist Opfer ...": "Ge Emm Be Ha" after the name tells a
listener nothing and takes a second. The form goes only after a capitalized name ("die GmbH" alone
stays), and "AG" only after two capitalized words ("Beispiel Holding AG", not "die AG Wohnen"); not
after a plural ("Die Österreichische Volksbanken AG soll ...": "die Volksbanken soll" does not agree)."""

from __future__ import annotations

import re

_LEGAL_FORM = re.compile(r"\s+(?P<form>GmbH\s*&\s*Co\.?\s*KG|Ges\.\s?m\.\s?b\.\s?H\.|GmbH|gGmbH|KG|OG|AG)"
                         r"(?=[\s,;:!?)]|\.?$|\.\s)")
_PLURAL = ("en", "werke", "betriebe")  # "Die Volksbanken AG soll": without it, the verb would not agree
_ENDS = (".", "!", "?", "“", "”", '"', "«", "»")


def without_legal_form(sentence: str) -> str:
    """``sentence`` with a firm's legal form after its name left out ("Beispiel GmbH" -> "Beispiel")."""
    def dropped(match: re.Match) -> str:
        before = match.string[:match.start()].split()[-2:]  # the name's last two words
        named = bool(before) and before[-1][:1].isupper() and not before[-1].endswith(_PLURAL)
        if match["form"] == "AG":
            named = named and len(before) == 2 and before[0][:1].isupper()
        return "" if named else match.group(0)
    said = _LEGAL_FORM.sub(dropped, sentence)
    return said + "." if sentence.endswith(".") and not said.endswith(_ENDS) else said
