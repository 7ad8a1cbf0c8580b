"""Each story once: near-duplicate detection across the inbox.

Two articles tell the same story when
- they come from the same link (an entry in two feeds, or an updated entry), or
- most of their wording is the same (agency copy in two outlets, a lightly edited update):
  at least half of the shorter one's word triples occur in the other, or
- they are written independently but about the same thing: the nouns of one headline are found
  in the other article (at least two of them, at least three quarters), the vocabulary overlaps
  (cosine of stemmed content words), and where both give several figures, some agree.

After condensing, two items also tell the same story when their headlines share a noun
("Haushaltskrise" ~ "Haushalt") and the items say much the same (at least 40 % of the shorter
one's content words are in the other): two articles of one outlet on one story ("Haushaltskrise:
Um wie viele Milliarden es geht" and "Verhandlungen über Haushalt gehen weiter") differ as
articles but lead with the same news; a bulletin reads it once (``items_once``).

Two articles datelined from different places ("Lienz (APA) –" and "Bad Mitterndorf (APA) –") tell two
events, however alike their headlines ("Reisebus kam von Fahrbahn ab", "Schulbus kommt von der Fahrbahn
ab"), and so do headlines naming different places ("Fast jede dritte Stelle in der Steiermark unbesetzt",
"Fast jeder dritte Platz in Kärnten unbesetzt"), and so do headlines giving other counts of a thousand
or more ("Daten von 180.000 Nutzern", "Daten von 240.000 Kunden": two leaks), and so do items whose leads
name other people, neither item naming the other's (two mayors resigned); only wording copied or a link
shared makes them one story then, and two such items are both read.

The headline test keeps stories on the same topic apart: "Stadtrat beschließt Radweg" and
"Stadtrat stimmt für Hallenbad" share a town, a council and half their phrasing, but the
Hallenbad is nowhere in the Radweg story. Of each group the version kept is the one with the
higher priority, then the newer one, then the longer one; the others go to ``dropped`` with the
reason and the title they were merged into.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property, lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bulletin.models import Article, Item
from bulletin.text.antecedents import people_named
from bulletin.text.datelines import STATES, dateline, state_of_adjective
from bulletin.text.known import PLACES, REGIONS
from bulletin.text.sentences import split_sentences

COPY_THRESHOLD = 0.5  # share of the shorter text's word triples found in the other
HEADLINE_COVER = 0.75  # share of a headline's nouns found in the other article
MIN_HEADLINE_HITS = 2
VOCABULARY_THRESHOLD = 0.25  # cosine of stemmed content words
# Share of the shorter item's content words found in the other: 0.45 for the one pair of the corpus
# that is one story; at most 0.27 among the 95 items of the eval and 0.18 among the feeds' 19.
SAME_NEWS = 0.4
_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
_STOP = frozenset(
    """aber alle als also am an auch auf aus bei beim bis da damit dann das dass dem den denn der des die
    dies diese diesem diesen dieser doch dort durch ein eine einem einen einer eines er es für gegen hat
    hatte hier ihr ihre im in ins ist jetzt kann kein keine mehr mit muss nach nicht noch nun nur ob oder
    ohne sich sie sind so soll über um und uns unter vom von vor war waren was weil wenn werden wie wieder
    will wird wir zu zum zur zwischen sei seien habe haben wurde wurden worden""".split()
)
_TRACKING = re.compile(r"^(?:utm_\w+|wt_\w+|at_\w+|ref|source|cmp|xtor|fbclid|gclid)$", re.I)


@dataclass(frozen=True)
class Duplicate:
    """An article left out, the one kept in its place, and why they are the same story."""

    article: Article
    kept: Article
    reason: str


def dedupe(articles: list[Article]) -> tuple[list[Article], list[Duplicate]]:
    """The articles with each story once (in their original order) and the duplicates left out."""
    profiles = [_Profile(a) for a in articles]
    preferred = sorted(range(len(articles)), key=lambda i: _preference(articles[i]), reverse=True)
    kept: list[int] = []
    duplicates: list[Duplicate] = []
    for i in preferred:
        for k in kept:
            why = same_story(profiles[k], profiles[i])
            if why:
                duplicates.append(Duplicate(articles[i], articles[k], _reason(articles[k], articles[i], why)))
                break
        else:
            kept.append(i)
    return [articles[i] for i in sorted(kept)], duplicates


def same_story(a: _Profile | Article, b: _Profile | Article) -> str:
    """Why ``a`` and ``b`` tell the same story ("" if they do not)."""
    a = a if isinstance(a, _Profile) else _Profile(a)
    b = b if isinstance(b, _Profile) else _Profile(b)
    if a.link and a.link == b.link:
        return "same link"
    copy = _containment(a.triples, b.triples)
    if copy >= COPY_THRESHOLD:
        return f"{copy:.0%} the same wording"
    vocabulary = _cosine(a, b)
    if _apart(a.places, b.places) or _apart(a.headline_places, b.headline_places):
        return ""  # two datelines or headlines, two places: two events
    if vocabulary < VOCABULARY_THRESHOLD:
        return ""  # checked first: it is cheaper than the headline test
    cover, hits = max(_cover(a, b), _cover(b, a))
    if cover >= HEADLINE_COVER and hits >= MIN_HEADLINE_HITS:
        if len(a.numbers) >= 2 and len(b.numbers) >= 2 and not a.numbers & b.numbers:
            return ""  # the same kind of event with different figures: two stories
        return f"same headline words, {vocabulary:.0%} shared vocabulary"
    return ""


class _Profile:
    """What the comparison needs from one article, computed once."""

    def __init__(self, article: Article):
        self.article = article
        self.link = _normal_link(article.origin)
        self.text = article.body
        words = [w.lower() for w in _WORD.findall(self.text)]
        self.triples = {tuple(words[i:i + 3]) for i in range(len(words) - 2)}
        self.numbers = {n.replace(".", "").replace(",", ".") for n in _NUMBER.findall(self.text)
                        if len(n.strip("0")) > 1}  # "1", "0", "10" as quantities carry little
        self.terms = Counter(_stem(w) for w in words if _content(w))
        self.norm = math.sqrt(sum(v * v for v in self.terms.values()))

    @cached_property
    def headline_nouns(self) -> list[str]:
        words = _WORD.findall(self.article.title)
        return list(dict.fromkeys(_stem(w.lower()) for w in words if w[:1].isupper() and _content(w.lower())))

    @cached_property
    def places(self) -> frozenset[str]:
        """The dateline's places ("Innsbruck/Wien (APA) –": both), in the first two paragraphs'
        first two sentences (a headline line or a standfirst may come first)."""
        for paragraph in self.article.paragraphs[:2]:
            for part in [paragraph, *re.split(r"(?<=[.!?])\s+", paragraph, maxsplit=1)[1:]]:
                place = dateline(part.strip())[0]
                if place:
                    return frozenset(p.strip() for p in place.split("/"))
        return frozenset()

    @cached_property
    def headline_places(self) -> frozenset[str]:
        return headline_places(self.article.title)

    @cached_property
    def vocabulary(self) -> set[str]:
        title = {_stem(w.lower()) for w in _WORD.findall(self.article.title) if _content(w.lower())}
        return set(self.terms) | title


def _cover(a: _Profile, b: _Profile) -> tuple[float, int]:
    """Share and number of ``a``'s headline nouns that occur in ``b`` (compounds count:
    "Lagerhalle" is found in "Lagerhallenbrand")."""
    nouns = a.headline_nouns
    if not nouns:
        return 0.0, 0
    hits = sum(1 for noun in nouns if any(_related(noun, word) for word in b.vocabulary))
    return hits / len(nouns), hits


def _related(stem: str, word: str) -> bool:
    if stem == word:
        return True
    if len(stem) < 4 or len(word) < 4:
        return False
    short, long_ = sorted((stem, word), key=len)
    return long_.startswith(short) or long_.endswith(short)


def _containment(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _cosine(a: _Profile, b: _Profile) -> float:
    small, large = sorted((a.terms, b.terms), key=len)
    dot = sum(count * large[term] for term, count in small.items() if term in large)
    return dot / (a.norm * b.norm) if a.norm and b.norm else 0.0


def _content(word: str) -> bool:
    return len(word) >= 3 and word not in _STOP and not word.isdigit()


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer  # PyStemmer: Snowball's German stemmer in C (the pure-Python port takes 30x longer)

    return Stemmer.Stemmer("german")


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    """Snowball's German stem ("Lagerhallen" -> "lagerhall"); cached, news repeats its words."""
    return _stemmer().stemWord(word)


