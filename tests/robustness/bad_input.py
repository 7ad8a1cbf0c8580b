"""Bad input: what a careless or hostile inbox holds. Each case: the bulletin from the rest, or one
clear line and a non-zero exit; bounded time and memory; nothing half-written."""

from __future__ import annotations

import os
import random
from pathlib import Path

from tests.robustness.harness import (
    GOOD_ARTICLE,
    GOOD_TITLE,
    Case,
    Outcome,
    Station,
    all_of,
    good_article_on_air,
    named_on_stderr,
)

FEED_HEAD = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Lokales</title>'
             "<link>https://lokal.example.org/</link><description>Nachrichten</description>\n")
ITEM = ("<item><title>{title}</title><link>https://lokal.example.org/{n}</link>"
        "<description>{text}</description><pubDate>Fri, 27 Nov 2026 12:00:00 +0100</pubDate></item>\n")


def skipped_and_rest_on_air(name: str):
    """The usual expectation: the bad file named on stderr and in the manifest, the good one on air."""

    def check(station: Station, outcome: Outcome) -> str | None:
        in_manifest = any(name in w for w in (outcome.manifest or {}).get("warnings", []))
        return all_of(good_article_on_air(outcome), named_on_stderr(outcome, name),
                      None if in_manifest else f"{name} is not named in the manifest's warnings")
    return check


def script_only(setup):
    def run(station: Station) -> Outcome:
        setup(station)
        return station.make(audio=False)
    return run


def with_audio(setup):
    def run(station: Station) -> Outcome:
        setup(station)
        return station.make()
    return run


def _bomb(body: str) -> str:
    return f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n{body}\n]>\n<rss version="2.0"><channel><title>&x;</title></channel></rss>\n'


BILLION_LAUGHS = _bomb("\n".join(
    ['<!ENTITY a0 "ha">'] + [f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)]
    + ['<!ENTITY x "&a9;">']))
QUADRATIC = _bomb(f'<!ENTITY y "{"A" * 50_000}">\n<!ENTITY x "{"&y;" * 50_000}">')
EXTERNAL = _bomb('<!ENTITY x SYSTEM "file:///etc/passwd">')


def refused_before_parsing(name: str):
    def check(station: Station, outcome: Outcome) -> str | None:
        leaked = "root:" in outcome.stderr or "root:" in str(outcome.manifest)
        return all_of(good_article_on_air(outcome), named_on_stderr(outcome, name),
                      "the entity was expanded" if leaked or "hahaha" in str(outcome.manifest) else None,
                      None if outcome.seconds < 20 else f"took {outcome.seconds:.0f} s")
    return check


def _html_as_txt(station: Station) -> None:
    station.write("seite.txt", (
        "<!DOCTYPE html><html lang='de'><head><title>Hallenbad öffnet wieder | Stadtanzeiger</title>"
        "<script>var tracking = 'Bitte nicht vorlesen';</script></head><body>"
        "<nav>Startseite Lokales Sport</nav><article><h1>Hallenbad öffnet wieder</h1>"
        "<p>Das Hallenbad in Beispielstadt öffnet nach zwei Jahren Sanierung am Samstag wieder. "
        "Die Arbeiten haben 6,8 Millionen Euro gekostet, teilte die Stadt mit.</p>"
        "<p>Der Eintritt bleibt bei 4,50 Euro, sagte Bäderchef Tom Beispiel.</p></article>"
        "<footer>Impressum Datenschutz</footer></body></html>"))


def _html_check(station: Station, outcome: Outcome) -> str | None:
    script = (outcome.manifest or {}).get("script", "")
    return all_of(good_article_on_air(outcome),
                  None if "Hallenbad" in script else "the page's article is not on air",
                  "markup or script text reached the script"
                  if any(t in script for t in ("<", "tracking", "Impressum", "Startseite")) else None)


