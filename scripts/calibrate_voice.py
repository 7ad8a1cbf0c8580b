#!/usr/bin/env python3
"""Measure how fast a voice profile really speaks, for the slot estimates (chars_per_second).

    python scripts/calibrate_voice.py                    # de-espeak and de-espeak-2 on the samples
    python scripts/calibrate_voice.py de-espeak --write  # and store the result in voices/de-espeak.toml
    python scripts/calibrate_voice.py --corpus           # on the Wikinews articles of ../shared/corpus

Each article is normalized (as the bulletin does), spoken by the profile's engine and trimmed of the
engine's silence exactly as the mixer trims it; the rate is spoken characters per second of that
audio, the figure the fit stage divides by. An online engine (gtts) needs the internet.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def texts_from(folder: Path) -> list[tuple[str, str]]:
    from bulletin.ingest import collect

    articles = collect((str(folder),)).articles
    return [(a.title, " ".join(a.paragraphs)) for a in articles]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profiles", nargs="*", default=["de-espeak", "de-espeak-2"])
    parser.add_argument("--texts", type=Path, default=ROOT / "bulletin" / "assets" / "samples")
    parser.add_argument("--corpus", type=Path, nargs="?", const=DEFAULT_CORPUS, default=None,
                        help="use the corpus articles instead of --texts")
    parser.add_argument("--write", action="store_true", help="store the rate in voices/<profile>.toml")
    args = parser.parse_args()

    from bulletin.config import load_config
    from bulletin.errors import BulletinError
    from bulletin.sound.mix import prepare_speech
    from bulletin.speech import engine_class
    from bulletin.speech.normalize import normalize
    from bulletin.speech.voices import load_voice

    folder = args.texts
    if args.corpus is not None:
        folder = args.corpus / "articles"
        if not folder.is_dir():
            sys.exit(f"no corpus at {args.corpus}; run without --corpus")
    texts = texts_from(folder)
    config, _ = load_config()
    for name in args.profiles:
        voice = load_voice(name)
        engine = engine_class(voice.engine).from_config(config)
        chars = seconds = 0.0
        for title, body in texts:
            spoken = normalize(body, voice.lexicon)  # what the speaker sends, as the estimates count it
            try:
                clip = engine.synthesize(spoken, voice)
            except BulletinError as err:
                sys.exit(f"{name}: {err}")
            piece = prepare_speech(clip, 44100, 1)
            chars, seconds = chars + len(spoken), seconds + piece.frames / 44100
            print(f"  {name}: {len(spoken) / (piece.frames / 44100):5.2f} chars/s  {title[:60]}")
        rate = chars / seconds
        print(f"{name}: {rate:.2f} spoken characters per second over {len(texts)} texts "
              f"({seconds:.0f} s of speech); profile says {voice.chars_per_second}")
        if args.write:
            path = ROOT / "voices" / f"{name}.toml"
            text = path.read_text(encoding="utf-8")
            updated, count = re.subn(r"(?m)^chars_per_second\s*=\s*[\d.]+", f"chars_per_second = {rate:.1f}",
                                     text)
            if count != 1:
                sys.exit(f"{path}: no chars_per_second line to update")
            path.write_text(updated, encoding="utf-8")
            print(f"wrote chars_per_second = {rate:.1f} to {path}")


if __name__ == "__main__":
    main()
