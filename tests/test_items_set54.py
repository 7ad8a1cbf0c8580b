"""Items from stop 66 (the fifty-third set, read again): a resignation is not read without why, even when
the reason takes one long sentence and two short ones of profile would fill the time
(selection.with_key, asked_for.reason_asked); "Im Mittelpunkt steht ..." after the pressure is told is
said "Hintergrund ist ..." where that sentence is not read; "der 66-Jährige" is the one person named
before; an outlet in quotes ("die „Oberösterreichischen Nachrichten“") is no person."""

from __future__ import annotations

from bulletin.models import Article
from bulletin.text.antecedents import people_named
from bulletin.text.asked_for import why_resigned
from bulletin.text.condense import condense
from bulletin.text.connectives import without_connective
from bulletin.text.corrected import latest_said
from bulletin.text.credits import load_outlets
from bulletin.text.grammar import opening_reference
from bulletin.text.leads import as_news
from bulletin.text.named_again import named_again
from bulletin.text.pointing import person_told_in
from bulletin.text.verdicts import verdict
from tests.item_copy import estimate


def _item(title: str, *paragraphs: str, seconds: float = 30) -> str:
    copy = Article(title=title, paragraphs=paragraphs, origin="test.md", source="derStandard.at")
    return condense(copy, seconds, estimate, load_outlets()).text


SCENE_PROFILE_LONG_REASON = (
    "Hollenegg (APA) – Im Festsaal des Rathauses wurde es plötzlich still, als der Bürgermeister am Dienstagabend "
    "seine Lesebrille abnahm. Alois Mitterhuber (ÖVP) stand 19 Jahre lang an der Spitze der Weststeirer Gemeinde, "
    "länger als jeder andere Ortschef im Bezirk. Bei der Gemeinderatswahl im Vorjahr hatte der 66-Jährige noch "
    "die absolute Mehrheit verteidigt. Seit dem Frühjahr war er jedoch wegen eines umstrittenen Wegerechts unter "
    "Druck geraten: Die Gemeinde hatte einem Schwager des Bürgermeisters ein Wegerecht über einen Gemeindegrund "
    "eingeräumt, laut Opposition ohne jede Gegenleistung. Die Gemeindeaufsicht des Landes prüft den Fall. Am "
    "Dienstag zog er die Konsequenzen und kündigte seinen Rücktritt mit Ende des Monats an. Bis zur Wahl eines "
    "Nachfolgers führt Vizebürgermeisterin Elfriede Koller die Amtsgeschäfte. Der Gemeinderat muss innerhalb von "
    "vier Wochen einen neuen Ortschef wählen.")


def test_a_resignation_is_read_with_its_reason_though_the_reason_is_long():
    said = _item("Holleneggs Bürgermeister Mitterhuber tritt zurück", SCENE_PROFILE_LONG_REASON)
    assert said.startswith("Der Holleneggs Bürgermeister Alois Mitterhuber kündigte am Dienstag") or \
        "Mitterhuber kündigte am Dienstag seinen Rücktritt" in said.split(". ")[0], said
    assert "wegen eines umstrittenen Wegerechts unter Druck geraten" in said, said
    assert " jedoch " not in said, said  # (set against the profile, which is not read before it)


PROFILE_THEN_FOCUS = (
    "Lindenau (APA) – Seit 2011 stand der SPÖ-Politiker an der Spitze der Innviertler Gemeinde, viermal wurde er "
    "wiedergewählt. In den vergangenen Wochen war der Druck auf den 59-Jährigen jedoch stetig gewachsen. Im "
    "Mittelpunkt steht der Verkauf eines Gemeindegrundstücks an eine Firma, an der ein Neffe des Ortschefs "
    "beteiligt ist. Wie die „Oberösterreichischen Nachrichten“ berichteten, lag der Kaufpreis um rund 300.000 "
    "Euro unter dem Schätzwert. Die Gemeindeaufsicht prüft den Vorgang. Der Bürgermeister hatte stets betont, er "
    "habe an der Abstimmung nicht teilgenommen. Am Montagabend zog er dennoch die Konsequenzen und legte sein Amt "
    "mit sofortiger Wirkung zurück. In einer Erklärung sprach er von einer „Hetzjagd“. Die Amtsgeschäfte "
    "übernimmt Vizebürgermeister Rudolf Aigner. Für den Ortschef gilt die Unschuldsvermutung.")


def test_what_the_pressure_was_about_is_read_after_the_resignation_as_its_background():
    said = _item("Bürgermeister Franz Oberndorfer tritt nach Grundstücksaffäre zurück", PROFILE_THEN_FOCUS)
    assert "Hintergrund ist der Verkauf eines Gemeindegrundstücks an eine Firma" in said, said
    assert "Im Mittelpunkt" not in said, said


