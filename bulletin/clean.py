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
from dataclasses import replace

from bulletin.models import Article
from bulletin.sentences import split_sentences

_TLDS = (
    "de|at|ch|com|org|net|eu|info|fm|io|me|tv|biz|radio|online|news|app|blog|berlin|koeln"
    "|hamburg|bayern|nrw|ruhr|co|uk|fr|it|nl|be|lu|pl|cz|dk|se|es|social|cc|ly|example|test"
)
URL = re.compile(
    r"https?://\S+|\bwww\.\S+"
    rf"|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:{_TLDS})(?:/\S*|\b(?![.-]?\w))"
    rf"|\bunter\s+[\w-]+(?:\.[\w-]+)*\.(?:{_TLDS})\b"  # "unter Radio-X.de"; "Spiegel.de" alone stays
)
EMAIL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[\w.+-]+\s?[(\[{]\s?(?:at|ät)\s?[)\]}]\s?[\w-]+(?:\s?(?:\.|[(\[](?:dot|punkt)[)\]])\s?[\w-]+)+",
    re.IGNORECASE,
)
IBAN = re.compile(r"\b[A-Z]{2}\s?\d{2}(?:[ .-]?[A-Z0-9]){11,30}\b")
BANK_LABEL = re.compile(
    r"\b(?:IBAN|BIC|SWIFT(?:-Code)?)\b\s*:?\s*[A-Z]{4}"
    r"|\b(?:IBAN|BIC|SWIFT(?:-Code)?|Kontoinhaber(?:in)?|Kontonummer|Konto-?Nr\.?|Kto\.?-?Nr\.?|BLZ"
    r"|Bankleitzahl|Verwendungszweck|Bankverbindung|Spendenkonto|Kreditinstitut|Zahlungsempfänger"
    r"|Empfänger)\s*:"
)
CARD = re.compile(r"\b(?:\d{4}[ -]){3}\d{4}(?:[ -]?\d{1,3})?\b|\b\d{4}[ -]\d{6}[ -]\d{5}\b|\b\d{13,19}\b")
PHONE = re.compile(
    r"(?<![\w,.])(?:\+\d{2,3}[\s/-]*(?:\(0\)\s*)?\d|\(?0\d{2,5}\)?)(?:[\s/-]?\d){5,}\b"
    r"|\b(?:Tel(?:efon)?|Telefonnummer|Fon|Fax|Mobil|Handy|Hotline|WhatsApp)\.?\s*:?\s*[+(0]\d"
)
WALLET = re.compile(
    r"\b0x[0-9a-fA-F]{40}\b"  # Ethereum
    r"|\b(?:bc1|tb1)[02-9ac-hj-np-z]{11,71}\b|\bBC1[02-9AC-HJ-NP-Z]{11,71}\b"  # Bitcoin bech32
    r"|\b(?:BTC|ETH|XMR|LTC|USDT|Bitcoin|Ethereum|Monero|Litecoin)(?:[- ](?:Adresse|Wallet))?\s*:"
)
_LEGACY_BTC = re.compile(r"\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b")  # base58, checked further below
PAYMENT_LINK = re.compile(
    r"paypal\.me|paypal\.com|patreon\.com|ko-fi\.com|steadyhq\.com|buymeacoffee\.com"
    r"|liberapay\.com|betterplace\.org|gofundme\.com|startnext\.com",
    re.IGNORECASE,
)
PAYMENT_NAME = re.compile(
    r"\b(?:PayPal|Paypal|Patreon|Steady|Ko-fi|Kofi|Liberapay|Flattr|Buy Me a Coffee"
    r"|Betterplace|betterplace|GoFundMe|Startnext)\b"
)

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
_MEDIA = (
    r"(?:Radio|Medium|Sender|Bürgerradio|Lokalradio|Community-Radio|Magazin|Zeitung|Portal"
    r"|Nachrichtenportal|Projekt|Lokalmedium|Medienprojekt|Onlinemagazin|Online-Magazin)\w*"
)
PROMO = (
    re.compile(
        r"\b(?:ist|sind)\s+(?:ein|eine|einer)\s+(?:[\w-]+,?\s+){0,2}?"
        r"(?:freie[rs]?|unabhängige[rs]?|nicht-?kommerzielle[rs]?|gemeinnützige[rs]?"
        r"|werbefreie[rs]?|selbstverwaltete[rs]?|ehrenamtliche[rs]?)"
        r"(?:,?\s+[\w-]+){0,3}?,?\s+" + _MEDIA + r"\b"
    ),
    re.compile(r"\b(?:Hören|Empfangen)\s+Sie\s+uns\b|\b(?:hört|empfangt)\s+uns\b|\bSie\s+hören\s+uns\b"),
    re.compile(r"\b(?:UKW|DAB\+?|MHz|Livestream)\b.*\b(?:uns|zu hören|empfangbar|Sie)\b"),
    re.compile(r"\b(?:uns|zu hören|empfangbar)\b.*\b(?:UKW|DAB\+?|MHz|Livestream)\b"),
    re.compile(r"\b[Ww]ir\s+finanzieren\s+uns\b|\bfinanzieren\s+wir\s+uns\b"),
    re.compile(r"\b" + _MEDIA + r"\b.*\bfinanziert sich\b.*\b(?:Spenden|Mitgliedsbeitr\w*)"),
    re.compile(r"\bohne\s+(?:Werbung|Paywall)\b.*\b(?:uns|wir|unser\w*|Sie)\b"),
)
_PLATFORM = (
    r"(?:Facebook|Instagram|Twitter|Mastodon|YouTube|Youtube|TikTok|Telegram|Bluesky|Threads"
    r"|LinkedIn|WhatsApp|Signal|Spotify)"
)
SOCIAL = (
    re.compile(r"\b(?:Folgen|Folge|Folgt|folgen|folge|folgt)\s+(?:Sie\s+)?uns\b"),
    re.compile(r"\bTeilen Sie\b|^(?:Teile|Teilt)\s+(?:diesen|den|unseren|diese|das)\b"),
    re.compile(r"\bAbonnieren Sie\b|^(?:Abonniere|Abonniert)\b"),
    re.compile(r"\b(?:Like|Liken Sie|Likt|Liked?)\s+uns\b|\b(?:Besuchen|Schreiben)\s+Sie\s+uns\b"),
    re.compile(r"\bSchreibt uns\b|\b(?:Kommentieren|Diskutieren)\s+Sie\b"),
    re.compile(r"\bNewsletter\b.*\b(?:abonn\w*|anmelden|bestellen|kostenlos)\b"),
    re.compile(r"\b(?:abonn\w*|anmelden|bestellen)\b.*\bNewsletter\b"),
    re.compile(r"\b(?:uns|unser\w*)\b.*\b(?:auf|bei)\s+" + _PLATFORM + r"\b"),
)
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
    r"|Autor(?:in|\*in)?:|Redaktion:|Anzeige:|Werbung:|Audio:|Video:|Mehr Infos:|Infos:)"
)
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
    "payment": (IBAN, BANK_LABEL, CARD, WALLET, _LEGACY_BTC, PAYMENT_LINK),
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
    r"|gGmbH|Danke|Dank|Stichwort|Wallet|Krypto\w*)(?!\w)"
)


