#!/usr/bin/env python3
"""Acronym coverage: every all-capitals token in the shared corpus and how the voice will say it.

Collects each token of two or more capitals (Ä, Ö, Ü included; a plural "s" and the part before a
hyphen count: "AKWs", "ÖVP-Chef") from the agency articles (gnad_dev.jsonl), the summaries, the
Wikinews articles, the feeds and the web pages, runs it through the voice's lexicon and the
normalizer exactly as a bulletin does, and prints one line per token: how often it occurs, what
the voice gets, what decided it (the lexicon, the acronym rule, another rule, or nothing: then the
voice reads the capitals as it likes), and with --phonemes what espeak-ng makes of it.

    .venv/bin/python scripts/eval_acronyms.py [--corpus ../shared/corpus] [--voice espeak]
        [--phonemes] [--unhandled]

Whether a reading is right is a listener's judgement: read the list, hear doubtful ones with
scripts/espeak_phonemes.py, and fix a wrong one in the lexicon (voices/de-lexicon.toml). Skips
politely when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
TOKEN = re.compile(r"(?<![\w.])[A-ZÄÖÜ]{2,}s?(?![\w])")


def corpus_texts(corpus: Path) -> list[str]:
    """Every text of the corpus that news copy comes from (feeds and pages through the ingest stage)."""
    from bulletin.ingest import collect

    texts = []
    for name in ("gnad_dev.jsonl", "summaries.jsonl"):
        path = corpus / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                texts += [str(record[k]) for k in ("title", "lead", "text", "summary") if record.get(k)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((corpus / "articles").glob("*.txt"))]
    folders = [str(corpus / f) for f in ("feeds", "html") if (corpus / f).is_dir()]
    if folders:
        for article in collect(folders).articles:
            texts += [article.title, *article.paragraphs]
    return texts


def tokens(texts: list[str]) -> Counter:
    return Counter(m.group(0) for text in texts for m in TOKEN.finditer(text))


def decided_by(token: str, lexicon) -> tuple[str, str]:
    """(spoken form, what decided it) for a token said on its own."""
    from bulletin.speech.normalize import normalize, trace

    steps = [name for name, _ in trace(token, lexicon)]
    return normalize(token, lexicon), (steps[0] if steps else "nothing (the voice decides)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the shared corpus folder")
    parser.add_argument("--voice", default="espeak", help="engine or profile whose lexicon applies")
    parser.add_argument("--phonemes", action="store_true", help="also print espeak-ng's phonemes")
    parser.add_argument("--unhandled", action="store_true", help="only tokens nothing decided")
    args = parser.parse_args()
    if not (args.corpus / "gnad_dev.jsonl").exists():
        print(f"skipped: no corpus at {args.corpus} (give --corpus DIR)")
        return 0
    from bulletin.config import load_config
    from bulletin.speech.voices import load_voice

    settings, _ = load_config(None)
    lexicon = load_voice(settings.voices.get(args.voice, args.voice), settings.voices_dir).lexicon
    say = None
    if args.phonemes:
        sys.path.insert(0, str(ROOT / "scripts"))
        from espeak_phonemes import espeak, phonemes

        lib = espeak()
        say = lambda text: phonemes(lib, text)  # noqa: E731
    counted = tokens(corpus_texts(args.corpus))
    by_what: Counter = Counter()
    for token, n in sorted(counted.items(), key=lambda item: (-item[1], item[0])):
        spoken, what = decided_by(token, lexicon)
        by_what[what.split(" ")[0]] += 1
        if args.unhandled and not what.startswith("nothing"):
            continue
        extra = f"\t{say(spoken)}" if say else ""
        print(f"{n:4d}\t{token}\t{spoken}\t{what}{extra}")
    print(f"{len(counted)} distinct all-capitals tokens, {sum(counted.values())} occurrences; decided by: "
          + ", ".join(f"{k} {v}" for k, v in by_what.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
