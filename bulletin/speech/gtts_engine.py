"""The online voice: Google Translate's speech endpoint, with requests built by gTTS.

gTTS builds each request, so the wire format stays whatever the installed gTTS speaks. Sending is
ours: gTTS 2.5.4 turns TLS verification off and has no retries, and its tokenizer mangles German
(see chunking.py). Each chunk is one request, retried with backoff on 429, 5xx and read timeouts;
a request that cannot work (DNS, refused, TLS, 403) fails at once. Every failure leaves as an
EngineError that guesses the cause, so `auto` can fall back to the offline voice.
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
import socket
import ssl
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

import numpy as np

from bulletin.errors import AudioError, EngineError
from bulletin.sound.audio import decode_bytes
from bulletin.speech import Speech
from bulletin.speech.chunking import chunk_text

try:
    import requests
    from gtts import gTTS
    from urllib3 import exceptions as u3
except ImportError:  # available() reports it; the registry can still list the engine
    requests = gTTS = u3 = None

if TYPE_CHECKING:
    from bulletin.speech.voices import VoiceProfile

log = logging.getLogger(__name__)

RATE = 24000  # what Google sends: mono MP3 at 24 kHz
MAX_CHARS = 100  # what the endpoint takes per request (gTTS.GOOGLE_TTS_MAX_CHARS)
BACKOFF_FIRST, BACKOFF_CAP = 0.5, 8.0  # seconds: 0.5, 1, 2, 4, 8, 8 ...
RETRY_AFTER_CAP = 30.0  # a longer Retry-After would stall the hourly run; better fall back
# The line gTTS's stream() looks for: the RPC id, then the base64 MP3 as a JSON string in a list.
_AUDIO_LINE = re.compile(r'jQ1olc","\[\\"(.*)\\"]')
_ONLY_PUNCTUATION = re.compile(r"[\W_]*")

Transport = Callable[["requests.PreparedRequest", tuple[float, float]], "requests.Response"]


class _Transient(Exception):
    """A failed try worth repeating: what happened, the probable cause, the server's Retry-After."""

    def __init__(self, problem: str, cause: str, retry_after: float | None = None):
        super().__init__(problem)
        self.problem, self.cause, self.retry_after = problem, cause, retry_after


