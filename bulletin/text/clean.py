"""Remove page furniture from an article so it never reaches the air.

Furniture is what a web page wraps around the news: image credits, donation appeals, bank and
payment details, crypto wallets, links and e-mail addresses, the station's self-description,
social-media prompts and navigation crumbs.

Decisions are made at three levels:
- a paragraph holding a donation appeal or the station's self-promotion goes entirely, and so do
  the bank, payment and thank-you lines that follow it (the "block"), until real prose starts;
- inside any other paragraph each line, then each sentence, is judged on its own: the credit
  line goes, and a news paragraph loses only "Mehr Infos unter www.example.org.";
- credits in parentheses inside a kept sentence are cut out ("(Foto: dpa)").

Precision matters as much as recall: a news sentence that merely mentions money, a bank or a
"Spende" stays. Appeals are recognised by how they address the reader ("Sie", "du", "uns"),
not by their topic, and text inside quotation marks is never taken for an appeal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from bulletin.models import Article, Cleaned, Removed
from bulletin.text import payment
from bulletin.text.payment import EMAIL, IBAN, PHONE, URL  # noqa: F401 (used from here too)
from bulletin.text.self_promotion import MEDIA as _MEDIA
from bulletin.text.self_promotion import PROMO, SOCIAL
from bulletin.text.sentences import split_sentences

# The reader addressed: formal "Sie"/"Ihr" inside a sentence (at its start "Sie" may mean
# "she"/"they"), the informal forms, or "Sie können ..." at the start.
_READER = re.compile(
    r"(?<=[^\s.!?:])\s+(?:Sie|Ihnen|Ihre[mnrs]?|Ihr)\b"
    r"|\b(?:du|dich|dir|dein\w*|euch|euer|eure\w*)\b"
    r"|^Sie\s+(?:können|könnten|möchten|wollen|finden|erreichen|helfen)\b"
)
_US = re.compile(r"\b(?:uns|unser\w*)\b")
_SUPPORT = re.compile(r"[Ss]pend|[Uu]nterstütz|[Ff]örder|[Mm]itglied|finanzier|absetzbar")
_IMPERATIVE = re.compile(
    r"^(?:Jetzt\s+)?(?:Unterstütze|Unterstützt|Spende|Spendet|Hilf|Helft|Werde|Werdet)\s+"
    r"(?:uns|jetzt|heute|noch|einfach|auch|per|via|über|mit|Mitglied|Fördermitglied|unser\w*)\b"
    r"|\b(?:Unterstützen|Spenden)\s+Sie\b|\bHelfen\s+Sie\s+(?:uns|mit|jetzt)\b"
    r"|\bWerden\s+Sie\s+(?:jetzt\s+)?(?:Förder)?[Mm]itglied\b"
)
_QUOTED = re.compile(r"„[^“]*“|»[^«]*«|«[^»]*»|\"[^\"]*\"")
CREDIT = re.compile(
    r"^(?:Titel|Beitrags|Vorschau|Archiv|Symbol|Header|Aufmacher)?"
    r"(?:[Bb]ild(?:er)?|[Ff]oto(?:s|grafie|grafin|graf)?|Grafik|Illustration|Bildquelle|Bildnachweis"
    r"|Fotonachweis|Quellen?|Credits?|Copyright|Bildrechte|Photo|Image|Source)"
    r"\s*(?:\([^)]*\)\s*)?(?:[:/|]|©)"
    r"|©|\(c\)\s|^Symbol(?:bild|foto)$|^Archiv(?:bild|foto)$"
)
_INLINE_CREDIT = re.compile(
    r"\s*[(\[](?:Foto|Fotos|Bild|Bilder|Archivbild|Symbolbild|Grafik|Quelle|Video|©)\b[^)\]]*[)\]]"
)
NAV_PREFIX = re.compile(
    r"^(?:Lesen Sie (?:auch|mehr|hier)|Mehr zum Thema|Auch interessant|Weitere Artikel|Mehr dazu:"
    r"|Zum Weiterlesen|Hier (?:geht'?s|geht es|klicken|anmelden|abonnieren|spenden)|Schlagworte:"
    r"|Schlagwörter:|Tags:|Kategorien?:|Stand:|Aktualisiert|Veröffentlicht am|Erstellt am|Text:"
    r"|Autor(?:in|\*in)?:|Redaktion:|Anzeige:|Werbung:|Audio:|Video:|Mehr Infos:|Infos:"
    r"|(?:Dieser|Der) (?:Artikel|Beitrag|Text) wurde (?:zuletzt |nachträglich )?"
    r"(?:aktualisiert|ergänzt|geändert))"
)
# The heading of a list of links to other articles: the headlines below it are theirs, not news.
_LINK_HEADINGS = (r"Mehr zum Thema|Lesen Sie (?:auch|mehr)|Mehr dazu|Zum Weiterlesen"
                  r"|Das könnte Sie auch interessieren")
_LINK_LIST = re.compile(rf"^(?:{_LINK_HEADINGS}|Auch interessant|Weitere Artikel)\b[:.]?\s*$", re.I)
# In a page flattened to one paragraph: a link list's heading after the agency's or author's stamp
_LINK_LIST_INLINE = re.compile(rf"(?:^|(?<=[.!?“)])\s)(?:\([^()]{{1,60}}\)\s*)?(?:{_LINK_HEADINGS})\s*:")
NAV_LINES = frozenset(
    """teilen drucken anzeige werbung kommentare kommentieren weiterlesen share tweet newsletter
    merken vorlesen facebook twitter instagram whatsapp telegram mastodon bluesky linkedin
    threads schlagworte themen tags zurück""".split()
) | {"mehr lesen", "artikel teilen", "beitrag teilen", "mehr zum thema", "auch interessant",
     "nach oben", "link kopieren", "artikel hören", "zum seitenanfang",
     "das könnte sie auch interessieren"}  # fmt: skip
# Headings of a donation box: they open a block like an appeal does.
APPEAL_HEADINGS = frozenset(
    {"spenden", "spende", "jetzt spenden", "unterstützen", "unterstützung", "unterstütze uns",
     "unterstützen sie uns", "support", "spendenkonto", "bankverbindung", "so können sie helfen",
     "so kannst du helfen", "spenden und unterstützen", "spenden & unterstützen"}
)  # fmt: skip

FURNITURE_PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "payment": (IBAN, payment.BANK_LABEL, payment.CARD, payment.WALLET, payment.PAYMENT_LINK),
    "contact": (EMAIL, PHONE),
    "promo": PROMO,
    "social": SOCIAL,
    "credit": (CREDIT,),
    "nav": (NAV_PREFIX,),
    "link": (URL,),
}
_WHOLE_PARAGRAPH = frozenset({"appeal", "promo"})  # these take their paragraph with them
_STARTS_BLOCK = frozenset({"appeal", "promo", "payment"})  # and the bank lines that follow
_TAIL_WORDS = re.compile(
    r"(?<!\w)(?:Bank|Sparkasse|Volksbank|Raiffeisenbank|Postbank|GLS|Konto|Kontoinhaber\w*|e\.\s?V\."
    r"|gGmbH|Danke|Dank|Stichwort|Wallet|Krypto\w*|Spendenkonto|Bankverbindung|Empfänger\w*|Betreff"
    r"|Verwendungszweck|Zahlungsreferenz|Kto\.|IBAN|BIC)(?!\w)"
)
# Before an appeal in the same line, talk about the outlet's money is part of the appeal.
_OUTLET_TALK = re.compile(
    r"Journalismus|Berichterstattung|Redaktion|unsere\w* Arbeit|Programm|kostet Geld|werbefrei"
    r"|Bezahlschranke|Paywall|Lokaljournalismus|Spende|Unterstütz"
)


def _unquoted(text: str) -> str:
    return _QUOTED.sub(" ", text)


def _names_payment_service(sentence: str) -> bool:
    """PayPal in a business story stays; PayPal offered to the reader is a payment line."""
    if not payment.PAYMENT_NAME.search(sentence):
        return False
    plain = _unquoted(sentence)
    return bool(
        re.search(payment.PAYMENT_NAME.pattern + r"\s*:", sentence)
        or _READER.search(plain)
        or _US.search(plain)
        or _SUPPORT.search(plain)
    )


def _payment(text: str) -> bool:
    return payment.has_bank_data(text) or any(_names_payment_service(s) for s in split_sentences(text))


def contains_payment_or_contact(text: str) -> bool:
    """True if ``text`` holds an IBAN, bank label, card number, e-mail, phone number, wallet
    address or payment link: the last guard before synthesis can call this on every part."""
    return _payment(text) or payment.has_contact(text)


def contains_link(text: str) -> bool:
    """True if ``text`` holds a URL or a web address ("example.org/foo", "www.example.org")."""
    return bool(URL.search(text))


# No word a newsreader says is this long (German compounds stay well under it); such a token is
# noise (base64, a pasted hash, a keyboard run) and would also make the patterns above slow.
LONG_TOKEN = re.compile(r"\S{65,}")


def _sentence_kind(sentence: str) -> str | None:
    """Appeal, promotion or social prompt: judged per sentence, quotations left out."""
    plain = _unquoted(sentence).strip()
    if _IMPERATIVE.search(plain) or (_SUPPORT.search(plain) and _READER.search(plain)):
        return "appeal"
    for kind in ("promo", "social"):
        if any(p.search(plain) for p in FURNITURE_PATTERNS[kind]):
            return kind
    return None


_NEVER_ENDS = re.compile(r"\bKto\.$")


def _sentences(text: str) -> list[str]:
    """The sentences of ``text``, but a quotation stays whole and "Kto." never ends one: a transfer
    reference („Radio Beispiel Spende Kto. M. Muster“) is judged in one piece."""
    merged: list[str] = []
    for sentence in split_sentences(text):
        last = merged[-1] if merged else ""
        if last and (last.count("„") > last.count("“") or _NEVER_ENDS.search(last)):
            merged[-1] = f"{last} {sentence}"
        else:
            merged.append(sentence)
    return merged


def _bare(text: str) -> str:
    return text.strip(" \t-–—•*>|·:!.").casefold()


def furniture_kind(text: str) -> str | None:
    """The kind of furniture a line or sentence is, or None for news.

    Kinds: "payment", "contact", "appeal", "promo", "social", "credit", "nav", "link", "noise".
    """
    text = text.strip().lstrip("-–—•*>· ")
    if not text:
        return None
    if LONG_TOKEN.search(text):
        return "link" if URL.match(LONG_TOKEN.search(text).group()) else "noise"
    if _LINK_LIST_INLINE.match(text):
        return "nav"  # "(APA, 13.3.2025) Mehr zum Thema: ...": the links after the article's own end
    without_credits = _INLINE_CREDIT.sub("", text).strip()
    if not without_credits:
        return "credit"  # "(Foto: dpa)" on its own
    if _bare(without_credits) in APPEAL_HEADINGS:
        return "appeal"
    sentence_kinds = {_sentence_kind(s) for s in split_sentences(without_credits)}
    return next((kind for kind, holds in _KINDS if holds(without_credits, sentence_kinds)), None)


# What a line (without inline credits) is, in the order the kinds win: appeals and promotions take the
# whole paragraph, so they come first. Each test gets the line and the kinds of its sentences.
_KINDS: tuple[tuple[str, Callable[[str, set[str | None]], object]], ...] = (
    ("appeal", lambda text, sentence_kinds: "appeal" in sentence_kinds),
    ("promo", lambda text, sentence_kinds: "promo" in sentence_kinds),
    ("payment", lambda text, _: _payment(text) or payment.BANK_LABEL_LINE.match(text)),
    ("contact", lambda text, _: payment.has_contact(text)),
    ("social", lambda text, sentence_kinds: "social" in sentence_kinds),
    ("credit", lambda text, _: CREDIT.search(text.lstrip("(["))),
    ("nav", lambda text, _: _bare(text) in NAV_LINES or NAV_PREFIX.match(text)),
    ("link", lambda text, _: URL.search(text)),
)


def is_furniture(line: str) -> bool:
    """True if ``line`` (a line or a sentence) is page furniture rather than news."""
    return furniture_kind(line) is not None


def _tail_like(line: str) -> bool:
    """A line that plausibly belongs to a donation block: label-like, short, bank words, or the
    quoted reference of a transfer on its own line ("„Radio Beispiel Spende“")."""
    words = len(line.split())
    ends = line.rstrip().endswith((".", "?", "“", '"', "«", "»"))
    quoted = words <= 12 and bool(_QUOTED.fullmatch(line.strip().rstrip(".")))
    return (words <= 8 and not ends) or (words <= 12 and bool(_TAIL_WORDS.search(line))) or quoted


def _bank_heading(line: str) -> bool:
    """A short label line above bank data: "Spendenkonto Freies Radio Beispiel", "Empfänger"."""
    return (len(line.split()) <= 8 and not line.rstrip().endswith((".", "!", "?"))
            and bool(_TAIL_WORDS.search(line)))


# "CČeské Budějovice" as scraped: a capital written plain, then with its accent (the voice says both)
_DOUBLED_CAPITAL = re.compile(r"\b([A-Z])(?=([ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝČĆĎĚŇŘŠŤŽŁŚŹŻ])[a-zà-žß])")


def _without_doubled_capital(text: str) -> str:
    return _DOUBLED_CAPITAL.sub(lambda m: "" if unicodedata.normalize("NFD", m[2])[0] == m[1] else m[1], text)


def _tidy(text: str) -> str:
    text = _without_doubled_capital(_INLINE_CREDIT.sub("", text))
    text = re.sub(r"[ \t]+([,.;:!?])", r"\1", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


class _Line(NamedTuple):
    text: str  # what is left of the line
    removed: tuple[Removed, ...]
    cut: bool  # news came first, the rest of the line was an appeal or bank data


def _clean_line(line: str) -> _Line:
    """The line without its furniture sentences. Once an appeal, a promotion or bank data follows
    news in the line, the rest of the line goes with it (a donation appeal after the last news
    sentence); unless what came before talks about the outlet's money, then it is all an appeal."""
    kept: list[str] = []
    removed: list[Removed] = []
    cut = ""
    for sentence in _sentences(_tidy(line)):
        kind = furniture_kind(sentence)
        if kind in _STARTS_BLOCK and kept and not removed and not _OUTLET_TALK.search(" ".join(kept)):
            cut = kind
        if kind or cut:
            removed.append(Removed(kind or cut, sentence))
        else:
            kept.append(sentence)
    return _Line(_tidy(" ".join(kept)), tuple(removed), bool(cut))


