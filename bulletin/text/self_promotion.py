"""How a page promotes itself, for clean.py: the station's or outlet's self-description ("Radio
Beispiel ist ein freies, nichtkommerzielles Radio", "Hören Sie uns auf UKW") and the prompts to
follow, share or subscribe. Recognised by how they speak of "uns" and the reader, not by topic.
"""

from __future__ import annotations

import re

MEDIA = (
    r"(?:Radio|Medium|Sender|Bürgerradio|Lokalradio|Community-Radio|Magazin|Zeitung|Portal"
    r"|Nachrichtenportal|Projekt|Lokalmedium|Medienprojekt|Onlinemagazin|Online-Magazin)\w*"
)
PROMO = (
    re.compile(
        r"\b(?:ist|sind)\s+(?:ein|eine|einer)\s+(?:[\w-]+,?\s+){0,2}?"
        r"(?:freie[rs]?|unabhängige[rs]?|nicht-?kommerzielle[rs]?|gemeinnützige[rs]?"
        r"|werbefreie[rs]?|selbstverwaltete[rs]?|ehrenamtliche[rs]?)"
        r"(?:,?\s+[\w-]+){0,3}?,?\s+" + MEDIA + r"\b"
    ),
    re.compile(r"\b(?:Hören|Empfangen)\s+Sie\s+uns\b|\b(?:hört|empfangt)\s+uns\b|\bSie\s+hören\s+uns\b"),
    re.compile(r"\b(?:UKW|DAB\+?|MHz|Livestream)\b.*\b(?:uns|zu hören|empfangbar|Sie)\b"),
    re.compile(r"\b(?:uns|zu hören|empfangbar)\b.*\b(?:UKW|DAB\+?|MHz|Livestream)\b"),
    re.compile(r"\b[Ww]ir\s+finanzieren\s+uns\b|\bfinanzieren\s+wir\s+uns\b"),
    re.compile(r"\b" + MEDIA + r"\b.*\bfinanziert sich\b.*\b(?:Spenden|Mitgliedsbeitr\w*)"),
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


# "Die Marktmusikkapelle lädt am Samstag, 21. März, zu ihrem Frühjahrskonzert ... Karten gibt es im
# Vorverkauf um 12 Euro": an invitation with its tickets, an announcement for the events calendar
EVENT_NOTE = "invites to an event (date, place, tickets): an announcement, not news"
_INVITES = re.compile(r"\b(?:lädt|laden)\b(?:[^.]|(?<=\d)\.){0,200}\b(?:zu|zum|zur|ein)\b")  # ("21. März")
_TICKETS = re.compile(r"\b(?:Karten|Tickets|Eintritt)\b[^.]{0,80}\b\d+(?:,\d+)?\s*Euro\b|\bVorverkauf\b"
                      r"|\bAbendkasse\b|\b(?:Eintritt\s+frei|[Ff]reier\s+Eintritt)\b")


def invites_to_event(paragraphs: tuple[str, ...]) -> bool:
    """The article opens with an invitation ("... lädt am Samstag zu ihrem Konzert") and says what
    the tickets cost or where to get them."""
    text = " ".join(paragraphs)
    return bool(_INVITES.search(text[:400]) and _TICKETS.search(text))
