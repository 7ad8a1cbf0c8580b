#!/usr/bin/env python3
"""What the offline voice will actually say: espeak-ng's phonemes (IPA) for each line.

With --voice, the line first goes through that voice's lexicon and the normalizer, exactly as in a
bulletin; without it, the text goes to espeak-ng as it is. Use it to find what a lexicon entry
needs ("EU" comes out as the diphthong of "heute" unless the lexicon spells it "E U").

    python scripts/espeak_phonemes.py --voice espeak "Die EU und die USA"
    python scripts/espeak_phonemes.py "EU" "E U" < more-lines.txt

With --piper, the phonemes a Piper voice gets instead: sentence by sentence (separated by " | "),
with the punctuation it hears and `[[ ... ]]` lexicon phonemes passed through.

    python scripts/espeak_phonemes.py --piper --voice piper "Jérôme Dijsselbloem bei den French Open"
"""

from __future__ import annotations

import argparse
import ctypes
import sys

AUDIO_OUTPUT_SYNCHRONOUS, INITIALIZE_DONT_EXIT, CHARS_UTF8, PHONEMES_IPA = 0x02, 0x8000, 1, 0x02


def espeak(voice: str = "de"):
    """libespeak-ng from the espeakng-loader wheel, initialized for `voice`."""
    import espeakng_loader

    lib = ctypes.CDLL(espeakng_loader.get_library_path())
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int, ctypes.c_int]
    lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
    if lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, espeakng_loader.get_data_path().encode(),
                             INITIALIZE_DONT_EXIT) <= 0:
        raise OSError("espeak_Initialize failed")
    if lib.espeak_SetVoiceByName(voice.encode()) != 0:
        raise OSError(f"espeak-ng has no voice {voice!r}")
    return lib


def phonemes(lib, text: str) -> str:
    """The IPA string espeak-ng makes of `text`, clause by clause."""
    pointer = ctypes.c_char_p(text.encode("utf-8"))
    clauses = []
    while pointer.value:
        result = lib.espeak_TextToPhonemes(ctypes.byref(pointer), CHARS_UTF8, PHONEMES_IPA)
        clauses.append(result.decode("utf-8") if result else "")
    return " ".join(c for c in clauses if c)


def piper_phonemes(text: str, voice: str = "de") -> str:
    """What a Piper voice (espeak voice `voice`) gets: its phonemes, sentence by sentence."""
    from bulletin.speech.espeak import phoneme_clauses
    from bulletin.speech.piper_phonemes import phonemize

    return " | ".join("".join(sentence) for sentence in phonemize(text, voice, phoneme_clauses))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("text", nargs="*", help="lines to read; none: standard input")
    parser.add_argument("--voice", help="apply this voice's lexicon and the normalizer first "
                                        "(an engine name such as espeak, or a profile such as de-espeak)")
    parser.add_argument("--piper", action="store_true", help="the phonemes a Piper voice gets, per sentence")
    args = parser.parse_args()
    lexicon, prepare = None, None
    if args.voice:
        from bulletin.config import load_config
        from bulletin.speech.normalize import normalize
        from bulletin.speech.voices import load_voice

        settings, _ = load_config()
        profile = load_voice(settings.voices.get(args.voice, args.voice), settings.voices_dir)
        lexicon = profile.lexicon
        prepare = normalize
    lib = None if args.piper else espeak()
    for line in args.text or (line.rstrip("\n") for line in sys.stdin):
        spoken = prepare(line, lexicon) if prepare else line
        print(f"{spoken}\t{piper_phonemes(spoken) if args.piper else phonemes(lib, spoken)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
