"""espeak-ng, the offline voice: libespeak-ng from the espeakng-loader wheel, driven with ctypes.

The library keeps global state and is not thread-safe, so one process-wide instance synthesizes
under a lock. Synchronous mode hands us 16-bit mono samples through a callback.
"""

from __future__ import annotations

import ctypes
import threading
from typing import TYPE_CHECKING

from bulletin.errors import EngineError

if TYPE_CHECKING:
    from pydub import AudioSegment

    from bulletin.tts.voices import VoiceProfile

AUDIO_OUTPUT_SYNCHRONOUS = 0x02
INITIALIZE_DONT_EXIT = 0x8000  # report errors instead of calling exit()
CHARS_AUTO, CHARS_UTF8 = 0, 1
PHONEMES_IPA = 0x02
PARAM_RATE, PARAM_PITCH = 1, 3
_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


class _Library:
    """The loaded library, initialized once per process."""

    def __init__(self) -> None:
        import espeakng_loader

        lib = ctypes.CDLL(espeakng_loader.get_library_path())
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_Synth.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                     ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
        lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_int, ctypes.c_int]
        lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
        data = espeakng_loader.get_data_path().encode()
        self.rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, data, INITIALIZE_DONT_EXIT)
        if self.rate <= 0:
            raise OSError(f"espeak_Initialize failed ({self.rate})")
        self.lib = lib
        self.lock = threading.Lock()
        self._chunks: list[bytes] = []
        self._callback = _CALLBACK(self._collect)  # keep a reference: ctypes must not free it
        lib.espeak_SetSynthCallback(self._callback)

    def _collect(self, wav, count, _events) -> int:
        if count > 0:
            self._chunks.append(ctypes.string_at(wav, count * 2))
        return 0  # 0: go on

    def synth(self, text: str, voice: str, rate: int, pitch: int) -> bytes:
        with self.lock:
            if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
                raise ValueError(f"espeak-ng has no voice {voice!r}")
            self.lib.espeak_SetParameter(PARAM_RATE, rate, 0)
            self.lib.espeak_SetParameter(PARAM_PITCH, pitch, 0)
            self._chunks = []
            encoded = text.encode("utf-8")
            status = self.lib.espeak_Synth(encoded, len(encoded) + 1, 0, 0, 0, CHARS_UTF8, None, None)
            if status != 0:
                raise RuntimeError(f"espeak_Synth returned {status}")
            return b"".join(self._chunks)

    def clauses(self, text: str, voice: str) -> list[tuple[str, str]]:
        """espeak-ng's IPA phonemes of each clause of `text`, each with the text the library read for
        it: the clause, its punctuation, and the first characters of the next one (it reads ahead)."""
        data = text.encode("utf-8")
        buffer = ctypes.create_string_buffer(data)  # the library reads our buffer in place
        start = ctypes.addressof(buffer)
        pointer = ctypes.c_void_p(start)
        found = []
        with self.lock:
            if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
                raise ValueError(f"espeak-ng has no voice {voice!r}")
            while pointer.value:
                before = pointer.value
                ipa = self.lib.espeak_TextToPhonemes(ctypes.byref(pointer), CHARS_AUTO, PHONEMES_IPA)
                end = (pointer.value or start + len(data)) - start
                found.append(((ipa or b"").decode("utf-8", "replace"),
                              data[before - start:end].decode("utf-8", "replace")))
        return found


_library: _Library | None = None
_library_lock = threading.Lock()


def _load() -> _Library:
    global _library
    with _library_lock:
        if _library is None:
            _library = _Library()
        return _library


def phoneme_clauses(text: str, voice: str) -> list[tuple[str, str]]:
    """espeak-ng's IPA for each clause of `text` in `voice` (see _Library.clauses); the Piper voices
    were trained on these phonemes. Raises OSError/ImportError when the library cannot be loaded."""
    return _load().clauses(text, voice)


class EspeakEngine:
    name = "espeak"

    @classmethod
    def from_config(cls, config) -> EspeakEngine:
        return cls()

    def available(self) -> bool:
        try:
            _load()
        except (ImportError, OSError, RuntimeError):
            return False
        return True

    def synthesize(self, text: str, voice: VoiceProfile) -> AudioSegment:
        from bulletin.audio import pydub

        try:
            lib = _load()
        except (ImportError, OSError, RuntimeError) as err:
            raise EngineError(self.name, f"cannot load libespeak-ng ({err}). "
                              "Probable cause: the espeakng-loader wheel is missing") from None
        try:
            pcm = lib.synth(text, voice.voice or voice.lang, voice.rate, voice.pitch)
        except (ValueError, RuntimeError) as err:
            raise EngineError(self.name, f"{err} (voice profile {voice.name})") from None
        if not pcm:
            raise EngineError(self.name, f"no audio for {text[:40]!r}")
        return pydub().AudioSegment(data=pcm, sample_width=2, frame_rate=lib.rate, channels=1)
