"""Compare the condenser of this checkout with another, article by article, on the reference summaries.

    .venv/bin/python scripts/compare_condense.py --code /path/to/other/checkout [--corpus ../shared/corpus]

Each checkout condenses the articles of summaries.jsonl into a 30 s item (the item budget, the
offline voice's estimate) in its own process, importing its own ``bulletin`` package (the flat
layout before the stage folders included). Printed: ROUGE-1/2/L F1 of both per article, the mean
paired difference, how many articles gained and lost, and a bootstrap 95 % interval of the mean
difference (10,000 resamples of the articles): with 13 articles one item read differently moves the
mean by several thousandths, and the interval says whether a change is more than that.
Scoring is eval_condense.py's (Unicode tokens, no stemming).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from eval_condense import DEFAULT_CORPUS, outlet, scores  # noqa: E402 (the scripts folder is not a package)

# Run inside the other checkout's process: its items at the item budget, as JSON on stdout.
_ITEMS = """
import json, sys
sys.path.insert(0, sys.argv[1])
from bulletin.config import Config
from bulletin.models import Article
try:
    from bulletin.speech.normalize import normalize
    from bulletin.speech.voices import load_voice
    from bulletin.text.clean import clean_article
    from bulletin.text.condense import condense
except ImportError:  # the flat layout of the first releases
    from bulletin.normalize import normalize
    from bulletin.tts.voices import load_voice
    from bulletin.clean import clean_article
    from bulletin.condense import condense
config = Config()
voice = load_voice(config.voices["espeak"], config.voices_dir)
items = {}
for record in json.loads(sys.stdin.read()):
    article = clean_article(Article(title=record["title"], paragraphs=(record["text"],),
                                    origin=record["id"], source=record["outlet"]))
    items[record["id"]] = condense(article, config.item_seconds,
                                   lambda text: len(normalize(text)) / voice.chars_per_second).text
print(json.dumps(items))
"""


def items_of(code: Path, records: list[dict]) -> dict[str, str]:
    """The item text per article id, condensed by the checkout at ``code``."""
    payload = [{"id": r["id"], "title": r.get("title", ""), "text": r["text"], "outlet": outlet(r)}
               for r in records]
    done = subprocess.run([sys.executable, "-c", _ITEMS, str(code)], input=json.dumps(payload),
                          capture_output=True, text=True, check=True, cwd=code)
    return json.loads(done.stdout)


def bootstrap(deltas: list[float], rounds: int = 10_000, seed: int = 1) -> tuple[float, float]:
    """A 95 % interval of the mean of ``deltas`` from resampling them with replacement."""
    pick = random.Random(seed)
    means = sorted(statistics.fmean(pick.choices(deltas, k=len(deltas))) for _ in range(rounds))
    return means[int(0.025 * rounds)], means[int(0.975 * rounds) - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, required=True, help="the other checkout (its bulletin package)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    path = args.corpus / "summaries.jsonl"
    if not path.is_file():
        print(f"skipped: {path} not found (the shared evaluation corpus is not here)")
        return 0
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    ours, theirs = items_of(ROOT, records), items_of(args.code.resolve(), records)
    print(f"ROUGE F1 per article, 30 s items: this checkout vs {args.code}\n")
    print(f"{'article':28} {'R1':>13} {'R2':>13} {'RL':>13}")
    deltas: list[list[float]] = [[], [], []]
    for record in records:
        now, then = (scores(items[record["id"]], record["summary"]) for items in (ours, theirs))
        for metric in range(3):
            deltas[metric].append(now[metric] - then[metric])
        pairs = " ".join(f"{b:.3f}->{a:.3f}" for a, b in zip(now, then, strict=True))
        print(f"{record['id'][:28]:28} {pairs}")
    print(f"\n{'metric':8} {'before':>7} {'after':>7} {'change':>8} {'gained':>7} {'lost':>5}  95 % interval")
    for name, metric in (("ROUGE-1", 0), ("ROUGE-2", 1), ("ROUGE-L", 2)):
        after = statistics.fmean(scores(ours[r["id"]], r["summary"])[metric] for r in records)
        change = statistics.fmean(deltas[metric])
        low, high = bootstrap(deltas[metric])
        gained = sum(d > 0.0005 for d in deltas[metric])
        lost = sum(d < -0.0005 for d in deltas[metric])
        print(f"{name:8} {after - change:7.3f} {after:7.3f} {change:+8.3f} {gained:7d} {lost:5d}  "
              f"[{low:+.3f}, {high:+.3f}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
