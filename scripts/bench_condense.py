"""Benchmark the condenser on real agency copy: time per article, target under 50 ms.

    .venv/bin/python scripts/bench_condense.py [--corpus ../shared/corpus]

Condenses each of the 63 articles of gnad_dev.jsonl (cleaned first, as on air, with the offline
voice's time estimate and a 30 s item) five times and prints the median and the slowest article's
median, and the ratio to the 50 ms target. Without the shared corpus it times the bundled sample
articles instead.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

from timing import median_seconds  # scripts/timing.py

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
TARGET_S = 0.050


def articles(corpus: Path) -> tuple[str, list]:
    from bulletin.ingest.text import read_markdown, read_text
    from bulletin.models import Article

    dev = corpus / "gnad_dev.jsonl"
    if dev.is_file():
        rows = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
        return f"{len(rows)} articles of {dev}", [
            Article(title=f"{r['category']} {r['row']}", paragraphs=(r["text"],), origin=str(r["row"]),
                    source="derStandard.at") for r in rows]
    samples = sorted((ROOT / "bulletin" / "assets" / "samples").iterdir())
    read = [read_markdown(p) if p.suffix == ".md" else read_text(p) for p in samples]
    return f"{len(read)} bundled sample articles (no shared corpus)", read


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    from bulletin.speech.normalize import normalize
    from bulletin.speech.voices import load_voice
    from bulletin.text.clean import clean_article
    from bulletin.text.condense import condense
    from bulletin.text.credits import load_outlets

    voice = load_voice("de-espeak")
    outlets = load_outlets()

    def estimate(text: str) -> float:
        return len(normalize(text, voice.lexicon)) / voice.chars_per_second

    what, read = articles(args.corpus)
    cleaned = [clean_article(a) for a in read]
    condense(cleaned[0], 30, estimate, outlets)  # warm-up: patterns compiled, lexicon loaded
    times = [median_seconds(lambda a=a: condense(a, 30, estimate, outlets)) for a in cleaned]
    median, slowest = statistics.median(times), max(times)
    print(f"condense, {what}, 30 s items, offline voice's estimate")
    print(f"  median per article  {median * 1000:6.1f} ms  ({median / TARGET_S:.2f} of the 50 ms target)")
    print(f"  slowest article     {slowest * 1000:6.1f} ms  ({slowest / TARGET_S:.2f} of the 50 ms target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
