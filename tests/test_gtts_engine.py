"""The online voice against a fake Google on 127.0.0.1: requests, retries, timeouts, TLS, bad audio.

The fake speaks the batchexecute format gTTS parses (checked with gTTS's own parser below) and
answers with a real MP3 made by ffmpeg, so durations can be measured. Nothing touches the network.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import numpy as np
import pytest
import requests

from bulletin.config import Config
from bulletin.errors import EngineError
from bulletin.sound.audio import decode_bytes, run_ffmpeg
from bulletin.speech.chunking import chunk_text
from bulletin.speech.gtts_engine import GttsEngine, backoff, mp3_problem, retry_after
from bulletin.speech.voices import VoiceProfile

TLS = Path(__file__).parent / "fixtures" / "tls"
PATH = "/_/TranslateWebserverUi/data/batchexecute"
VOICE = VoiceProfile(name="de-gtts", engine="gtts", lang="de", tld="de")
TONE_S = 0.4


def _mp3(folder: Path, source: str) -> bytes:
    """Mono 24 kHz MP3 like Google's; via a file so it gets its gapless (LAME) header."""
    path = folder / "clip.mp3"
    run_ffmpeg(["-f", "lavfi", "-i", source, "-ac", "1", "-c:a", "libmp3lame", "-b:a", "32k",
                "-y", str(path)])
    return path.read_bytes()


@pytest.fixture(scope="session")
def tone_mp3(tmp_path_factory) -> bytes:
    """0.4 s of 440 Hz."""
    source = f"sine=frequency=440:duration={TONE_S}:sample_rate=24000"
    return _mp3(tmp_path_factory.mktemp("tone"), source)


@pytest.fixture(scope="session")
def silence_mp3(tmp_path_factory) -> bytes:
    """0.25 s of silence, to tell chunks apart in the result."""
    return _mp3(tmp_path_factory.mktemp("silence"), "anullsrc=r=24000:cl=mono:d=0.25")


def batchexecute(mp3: bytes | None) -> bytes:
    """An answer in Google's format: the XSSI guard, then length-prefixed JSON lines."""
    payload = None if mp3 is None else json.dumps([base64.b64encode(mp3).decode()])
    rpc = json.dumps([["wrb.fr", "jQ1olc", payload, None, None, None, "generic"],
                      ["di", 42], ["af.httprm", 41, "-1234567890", 7]], separators=(",", ":"))
    tail = json.dumps([["e", 4, None, None, len(rpc) + 50]], separators=(",", ":"))
    return f")]}}'\n\n{len(rpc) + 1}\n{rpc}\n{len(tail) + 1}\n{tail}\n".encode()


class FakeGoogle(ThreadingHTTPServer):
    """Records what each request asked to speak and answers from a plan; then with `default`.

    A plan step is ("audio", mp3), ("status", code, headers), ("body", bytes), ("hang",) or
    ("drop",) which closes the connection without an answer.
    """

    daemon_threads = True

    def __init__(self, mp3: bytes):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.plan: list[tuple] = []
        self.default: tuple = ("audio", mp3)
        self.received: list[dict] = []
        self.release = threading.Event()  # ends "hang" steps at teardown

    @property
    def url(self) -> str:
        scheme = "https" if isinstance(self.socket, ssl.SSLSocket) else "http"
        return f"{scheme}://127.0.0.1:{self.server_address[1]}{PATH}"

    def next_step(self) -> tuple:
        return self.plan.pop(0) if self.plan else self.default

    def texts(self) -> list[str]:
        return [r["text"] for r in self.received]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep pytest's output clean
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        rpc = json.loads(parse_qs(body)["f.req"][0])
        rpc_id, params = rpc[0][0][0], json.loads(rpc[0][0][1])
        text, lang, speed = params[0], params[1], params[2]
        self.server.received.append({"path": urlsplit(self.path).path, "rpc": rpc_id,
                                     "text": text, "lang": lang, "speed": speed,
                                     "type": self.headers["Content-Type"]})
        step = self.server.next_step()
        if step[0] == "hang":
            self.server.release.wait(5)
            return
        if step[0] == "drop":
            self.close_connection = True
            return
        code, headers, payload = 200, {}, b""
        if step[0] == "audio":
            payload = batchexecute(step[1])
        elif step[0] == "body":
            payload = step[1]
        elif step[0] == "status":
            code, headers, payload = step[1], step[2], b"<html>error</html>"
        self.send_response(code)
        for name, value in {"Content-Type": "application/json; charset=utf-8", **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


def _serve(server: FakeGoogle):
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch):
    """Requests would send 127.0.0.1 through a proxy from the environment; tests stay local."""
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture
def google(tone_mp3):
    yield from _serve(FakeGoogle(tone_mp3))