def _take_headings(kept: list[str], result: list[str], gone: list[Removed]) -> None:
    """Bank data found: the label lines just above it go too ("Spendenkonto Radio X" / "IBAN ...")."""
    while kept and _bank_heading(kept[-1]):
        gone.append(Removed("payment", kept.pop()))
    if not kept and result and "\n" not in result[-1] and _bank_heading(result[-1]):
        gone.append(Removed("payment", result.pop()))


def _clean(paragraphs: list[str] | tuple[str, ...]) -> tuple[list[str], list[Removed]]:
    """The paragraphs without furniture, and what was taken out. A donation appeal or the station's
    self-promotion takes its paragraph; bank data and both take the block of label, bank and
    thank-you lines that follows them, until real prose starts."""
    result: list[str] = []
    removed: list[Removed] = []
    block = ""  # the kind of the block being walked through
    for paragraph in paragraphs:
        kept: list[str] = []
        gone: list[Removed] = []
        whole = ""
        for line in (ln for ln in paragraph.splitlines() if ln.strip()):
            if block and (_tail_like(line) or is_furniture(line)):
                gone.append(Removed(furniture_kind(line) or block, line))  # "GLS Bank", "Danke!"
                continue
            kind = furniture_kind(line) or ("nav" if _LINK_LIST_INLINE.search(line) else None)
            if kind is None:
                block = ""
                kept.append(_tidy(line))
                continue
            cleaned = _clean_line(line)
            kinds = {r.kind for r in cleaned.removed} | {kind}
            if "payment" in kinds:
                _take_headings(kept, result, gone)
            if not cleaned.cut:
                whole = whole or next((k for k in ("appeal", "promo") if k in kinds), "")
            block = next((k for k in ("payment", "appeal", "promo") if k in kinds), "")
            block = block or ("links" if _LINK_LIST.match(line.strip()) else "")  # "Mehr zum Thema:"
            gone += cleaned.removed or (Removed(kind, line),)
            if cleaned.text:
                kept.append(cleaned.text)
        if whole:
            gone += [Removed(whole, text) for text in kept]
            block = block or whole
        elif kept:
            result.append("\n".join(kept))
        removed += gone
    return result, removed


