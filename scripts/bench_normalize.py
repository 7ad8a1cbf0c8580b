#!/usr/bin/env python3
"""How fast the normalizer reads a 5,000-word text (target: under 100 ms; issue 3).

Two texts of exactly 5,000 words: real German news from ../shared/corpus/articles (when present,
else skipped) and an invented bulletin dense with numbers, dates, times, money, units and
abbreviations (every sentence fires several rules). Each is normalized once cold (a fresh process's
caches empty) and then RUNS times; the median is compared with the target.

    python scripts/bench_normalize.py [--corpus DIR]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

WORDS = 5000
RUNS = 15
TARGET_MS = 100.0
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# Invented copy in the style of local news (no corpus text).
DENSE = """Am 3. Oktober um 14:30 Uhr hat der Stadtrat mit 27 zu 14 Stimmen 3,5 Mio. Euro für den Radweg
bewilligt. Die Kosten liegen bei rund 1.250.000 €, z. B. für 4,2 km Asphalt und 12 Brücken. Die
Handballerinnen gewannen das Derby mit 31:27 und kletterten in der 3. Liga auf den 3. Platz. Karten
kosten 12,50 €, ermäßigt 8 €. Der Wetterdienst erwartet Böen von bis zu 90 km/h und -3 °C in der
Nacht zum 1. Dezember. Die Inflation stieg um 0,3 Prozentpunkte auf 2,4 %. Seit 1990 fährt die Fähre
zwischen 8 und 10 Uhr, vom 1. bis 3. Mai 2026 fällt sie aus. Dr. Lena Muster, Prof. Max Beispiel u. a.
sprachen am 27.11.2026 im Rathaus, Hauptstr. 5. Der 6:0-Sieg am 12. Spieltag war der 100. Sieg, 10-12
Tore fielen, usw. Die Zahl der Unfälle stieg auf 12. Die Polizei rät, ca. 2 Std. früher loszufahren."""


def five_thousand_words(text: str) -> str:
    words = text.split()
    if not words:
        raise ValueError("no text")
    while len(words) < WORDS:
        words += words
    return " ".join(words[:WORDS])


def measure(text: str) -> tuple[float, float, float]:
    """(cold ms, median ms, best ms) for normalizing `text`; the best run shows the cost without
    other processes on the CPU."""
    from bulletin.speech.normalize import normalize

    started = time.perf_counter()
    normalize(text)
    cold = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        normalize(text)
        times.append((time.perf_counter() - started) * 1000)
    return cold, statistics.median(times), min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the shared corpus folder")
    args = parser.parse_args()
    texts = {"invented, number-dense": five_thousand_words(DENSE)}
    articles = sorted((args.corpus / "articles").glob("*.txt"))
    if articles:
        texts["real news (corpus articles)"] = five_thousand_words(
            "\n\n".join(p.read_text(encoding="utf-8") for p in articles))
    else:
        print(f"note: no corpus articles under {args.corpus}; real-news text skipped")
    worst = 0.0
    for label, text in texts.items():
        cold, median, best = measure(text)
        worst = max(worst, median)
        print(f"normalize {WORDS} words ({label}): median {median:.1f} ms over {RUNS} runs "
              f"(best {best:.1f}, first {cold:.1f}); target {TARGET_MS:.0f} ms, "
              f"ratio {median / TARGET_MS:.2f}")
    return 1 if worst > TARGET_MS else 0


if __name__ == "__main__":
    sys.exit(main())