def _normal_link(origin: str) -> str:
    """A web address without tracking parameters, fragment, "www." and trailing slash; "" for files."""
    parts = urlsplit(origin)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return ""
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)])
    host = parts.hostname.removeprefix("www.")
    return urlunsplit(("https", host, parts.path.rstrip("/"), query, ""))


def _preference(article: Article) -> tuple:
    """Higher priority first, then the newest, then the longest."""
    published = article.published
    if published is None:
        published = datetime.min.replace(tzinfo=UTC)
    elif published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    return article.priority, published, len(article.body)


def _reason(kept: Article, dropped: Article, why: str) -> str:
    named = f"'{kept.title}'" + (f" ({kept.source})" if kept.source else "")
    if kept.priority != dropped.priority:
        choice = f"kept the higher-priority version (priority {kept.priority})"
    elif kept.published and dropped.published and _preference(kept)[1] != _preference(dropped)[1]:
        choice = f"kept the newer version (published {kept.published.isoformat(timespec='minutes')})"
    elif kept.published and not dropped.published:
        choice = "kept the dated version"
    elif len(kept.body) > len(dropped.body):
        choice = "kept the longer version"
    else:
        choice = "kept the first one read"
    return f"same story as {named} ({why}); {choice}"


def items_once(items: list[Item]) -> tuple[list[Item], list[tuple[Item, str]]]:
    """``items`` (in air order) with each story once: an item saying much the same as one before
    it, under a headline sharing a noun, is left out, with the reason."""
    kept: list[Item] = []
    left_out: list[tuple[Item, str]] = []
    said = {id(item): (_headline_nouns(item.title), _item_words(item)) for item in items}  # each once
    places = {id(item): headline_places(item.title) for item in items}
    sizes = {id(item): _sizes(item.title) for item in items}
    people = {id(item): _lead_people(item) for item in items}
    for item in items:
        earlier = next((k for k in kept if _same_news(said[id(k)], said[id(item)])
                        and not _apart(places[id(k)], places[id(item)])
                        and not _apart(sizes[id(k)], sizes[id(item)])
                        and not _other_people((k, people[id(k)]), (item, people[id(item)]))), None)
        if earlier is None:
            kept.append(item)
            continue
        named = f"'{earlier.title}'" + (f" ({earlier.source})" if earlier.source else "")
        left_out.append((item, f"says the same news as {named} (a headline word and most of its words "
                               "in common); kept the one before it in air order"))
    return kept, left_out