def clean_paragraphs(paragraphs: list[str] | tuple[str, ...]) -> list[str]:
    """The paragraphs without furniture; paragraphs that become empty are left out."""
    return _clean(paragraphs)[0]


_TITLE_SITE = re.compile(r"\s+[|·]\s+[^|·]{1,60}$")
# " – Radio Beispielstadt": at most four capitalised words, one of them a media word.
_TITLE_MEDIA_TAIL = re.compile(r"\s+[–—-]\s+(?=[^–—-]*\b" + _MEDIA + r"\b)(?:[A-ZÄÖÜ0-9][\w.+-]*\s*){1,4}$")


def clean_title(title: str) -> str:
    """The headline without the site name ("... | Radio X") and without links."""
    title = " ".join(LONG_TOKEN.sub("", title).split())
    while True:
        shorter = _TITLE_MEDIA_TAIL.sub("", _TITLE_SITE.sub("", title))
        if shorter == title or not shorter.strip():
            break
        title = shorter
    title = URL.sub("", LONG_TOKEN.sub("", title))
    return " ".join(title.split()).strip(" |·–—-:")


def guard_text(text: str) -> tuple[str, list[str]]:
    """The last guard before synthesis: ``text`` without any sentence that still carries payment or
    personal contact data (IBAN, card number, e-mail, phone number, wallet), a link or noise, and the
    sentences it took out. Runs on every part, edited scripts included, whatever cleaned them."""
    kept: list[str] = []
    removed: list[str] = []
    for sentence in _sentences(text):
        if LONG_TOKEN.search(sentence) or contains_payment_or_contact(sentence) or contains_link(sentence):
            removed.append(sentence)
        else:
            kept.append(sentence)
    return (" ".join(kept) if removed else text), removed