def _iban(text: str) -> bool:
    for match in IBAN.finditer(text):
        code = re.sub(r"[ .-]", "", match.group(0))
        if 15 <= len(code) <= 34 and sum(c.isdigit() for c in code) >= 10:
            return True
    return False


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _card(text: str) -> bool:
    return any(_luhn(re.sub(r"\D", "", m.group(0))) for m in CARD.finditer(text))


def _legacy_btc(text: str) -> bool:
    # base58 words also occur as ordinary long tokens; real addresses mix cases and digits
    for match in _LEGACY_BTC.finditer(text):
        word = match.group(0)
        mixed = any(c.isupper() for c in word) and any(c.islower() for c in word)
        if mixed and sum(c.isdigit() for c in word) >= 2:
            return True
    return False


def _unquoted(text: str) -> str:
    return _QUOTED.sub(" ", text)


def _names_payment_service(sentence: str) -> bool:
    """PayPal in a business story stays; PayPal offered to the reader is a payment line."""
    if not PAYMENT_NAME.search(sentence):
        return False
    plain = _unquoted(sentence)
    return bool(
        re.search(PAYMENT_NAME.pattern + r"\s*:", sentence)
        or _READER.search(plain)
        or _US.search(plain)
        or _SUPPORT.search(plain)
    )


