#!/usr/bin/env python3
"""How closely bulletin's Piper phonemizer matches Piper's own, sentence by sentence.

Piper's phonemizer (the GPL `piper-tts` or `piper-phonemize` package) runs in ANOTHER Python, given
with --piper-python (a scratch venv: `python3 -m venv /tmp/piper && /tmp/piper/bin/pip install
piper-tts`); it is never imported here. Both get the same texts: invented German news sentences
and, when the shared corpus is beside the checkout (../shared/corpus), lines of its articles after
bulletin's normalizer, as a voice would get them. Prints in how many sentences and texts the
phonemes (hence the phoneme ids) are identical, whether the sentence split agrees, the share of
phonemes that agree and the differences by kind; --misses shows each text that differs.

    python scripts/compare_piper_phonemes.py --piper-python /tmp/piper/bin/python [--misses]

piper-phonemize (the phonemizer the published voices were trained with) installs the same way
(`pip install piper-phonemize`, wheels up to Python 3.11); give both with two --piper-python.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Runs inside a reference Python: texts (JSON) on stdin -> its name and Piper's phonemes per sentence
# (JSON) on stdout. piper_phonemize is the phonemizer the published voices were trained with
# (piper-phonemize 1.1, rhasspy's espeak-ng fork of 2023); piper is today's piper-tts.
PIPER_SIDE = """
import json, sys
from importlib.metadata import version
try:
    from piper_phonemize import phonemize_espeak
    name = "piper-phonemize " + version("piper-phonemize")
except ImportError:
    from piper.phonemize_espeak import EspeakPhonemizer
    phonemize_espeak = EspeakPhonemizer().phonemize
    name = "piper-tts " + version("piper-tts")
    run = lambda text, voice: phonemize_espeak(voice, text)
else:
    run = phonemize_espeak