def _warnings(origin: str, removed: list[Removed]) -> tuple[str, ...]:
    """One line for the producer when payment or contact data was removed (none otherwise):
    "inbox/x.txt: removed a donation appeal with bank details (9 lines)"."""
    kinds = {r.kind for r in removed}
    if not kinds & {"payment", "contact"}:
        return ()
    lines = sum(r.kind in ("payment", "contact", "appeal") for r in removed)
    bank = any(payment.has_iban(r.text) or payment.BANK_LABEL.search(r.text) for r in removed)
    details = "bank details" if bank else "payment details"
    what = [f"a donation appeal with {details}" if "appeal" in kinds else details] * ("payment" in kinds)
    what += ["contact data (e-mail, phone)"] * ("contact" in kinds)
    return (f"{origin}: removed {' and '.join(what)} ({lines} line{'s' * (lines != 1)})",)


def clean(article: Article) -> Cleaned:
    """The article with the furniture removed from the title and the paragraphs, and what went."""
    paragraphs, removed = _clean(article.paragraphs)
    cleaned = replace(article, title=clean_title(article.title), paragraphs=tuple(paragraphs))
    return Cleaned(cleaned, tuple(removed), _warnings(article.origin, removed))


def clean_article(article: Article) -> Article:
    """A new Article with the furniture removed from the title and the paragraphs."""
    return clean(article).article