def _jinja(station: Station) -> None:
    station.write("vorlage.txt", "Streit um Vorlagen im Rathaus\n\nIm Rathaus kursierte ein Zettel mit "
                  "{{ station }} und {% for x in range(3) %}Hallo{% endfor %} darauf. "
                  "Die Verwaltung prüft den Fall, sagte ein Sprecher.\n")


def _jinja_check(station: Station, outcome: Outcome) -> str | None:
    item = next((i for i in (outcome.manifest or {}).get("items", []) if "Vorlagen" in i["title"]), None)
    if item is None:
        return "the article with template syntax is not on air"
    if "HalloHallo" in item["text"] or "Radio Beispiel und" in item["text"]:
        return "template syntax in the article was evaluated"
    return good_article_on_air(outcome)


def _traversal(station: Station) -> None:
    station.write("pfad.txt", "../../etc/passwd\n\nEin Leser schickte eine seltsame Überschrift. "
                  "Die Redaktion prüft den Text, sagte die Chefredakteurin.\n")
    station.write("pfad2.md", "# ../../../tmp/bulletin-pwned\n\nAuch diese Überschrift ist seltsam. "
                  "Sie wird geprüft, sagte die Redaktion.\n")


def _traversal_check(station: Station, outcome: Outcome) -> str | None:
    outside = [p for p in station.root.rglob("*passwd*")] + list(Path("/tmp").glob("bulletin-pwned*"))
    names = sorted(p.name for p in station.out.iterdir() if not p.name.startswith("."))
    expected = sorted(p.name for p in station.out.iterdir() if p.name.startswith("nachrichten_2026-11-27_1400"))
    return all_of(good_article_on_air(outcome),
                  f"files written from article text: {outside}" if outside else None,
                  f"unexpected files in out/: {names}" if names != expected else None)


def _long_word(station: Station) -> None:
    word = "".join(random.Random(5).choice("abcdefghijklmnopqrstuvwxyzäöüß") for _ in range(5000))
    station.write("wort.txt", f"Rekordwort im Stadtarchiv\n\nIm Stadtarchiv wurde ein Brief gefunden. "
                  f"Er enthält das Wort {word} und sonst nichts. Das Archiv stellt ihn ab Montag aus, "
                  "teilte die Stadt mit.\n")


def _long_word_check(station: Station, outcome: Outcome) -> str | None:
    item = next((i for i in (outcome.manifest or {}).get("items", []) if "Rekordwort" in i["title"]), None)
    if item is None:
        return "the rest of the article with the long word is not on air"
    if any(len(token) > 64 for token in item["spoken"].split()):
        return "the 5,000-character word reaches the voice"
    return all_of(good_article_on_air(outcome), None if outcome.seconds < 30 else "too slow")


def _furniture_only(station: Station) -> None:
    station.write("spenden.txt", "Unterstützen Sie uns!\n\nUnterstützen Sie unsere Arbeit mit einer Spende.\n"
                  "IBAN: DE00 1234 5678 9012 3456 78\nBIC: BEISDEXXX\n"
                  "PayPal: spenden@radio-beispiel.example\nBitcoin: bc1qexampleexampleexampleexample0000\n")


def _furniture_check(station: Station, outcome: Outcome) -> str | None:
    dropped = (outcome.manifest or {}).get("dropped", [])
    script = (outcome.manifest or {}).get("script", "")
    return all_of(good_article_on_air(outcome),
                  None if any("furniture" in d["reason"] for d in dropped) else "not listed as dropped",
                  "donation data reached the script" if "IBAN" in script or "@" in script else None)


def _furniture_alone(station: Station) -> Outcome:
    (station.inbox / "00-strassenbahn.txt").unlink()
    _furniture_only(station)
    return station.make()


def _no_bulletin(reason: str):
    def check(station: Station, outcome: Outcome) -> str | None:
        lines = outcome.error_lines
        if outcome.exit_code in (0, None):
            return f"expected a non-zero exit, got {outcome.exit_code}"
        if not any(reason in line for line in lines):
            return f"no line says {reason!r}"
        return None
    return check


