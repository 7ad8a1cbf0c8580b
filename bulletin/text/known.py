"""The nouns a listener knows without being told of them, as data for antecedents.py: things known
to everyone ("die Polizei"), things a scene brings with it ("das Urteil" once a court was named), and
words of time and measure said again without pointing back. Add a word here when an item's check
calls a definite noun "not introduced" that any listener knows.
"""

from __future__ import annotations

import re

# Things a listener knows without an introduction (a firm's "Passiva" are those of the firm told of).
KNOWN = frozenset(
    """Polizei Regierung Bundesregierung Landesregierung Staatsanwaltschaft Feuerwehr Justiz Opposition
    Koalition Behörden Behörde Armee Bundeswehr Militär Öffentlichkeit Bevölkerung Wirtschaft Welt Sonne
    Erde Mond Universum Weltall Kosmos Natur Gesellschaft Politik Medien Presse Börse Inflation
    Inflationsrate Teuerung Arbeitslosigkeit Arbeitslosenquote Konjunktur Zentralbank Grünen Freiheitlichen
    Sozialdemokraten Republikaner Demokraten Union Bahn
    Post Kirche Verfassung Parlament Nationalrat Ministerrat Bundesrat Bundestag Landtag Gemeinderat Stadtrat
    Bundesgerichtshof Bundesverfassungsgericht Verfassungsgerichtshof Verwaltungsgerichtshof Rechnungshof
    Regierungschef Bundeskanzler Bundeskanzlerin Bundespräsident Kanzler Kanzlerin Papst Vatikan
    Internet Wetter Bundesliga Polizisten Rettungskräfte Einsatzkräfte Ermittler Behördenvertreter
    Veranstalter Zuschauer Fans Menschen Leute Kinder Frauen Männer Bürger Bürgerinnen
    Passiva Aktiva Verbindlichkeiten Zivilschutz Zivilschutzes Katastrophenschutz Bergrettung""".split()
)
# Given names ending like a role or a noun ("Lehrer", "Wiener"): a name all the same before a surname.
GIVEN_IN_ER = frozenset("""Peter Walter Günter Günther Werner Rainer Dieter Alexander Oliver Esther Jennifer
    Christopher Roger Holger Volker Rüdiger Gunter Xaver""".split())
# Lands and regions named with the article ("die Oststeiermark", "das Waldviertel", "die Schweiz").
REGIONS = frozenset(
    """Schweiz Türkei Ukraine Slowakei Mongolei Lombardei Toskana Normandie Bretagne Steiermark
    Oststeiermark Weststeiermark Südsteiermark Obersteiermark Südoststeiermark Waldviertel Weinviertel
    Mühlviertel Innviertel Mostviertel Industrieviertel Hausruckviertel Traunviertel Burgenland Wachau
    Pinzgau Pongau Lungau Flachgau Tennengau Zillertal Ötztal Inntal Ennstal Murtal Mürztal Lavanttal
    Gailtal Drautal Stubaital Paznaun Montafon Außerfern Salzkammergut""".split()
)
KNOWN_ENDINGS = ("pflicht", "autobahn")  # a duty by law like the law ("die Schulpflicht"), a motorway
CONTESTS = ("spiel", "derby", "duell", "match", "partie", "finale")
# The words of a firm that cannot pay (once told, "die Gläubiger" are known)
BUST = ("Insolvenz", "Insolvenzverfahren", "Sanierungsverfahren", "Konkurs", "Konkursverfahren", "Pleite")
_COMPANY = ("Unternehmen", "Konzern", "Firma", "Gewinn", "Nettogewinn", "Umsatz", "Bilanz", "Vorstand",
            "Vorstandschef", "Aktionäre", "Hauptversammlung", "Börse", "Geschäftsjahr")