class GttsEngine:
    name = "gtts"

    # PLR0913: four settings and two test seams (transport, sleep), all keywords with defaults
    def __init__(self, timeout: float = 10.0, retries: int = 3, endpoint: str = "",  # noqa: PLR0913
                 transport: Transport | None = None, sleep: Callable[[float], None] = time.sleep,
                 deadline: float | None = None):
        self.timeout = timeout
        self.retries = retries
        self.endpoint = endpoint
        self.transport = transport
        self.sleep = sleep
        # Seconds for everything this engine sends, from its first request: an hourly run at :55
        # must be done by the top of the hour, so a slow Google hands over to the next engine.
        self.deadline = deadline
        self._give_up_at: float | None = None

    @classmethod
    def from_config(cls, config) -> GttsEngine:
        return cls(timeout=config.gtts_timeout, retries=config.gtts_retries,
                   endpoint=config.gtts_endpoint, deadline=getattr(config, "gtts_deadline", None))

    def _time_left(self) -> float:
        """Seconds until the deadline (infinite without one); EngineError once it has passed."""
        if self.deadline is None:
            return float("inf")
        if self._give_up_at is None:
            self._give_up_at = time.monotonic() + self.deadline
        left = self._give_up_at - time.monotonic()
        if left <= 0:
            raise EngineError(self.name, f"not done within gtts_deadline ({self.deadline:g} s). "
                              "Probable cause: a slow network or an overloaded service")
        return left

    def available(self) -> bool:
        return requests is not None and gTTS is not None

    def synthesize(self, text: str, voice: VoiceProfile) -> Speech:
        if not self.available():
            raise EngineError(self.name, "gtts or requests is not installed. "
                              "Probable cause: incomplete install; run `make venv`")
        try:
            return self._synthesize(text, voice)
        except EngineError:
            raise
        except Exception as err:  # the contract: callers fall back on EngineError, nothing else
            raise EngineError(self.name, f"unexpected failure ({type(err).__name__}: {err}). "
                              "Probable cause: a bug here or a gTTS/API change") from err

    def _synthesize(self, text: str, voice: VoiceProfile) -> Speech:
        # gTTS refuses a chunk of bare punctuation ("No text to send"); it says nothing anyway.
        chunks = [c for c in chunk_text(text, MAX_CHARS) if not _ONLY_PUNCTUATION.fullmatch(c)]
        if not chunks:
            raise EngineError(self.name, f"nothing to speak in {text[:40]!r}. "
                              "Probable cause: the text is empty after normalization")
        with requests.Session() as session:
            send = self.transport or _session_transport(session)
            # Each chunk is decoded on its own: ffmpeg trims each MP3's encoder delay only at the
            # start of a stream, so one decode of concatenated MP3s adds ~45 ms of silence at
            # every seam, and it skips a corrupt chunk in the middle without an error.
            parts = [self._chunk_audio(chunk, i, voice, send) for i, chunk in enumerate(chunks)]
        return Speech(np.concatenate(parts).reshape(-1), RATE)  # mono

    def _chunk_audio(self, chunk: str, index: int, voice: VoiceProfile, send: Transport
                     ) -> np.ndarray:
        mp3 = b"".join(self._fetch(request, send) for request in self._requests(chunk, voice))
        problem = mp3_problem(mp3)
        if problem is None:
            try:
                return decode_bytes(mp3, RATE, 1, "mp3")
            except AudioError as err:
                problem = str(err)
        raise EngineError(self.name, f"the audio for chunk {index + 1} ({chunk[:30]!r}) does not "
                          f"decode: {problem}. Probable cause: a truncated or corrupted response")

    def _requests(self, chunk: str, voice: VoiceProfile) -> list[requests.PreparedRequest]:
        """gTTS's own requests for one chunk, its processing off, pointed at our endpoint."""
        tts = gTTS(chunk, lang=voice.lang, tld=voice.tld, slow=voice.slow, lang_check=False,
                   pre_processor_funcs=[], tokenizer_func=lambda t: [t])
        prepared = tts._prepare_requests()
        if self.endpoint:
            for request in prepared:
                request.url = _with_endpoint(request.url, self.endpoint)
        return prepared

    def _fetch(self, request: requests.PreparedRequest, send: Transport) -> bytes:
        """The MP3 of one request, after as many tries as allowed."""
        tries = self.retries + 1
        for attempt in range(self.retries):
            try:
                return self._try(request, send)
            except _Transient as failure:
                delay = backoff(attempt, failure.retry_after)
                if delay >= self._time_left():
                    raise EngineError(self.name, f"{failure.problem}; no time for another try within "
                                      f"gtts_deadline ({self.deadline:g} s). Probable cause: "
                                      f"{failure.cause}") from None
                log.info("gtts: %s; try %d of %d in %.1f s", failure.problem, attempt + 2, tries,
                         delay)
                self.sleep(delay)
        try:
            return self._try(request, send)
        except _Transient as failure:
            raise EngineError(self.name, f"{failure.problem} ({tries} tries). "
                              f"Probable cause: {failure.cause}") from None

    def _try(self, request: requests.PreparedRequest, send: Transport) -> bytes:
        host = urlsplit(request.url).netloc
        timeout = min(self.timeout, self._time_left())
        try:
            response = send(request, (timeout, timeout))
        except requests.RequestException as err:
            raise _connection_failure(err, host, round(timeout, 2)) from None
        status = response.status_code
        if status == 429 or status >= 500:
            wait = retry_after(response.headers.get("Retry-After"))
            raise _Transient(f"{host} answered {status} {response.reason or ''}".rstrip(),
                             _status_cause(status), wait)
        if status != 200:
            raise EngineError(self.name, f"{host} answered {status} {response.reason or ''}. "
                              f"Probable cause: {_status_cause(status)}")
        audio = audio_from_response(response.content)
        if not audio:
            raise EngineError(self.name, f"no audio in the response from {host}. Probable cause: "
                              "unsupported language or an API change (update gTTS)")
        return audio


def _session_transport(session: requests.Session) -> Transport:
    """Send with TLS verification on, the environment's proxies and CA bundle, as requests does."""

    def send(request: requests.PreparedRequest, timeout: tuple[float, float]) -> requests.Response:
        # verify=True: the environment may name a CA bundle (REQUESTS_CA_BUNDLE), not turn it off.
        settings = session.merge_environment_settings(request.url, {}, False, True, None)
        return session.send(request, timeout=timeout, allow_redirects=True, **settings)

    return send


def _with_endpoint(url: str, endpoint: str) -> str:
    """Replace scheme, host and path of `url` with the endpoint's; keep the query."""
    target, original = urlsplit(endpoint), urlsplit(url)
    return urlunsplit((target.scheme, target.netloc, target.path, original.query, ""))


def _connection_failure(err: Exception, host: str, timeout: float) -> Exception:
    """Sort a requests exception into a retryable _Transient or a final EngineError."""
    chain = _exception_chain(err)

    def has(*kinds: type) -> bool:
        return any(isinstance(e, kinds) for e in chain)

    detail = _innermost(chain)
    if has(ssl.SSLError, u3.SSLError, requests.exceptions.SSLError):
        return EngineError("gtts", f"TLS certificate check failed for {host} ({detail}). "
                           "Probable cause: an intercepting proxy (set REQUESTS_CA_BUNDLE to its "
                           "CA) or a wrong system clock")
    if has(u3.ReadTimeoutError, requests.exceptions.ReadTimeout):
        return _Transient(f"no answer from {host} within {timeout:g} s",
                          "a slow or overloaded network or service")
    if has(socket.gaierror, u3.NameResolutionError):
        return EngineError("gtts", f"could not reach {host}. "
                           "Probable cause: no network or DNS failure")
    # Before the timeout: urllib3's NewConnectionError (refused, unreachable) is a subclass of
    # its ConnectTimeoutError.
    if has(u3.NewConnectionError, requests.exceptions.ProxyError, ConnectionRefusedError):
        return EngineError("gtts", f"could not connect to {host} ({detail}). "
                           "Probable cause: no network, or a wrong gtts_endpoint or proxy")
    if has(u3.ConnectTimeoutError, requests.exceptions.ConnectTimeout):
        return EngineError("gtts", f"could not connect to {host} within {timeout:g} s. "
                           "Probable cause: no network or a firewall dropping the connection")
    # Connection reset or closed mid-answer, a broken chunked body: usually passing trouble.
    return _Transient(f"the connection to {host} broke ({detail})",
                      "an unstable network or an overloaded service")


