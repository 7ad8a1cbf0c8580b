"""Benchmark the source stages: feed parsing, web-page extraction, dedupe and condense.

    .venv/bin/python scripts/bench_sources.py

Targets (the run at :55 has a few minutes for everything, speech included): a 50-entry feed parsed
in under 0.5 s, a news page extracted in under 1 s, 200 articles deduplicated in under 2 s, one
item condensed in under 0.3 s. Prints medians of repeated runs and the ratio to each target.
Uses only invented text it makes itself.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from timing import median_seconds  # scripts/timing.py

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PAGE = ROOT / "tests" / "fixtures" / "pages" / "faehre-seite.html"
WORDS = ("Stadtrat Radweg Fähre Insel Brand Lagerhalle Feuerwehr Polizei Schule Markt Hafen Bahn Streik "
         "Bürgermeisterin Haushalt Klinik Museum Stadion Brücke Deich Theater Bibliothek Freibad").split()


def story(n: int) -> tuple[str, str]:
    a, b, c = WORDS[n % len(WORDS)], WORDS[(n * 7 + 3) % len(WORDS)], WORDS[(n * 11 + 5) % len(WORDS)]
    title = f"{a} in Ort{n}: {b} und {c}"
    text = " ".join(f"In Ort{n} geht es am Tag {k} um {a}, {b} und {c}; {k * n} Menschen sind betroffen."
                    for k in range(1, 9))
    return title, text


def main() -> int:
    from bulletin.ingest.feeds import FeedOptions, read_feed
    from bulletin.ingest.web import read_page
    from bulletin.models import Article
    from bulletin.speech.normalize import normalize
    from bulletin.text.condense import condense
    from bulletin.text.dedupe import _stem, dedupe

    items = "".join(f"<item><title>{t}</title><link>https://feed.example/{n}</link>"
                    f"<description><![CDATA[<p>{x}</p>]]></description></item>"
                    for n, (t, x) in enumerate(story(n) for n in range(50)))
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>{items}'
            "</channel></rss>").encode()
    options = FeedOptions(now=datetime.now(UTC), max_age_hours=0, max_per_feed=50)
    page = PAGE.read_bytes()
    articles = [Article(title=t, paragraphs=(x,), origin=f"a{n}.txt")
                for n, (t, x) in enumerate(map(story, range(200)))]
    read_page(page, "warm-up")  # trafilatura's first call loads its settings

    def estimate(text: str) -> float:
        return len(normalize(text)) / 14.0

    figures = [
        ("parse a 50-entry feed", median_seconds(lambda: read_feed(feed, "bench.xml", options)), 0.5),
        ("extract a news page", median_seconds(lambda: read_page(page, "bench.html")), 1.0),
        ("dedupe 200 articles", median_seconds(lambda: (_stem.cache_clear(), dedupe(articles)), runs=3), 2.0),
        ("condense one item (30 s)", median_seconds(lambda: condense(articles[0], 30, estimate)), 0.3),
    ]
    for name, seconds, target in figures:
        print(f"{name}: median {seconds:.3f} s; target {target} s, ratio {seconds / target:.2f}")
    return 0 if all(seconds <= target for _, seconds, target in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
