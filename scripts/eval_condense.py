"""Score the condenser against reference summaries with ROUGE-1/2/L, next to Lead-1/2/3.

    .venv/bin/python scripts/eval_condense.py [--corpus ../shared/corpus] [--source-off]

Reads summaries.jsonl (one {"id", "title", "text", "summary"} per line) from the shared evaluation
corpus and skips politely when it is absent. Each article goes through the real editing path
(clean, then condense with the offline voice's speaking-time estimate); the outlet is named as the
item would name it on air ("20 Minuten", "Süddeutsche Zeitung" for MLSUM), so the attribution
sentence the condenser adds counts against its budget.

Fair comparison: for Lead-k the condenser gets the word count of the first k sentences as its
budget (its time estimate counts words here), so both have the same number of words, the
attribution included; the last rows use the real item budget (item_seconds, 30 s, the offline
voice's estimate) with the lead cut to the same number of words.

ROUGE here: lower-cased word tokens from ``\\w+`` (Unicode: "Präsidentin", "Straße" stay whole; the
common rouge_score tokenizer drops every non-ASCII letter), no stemming, F1 of clipped n-gram
overlap (ROUGE-1/2) and of the longest common subsequence (ROUGE-L, summary-level, no sentence
split), averaged over the articles.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; umlauts and ß survive ("Größe" -> "größe")."""
    return _TOKEN.findall(text.lower())


def _f1(overlap: int, candidate: int, reference: int) -> float:
    if not overlap or not candidate or not reference:
        return 0.0
    precision, recall = overlap / candidate, overlap / reference
    return 2 * precision * recall / (precision + recall)


def rouge_n(candidate: list[str], reference: list[str], n: int) -> float:
    def grams(words: list[str]) -> Counter:
        return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))

    cand, ref = grams(candidate), grams(reference)
    overlap = sum((cand & ref).values())  # clipped counts
    return _f1(overlap, sum(cand.values()), sum(ref.values()))


def lcs_length(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, start=1):
            current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def rouge_l(candidate: list[str], reference: list[str]) -> float:
    return _f1(lcs_length(candidate, reference), len(candidate), len(reference))


def scores(candidate: str, reference: str) -> tuple[float, float, float]:
    cand, ref = tokens(candidate), tokens(reference)
    return rouge_n(cand, ref, 1), rouge_n(cand, ref, 2), rouge_l(cand, ref)


def word_count(text: str) -> float:
    return float(len(text.split()))


def lead_as_aired(sentences: list[str], budget: float, source: str) -> str:
    """The first sentences in order with the credit the station requires after the first one,
    as many whole sentences as the word budget holds: the baseline under the same rules."""
    from bulletin.text.condense import attribution_sentence

    picked = [sentences[0], attribution_sentence(source)]
    for sentence in sentences[1:]:
        if word_count(" ".join([*picked, sentence])) > budget:
            break
        picked.append(sentence)
    return " ".join(picked)


def outlet(record: dict) -> str:
    return "20 Minuten" if record["id"].startswith("20min") else "Süddeutsche Zeitung"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--source-off", action="store_true",
                        help="also score without naming the outlet (selection quality alone)")
    parser.add_argument("--show", action="store_true", help="print each condensed item")
    args = parser.parse_args()
    path = args.corpus / "summaries.jsonl"
    if not path.is_file():
        print(f"skipped: {path} not found (the shared evaluation corpus is not here)")
        return 0

    from bulletin.config import Config
    from bulletin.models import Article
    from bulletin.speech.normalize import normalize
    from bulletin.speech.voices import load_voice
    from bulletin.text.clean import clean_article
    from bulletin.text.condense import condense
    from bulletin.text.sentences import split_sentences

    config = Config()
    voice = load_voice(config.voices["espeak"], config.voices_dir)

    def estimate(text: str) -> float:
        return len(normalize(text)) / voice.chars_per_second

    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows: dict[str, list[tuple[float, float, float, int]]] = {}

    def add(name: str, text: str, reference: str) -> None:
        rows.setdefault(name, []).append((*scores(text, reference), len(text.split())))

    attribution_kept = 0
    for record in records:
        reference = record["summary"]
        article = clean_article(Article(title=record.get("title", ""), paragraphs=(record["text"],),
                                        origin=record["id"], source=outlet(record)))
        plain = Article(title=article.title, paragraphs=article.paragraphs, origin=article.origin)
        sentences = split_sentences(article.body)
        for k in (1, 2, 3):
            lead = " ".join(sentences[:k])
            add(f"Lead-{k}", lead, reference)
            budget = word_count(lead)  # the same word budget: "seconds" counted in words here
            add(f"condense, Lead-{k} words", condense(article, budget, word_count).text, reference)
            aired = lead_as_aired(sentences, budget, outlet(record))
            add(f"  Lead-{k} as aired (credit after the lead)", aired, reference)
            if args.source_off:
                unnamed = condense(plain, budget, word_count).text
                add(f"  same, outlet not named, Lead-{k} words", unnamed, reference)
        item = condense(article, config.item_seconds, estimate)
        attribution_kept += outlet(record).split()[0] in item.text
        add(f"condense @ {config.item_seconds:g} s item", item.text, reference)
        words = len(item.text.split())
        add(f"Lead, same words as the {config.item_seconds:g} s item",
            " ".join(" ".join(sentences).split()[:words]), reference)
        if args.show:
            print(f"--- {record['id']}: {item.text}\n")

    print(f"ROUGE F1 on {len(records)} articles of {path} (Unicode tokens, no stemming)\n")
    print(f"{'system':44} {'R1':>6} {'R2':>6} {'RL':>6} {'words':>6}")
    for name, values in rows.items():
        r1, r2, rl, words = (statistics.fmean(v[i] for v in values) for i in range(4))
        print(f"{name:44} {r1:6.3f} {r2:6.3f} {rl:6.3f} {words:6.1f}")
    print("\ncondense minus Lead-k at the same word budget (positive: the condenser scores higher)")
    for k in (1, 2, 3):
        ours, lead = (rows[name] for name in (f"condense, Lead-{k} words", f"Lead-{k}"))
        deltas = [statistics.fmean(v[i] for v in ours) - statistics.fmean(v[i] for v in lead)
                  for i in range(3)]
        named = zip(("R1", "R2", "RL"), deltas, strict=True)
        print(f"  Lead-{k}: " + "  ".join(f"{metric} {delta:+.4f}" for metric, delta in named))
    print(f"\nattribution (outlet named) in {attribution_kept}/{len(records)} items at the item budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
