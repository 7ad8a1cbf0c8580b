"""Items a news editor would air unchanged (issue 16, stop 51: the thirty-ninth held-out set, read
blind): someone missing who was found later is said as found. Invented copy."""

from __future__ import annotations

from bulletin.text.condense import condense
from tests.item_copy import article, estimate


def test_someone_missing_and_found_dead_later_is_said_as_found():
    copy = ("Nach heftigen Gewittern sind in der Nacht auf Montag im Musteltal mehrere Muren abgegangen. Das Dorf "
            "Beispielbach ist von der Außenwelt abgeschnitten. Ein 52-jähriger Landwirt aus dem Ort wird seit "
            "Sonntagabend vermisst. Der 52-Jährige war aufgebrochen, um seine Tiere in Sicherheit zu bringen. Rund 120 "
            "Einsatzkräfte standen im Einsatz. Am Nachmittag bestätigte die Polizei, dass der vermisste Landwirt tot "
            "unter Geröll geborgen wurde.")
    text = condense(article(copy), 30, estimate).text
    assert "wird seit Sonntagabend vermisst" not in text, text
    assert "dass ein vermisster Landwirt tot unter Geröll geborgen wurde" in text, text
    assert text.index("abgeschnitten") < text.index("tot unter Geröll"), text


def test_a_quote_is_said_with_the_speaker_the_next_sentence_names():
    copy = ("Der Musterländer Landtag hat am Mittwoch ein neues Jagdgesetz beschlossen. Wölfe dürfen damit künftig "
            "leichter abgeschossen werden. „Wir lassen die Bauern nicht allein.“ Mit diesen Worten reagierte "
            "Landesrat Karl Beispiel in der Debatte auf Kritik. Tierschützer kündigten eine Beschwerde an.")
    text = condense(article(copy), 30, estimate).text
    assert "Mit diesen Worten" not in text, text
    assert "Bauern nicht allein" in text, text
    assert text.index("Bauern nicht allein") < text.index("Tierschützer"), text


def test_the_news_an_article_calls_of_greater_consequence_leads_with_the_body_named():
    copy = ("Die Agrarminister der EU haben sich am Montag in Brüssel nach langen Verhandlungen auf neue Regeln für "
            "Tiertransporte geeinigt. Auch Österreich stimmte zu. Von größerer Tragweite für Österreich ist jedoch "
            "eine Ankündigung, die ein Sprecher der EU-Kommission am Abend machte: Die Behörde leitet wegen der "
            "Musterländer Mautregeln ein Vertragsverletzungsverfahren gegen Österreich ein. Wien hat zwei Monate "
            "Zeit für eine Antwort.")
    text = condense(article(copy), 30, estimate).text
    assert text.startswith("Die EU-Kommission leitet wegen der Musterländer Mautregeln ein "
                           "Vertragsverletzungsverfahren gegen Österreich ein."), text
    assert "Von größerer Tragweite" not in text, text


def test_deaths_told_after_a_scene_are_news_with_the_toll_since():
    copy = ("Reisebus auf Musterautobahn umgestürzt: Zwei Tote. Musterort – Es war noch dunkel, als der Reisebus mit 38 Menschen an Bord am Sonntag um 5.40 Uhr den Mustertunnel "
            "verließ. Wenige Meter danach kam das Fahrzeug von der Fahrbahn ab und stürzte über eine Böschung. Zwei "
            "Passagiere, ein 70-jähriger Mann und eine 61-jährige Frau, waren nach Angaben der Polizei sofort tot. "
            "Die Reisegruppe war auf dem Weg nach Musterstadt. Rund 150 Helfer standen im Einsatz. Die Autobahn war "
            "bis Mittag gesperrt. Am Abend erlag ein 66-jähriger Mann im Spital seinen Verletzungen. Damit stieg die "
            "Zahl der Todesopfer auf drei.")
    item = condense(article(copy), 30, estimate)
    assert not item.notes, item.notes  # (not "reads like a feature": the desk would leave it out)
    # (the headline said as a sentence tells what happened and where; set 40 changed the lead)
    assert item.text.startswith("Ein Reisebus ist auf der Musterautobahn umgestürzt."), item.text
    assert "Inzwischen sind drei Menschen ums Leben gekommen." in item.text and "sofort tot" in item.text, item.text


def test_a_standfirst_the_body_goes_on_from_leads():
    copy = ("Der Landtag hat am Donnerstag die Reform der Musterschulen beschlossen. Die Opposition stimmte dagegen. "
            "Musterstadt – Damit erhalten Lehrlinge ab Herbst ein Fahrtgeld von 80 Euro im Monat. Bildungslandesrätin "
            "Eva Beispiel sprach von einem „großen Tag für die Lehre“. Die Kosten werden auf 4,5 Millionen Euro "
            "geschätzt. Die Wirtschaftskammer begrüßte die Reform.")
    text = condense(article(copy), 30, estimate).text
    assert text.startswith("Der Landtag hat am Donnerstag die Reform der Musterschulen beschlossen."), text
    assert "Damit erhalten Lehrlinge ab Herbst ein Fahrtgeld" in text, text


def test_a_packed_courtroom_is_a_scene_the_verdict_leads_over():
    copy = ("Prozess in Musterstadt: Ex-Bürgermeister verurteilt. Musterstadt – Der große Saal des Landesgerichts "
            "St. Musterberg war am Freitag bis auf den letzten Platz gefüllt, viele Zuhörer waren aus Beispieldorf "
            "angereist. Nach fünf Verhandlungstagen sprach ein Schöffensenat den früheren Bürgermeister Karl "
            "Beispiel der Untreue schuldig. Er wurde zu 18 Monaten bedingter Haft verurteilt. Das Urteil ist nicht "
            "rechtskräftig.")
    text = condense(article(copy), 30, estimate).text
    assert text.startswith("Nach fünf Verhandlungstagen sprach ein Schöffensenat"), text
    assert "Das Urteil ist nicht rechtskräftig." in text, text
