#!/usr/bin/env python3
"""The "is it language?" check (bulletin/ingest/language.py) on real text and on junk: for each kind,
how many texts, how many were refused, and the range of each measure (letters, common words, known
words). Real text is the shared corpus (articles/, html/, feeds/, gnad_dev.jsonl, summaries.jsonl),
read through the tool's own readers, whole and paragraph by paragraph; junk is generated here
(random bytes without NUL read as the tool reads a file, random printable characters, random letters
and spaces, keyboard mash), a fixed seed.

    .venv/bin/python scripts/eval_language.py [--corpus DIR]

Skips politely when the corpus is absent (the junk figures are printed anyway).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bulletin.ingest import collect  # noqa: E402
from bulletin.ingest.feeds import FeedOptions  # noqa: E402
from bulletin.ingest.language import _WORD as WORD  # noqa: E402
from bulletin.ingest.language import _known_share as known_share  # noqa: E402
from bulletin.ingest.language import judge  # noqa: E402
from bulletin.ingest.text import decode  # noqa: E402
from bulletin.text.controls import strip_controls  # noqa: E402

JUNK_SIZE = 20_000
KEYBOARD_ROWS = ("qwertzuiopü", "asdfghjklöä", "yxcvbnm", "asdf", "jklö", "qwer")


def real_texts(corpus: Path) -> dict[str, list[str]]:
    options = FeedOptions(now=datetime.now(UTC), max_age_hours=0, max_per_feed=100)
    texts: dict[str, list[str]] = {}
    for kind in ("articles", "html", "feeds"):
        folder = corpus / kind
        if folder.is_dir():
            articles = collect([str(folder)], options).articles
            texts[f"{kind}/"] = ["\n".join((a.title, *a.paragraphs)) for a in articles]
    for name, keys in (("gnad_dev.jsonl", ("text",)), ("summaries.jsonl", ("title", "text")),
                       ("summaries.jsonl (summaries)", ("summary",))):
        path = corpus / name.split()[0]
        if path.is_file():
            lines = path.read_text(encoding="utf-8").splitlines()
            rows = [json.loads(line) for line in lines if line.strip()]
            texts[name] = ["\n".join(str(row.get(key) or "") for key in keys) for row in rows]
    paragraphs = [p for kind in list(texts) for text in texts[kind] for p in re.split(r"\n\s*\n|\n", text)]
    if paragraphs:
        texts["paragraphs of all (5+ words)"] = [p for p in paragraphs if len(p.split()) >= 5]
    return {kind: found for kind, found in texts.items() if found}


def junk_texts(count: int = 5, seed: int = 19) -> dict[str, list[str]]:
    rng = random.Random(seed)
    texts: dict[str, list[str]] = {"random bytes": [], "random printable": [], "random letters": [],
                                   "keyboard mash": []}
    for _ in range(count):
        texts["random bytes"].append(decode(bytes(rng.randrange(1, 256) for _ in range(JUNK_SIZE))))
        texts["random printable"].append("".join(rng.choice(string.printable) for _ in range(JUNK_SIZE)))
        alphabet = string.ascii_lowercase + "äöüß" + " " * 5
        texts["random letters"].append("".join(rng.choice(alphabet) for _ in range(JUNK_SIZE)))
        words = ("".join(rng.choice(rng.choice(KEYBOARD_ROWS)) for _ in range(rng.randint(2, 9)))
                 for _ in range(400))
        texts["keyboard mash"].append(" ".join(words))
    return texts


def span(values: list[float]) -> str:
    return f"{min(values):.2f}-{max(values):.2f}" if values else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    parser.add_argument("--corpus", type=Path, default=default)
    args = parser.parse_args()
    groups = real_texts(args.corpus) if args.corpus.is_dir() else {}
    if not groups:
        print(f"(no corpus at {args.corpus}: junk only)")
    groups.update(junk_texts())
    print("letters: share of letters (refused below 0.60); common: share of stop-list words (language at "
          "0.15 or more);\nknown: share of dictionary words, needed only below 0.15 (refused below 0.50), "
          "here measured for all\n")
    print(f"| {'kind':<30} | texts | refused | letters   | common    | known     | known checked |")
    print(f"|{'-' * 32}|-------|---------|-----------|-----------|-----------|---------------|")
    for kind, texts in groups.items():
        texts = [strip_controls(text).text for text in texts]  # as ingest does before it judges
        judged = [judge(text) for text in texts]
        known = [known_share(WORD.findall(text)) for text in texts]
        print(f"| {kind:<30} | {len(judged):>5} | {sum(bool(j.problem) for j in judged):>7} | "
              f"{span([j.letters for j in judged]):>9} | {span([j.common for j in judged]):>9} | "
              f"{span(known):>9} | {sum(j.known is not None for j in judged):>13} |")


if __name__ == "__main__":
    main()
