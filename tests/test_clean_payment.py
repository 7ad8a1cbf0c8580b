"""Donation blocks with bank details never reach the air, in any layout, and the producer is told.

Issue 16: a block of the shape `Betreff:` / `„Radio Beispiel Schenkung Kto. M. Muster“` under an
IBAN survived cleaning and the condenser read the quoted line. Every text here is invented.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bulletin.ingest.text import read_text
from bulletin.text.clean import clean, clean_paragraphs, furniture_kind, guard_text

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "articles" / "web_donation_at.txt"
NEWS = "Der Gemeinderat hat am Dienstag den Bau eines Jugendzentrums beschlossen."
LATER = "Der Baubeginn ist für das Frühjahr geplant, sagte die Bürgermeisterin."
# Nothing of these may be left after cleaning.
PAYMENT_WORDS = re.compile(
    r"IBAN|BIC|\bAT\d\d|\bCH\d\d|\bDE\d\d|Kto\.|BLZ|Betreff|Verwendungszweck|Zahlungsreferenz|Empfänger"
    r"|Kontoinhaber|Kontonummer|Spendenkonto|Stichwort|Schenkung|Beispielbank|Raiffeisen|PayPal|Patreon"
    r"|bc1|0x[0-9a-fA-F]{8}|@|\d{5,}|Spende"
)

LAYOUTS = {
    "one per line, quoted reference under Betreff": [
        NEWS, "Spendenkonto: Verein Freies Radio Beispielwelle\nIBAN: AT00 1234 5000 0098 7654\n"
              "BIC: BSPLATWWXXX\nBetreff:\n„Radio Beispielwelle Schenkung Kto. M. Muster“", LATER],
    "all in one line with separators": [
        NEWS, "Spendenkonto: Freies Radio Beispielwelle | IBAN AT00 1234 5000 0098 7654 | BIC BSPLATWWXXX | "
              "Verwendungszweck: Spende", LATER],
    "label and value on separate lines": [
        NEWS, "IBAN\nAT00 1234 5000 0098 7654\nBIC\nBSPLATWWXXX\nBetreff\n„Radio Beispielwelle Schenkung“", LATER],
    "labels without colons, old German account": [
        NEWS, "Kontoinhaber\nVerein Freies Radio Beispielwelle\nKontonummer\n123456789\nBLZ\n12345678\n"
              "Bank\nBeispielbank Musterstadt", LATER],
    "Kto. and BLZ in one line": [NEWS, "Radio Beispielwelle e. V., Kto. 1234567, BLZ 123 456 78, Beispielbank",
                                 LATER],
    "Swiss IBAN with a payment reference": [
        NEWS, "IBAN CH00 0000 0000 1234 5678 9\nZahlungsreferenz: Radio Beispielwelle", LATER],
    "Austrian IBAN without spaces": [NEWS, "IBAN: AT001234500000987654", LATER],
    "German IBAN after a heading line, with a keyword": [
        NEWS, "Spendenkonto Freies Radio Beispielwelle\nIBAN DE00 1234 5678 9012 3456 78\nStichwort: Sendemast",
        LATER],
    "heading paragraph above the account": [
        NEWS, "Spendenkonto Radio Beispielwelle", "Empfänger: Verein Freies Radio\nIBAN AT00 1234 5000 0098 7654",
        LATER],
    "Raiffeisen line and thanks after the IBAN": [
        NEWS, "Unterstützen Sie uns!\nIBAN: AT00 3200 0000 1234 5678\nRaiffeisenbank Beispieltal\n"
              "Danke!", LATER],
}


@pytest.mark.parametrize("paragraphs", list(LAYOUTS.values()), ids=list(LAYOUTS))
def test_every_layout_of_a_donation_block_goes_and_the_news_stays(paragraphs):
    kept = clean_paragraphs(paragraphs)
    assert kept == [NEWS, LATER]


@pytest.mark.parametrize("paragraph", [
    f"{NEWS} Wer das Radio unterstützen will: Spendenkonto Freies Radio Beispielwelle, IBAN AT00 1234 5000 "
    "0098 7654, Betreff „Spende Radio“.",
    f"{NEWS} Spenden bitte an Radio Beispielwelle, Kto. 1234567, BLZ 12345678. Vielen Dank!",
    f"{NEWS} Unterstützen Sie uns mit einer Spende: IBAN AT00 1234 5000 0098 7654, BIC BSPLATWWXXX. "
    "Danke!",
])
def test_a_donation_block_after_the_last_news_sentence_of_a_paragraph_goes_alone(paragraph):
    assert clean_paragraphs([paragraph, LATER]) == [NEWS, LATER]


def test_the_web_article_keeps_its_news_and_loses_every_piece_of_furniture():
    raw = read_text(FIXTURE)
    assert re.search(r"Kto\.|IBAN|Betreff|paypal|patreon|bc1|0x", raw.body, re.I)  # the fixture has them
    cleaned = clean(raw)
    assert cleaned.article.title == "Gemeinderat Unterbeispielbach beschließt neues Jugendzentrum"
    assert cleaned.article.paragraphs == raw.paragraphs[:3]
    text = "\n".join(cleaned.article.paragraphs)
    assert not PAYMENT_WORDS.search(text), text
    for gone in ("Bilder:", "nichtkommerzielles", "UKW", "Lokaljournalismus", "Vielen Dank"):
        assert gone not in text


def test_the_clean_stage_says_what_it_removed_and_warns_once_per_article():
    cleaned = clean(read_text(FIXTURE))
    kinds = {r.kind for r in cleaned.removed}
    assert {"credit", "promo", "appeal", "payment"} <= kinds
    assert any("Kto. M. Muster" in r.text and r.kind == "payment" for r in cleaned.removed)
    lines = sum(r.kind in ("payment", "contact", "appeal") for r in cleaned.removed)
    assert lines >= 10
    assert cleaned.warnings == (f"{FIXTURE}: removed a donation appeal with bank details ({lines} lines)",)


def test_contact_data_alone_is_named_and_credits_alone_are_no_warning():
    from bulletin.models import Article

    contact = clean(Article("Titel", (NEWS, "Fragen an redaktion@radio-beispiel.example"), "a.txt"))
    assert contact.warnings == ("a.txt: removed contact data (e-mail, phone) (1 line)",)
    credits = clean(Article("Titel", (NEWS, "Bilder: Tom Beispiel"), "b.txt"))
    assert credits.removed and credits.warnings == ()


@pytest.mark.parametrize("sentence", [
    "„Radio Beispielwelle Schenkung Kto. M. Muster“",
    "Betreff: „Radio Beispielwelle Schenkung“",
    "Bitte mit dem Betreff „Spende Sendemast“ überweisen.",
    "Überweisungen bitte auf das Konto 1234567 bei der Beispielbank.",
    "Spenden an Radio Beispielwelle, Kto. M. Muster, Beispielbank.",
    "Zahlungsreferenz: Radio Beispielwelle",
])
def test_the_last_guard_catches_transfer_data_that_slipped_through(sentence):
    kept, removed = guard_text(f"{NEWS} {sentence} {LATER}")
    assert removed and removed[0].startswith(sentence)
    assert kept.startswith(NEWS) and not PAYMENT_WORDS.search(kept)
    ended = sentence if sentence.endswith(".") else sentence + "."  # as a condensed item has it
    assert guard_text(f"{NEWS} {ended} {LATER}") == (f"{NEWS} {LATER}", [ended])


@pytest.mark.parametrize("sentence", [
    "Die Polizei sperrte das Konto des Vereins.",
    "Auf dem Konto der Gemeinde lagen 50.000 Euro.",
    "Der Empfänger der Spende war ein Verein aus Unterbeispielbach.",
    "Unter dem Stichwort „Heimat“ diskutierten die Parteien am Abend.",
    "Die Bank überwies 1234567 Euro an das Land.",
    "Der Betreff der Mail lautete schlicht „Rücktritt“, sagte der Sprecher.",
])
def test_news_about_accounts_and_references_is_no_transfer_data(sentence):
    assert furniture_kind(sentence) is None
    assert guard_text(sentence) == (sentence, [])
    assert clean_paragraphs([NEWS, sentence]) == [NEWS, sentence]


def test_the_manifest_names_the_file_whose_bank_details_were_removed(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    article = inbox / "jugendzentrum.txt"
    article.write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run([str(Path(sys.executable).parent / "make-bulletin"), "-i", str(inbox), "-o", str(out),
                           "--script-only", "--hour", "2026-11-27T14", "-q"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    manifest = json.loads((out / "nachrichten_2026-11-27_1400.json").read_text(encoding="utf-8"))
    ours = [w for w in manifest["warnings"] if "bank details" in w]
    assert len(ours) == 1 and ours[0].startswith(f"{article}: removed a donation appeal with bank details (")
    assert not PAYMENT_WORDS.search(manifest["script"])
    assert "Jugendzentrum" in manifest["script"]