def _exception_chain(err: BaseException) -> list[BaseException]:
    """The exception and what it wraps (requests -> urllib3 -> socket/ssl), outermost first."""
    chain: list[BaseException] = []
    todo: list[object] = [err]
    while todo:
        current = todo.pop(0)
        if not isinstance(current, BaseException) or current in chain:
            continue
        chain.append(current)
        todo.extend([getattr(current, "reason", None), current.__cause__, current.__context__,
                     *current.args])
    return chain


def _innermost(chain: list[BaseException]) -> str:
    return str(chain[-1]) or type(chain[-1]).__name__


def _status_cause(status: int) -> str:
    if status == 429:
        return "too many requests from this address; Google blocks it for a while"
    if status >= 500:
        return "an upstream outage; try again later"
    if status == 403:
        return "bad token or upstream API changes"
    if status == 404:
        return "an unsupported tld in the voice profile, a wrong gtts_endpoint, or an API change"
    return "the request format changed upstream (update gTTS)"


def backoff(attempt: int, retry_after_s: float | None = None) -> float:
    """Seconds to wait before try `attempt + 2`: the server's Retry-After if it gave one (capped),
    else exponential from BACKOFF_FIRST up to BACKOFF_CAP."""
    if retry_after_s is not None:
        return min(max(retry_after_s, 0.0), RETRY_AFTER_CAP)
    return min(BACKOFF_FIRST * 2**attempt, BACKOFF_CAP)


def retry_after(value: str | None) -> float | None:
    """Retry-After in seconds, from either form the header takes (seconds or an HTTP date)."""
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).timestamp() - time.time()
    except (TypeError, ValueError):
        return None


def audio_from_response(body: bytes) -> bytes:
    """The MP3 in a batchexecute answer, parsed as gTTS's stream() does; b"" when there is none."""
    audio = b""
    for line in body.decode("utf-8", "replace").splitlines():
        match = _AUDIO_LINE.search(line)
        if match:
            try:  # lenient like gTTS: characters outside base64 (JSON escapes) are skipped
                audio += base64.b64decode(match.group(1))
            except (binascii.Error, ValueError):
                return b""
    return audio


# MPEG audio Layer III: kbit/s by bitrate index, for MPEG-1 and for MPEG-2/2.5; Hz by version.
_BITRATES = {1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
             2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)}
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def mp3_problem(data: bytes) -> str | None:
    """Walk the frames of a Layer III MP3 (what Google sends); say what is wrong, or None.

    ffmpeg decodes a truncated MP3 without complaint, which would silently cut the end off a
    sentence. Data that does not start like such an MP3 is left for ffmpeg to judge.
    """
    if not data:
        return "no data"
    pos = 0
    if data[:3] == b"ID3" and len(data) >= 10:
        size = data[6] << 21 | data[7] << 14 | data[8] << 7 | data[9]
        pos = 10 + size + (10 if data[5] & 0x10 else 0)
    if _frame_length(data[pos:pos + 4]) is None:
        return None
    frames = 0
    while pos < len(data):
        if data[pos:pos + 3] == b"TAG" and len(data) - pos == 128:
            break  # ID3v1 trailer
        length = _frame_length(data[pos:pos + 4])
        if length is None:
            return f"no MP3 frame at byte {pos}, after {frames} good frames"
        if pos + length > len(data):
            return f"the last frame is cut off ({len(data) - pos} of {length} bytes)"
        pos += length
        frames += 1
    return None


def _frame_length(header: bytes) -> int | None:
    """Bytes in the Layer III frame that starts with this header, or None if it is not one."""
    if len(header) < 4 or header[0] != 0xFF or header[1] & 0xE0 != 0xE0:
        return None
    version, layer = header[1] >> 3 & 3, header[1] >> 1 & 3
    bitrate_index, rate_index, padding = header[2] >> 4, header[2] >> 2 & 3, header[2] >> 1 & 1
    if version == 1 or layer != 1 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    kbps = _BITRATES[1 if version == 3 else 2][bitrate_index]
    samples_per_frame = 1152 if version == 3 else 576
    return samples_per_frame // 8 * kbps * 1000 // _SAMPLE_RATES[version][rate_index] + padding