@pytest.fixture
def google_tls(tone_mp3):
    server = FakeGoogle(tone_mp3)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(TLS / "cert.pem", TLS / "key.pem")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    yield from _serve(server)


def engine(server: FakeGoogle | None = None, sleeps: list | None = None, **kwargs) -> GttsEngine:
    recorded = [] if sleeps is None else sleeps
    kwargs.setdefault("endpoint", server.url if server else "")
    return GttsEngine(sleep=recorded.append, **kwargs)


# --- the fake itself -------------------------------------------------------------------------


def test_fake_speaks_the_format_gtts_parses(google, tone_mp3, monkeypatch):
    """gTTS's own stream() (pointed at the fake) finds our MP3: the fake is faithful enough."""
    import gtts.tts

    monkeypatch.setattr(gtts.tts, "_translate_url", lambda tld, path: google.url)
    audio = b"".join(gtts.tts.gTTS("Guten Tag.", lang="de", lang_check=False).stream())
    assert audio == tone_mp3
    assert google.received[0]["rpc"] == "jQ1olc"


# --- requests and audio ----------------------------------------------------------------------


def test_each_chunk_is_one_request_in_order_and_durations_add_up(google, tone_mp3, silence_mp3):
    text = ("Die Bundesregierung hat am 3. Oktober angekündigt, die Brücke neu zu bauen. "
            "Das ist der Herbst. Er kam zuerst, und zwar mit 3,5 Millionen Besuchern aus dem "
            "ganzen Land. Am 1. Mai beginnt der Umbau, der deutlich teurer wird als geplant.")
    chunks = chunk_text(text, 100)
    assert len(chunks) == 3
    google.plan = [("audio", silence_mp3), ("audio", tone_mp3), ("audio", tone_mp3)]

    clip = engine(google).synthesize(text, VOICE)

    assert google.texts() == chunks  # each chunk its own request, in order, text untouched
    assert " ".join(google.texts()) == text
    assert {(r["path"], r["lang"], r["speed"], r["rpc"]) for r in google.received} == {
        (PATH, "de", None, "jQ1olc")}
    assert google.received[0]["type"].startswith("application/x-www-form-urlencoded")
    assert (clip.samples.ndim, clip.samples.dtype, clip.rate) == (1, np.float32, 24000)  # mono
    # Decoding from a pipe keeps LAME's end padding (~10 ms), so measure the parts the same way.
    quiet = len(decode_bytes(silence_mp3, 24000, 1, "silence"))
    tone = len(decode_bytes(tone_mp3, 24000, 1, "tone"))
    samples = clip.samples
    assert len(samples) == quiet + 2 * tone
    assert clip.seconds == pytest.approx(0.25 + 2 * TONE_S, abs=0.045)
    assert np.abs(samples[:quiet]).max() < 0.01 < np.abs(samples[quiet:quiet + tone]).max()


def test_full_stops_after_st_reach_google(google):
    """gTTS's default abbreviation pre-processor would send "Das ist der Herbst Er kam zuerst"."""
    engine(google).synthesize("Das ist der Herbst. Er kam zuerst.", VOICE)
    assert google.texts() == ["Das ist der Herbst. Er kam zuerst."]


def test_slow_voice_and_tld_are_passed_on(google):
    slow = VoiceProfile(name="slow", engine="gtts", lang="de", tld="at", slow=True)
    prepared = engine()._requests("Guten Tag.", slow)
    assert urlsplit(prepared[0].url).netloc == "translate.google.at"
    engine(google).synthesize("Guten Tag.", slow)
    assert google.received[0]["speed"] is True


def test_decoded_audio_matches_the_mp3(google, tone_mp3):
    clip = engine(google).synthesize("Guten Tag.", VOICE)
    expected = decode_bytes(tone_mp3, 24000, 1, "tone")
    assert clip.samples == pytest.approx(expected[:, 0], abs=1e-6)
    assert np.abs(expected).max() > 0.1  # a tone (lavfi's sine peaks at 1/8), not silence


