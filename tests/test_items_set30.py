"""Items a news editor would air unchanged (issue 16, thirtieth held-out set and later). A headline
glued to a feature's first sentence ("... die Ernte Es ist noch dunkel ...") is cut off, and a scene
told by the light of the moment ("Es ist noch dunkel über dem See, als ...") gives way to the news.
Invented copy."""

from __future__ import annotations

from bulletin.text.condense import condense
from bulletin.text.genre import sets_a_scene
from bulletin.text.sentences import split_sentences
from tests.item_copy import article, estimate

HARVEST = ("Apfelernte am Mustersee: Frost halbiert mancherorts die Ernte Es ist noch dunkel über dem See, als die "
           "ersten Traktoren mit leeren Kisten die Wege zwischen den Obstgärten hinaufkriechen. Nebel liegt über dem "
           "Wasser. Anna Muster zieht die Handschuhe an und pflückt den ersten Apfel. Die Obstbauern am Mustersee "
           "müssen heuer mit einer der kleinsten Ernten seit Jahrzehnten auskommen. Nach einer Schätzung des "
           "Obstbauverbands liegt die Menge um rund 40 Prozent unter dem Durchschnitt. Schuld ist ein Spätfrost "
           "im April.")


def test_a_headline_glued_to_a_sentence_opening_with_es_is_cut_off():
    assert split_sentences(HARVEST)[:2] == [
        "Apfelernte am Mustersee: Frost halbiert mancherorts die Ernte",
        "Es ist noch dunkel über dem See, als die ersten Traktoren mit leeren Kisten die Wege zwischen den "
        "Obstgärten hinaufkriechen."]
    titled = "Das Stück heißt Es war einmal und läuft seit Mai."
    assert split_sentences(titled) == [titled]


def test_the_light_of_a_moment_sets_a_scene_and_the_news_leads():
    assert sets_a_scene("Es ist noch dunkel über dem See, als die ersten Traktoren kommen.")
    assert not sets_a_scene("Es ist noch unklar, wann die Straße wieder geöffnet wird.")
    text = condense(article(HARVEST), 20, estimate).text
    assert text.startswith("Die Obstbauern am Mustersee müssen heuer"), text