def _payment(text: str) -> bool:
    if _iban(text) or _card(text) or _legacy_btc(text):
        return True
    if BANK_LABEL.search(text) or WALLET.search(text) or PAYMENT_LINK.search(text):
        return True
    return any(_names_payment_service(s) for s in split_sentences(text))


def contains_payment_or_contact(text: str) -> bool:
    """True if ``text`` holds an IBAN, bank label, card number, e-mail, phone number, wallet
    address or payment link: the last guard before synthesis can call this on every part."""
    return _payment(text) or bool(EMAIL.search(text) or PHONE.search(text))


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
    without_credits = _INLINE_CREDIT.sub("", text).strip()
    if not without_credits:
        return "credit"  # "(Foto: dpa)" on its own
    text = without_credits
    if _bare(text) in APPEAL_HEADINGS:
        return "appeal"
    sentence_kinds = [_sentence_kind(s) for s in split_sentences(text)]
    for kind in ("appeal", "promo"):  # these take the whole paragraph, so they come first
        if kind in sentence_kinds:
            return kind
    if _payment(text):
        return "payment"
    if EMAIL.search(text) or PHONE.search(text):
        return "contact"
    if "social" in sentence_kinds:
        return "social"
    if CREDIT.search(text.lstrip("([")):
        return "credit"
    if _bare(text) in NAV_LINES or NAV_PREFIX.match(text):
        return "nav"
    if URL.search(text):
        return "link"
    return None


def is_furniture(line: str) -> bool:
    """True if ``line`` (a line or a sentence) is page furniture rather than news."""
    return furniture_kind(line) is not None


def _tail_like(line: str) -> bool:
    """A line that plausibly belongs to a donation block: label-like, short, or bank words."""
    words = len(line.split())
    ends = line.rstrip().endswith((".", "?", "“", '"', "«", "»"))
    return (words <= 8 and not ends) or (words <= 12 and bool(_TAIL_WORDS.search(line)))


def _tidy(text: str) -> str:
    text = _INLINE_CREDIT.sub("", text)
    text = re.sub(r"[ \t]+([,.;:!?])", r"\1", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def _clean_line(line: str) -> tuple[str, set[str]]:
    """The line without its furniture sentences, and the kinds of furniture found in it."""
    kinds: set[str] = set()
    kept: list[str] = []
    for sentence in split_sentences(_tidy(line)):
        kind = furniture_kind(sentence)
        if kind:
            kinds.add(kind)
        else:
            kept.append(sentence)
    return _tidy(" ".join(kept)), kinds


def clean_paragraphs(paragraphs: list[str] | tuple[str, ...]) -> list[str]:
    """The paragraphs without furniture; paragraphs that become empty are left out."""
    result: list[str] = []
    in_block = False
    for paragraph in paragraphs:
        kept: list[str] = []
        whole = False
        for line in (ln for ln in paragraph.splitlines() if ln.strip()):
            if in_block and (_tail_like(line) or is_furniture(line)):
                continue  # "GLS Bank" or "Vielen Dank!" under "IBAN: ..."
            in_block = False
            kind = furniture_kind(line)
            if kind is None:
                text, kinds = _tidy(line), set()
            else:
                text, kinds = _clean_line(line)
                kinds.add(kind)
            whole = whole or bool(kinds & _WHOLE_PARAGRAPH)
            in_block = bool(kinds & _STARTS_BLOCK)
            if text:
                kept.append(text)
        if whole:
            in_block = True
        elif kept:
            result.append("\n".join(kept))
    return result


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
    for sentence in split_sentences(text):
        if LONG_TOKEN.search(sentence) or contains_payment_or_contact(sentence) or contains_link(sentence):
            removed.append(sentence)
        else:
            kept.append(sentence)
    return (" ".join(kept) if removed else text), removed


def clean_article(article: Article) -> Article:
    """A new Article with the furniture removed from the title and the paragraphs."""
    return replace(
        article,
        title=clean_title(article.title),
        paragraphs=tuple(clean_paragraphs(article.paragraphs)),
    )