# --- retries -----------------------------------------------------------------------------------


def test_429_is_retried_with_retry_after_then_backoff(google):
    google.plan = [("status", 429, {"Retry-After": "2"}), ("status", 429, {})]
    sleeps: list[float] = []
    clip = engine(google, sleeps, retries=3).synthesize("Guten Tag.", VOICE)
    assert len(google.received) == 3
    assert sleeps == [2.0, 1.0]  # the server's wish, then 0.5 * 2**1
    assert clip.seconds == pytest.approx(TONE_S, abs=0.015)


def test_5xx_storm_spends_the_retries_and_names_gtts(google):
    google.default = ("status", 503, {})
    sleeps: list[float] = []
    with pytest.raises(EngineError) as caught:
        engine(google, sleeps, retries=2).synthesize("Guten Tag.", VOICE)
    assert caught.value.engine == "gtts"
    assert "503" in str(caught.value) and "3 tries" in str(caught.value)
    assert "Probable cause: an upstream outage" in str(caught.value)
    assert len(google.received) == 3
    assert sleeps == [0.5, 1.0]


def test_dropped_connection_is_retried(google):
    google.plan = [("drop",)]
    sleeps: list[float] = []
    engine(google, sleeps).synthesize("Guten Tag.", VOICE)
    assert len(google.received) == 2 and sleeps == [0.5]


def test_403_is_final_at_once(google):
    google.default = ("status", 403, {})
    sleeps: list[float] = []
    with pytest.raises(EngineError, match="403.*bad token or upstream API changes"):
        engine(google, sleeps).synthesize("Guten Tag.", VOICE)
    assert len(google.received) == 1 and sleeps == []


def test_backoff_and_retry_after_rules():
    assert [backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff(0, 3600) == 30.0  # capped: a long wait would stall the hourly run
    assert backoff(3, 0.0) == 0.0
    assert retry_after("7") == 7.0
    assert retry_after(None) is None and retry_after("soon") is None
    in_a_minute = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 60))
    assert retry_after(in_a_minute) == pytest.approx(60, abs=2)


# --- timeouts and unreachable hosts ----------------------------------------------------------


def test_a_hanging_server_times_out_and_is_retried(google):
    google.default = ("hang",)
    sleeps: list[float] = []
    started = time.monotonic()
    expected = r"no answer from 127\.0\.0\.1:\d+ within 0\.5 s \(2 tries\)"
    with pytest.raises(EngineError, match=expected):  # the server would hang 5 s: the timeout cut it
        engine(google, sleeps, timeout=0.5, retries=1).synthesize("Guten Tag.", VOICE)
    assert time.monotonic() - started >= 1.0  # two tries that waited 0.5 s each (sleeps not real)
    assert len(google.received) == 2 and sleeps == [0.5]


def test_dns_failure_fails_fast(monkeypatch):
    real = socket.getaddrinfo

    def no_dns(host, *args, **kwargs):
        if host == "translate.google.de":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    sleeps: list[float] = []
    with pytest.raises(EngineError) as caught:
        engine(None, sleeps).synthesize("Guten Tag.", VOICE)  # the real URL, name lookup fails
    assert str(caught.value) == ("speech engine gtts: could not reach translate.google.de. "
                                 "Probable cause: no network or DNS failure")
    assert sleeps == []


def test_refused_port_fails_fast():
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sleeps: list[float] = []
    with pytest.raises(EngineError) as caught:
        engine(None, sleeps, endpoint=f"http://127.0.0.1:{port}{PATH}").synthesize("Ja.", VOICE)
    assert sleeps == []  # fast: no second try
    assert f"could not connect to 127.0.0.1:{port} (" in str(caught.value)
    assert "Connection refused" in str(caught.value)
    assert "Probable cause: no network, or a wrong gtts_endpoint or proxy" in str(caught.value)