# Things a scene brings with it: once the listener has heard of a court ("vor dem Kantonsgericht"), "das
# Urteil" and "die Richter" are known; of an insolvency, "die Gläubiger". The noun, then what introduces it.
SCENES = {
    "Urteil": ("Gericht", "Richter", "Prozess", "Verhandlung", "Angeklagte", "Anklage"),
    "Verhandlung": ("Gericht", "Prozess", "Angeklagte", "Anklage"),
    "Richter": ("Gericht", "Prozess", "Verhandlung", "Urteil"),
    "Angeklagte": ("Gericht", "Prozess", "Verhandlung", "Anklage"),
    "Verteidiger": ("Gericht", "Prozess", "Verhandlung", "Angeklagte", "Anklage", "Urteil"),
    "Staatsanwalt": ("Gericht", "Prozess", "Verhandlung", "Angeklagte", "Anklage", "Urteil"),
    "Richterin": ("Gericht", "Prozess", "Verhandlung", "Urteil"),
    "Forscher": ("Experte", "Wissenschafter", "Wissenschaftler", "Forschung", "Studie", "Raumfahrt", "Labor",
                 "Team", "Institut", "Biologe"),  # "Ein Team um den Biologen X ... die Forscher"
    "Gläubiger": BUST,
    # a fraud, a fire or a storm brings its damage ("Der Schaden beläuft sich auf 1,8 Mio. Euro.")
    "Schaden": ("Betrug", "Brand", "Großbrand", "Feuer", "Unwetter", "Hagel", "Sturm", "Unfall", "Einbruch",
                "Diebstahl", "Hochwasser", "Explosion", "Anschlag", "Cyberangriff"),
    # a crime the police cracked brings its investigation, and a gang is the group it was
    "Ermittlungen": ("Polizei", "Staatsanwaltschaft", "Bande", "Betrug", "Verdächtige", "Tat", "Anklage"),
    "Gruppe": ("Bande", "Tätergruppe"),
    "Fürstenhaus": ("Fürst", "Fürstin", "Fürstentum"),
    "Königshaus": ("König", "Königin", "Königreich", "Prinz", "Prinzessin"),
    # a company's results bring its shareholders' dividend and its share ("Die Dividende soll ...")
    "Dividende": _COMPANY,
    "Aktie": _COMPANY,
    "Aktionäre": _COMPANY,
}
# Things a verb brings with it: "Das Urteil ist nicht rechtskräftig." after "... ist verurteilt worden".
SCENE_VERBS = {"Urteil": ("verurteilt", "freigesprochen"), "Schaden": ("betrogen", "geschädigt", "erbeutet")}
# Words of time and measure that are said again without pointing at the sentence that said them.
LIGHT_NOUNS = frozenset(
    """Jahr Jahres Jahre Jahren Woche Wochen Tag Tage Tagen Monat Monate Monaten Zeit Ende Anfang
    Mitte Beginn Hälfte Zahl Zahlen Mehrheit Rest Lage Weg Rolle Regel Art Mal Länge Höhe Fall
    Frage Sache Seite Stelle Spitze Ziel Grund Punkt Teil Prozent Euro Dollar Franken Uhr
    Vorjahr Vorjahres Vorjahrs Vormonat Vormonats Vorwoche Vorquartal Vorjahreszeitraum
    Vergleichszeitraum Vorjahresmonat Vorjahresquartal""".split()  # "als im Vorjahr": a time, known
)
# Nouns that stand for something told before ("die Vorwürfe", "der Vorschlag", "Konkrete Daten
# enthält das Dokument nicht."): named with the definite article where nothing before told them,
# they point at nothing.
# Of those, the ones a sentence of any length cannot name in passing ("Die Gesamtkosten des Projekts
# werden mit 6,9 Mio. Euro beziffert." where no project was told): the listener asks "which?".
PLAN_TOLD_BEFORE = frozenset("Projekt Projekts Projektes Vorhaben Vorhabens".split())
TOLD_BEFORE = frozenset("""Vorwürfe Vorwurf Anschuldigungen Vorschlag Vorschläge Forderung Forderungen
    Dokument Papier Schreiben Rückgang Anstieg Zuwachs Zunahme Abnahme Ergebnis Ergebnisse Befund""".split()
                        ) | PLAN_TOLD_BEFORE