def _same_news(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> bool:
    """Two items, each as its headline's nouns and its content words, tell the same news."""
    (nouns_a, words_a), (nouns_b, words_b) = a, b
    if not any(_related(x, y) for x in nouns_a for y in nouns_b):
        return False
    small, large = sorted((words_a, words_b), key=len)
    if not small:
        return False
    return sum(any(_related(w, v) for v in large) for w in small) / len(small) >= SAME_NEWS


def headline_places(title: str) -> frozenset[str]:
    """The places a headline names ("... in der Steiermark unbesetzt": Steiermark), a state by its
    adjective too ("in steirischen Spitälern": Steiermark; two states' hospitals are two stories)."""
    words = _WORD.findall(title)
    named = {w for w in words if w in PLACES or w in REGIONS or w in STATES}
    return frozenset(named | {state for w in words if (state := state_of_adjective(w))})


def _sizes(title: str) -> frozenset[str]:
    """The counts of a thousand or more a headline gives ("Daten von 240.000 Kunden betroffen"): two
    headlines giving different ones tell of two leaks, two firms' job cuts (a toll, which an update
    corrects, is smaller)."""
    return frozenset(n.replace(".", "") for n in _NUMBER.findall(title) if int(re.sub(r"\D", "", n)) >= 1000)


def _apart(places: frozenset[str], others: frozenset[str]) -> bool:
    """Both name places (or counts), and none of one is the other's: two events."""
    return bool(places and others and not places & others)


def _lead_people(item: Item) -> frozenset[str]:
    """The surnames of the people the item's first sentence names in full."""
    return frozenset(name.split()[-1] for name in people_named(" ".join(split_sentences(item.text)[:1])))


def _other_people(a: tuple[Item, frozenset[str]], b: tuple[Item, frozenset[str]]) -> bool:
    """Each item's first sentence names someone in full (each item with its _lead_people), and neither
    item names the other's by surname: two people's news ("Herbert Zöchling legte ... zurück" and "Der
    Bürgermeister von St. Ulrich am Kogel, Josef Hollerer, trat ... zurück": two mayors resigned)."""
    (item_a, lead_a), (item_b, lead_b) = a, b
    if not (lead_a and lead_b):
        return False
    return not any(re.search(rf"\b{re.escape(surname)}\b", other.text)
                   for surnames, other in ((lead_a, item_b), (lead_b, item_a)) for surname in surnames)


def _headline_nouns(title: str) -> set[str]:
    return {_stem(w.lower()) for w in _WORD.findall(title) if w[:1].isupper() and _content(w.lower())}


def _item_words(item: Item) -> set[str]:
    """The item's content words, without its source's name ("berichtet die Tagesschau")."""
    source = {_stem(w.lower()) for w in _WORD.findall(item.source or "")}
    words = {_stem(w.lower()) for w in _WORD.findall(item.text) if _content(w.lower()) and not w.isdigit()}
    return words - source - {_stem("berichtet")}