texts = json.load(sys.stdin)
json.dump([name, [run(text, sys.argv[1]) for text in texts]], sys.stdout)
"""

INVENTED = [
    "Guten Tag, hier ist Radio Beispiel mit den Nachrichten. Es ist vierzehn Uhr.",
    "Der Stadtrat hat am Donnerstag einen neuen Radweg beschlossen.",
    "Die Bürgermeisterin sagte: „Wir fangen im Frühjahr an.“ Die Opposition ist dagegen.",
    "Was kostet das? Niemand weiß es genau!",
    "Der Bau dauert zwei Jahre – wenn alles gut geht.",
    "Die Pläne liegen vor… aber das Geld fehlt noch.",
    "Zuerst der Verkehr; dann das Wetter.",
    "Laut NBC News hat der Präsident die Reise abgesagt.",
    "Das waren die Nachrichten von Radio Beispiel.",
    "Im Beispielkreis regnet es bei zwölf Grad, am Abend klart es auf.",
    "Die Polizei sucht Zeugen (Telefon bei der Wache).",
    "Der Euro kostet eins Komma null acht Dollar.",
    "Jérôme Beispielmann aus Straßburg übernimmt den Vorsitz.",
    "Die Gewerkschaft fordert acht Prozent mehr Lohn, die Arbeitgeber bieten drei.",
    "Ob die Brücke saniert wird, entscheidet der Kreistag im Oktober.",
    "Er sagte, er komme morgen... Dann legte er auf.",
    "Die Feuerwehr war mit dreißig Kräften im Einsatz; verletzt wurde niemand.",
    "Wer gewinnt die Wahl? Die Umfragen sehen ein knappes Rennen.",
    "Achtung, Autofahrer: Auf der A sieben staut es sich zwischen Nord und Süd.",
    "Der Verein „Freunde des Stadtparks“ lädt zum Frühlingsfest ein.",
    "Im Finale der French Open stehen zwei Spielerinnen aus Europa.",
    "Der Minister – er war erst seit Mai im Amt – trat zurück.",
    "Die Schule bleibt geschlossen, der Unterricht findet zu Hause statt",
    "Ein Satz ohne Punkt am Ende und noch einer",
    "Schnee!",
    "Nein.",
    "Hallo, Welt: wie geht es dir; gut?",
    "Die Quote liegt bei zwei Komma vier Prozent, sagte die Sprecherin.",
    "Das Konzert von Paisley Beispiel fällt aus.",
    "Der Zug nach Köln fällt heute aus, Ersatzbusse fahren stündlich.",
    "Im März, April und Mai wird gebaut.",
    "Sie fragte: Warum jetzt? Er antwortete nicht.",
    "Die Stadt spart: Bäder, Büchereien und Busse sind betroffen.",
    "Die Ausstellung zeigt Werke von Dijsselbloem Beispiel.",
    "Am Wochenende wird es sonnig, in der neuen Woche kühler.",
    "Es ist vierzehn Uhr dreißig.",
    "„Das ist ein guter Tag“, sagte der Trainer.",
    "Ergebnis: drei zu eins. Tore: Meyer, Schulz, Yilmaz.",
    "Der Gemeinderat tagt heute öffentlich ab achtzehn Uhr im Rathaus",
    "Über zwanzigtausend Menschen kamen; die Veranstalter sind zufrieden.",
]


def corpus_lines(corpus: Path) -> list[str]:
    """Lines of the corpus articles as the voice gets them (normalized), when the corpus is there."""
    from bulletin.speech.normalize import normalize

    lines = []
    for path in sorted((corpus / "articles").glob("*.txt")):
        lines += [normalize(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gnad = corpus / "gnad_dev.jsonl"
    if gnad.is_file():
        for row in gnad.read_text(encoding="utf-8").splitlines()[:20]:
            lines += [normalize(p) for p in json.loads(row)["text"].split("\n") if p.strip()]
    return [line for line in lines if line.strip()]


def ours(texts: list[str], voice: str) -> list[list[list[str]]]:
    from bulletin.speech.espeak import phoneme_clauses
    from bulletin.speech.piper_phonemes import phonemize

    return [phonemize(text, voice, phoneme_clauses) for text in texts]


def reference(texts: list[str], voice: str, python: str) -> tuple[str, list[list[list[str]]]]:
    done = subprocess.run([python, "-c", PIPER_SIDE, voice], input=json.dumps(texts), text=True,
                          capture_output=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"Piper's phonemizer failed in {python}: {done.stderr.strip().splitlines()[-1:]}")
    name, phonemes = json.loads(done.stdout)
    return name, phonemes


def compare(texts: list[str], mine: list, theirs: list, misses: bool) -> str:
    """One line of figures; the differences by kind (ours -> theirs), most frequent first."""
    same_text = same_split = same_sentences = sentences = agree = total = 0
    kinds: Counter = Counter()
    for text, a, b in zip(texts, mine, theirs, strict=True):
        same_text += a == b
        same_split += len(a) == len(b)
        sentences += len(b)
        same_sentences += sum(x == y for x, y in zip(a, b, strict=False)) if len(a) == len(b) else 0
        flat_a, flat_b = [p for s in a for p in s], [p for s in b for p in s]
        matcher = difflib.SequenceMatcher(None, flat_a, flat_b, autojunk=False)
        agree += sum(block.size for block in matcher.get_matching_blocks())
        total += max(len(flat_a), len(flat_b))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                kinds["".join(flat_a[i1:i2]) + " -> " + "".join(flat_b[j1:j2])] += 1
        if misses and a != b:
            print(f"--- {text}\n  ours  : {' | '.join(''.join(s) for s in a)}\n"
                  f"  theirs: {' | '.join(''.join(s) for s in b)}")
    top = ", ".join(f"{kind!r} {count}x" for kind, count in kinds.most_common(6))
    return (f"{len(texts)} texts, {sentences} sentences: identical phoneme ids in {same_sentences} sentences "
            f"({100 * same_sentences / max(sentences, 1):.1f} %) and {same_text} texts; same sentence split "
            f"{same_split}/{len(texts)}; phonemes in agreement {100 * agree / max(total, 1):.2f} %"
            + (f"; differences: {top}" if top else ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--piper-python", required=True, action="append",
                        help="a Python with piper-phonemize or piper-tts installed (repeatable)")
    parser.add_argument("--voice", default="de", help="espeak-ng voice (the .onnx.json's espeak.voice)")
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--misses", action="store_true", help="show each text that differs")
    args = parser.parse_args()
    groups = {"invented": INVENTED}
    if Path(args.corpus).is_dir():
        groups["corpus"] = corpus_lines(Path(args.corpus))
    else:
        print(f"(no corpus at {args.corpus}: invented sentences only)")
    for label, texts in groups.items():
        mine = ours(texts, args.voice)
        for python in args.piper_python:
            name, theirs = reference(texts, args.voice, python)
            print(f"{label} vs {name}: {compare(texts, mine, theirs, args.misses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