def _symlink_loop(station: Station) -> None:
    os.symlink(station.inbox, station.inbox / "schleife")
    os.symlink(station.inbox / "b.txt", station.inbox / "a.txt")
    os.symlink(station.inbox / "a.txt", station.inbox / "b.txt")


def _unreadable(station: Station) -> Outcome:
    path = station.write("gesperrt.txt", "Gesperrt\n\nDiesen Text darf niemand lesen.\n")
    path.chmod(0)
    return station.make(audio=False, as_plain_user=True)


def _fifo(station: Station) -> None:
    os.mkfifo(station.inbox / "rohr.txt")


def _dev_zero(station: Station) -> None:
    os.symlink("/dev/zero", station.inbox / "null.txt")


def _big_article(station: Station) -> None:
    paragraph = ("Der Gemeinderat hat am Dienstag lange über den Haushalt beraten, sagte der Kämmerer. " * 20
                 + "\n\n").encode()
    with open(station.inbox / "riesig.txt", "wb") as handle:
        handle.write(b"Riesiger Haushaltsbericht\n\n")
        for _ in range(50_000_000 // len(paragraph) + 1):
            handle.write(paragraph)


def _long_article(station: Station) -> None:
    paragraph = ("Der Kreistag hat am Dienstag lange über den Haushalt des kommenden Jahres beraten, "
                 "sagte die Landrätin nach der Sitzung. ") * 8
    station.write("haushalt.txt", "Kreistag berät den Haushalt\n\n" + "\n\n".join([paragraph] * 4000))


def _long_article_check(station: Station, outcome: Outcome) -> str | None:
    return all_of(good_article_on_air(outcome),
                  None if "Kreistag berät den Haushalt" in outcome.items else "the long article is not on air",
                  named_on_stderr(outcome, "haushalt.txt"),
                  None if outcome.seconds < 30 else f"took {outcome.seconds:.0f} s")


def _big_feed(station: Station) -> None:
    items = "".join(ITEM.format(n=n, title=f"Meldung {n} aus dem Kreis",
                                text=f"Im Kreis gab es heute Meldung Nummer {n} über Straßenbau in Ort {n}.")
                    for n in range(10_000))
    station.write("viel.xml", FEED_HEAD + items + "</channel></rss>\n")


def _big_feed_check(station: Station, outcome: Outcome) -> str | None:
    size = station.manifest.stat().st_size if station.manifest.exists() else 0
    return all_of(good_article_on_air(outcome),
                  None if 2 <= len(outcome.items) <= 7 else f"{len(outcome.items)} items from a 10,000-entry feed",
                  None if size < 100_000 else f"manifest of {size} bytes",
                  None if outcome.seconds < 60 else f"took {outcome.seconds:.0f} s")


def _truncated_feed(station: Station) -> None:
    items = "".join(ITEM.format(n=n, title=f"Kurzmeldung {n} aus dem Landkreis",
                                text=f"Im Landkreis wurde heute das Projekt Nummer {n} gestartet.")
                    for n in range(3))
    station.write("abgeschnitten.xml", (FEED_HEAD + items)[:-60])


def _many_files(station: Station) -> None:
    for n in range(3000):
        station.write(f"sub/m{n:05d}.txt", f"Meldung {n}\n\nKurze Meldung Nummer {n} aus Beispielstadt.\n")


def _many_files_check(station: Station, outcome: Outcome) -> str | None:
    return all_of(None if outcome.exit_code == 0 else f"exit {outcome.exit_code}",
                  named_on_stderr(outcome, "max_inputs"),
                  None if outcome.seconds < 60 else f"took {outcome.seconds:.0f} s")


def _encoded(encoding: str):
    def setup(station: Station) -> None:
        (station.inbox / "00-strassenbahn.txt").unlink()
        station.write(f"{encoding}.txt", GOOD_ARTICLE, encoding=encoding)
    return setup


def _umlauts_intact(station: Station, outcome: Outcome) -> str | None:
    text = " ".join(i["text"] for i in (outcome.manifest or {}).get("items", []))
    return all_of(good_article_on_air(outcome),
                  None if "Straßenbahnlinie" in text and "früher" in text else f"umlauts damaged: {text[:80]!r}")


def _binary(station: Station) -> None:
    station.write("rauschen.txt", random.Random(1).randbytes(64_000))


def _empty(station: Station) -> None:
    station.write("leer.txt", b"")


def _blank(station: Station) -> None:
    station.write("leerzeichen.md", "   \n\t\n\n  ")


def _bomb_setup(name: str, text: str):
    return lambda station: station.write(name, text)


CASES = [
    Case("empty file", "skipped, named; bulletin from the rest", script_only(_empty),
         skipped_and_rest_on_air("leer.txt")),
    Case("whitespace-only file", "skipped, named; bulletin from the rest", script_only(_blank),
         skipped_and_rest_on_air("leerzeichen.md")),
    Case("binary noise as .txt", "skipped, named; bulletin from the rest", script_only(_binary),
         skipped_and_rest_on_air("rauschen.txt")),
    Case("UTF-16 with BOM", "read, umlauts intact, on air", with_audio(_encoded("utf-16")), _umlauts_intact),
    Case("cp1252", "read, umlauts intact, on air", script_only(_encoded("cp1252")), _umlauts_intact),
    Case("50 MB article", "refused by size, named; bounded memory", with_audio(_big_article),
         skipped_and_rest_on_air("riesig.txt")),
    Case("2 MB single article", "only its beginning used, named; bounded time", script_only(_long_article),
         _long_article_check),
    Case("feed with 10,000 entries", "at most max_per_feed items; small manifest; bounded time",
         script_only(_big_feed), _big_feed_check, timeout=120),
    Case("billion laughs", "refused before parsing, named", script_only(_bomb_setup("lachen.xml", BILLION_LAUGHS)),
         refused_before_parsing("lachen.xml")),
    Case("quadratic blow-up", "refused before parsing, named",
         script_only(_bomb_setup("quadrat.xml", QUADRATIC)), refused_before_parsing("quadrat.xml")),
    Case("external entity file://", "refused before parsing, nothing read from disk",
         script_only(_bomb_setup("extern.rss", EXTERNAL)), refused_before_parsing("extern.rss")),
    Case("truncated XML feed", "named; no crash; the rest on air", script_only(_truncated_feed),
         lambda s, o: all_of(good_article_on_air(o), named_on_stderr(o, "abgeschnitten.xml"))),
    Case("HTML saved as .txt", "read as a web page: text only, no markup", script_only(_html_as_txt), _html_check),
    Case("Jinja syntax in article text", "read as text, never evaluated", script_only(_jinja), _jinja_check),
    Case("headline ../../etc/passwd", "file names never come from article text", script_only(_traversal),
         _traversal_check),
    Case("5,000-character word", "that sentence left out; the rest on air", script_only(_long_word),
         _long_word_check),
    Case("only page furniture", "dropped with its reason; the rest on air", script_only(_furniture_only),
         _furniture_check),
    Case("only page furniture, alone", "exit 1, one line, no new bulletin", _furniture_alone,
         _no_bulletin("no usable article")),
    Case("symlink loop in the inbox", "loop not followed; links named; the rest on air",
         script_only(_symlink_loop), skipped_and_rest_on_air("a.txt")),
    Case("unreadable file", "skipped, named; the rest on air", _unreadable,
         skipped_and_rest_on_air("gesperrt.txt")),
    Case("named pipe in the inbox", "skipped without blocking, named", script_only(_fifo),
         skipped_and_rest_on_air("rohr.txt"), timeout=30),
    Case("symlink to /dev/zero", "skipped without reading forever, named", script_only(_dev_zero),
         skipped_and_rest_on_air("null.txt"), timeout=30),
    Case("3,000 files in the inbox", "only the newest max_inputs read, named; bounded time",
         script_only(_many_files), _many_files_check, timeout=120),
]

assert GOOD_TITLE  # the shared good article is what "the rest" means in every case
