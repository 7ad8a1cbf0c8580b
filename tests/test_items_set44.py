"""Items from stop 56 (set 43's open items and the forty-fourth set): headlines said as sentences
with plural objects, corrections that are the news, one credit per item."""

from __future__ import annotations

from bulletin.text.headline_nouns import is_name
from bulletin.text.headlines import said_as_sentence

RULES_BODY = ("Der Musterländer Landtag hat am Mittwoch mit den Stimmen der Koalition ein neues Gesetz "
              "beschlossen. Künftig gelten strengere Regeln für Zweitwohnsitze. Gemeinden können Strafen verhängen.")


def test_a_headline_with_a_plural_object_is_said_as_a_sentence():
    said = said_as_sentence("Landtag in Musterstadt beschließt strengere Regeln für Zweitwohnsitze", RULES_BODY)
    assert said == "Der Landtag in Musterstadt hat strengere Regeln für Zweitwohnsitze beschlossen."
    assert said_as_sentence("Landtag erhöht Abgaben für Zweitwohnsitze", RULES_BODY) \
        == "Der Landtag hat Abgaben für Zweitwohnsitze erhöht."


def test_a_noun_after_a_places_adjective_is_no_name():
    assert not is_name("Landtag", RULES_BODY)  # "Der Musterländer Landtag": a noun, not a name
    assert said_as_sentence("Landtag beschließt neues Gesetz", RULES_BODY) \
        == "Der Landtag hat ein neues Gesetz beschlossen."
    assert is_name("Beispielhof", "Die Gemeinde Beispielhof hat gewählt. In Beispielhof wählten 900.")