@pytest.mark.parametrize(("raised", "message", "tries"), [
    (requests.exceptions.ConnectTimeout("timed out"),
     "could not connect to translate.google.de within 10 s. Probable cause: no network or a "
     "firewall", 1),
    (requests.exceptions.ChunkedEncodingError("Connection broken: IncompleteRead"),
     "the connection to translate.google.de broke (Connection broken: IncompleteRead) (3 tries)", 3),
    (requests.exceptions.ReadTimeout("read timed out"),
     "no answer from translate.google.de within 10 s (3 tries)", 3),
])
def test_failures_without_a_server_are_sorted(raised, message, tries):
    """Errors that are hard to stage locally, raised by an injected transport."""
    calls, sleeps = [], []

    def transport(request, timeout):
        calls.append(request.url)
        raise raised

    with pytest.raises(EngineError) as caught:
        GttsEngine(retries=2, transport=transport, sleep=sleeps.append).synthesize("Ja.", VOICE)
    assert message in str(caught.value)
    assert len(calls) == tries and len(sleeps) == tries - 1


# --- bad answers ------------------------------------------------------------------------------


def test_garbage_audio_is_an_engine_error(google):
    google.default = ("audio", os.urandom(3000))
    with pytest.raises(EngineError, match="does not decode.*truncated or corrupted"):
        engine(google).synthesize("Guten Tag.", VOICE)


def test_truncated_audio_is_an_engine_error(google, tone_mp3):
    """ffmpeg would decode the cut MP3 without complaint and lose the end of the sentence."""
    google.default = ("audio", tone_mp3[: len(tone_mp3) * 2 // 3])
    with pytest.raises(EngineError, match="chunk 1 .*cut off"):
        engine(google).synthesize("Guten Tag.", VOICE)


def test_mp3_check(tone_mp3):
    assert mp3_problem(tone_mp3) is None
    assert mp3_problem(tone_mp3 + tone_mp3[-100:]).startswith("no MP3 frame at byte")
    assert "cut off" in mp3_problem(tone_mp3[:-10])
    assert mp3_problem(b"") == "no data"


@pytest.mark.parametrize("body", [
    batchexecute(None),  # the RPC answered, without audio
    b")]}'\n\n[[\"wrb.fr\",\"other\",null]]\n",  # no jQ1olc line at all
    b"<html><body>Unusual traffic from your network</body></html>",
])
def test_200_without_audio_is_an_engine_error(google, body):
    google.default = ("body", body)
    sleeps: list[float] = []
    with pytest.raises(EngineError, match="no audio in the response.*unsupported language"):
        engine(google, sleeps).synthesize("Guten Tag.", VOICE)
    assert sleeps == []


def test_nothing_to_speak(google):
    with pytest.raises(EngineError, match="nothing to speak"):
        engine(google).synthesize(" – … ", VOICE)
    assert google.received == []


def test_only_engine_errors_leave():
    def broken(request, timeout):
        raise RuntimeError("boom")

    with pytest.raises(EngineError, match="unexpected failure.*boom"):
        GttsEngine(transport=broken).synthesize("Guten Tag.", VOICE)


# --- TLS -----------------------------------------------------------------------------------


def test_tls_verification_is_on(google_tls):
    sleeps: list[float] = []
    with pytest.raises(EngineError, match="TLS certificate check failed for 127.0.0.1") as caught:
        engine(google_tls, sleeps).synthesize("Guten Tag.", VOICE)
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
    assert google_tls.received == [] and sleeps == []


def test_tls_works_with_the_certificate_trusted(google_tls, monkeypatch):
    """Control for the test above: the same server is fine once its certificate is trusted."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(TLS / "cert.pem"))
    clip = engine(google_tls).synthesize("Guten Tag.", VOICE)
    assert google_tls.texts() == ["Guten Tag."]
    assert clip.seconds == pytest.approx(TONE_S, abs=0.015)


# --- construction ------------------------------------------------------------------------------


def test_from_config_and_transport_injection():
    built = GttsEngine.from_config(Config(gtts_timeout=2.5, gtts_retries=1,
                                          gtts_endpoint="http://proxy.example:8080/tts"))
    assert (built.timeout, built.retries, built.endpoint) == (2.5, 1, "http://proxy.example:8080/tts")
    assert built.available()

    seen = []

    def transport(request, timeout):
        seen.append((request.url, timeout))
        raise EngineError("gtts", "stop here")

    with pytest.raises(EngineError, match="stop here"):
        GttsEngine(timeout=2.5, endpoint="http://proxy.example:8080/tts",
                   transport=transport).synthesize("Guten Tag.", VOICE)
    assert seen == [("http://proxy.example:8080/tts", (2.5, 2.5))]
