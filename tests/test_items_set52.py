"""Items from stop 64 (the fifty-first set, read again): "Die Wahl" after "Bis zur Wahl eines Nachfolgers"
is that election, not the municipal election the profile told of."""

from __future__ import annotations

from bulletin.models import Article
from bulletin.text.condense import condense
from bulletin.text.credits import load_outlets
from bulletin.text.unheard import unheard_things
from tests.item_copy import estimate


def _item(title: str, *paragraphs: str, seconds: float = 30) -> str:
    copy = Article(title=title, paragraphs=paragraphs, origin="test.md", source="derStandard.at")
    return condense(copy, seconds, estimate, load_outlets()).text


SUCCESSOR = ("Musterbrunn (APA) – Der Bürgermeister von Musterbrunn, Alois Gruber, ist am Montagabend "
             "zurückgetreten. Gruber hatte die Gemeinde seit 2005 geführt, bei der Gemeinderatswahl im Jänner "
             "holte seine Liste noch 61 Prozent. Bis zur Wahl eines Nachfolgers durch den Gemeinderat führt "
             "Vizebürgermeisterin Anna Berger die Amtsgeschäfte. Die Wahl soll binnen vier Wochen stattfinden.")


def test_the_election_named_just_before_is_read_with_it_or_not_at_all():
    for seconds in (12, 16, 30):
        said = _item("Bürgermeister tritt zurück", SUCCESSOR, seconds=seconds)
        if "Die Wahl soll" in said:
            assert "Bis zur Wahl eines Nachfolgers" in said, said  # not the January election
    said = _item("Bürgermeister tritt zurück", SUCCESSOR, seconds=16)
    assert "Gemeinderatswahl" in said and "Die Wahl soll" not in said, said


def test_the_election_named_just_before_is_needed_though_the_lead_names_another():
    texts = ["Alois Gruber hatte die Gemeinde seit 2005 geführt, bei der Gemeinderatswahl im Jänner holte "
             "seine Liste noch 61 Prozent.",
             "Bis zur Wahl eines Nachfolgers führt Vizebürgermeisterin Anna Berger die Amtsgeschäfte.",
             "Die Wahl soll binnen vier Wochen stattfinden."]
    verdicts = [(None, "")] * 3
    assert unheard_things(texts, verdicts, 0, {0, 1, 2}) == {2: [1]}
    texts[1] = "Bis auf Weiteres führt Vizebürgermeisterin Anna Berger die Amtsgeschäfte."
    assert 2 not in unheard_things(texts, verdicts, 0, {0, 1, 2})  # (the lead's election it is, then)