def test_im_mittelpunkt_points_back_and_stands_alone_only_after_pressure():
    focus = "Im Mittelpunkt steht der Verkauf eines Grundstücks."
    assert opening_reference(focus)
    assert opening_reference("Im Mittelpunkt der Debatte steht der Verkauf eines Grundstücks.") == ""
    assert without_connective(focus, "Der Druck auf ihn war gewachsen.") == \
        "Hintergrund ist der Verkauf eines Grundstücks."
    assert without_connective("Im Mittelpunkt standen die Kosten.", "Die Kritik wuchs.") == \
        "Hintergrund waren die Kosten."
    assert without_connective(focus, "Die Tagung begann am Montag.") == ""


def test_what_tells_why_someone_resigned():
    lead = "Der Bürgermeister trat am Montag zurück."
    assert why_resigned(lead, ["Er war 20 Jahre im Amt.", "Im Mittelpunkt stand ein Grundstücksverkauf."]) == [1]
    assert why_resigned(lead, ["Hintergrund ist ein Streit um eine Umwidmung."]) == [0]
    assert why_resigned("Der Bürgermeister eröffnete am Montag das Bad.", ["Hintergrund ist ein Streit."]) == []


def test_a_person_by_age_is_the_one_person_named_before_when_no_sentence_gives_the_age():
    earlier = ["Es wurde still im Saal.", "Alois Mitterhuber stand 19 Jahre an der Spitze der Gemeinde."]
    assert person_told_in("Bei der Wahl hatte der 66-Jährige noch gewonnen.", earlier, "Es wurde still.") == [1]
    two = [*earlier, "Seine Stellvertreterin Maria Gruber schwieg."]
    assert person_told_in("Bei der Wahl hatte der 66-Jährige noch gewonnen.", two, "Es wurde still.") == []


def test_an_outlet_in_quotes_is_no_person():
    said = "Wie die „Oberösterreichischen Nachrichten“ berichteten, lag der Preis unter dem Schätzwert."
    assert people_named(said) == set()
    assert people_named("Wie Anna Berger berichtete, lag der Preis unter dem Schätzwert.") == {"Anna Berger"}


PROFILE_WITH_GOVERNOR_THEN_SHE = (
    "Feber soll die Nachfolge geklärt sein. Klagenfurt (APA) – Die Kärntner Bildungslandesrätin Renate Aschbacher "
    "(SPÖ) war seit 2018 für Schulen und Kindergärten zuständig und galt als enge Vertraute von Landeshauptmann "
    "Gernot Pirker. Zuletzt stand sie wegen des Lehrermangels in den Volksschulen des Lavanttals massiv unter "
    "Druck. Die Opposition aus FPÖ und Team Kärnten hatte mehrfach ihren Rücktritt gefordert. Am Dienstag zog sie "
    "die Konsequenzen und legte ihr Amt zurück. Sie begründete den Schritt mit gesundheitlichen Gründen. "
    "Landeshauptmann Pirker dankte Aschbacher für ihre Arbeit. Bis dahin übernimmt Landesrat Markus Trattler "
    "die Agenden.")


def test_her_resignation_told_by_sie_after_her_profile_leads_with_the_headlines_office():
    said = _item("Schulen: Kärntner Bildungslandesrätin legt Amt zurück", PROFILE_WITH_GOVERNOR_THEN_SHE)
    assert said.startswith("Die Kärntner Bildungslandesrätin Renate Aschbacher legte am Dienstag ihr Amt zurück"), said
    assert "Zuletzt stand sie wegen des Lehrermangels" in said.split(". ")[1], said


CHIEF_PROFILE_THEN_LOSS = (
    "Aufsichtsrat sucht Nachfolger. Tamsweg (APA) – Mehr als 20 Jahre lang stand Karl Moosbrugger an der Spitze "
    "der Lungauer Bergbahnen AG und baute das Familienunternehmen zu einem der größten Skigebietsbetreiber im "
    "Land aus. Unter seiner Führung wurden elf neue Lifte errichtet. Zuletzt geriet der Manager jedoch "
    "zunehmend unter Druck. Das Geschäftsjahr schloss das Unternehmen mit einem Verlust von 5,2 Millionen Euro "
    "ab. Für Kritik sorgte zudem eine neue Kabinenbahn, deren Kosten von 20 auf 31 Millionen Euro stiegen. Am "
    "Freitag zog er die Konsequenzen und legte sein Mandat zurück. Bis zur Bestellung eines Nachfolgers führt "
    "Finanzvorständin Eva Santner das Unternehmen.")


def test_a_chiefs_resignation_told_by_er_names_the_firm_he_heads_and_why():
    said = _item("Bergbahnen: Vorstandschef Moosbrugger tritt nach Verlustjahr zurück", CHIEF_PROFILE_THEN_LOSS)
    assert said.startswith("Der Vorstandschef der Lungauer Bergbahnen, Karl Moosbrugger, legte am Freitag sein "
                           "Mandat zurück"), said
    assert "mit einem Verlust von 5,2 Millionen Euro" in said, said


def test_offices_teams_and_sums_are_no_given_names():
    said = ("Die Kärntner Soziallandesrätin Brigitte Muster galt als Vertraute von Landeshauptmann Herbert Beispiel, "
            "die Opposition aus FPÖ und Team Kärnten nannte 6,8 Millionen Euro.")
    assert people_named(said) == {"Brigitte Muster", "Herbert Beispiel"}