# (in a short sentence: "Das Ergebnis dürfte Stadtplaner beunruhigen." where no result was told)
# Letters of names, also those German lacks ("Šarić", "Álvaro", "Łukasz"): Latin-1 and Latin
# Extended-A (whose range holds both cases; a lower-case word there opening a name is rare).
NAME_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"
NAME_LOWER = "a-zß-öø-ÿĀ-ſ"
# The words that name a station's home country, its regions and main cities: in a foreign story a
# sentence saying what it means at home ("Auch rund 180 Österreicher sind betroffen") gains.
HOMES = {
    "Österreich": """Österreich österreichisch Österreicher Österreicherin Österreicherinnen Wien Wiener Graz
        Grazer Linz Linzer Salzburg Salzburger Innsbruck Innsbrucker Klagenfurt Bregenz Eisenstadt Pölten
        Villach Steyr Wels Tirol Tiroler Steiermark steirisch Kärnten Kärntner Vorarlberg Vorarlberger
        Burgenland Oberösterreich Niederösterreich Außenministerium Innenminister Innenministerin Bundesheer
        ÖBB""".split(),
    "Deutschland": """Deutschland deutsch Deutsche Deutschen Berlin Berliner München Hamburg Köln Frankfurt
        Bayern bayerisch Sachsen Hessen Baden-Württemberg Nordrhein-Westfalen Niedersachsen Bundesregierung
        Bundeswehr Auswärtige Bundesinnenminister Bundesinnenministerin""".split(),
    "Schweiz": """Schweiz schweizerisch Schweizer Schweizerin Bern Berner Zürich Zürcher Genf Basel Luzern
        Tessin Bundesrat Bundesrätin EDA""".split(),
}
# The home a station's time zone tells, when `home` is not set.
HOME_OF_TIMEZONE = {"Europe/Vienna": "Österreich", "Europe/Berlin": "Deutschland",
                    "Europe/Busingen": "Deutschland", "Europe/Zurich": "Schweiz"}
# Countries, their adjectives and capitals abroad: a lead naming one tells a foreign story (with the
# other homes' words: for an Austrian station Germany is abroad).
_COUNTRIES_ABROAD = """USA Russland Ukraine China Japan Indien Frankreich Italien Spanien Portugal
    Griechenland Türkei Großbritannien England Irland Polen Ungarn Tschechien Slowakei Slowenien Kroatien
    Serbien Bosnien Rumänien Bulgarien Niederlande Belgien Norwegen Schweden Finnland Dänemark Israel Iran
    Syrien Irak Libanon Ägypten Brasilien Mexiko Kanada Australien""".split()
ABROAD = _COUNTRIES_ABROAD + """Amerika amerikanisch US russisch ukrainisch chinesisch japanisch indisch
    französisch italienisch spanisch portugiesisch griechisch türkisch britisch englisch polnisch ungarisch
    tschechisch slowakisch slowenisch kroatisch serbisch niederländisch belgisch norwegisch schwedisch dänisch
    israelisch Gaza iranisch syrisch EU Brüssel Washington Moskau Kiew Peking Paris Rom London Madrid Athen
    Prag Budapest Warschau Kreta Friaul Venetien Südtirol Bozen Venedig Mailand""".split()
# Countries, which prose names without an article ("Portugal bekommt ..."; not "Österreicher verzichtet")
COUNTRIES = frozenset([*_COUNTRIES_ABROAD, *HOMES])
# Two words for one thing, the first said as the second when comparing what sentences say.
SAME_THING = {"Teuerung": "Inflation", "teuerung": "inflation", "Preisauftrieb": "Inflation"}
# The places among those words, which are nobody's surname ("Salzburg ging in Führung": Red Bull Salzburg).
PLACES = frozenset(w for words in HOMES.values() for w in words if w[:1].isupper()) | frozenset(ABROAD)

# Events named as known ("bei dem Zusammenstoß", "Das Feuer war ... ausgebrochen") and the words that
# tell one happened, which introduce it ("gerammt", "ist ... ums Leben gekommen")
EVENT_NOUNS = frozenset("Unfall Unglück Brand Feuer Vorfall Zwischenfall Absturz Zusammenstoß Explosion Tat"
                        " Schock Schrecken".split())  # (the fright after one: "sich von dem Schock erholen")
EVENT_TOLD = re.compile(r"\b(?:geprallt|gestürzt|abgestürzt|verunglückt|zusammengestoßen|kollidiert|gerammt"
                        r"|gestorben|ums Leben|getötet|ausgebrochen|explodiert|überfallen"
                        r"|niedergestochen|zum\s+\d+:\d+)\b")  # (a goal: "schob ... zum 0:1 ein")
# Researchers named as known ("identifizierte das Team", "betonten die Autoren") and the words that
# bring a study or experts, which introduce them ("Das geht aus einer Studie des Zentrums X hervor")
RESEARCHERS = frozenset("Team Forschenden Forscher Forscherinnen Wissenschaftler Wissenschafter Autoren"
                        " Studienautoren".split())
STUDY_TOLD = re.compile(r"\b\w*(?:Studie|Untersuchung|Auswertung|Analyse|Forsch|Wissenschaft|[Ee]xpert)\w*")
