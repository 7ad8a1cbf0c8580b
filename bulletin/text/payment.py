"""Bank, payment and contact data and links: what must never be read on air, found by its shape.

IBANs of any country (with or without spaces, "IBAN: AT.." or "IBAN AT.."), BICs, the labels of a
bank transfer ("Kontoinhaber:", "Kto. 1234567", "BLZ 123 456 78", "Betreff: „...“"), card numbers
(Luhn-checked), crypto wallets, payment links, e-mail addresses, phone numbers, web addresses. The
clean stage (bulletin/text/clean.py) and the last guard before the voice both use these; how a whole
donation block is recognised around them is the clean stage's business.
"""

from __future__ import annotations

import re

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
# The labels of a bank transfer, followed by a colon ("Kontoinhaber: ...").
_LABELS = (
    r"IBAN|BIC|SWIFT(?:-Code)?|Kontoinhaber(?:in)?|Kontonummer|Konto-?Nr\.?|Kto\.?-?Nr\.?|BLZ"
    r"|Bankleitzahl|Verwendungszweck|Bankverbindung|Spendenkonto|Kreditinstitut|Zahlungsempfänger"
    r"|Empfänger(?:in)?|Betreff|Zahlungsreferenz|Überweisungszweck|Spendenzweck"
)
_REFERENCE = r"Betreff|Verwendungszweck|Zahlungsreferenz|Überweisungszweck|Spendenzweck"
BANK_LABEL = re.compile(
    r"\b(?:IBAN|BIC|SWIFT(?:-Code)?)\b\s*:?\s*[A-Z]{4}"
    rf"|\b(?:{_LABELS})\s*:"
    rf"|\b(?:{_REFERENCE})\s*[„\"»«]"  # the reference in quotes: Betreff „Radio Beispiel Spende“
    r"|\b(?:Kto\.?|Konto-?Nr\.?|Kontonummer|BLZ|Bankleitzahl)\s*:?\s*\d(?:[ ./-]?\d){4,}"  # Kto. 1234567
    r"|\bKonto\s+(?:Nr\.?\s*)?\d{5,}\b(?![.,]\d|\s*(?:Euro|€|EUR|Dollar|Franken|CHF))"
    r"|\bKto\.(?=\s|$)"  # "Kto." is written only in account data
)
# A label standing alone on its line, its value on the next one ("IBAN" / "AT61 1904 ...").
BANK_LABEL_LINE = re.compile(rf"^(?:{_LABELS}|Bank|Kreditinstitut|Konto|Stichwort)\s*:?$")
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


def has_iban(text: str) -> bool:
    """An IBAN of any country: two letters, two check digits, 11 to 30 more, mostly digits."""
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


def has_card(text: str) -> bool:
    return any(_luhn(re.sub(r"\D", "", m.group(0))) for m in CARD.finditer(text))


def has_legacy_btc(text: str) -> bool:
    # base58 words also occur as ordinary long tokens; real addresses mix cases and digits
    for match in _LEGACY_BTC.finditer(text):
        word = match.group(0)
        mixed = any(c.isupper() for c in word) and any(c.islower() for c in word)
        if mixed and sum(c.isdigit() for c in word) >= 2:
            return True
    return False


def has_bank_data(text: str) -> bool:
    """An IBAN, a card number, a legacy Bitcoin address, a bank label with its value, a wallet or
    a payment link."""
    return bool(has_iban(text) or has_card(text) or has_legacy_btc(text) or BANK_LABEL.search(text)
                or WALLET.search(text) or PAYMENT_LINK.search(text))


def has_contact(text: str) -> bool:
    """An e-mail address or a phone number."""
    return bool(EMAIL.search(text) or PHONE.search(text))
