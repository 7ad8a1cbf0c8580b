"""espeak-ng, the offline voice: libespeak-ng from the espeakng-loader wheel, driven with ctypes.

The library keeps global state and is not thread-safe, so one process-wide instance synthesizes
under a lock. Synchronous mode hands us 16-bit mono samples through a callback, and a last call
without samples when the synthesis is complete: a clip is used only after that call. The callback
never lets an exception reach ctypes (which would print it, swallow it and let the synthesis go on
with a chunk missing, as a SIGTERM once did): it records it, tells espeak-ng to stop (returns 1) and
the exception is raised when espeak_Synth has returned. A signal meanwhile is held until then
(bulletin/interrupts.py) and stops the synthesis the same way.
"""

from __future__ import annotations

import ctypes
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from bulletin import interrupts
from bulletin.config import Config
from bulletin.errors import EngineError
from bulletin.sound.audio import from_pcm16
from bulletin.speech import Speech

if TYPE_CHECKING:
    from bulletin.speech.voices import VoiceProfile

AUDIO_OUTPUT_SYNCHRONOUS = 0x02
INITIALIZE_DONT_EXIT = 0x8000  # report errors instead of calling exit()
CHARS_AUTO, CHARS_UTF8 = 0, 1
PHONEMES_IPA = 0x02
PARAM_RATE, PARAM_PITCH = 1, 3
GO_ON, STOP = 0, 1  # what the callback tells espeak-ng
DATA_FILES = ("phontab", "phonindex", "phondata", "intonations")  # espeak_Initialize needs all of them
REINSTALL = "reinstall the espeakng-loader wheel (.venv/bin/pip install --force-reinstall espeakng-loader)"
MAX_SECONDS = Config.max_seconds  # the setting's default: the longest clip a synthesis may make


_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


def _loader():
    """The espeakng-loader wheel's module. Imported here, not at the top: without the wheel this
    module still imports, and problem() says what is missing (ImportError) in one line."""
    import espeakng_loader

    return espeakng_loader


def data_folder() -> Path:
    """Where the wheel keeps espeak-ng's data (whether it is there or not)."""
    return Path(_loader().__file__).parent / "espeak-ng-data"


def missing_data(folder: Path) -> str:
    """What of espeak-ng's data is missing in `folder`, as a sentence with the remedy ("" if none)."""
    if not folder.is_dir():
        return f"its data folder {folder} is missing; {REINSTALL}"
    gone = [name for name in DATA_FILES if not (folder / name).is_file()]
    if gone:
        return f"{', '.join(gone)} missing in its data folder {folder}; {REINSTALL}"
    return ""


class _Library:
    """The loaded library, initialized once per process."""

    def __init__(self) -> None:
        lib = ctypes.CDLL(_loader().get_library_path())
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_Synth.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                     ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
        lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_int, ctypes.c_int]
        lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
        self.data = data_folder()
        missing = missing_data(self.data)
        if missing:
            raise OSError(missing)
        self.rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, str(self.data).encode(),
                                          INITIALIZE_DONT_EXIT)
        if self.rate <= 0:
            raise OSError(f"espeak_Initialize failed ({self.rate}) with the data in {self.data}; {REINSTALL}")
        self.lib = lib
        self.lock = threading.Lock()
        self._start(0)
        self._callback = _CALLBACK(self._collect)  # keep a reference: ctypes must not free it
        lib.espeak_SetSynthCallback(self._callback)

    def _start(self, limit: int) -> None:
        self._chunks: list[bytes] = []
        self._samples = 0
        self._complete = False  # espeak-ng said the synthesis is complete
        self._limit = limit
        self._error: BaseException | None = None

    def _collect(self, wav, count, _events) -> int:
        try:
            if not wav:  # no samples: the synthesis is complete
                self._complete = True
            elif count > 0:
                self._chunks.append(ctypes.string_at(wav, count * 2))
                self._samples += count
            if self._samples > self._limit:
                seconds = self._limit / self.rate
                self._error = ValueError(f"the clip runs longer than max_seconds ({seconds:g} s)")
                return STOP
            return STOP if interrupts.pending() else GO_ON
        except BaseException as err:  # raised by synth() once espeak-ng has stopped
            self._error = err
            return STOP

    def synth(self, text: str, voice: str, rate: int, pitch: int, max_seconds: float) -> bytes:
        with self.lock, interrupts.deferred():  # a signal meanwhile is raised on leaving
            if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
                language = voice.split("+")[0].split("-")[0]
                if not (self.data / f"{language}_dict").is_file():
                    raise ValueError(f"{language}_dict is missing in espeak-ng's data folder {self.data}; "
                                     f"{REINSTALL}")
                raise ValueError(f"espeak-ng has no voice {voice!r}")
            self.lib.espeak_SetParameter(PARAM_RATE, rate, 0)
            self.lib.espeak_SetParameter(PARAM_PITCH, pitch, 0)
            self._start(int(max_seconds * self.rate))
            encoded = text.encode("utf-8")
            status = self.lib.espeak_Synth(encoded, len(encoded) + 1, 0, 0, 0, CHARS_UTF8, None, None)
            chunks, complete, error = self._chunks, self._complete, self._error
            self._start(0)  # nothing of this clip stays with the library
        if error is not None:
            raise error
        if status != 0 or not complete:
            raise RuntimeError(f"espeak_Synth returned {status} before the synthesis was complete; not used")
        return b"".join(chunks)

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

    def __init__(self, max_seconds: float = MAX_SECONDS):
        self.max_seconds = max_seconds

    @classmethod
    def from_config(cls, config) -> EspeakEngine:
        return cls(max_seconds=config.max_seconds)

    def available(self) -> bool:
        return not self.problem()

    def problem(self) -> str:
        """Why espeak-ng cannot speak here, with what to do about it ("" when it can)."""
        try:
            _load()
        except ImportError:
            return "the espeakng-loader wheel is not installed; reinstall with `make venv`"
        except (OSError, RuntimeError) as err:
            return f"cannot load libespeak-ng: {err}"
        return ""

    def synthesize(self, text: str, voice: VoiceProfile) -> Speech:
        problem = self.problem()
        if problem:
            raise EngineError(self.name, problem)
        lib = _load()
        try:
            pcm = lib.synth(text, voice.voice or voice.lang, voice.rate, voice.pitch, self.max_seconds)
        except (ValueError, RuntimeError) as err:
            raise EngineError(self.name, f"{err} (voice profile {voice.name})") from None
        if not pcm:
            raise EngineError(self.name, f"no audio for {text[:40]!r}")
        return Speech(from_pcm16(pcm), lib.rate)  # 16-bit mono from the library