def test_the_pressure_told_bare_gives_why_to_the_sentence_after_it():
    lead = "Der Vorstandschef trat am Freitag zurück."
    rest = ["Zuletzt geriet der Manager jedoch zunehmend unter Druck.", "Das Jahr brachte einen Verlust von 5 Mio."]
    assert why_resigned(lead, rest) == [1]
    assert why_resigned(lead, ["Er stand wegen einer Kabinenbahn unter Druck.", "Sie kostete viel."]) == [0]


def test_someone_named_again_by_office_and_full_name_is_said_by_surname():
    heard = "Die Kärntner Soziallandesrätin Brigitte Muster legte am Dienstag ihr Amt zurück."
    again = "Die Kärntner Soziallandesrätin Brigitte Muster war seit 2019 für Pflege zuständig."
    assert named_again(again, heard, {}) == "Muster war seit 2019 für Pflege zuständig."


PROFILE_THEN_LEAK = (
    "Graz – Die Grazer Buchungsplattform Reisefix gehört zu den größten Anbietern für Pauschalreisen in "
    "Österreich und wickelt jährlich mehr als eine Million Buchungen ab. Das Unternehmen wurde 2011 von drei "
    "Studenten gegründet. Bereits im Sommer hatten Kunden über verdächtige E-Mails berichtet. Reisefix hatte "
    "damals erklärt, es gebe keine Hinweise auf einen Angriff. Am Montag räumte das Unternehmen nun ein, dass "
    "Unbekannte die Daten von rund 210.000 Kundinnen und Kunden kopiert hatten. Zahlungsdaten seien nicht "
    "betroffen. Man habe Anzeige erstattet, sagte Unternehmenssprecherin Eva Gruber.")


def test_a_firms_news_after_its_profile_leads_with_the_firm_named():
    said = _item("Datenleck bei Buchungsplattform", PROFILE_THEN_LEAK)
    assert said.startswith("Die Grazer Buchungsplattform Reisefix räumte am Montag ein, dass Unbekannte"), said
    assert "damals" not in said, said  # (when, the sentence before told)


def test_back_then_points_at_the_sentence_before():
    texts = ["Im Sommer hatten Kunden über E-Mails berichtet.", "Reisefix hatte damals erklärt, es gebe nichts."]
    assert verdict(1, texts) == (0, "")


def test_a_corrected_count_keeps_the_first_counts_noun_alone():
    said = latest_said("Zunächst war von rund 80 verendeten Rindern die Rede, am Vormittag korrigierte die "
                       "Polizei die Zahl auf 46 Tiere.")
    assert said == "Die Polizei spricht von 46 verendeten Rindern."


def test_what_lasted_until_then_stays_in_the_past_perfect():
    lead = "Seit dem Frühjahr hatte der SC Au keinen Heimsieg mehr gefeiert, meldet die APA."
    assert as_news(lead) == lead
    assert as_news("Am Montag hatten Unbekannte den Automaten gesprengt.") == \
        "Am Montag haben Unbekannte den Automaten gesprengt."


NOBODY_NAMED_THEN_HE = (
    "Linz (APA) – Der SPÖ-Politiker stand seit 2011 an der Spitze der Innviertler Gemeinde und wurde zuletzt mit "
    "mehr als 60 Prozent wiedergewählt. Seit dem Frühjahr ermittelt die Staatsanwaltschaft gegen ihn wegen des "
    "Verdachts der Untreue bei der Vergabe von Aufträgen im Wert von rund 240.000 Euro. Am Dienstag zog er die "
    "Konsequenzen und legte sein Amt mit sofortiger Wirkung zurück. Die Vorwürfe weise er aber zurück. Die "
    "ÖVP-Fraktion hatte bereits im Jänner seinen Rücktritt gefordert.")


def test_his_resignation_told_by_er_when_no_one_is_named_leads_with_the_headlines_office():
    said = _item("Untreueverdacht: Bürgermeister von Obernberg tritt zurück", NOBODY_NAMED_THEN_HE)
    assert said.startswith("Der Bürgermeister von Obernberg legte am Dienstag sein Amt mit sofortiger Wirkung "
                           "zurück"), said
    assert "ermittelt die Staatsanwaltschaft gegen ihn wegen des Verdachts der Untreue" in said, said


def test_er_means_the_one_named_when_a_recent_sentence_says_his_role_alone():
    from bulletin.text.day_news import _whom_he_means
    from bulletin.text.units import Unit
    alone = [Unit(2, "Zuletzt geriet der Manager zunehmend unter Druck."), Unit(3, "Der Verlust stieg.")]
    assert _whom_he_means("Karl Moosbrugger", "er", alone)
    other = [Unit(2, "Das lobte der Landeshauptmann Herbert Beispiel."), Unit(3, "Der Verlust stieg.")]
    assert not _whom_he_means("Karl Moosbrugger", "er", other)
