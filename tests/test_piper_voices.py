"""Piper voices for producers: download from a voice list (a real HTTPS server on 127.0.0.1 with a
test certificate: TLS stays on), checks that leave nothing half-fetched, profiles, and the
`make-bulletin voices` commands."""

from __future__ import annotations

import hashlib
import json
import sys
import wave
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bulletin.errors import ConfigError, DownloadError
from bulletin.speech.piper_download import Limits, download_voice
from bulletin.speech.voices import load_voice
from tests.local_http import LOCAL, LocalServer

TLS = Path(__file__).parent / "fixtures" / "tls"
KEY = "de_DE-probe-medium"
WHERE = "de/de_DE/probe/medium"
FAST = Limits(timeout=5.0, deadline=30.0, max_bytes=10_000_000)


def voice_files(model: bytes = b"\x08model" * 1000) -> dict[str, bytes]:
    config = json.dumps({"audio": {"sample_rate": 22050}, "espeak": {"voice": "de"},
                         "phoneme_id_map": {"_": [0], "^": [1], "$": [2]}, "num_speakers": 1}).encode()
    return {f"{WHERE}/{KEY}.onnx": model, f"{WHERE}/{KEY}.onnx.json": config,
            f"{WHERE}/MODEL_CARD": b"# Model card\nLicense: CC0 (invented for the tests)\n"}


def voice_list(files: dict[str, bytes], **wrong) -> bytes:
    """A voices.json in Piper's layout; `wrong` overrides a file's listed size or md5 by suffix."""
    listed = {}
    for path, data in files.items():
        entry = {"size_bytes": len(data), "md5_digest": hashlib.md5(data).hexdigest()}
        for suffix, override in wrong.items():
            if path.endswith(suffix.replace("_", ".")):
                entry.update(override)
        listed[path] = entry
    return json.dumps({
        KEY: {"key": KEY, "name": "probe", "quality": "medium", "num_speakers": 1, "speaker_id_map": {},
              "language": {"code": "de_DE", "family": "de", "region": "DE"}, "files": listed,
              "aliases": ["de-probe-medium"]},
        "en_GB-other-low": {"key": "en_GB-other-low", "language": {"code": "en_GB"}, "quality": "low",
                            "files": {}},
    }).encode()


@pytest.fixture(scope="module")
def https_server():
    with LocalServer(tls=(TLS / "cert.pem", TLS / "key.pem")) as srv:
        yield srv


@pytest.fixture
def server(https_server, monkeypatch):
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(TLS / "cert.pem"))  # the test CA; TLS stays on
    https_server.routes.clear()
    https_server.seen.clear()
    return https_server


def serve(srv: LocalServer, files: dict[str, bytes], listed: bytes | None = None) -> str:
    srv.routes["/piper/voices.json"] = (200, {"Content-Type": "application/json"}, listed or voice_list(files))
    for path, data in files.items():
        srv.routes[f"/piper/{path}"] = (200, {"Content-Type": "application/octet-stream"}, data)
    return srv.url("/piper/")


def left_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_voice_is_fetched_checked_and_put_in_place(server, tmp_path):
    files = voice_files()
    done = download_voice(KEY, tmp_path, serve(server, files), FAST, LOCAL)
    assert left_in(tmp_path) == [f"{KEY}.MODEL_CARD", f"{KEY}.onnx", f"{KEY}.onnx.json"]  # no temp files
    assert (tmp_path / f"{KEY}.onnx").read_bytes() == files[f"{WHERE}/{KEY}.onnx"]
    assert len(done.written) == 3 and not done.kept
    assert all(agent.startswith("bulletin/") for _, agent in server.seen)
    server.seen.clear()
    again = download_voice("de-probe-medium", tmp_path, serve(server, files), FAST, LOCAL)  # by its alias
    assert len(again.kept) == 3 and not again.written
    assert [path for path, _ in server.seen] == ["/piper/voices.json"]  # the files were not fetched again


def test_plain_http_is_refused_before_anything_is_sent(tmp_path):
    with LocalServer() as srv:
        with pytest.raises(DownloadError, match="https only"):
            download_voice(KEY, tmp_path, serve(srv, voice_files()), FAST, LOCAL)
        assert srv.seen == []
    assert left_in(tmp_path) == []


def test_a_redirect_to_plain_http_is_refused(server, tmp_path):
    files = voice_files()
    base = serve(server, files)
    with LocalServer() as plain:
        plain.routes[f"/{KEY}.onnx"] = (200, {}, files[f"{WHERE}/{KEY}.onnx"])
        server.routes[f"/piper/{WHERE}/{KEY}.onnx"] = (302, {"Location": plain.url(f"/{KEY}.onnx")}, b"")
        with pytest.raises(DownloadError, match="https only"):
            download_voice(KEY, tmp_path, base, FAST, LOCAL)
        assert plain.seen == []
    assert left_in(tmp_path) == []


@pytest.mark.parametrize("wrong, problem", [
    ({"_onnx": {"md5_digest": "0" * 32}}, "MD5"),  # other bytes than listed
    ({"_onnx": {"size_bytes": 9000}}, "9000 bytes"),  # the server sends fewer bytes than listed
    ({"_onnx": {"size_bytes": 100}}, "more than the 100 expected"),  # and more than listed
])
def test_a_file_that_is_not_the_listed_one_leaves_nothing_behind(server, tmp_path, wrong, problem):
    files = voice_files()
    with pytest.raises(DownloadError, match=problem):
        download_voice(KEY, tmp_path, serve(server, files, voice_list(files, **wrong)), FAST, LOCAL)
    assert left_in(tmp_path) == []


def test_an_oversized_voice_is_refused_before_it_is_fetched(server, tmp_path):
    files = voice_files()
    base = serve(server, files, voice_list(files, _onnx={"size_bytes": 300_000_000}))
    with pytest.raises(DownloadError, match="300 MB, more than the 10 MB allowed; not fetched"):
        download_voice(KEY, tmp_path, base, FAST, LOCAL)
    assert [path for path, _ in server.seen] == ["/piper/voices.json"]
    assert left_in(tmp_path) == []


def test_a_mirror_inside_this_machine_needs_allow_networks(server, tmp_path):
    """The download goes through the same address guard as every article fetch."""
    with pytest.raises(DownloadError, match="allow_networks"):
        download_voice(KEY, tmp_path, serve(server, voice_files()), FAST)
    assert server.seen == [] and left_in(tmp_path) == []


def test_an_unknown_voice_names_the_german_ones(server, tmp_path):
    with pytest.raises(DownloadError, match="no such voice in the voice list; German voices: de_DE-probe"):
        download_voice("de_DE-thorsten-huge", tmp_path, serve(server, voice_files()), FAST, LOCAL)


def test_an_untrusted_certificate_stops_the_download(server, tmp_path, monkeypatch):
    monkeypatch.delenv("REQUESTS_CA_BUNDLE")
    with pytest.raises(DownloadError, match="TLS certificate check failed"):
        download_voice(KEY, tmp_path, serve(server, voice_files()), FAST, LOCAL)
    assert server.seen == [] and left_in(tmp_path) == []


# --- profiles ---------------------------------------------------------------------------------------

def write_profile(folder: Path, body: str) -> None:
    (folder / "mine.toml").write_text(body, encoding="utf-8")


def test_a_profiles_voice_path_is_relative_to_the_profile(tmp_path):
    write_profile(tmp_path, 'engine = "piper"\nmodel = "models/x.onnx"\nspeaker = 2\nlength_scale = 1.1\n')
    profile = load_voice("mine", str(tmp_path))
    assert profile.model == str(tmp_path / "models" / "x.onnx") and profile.speaker == "2"


@pytest.mark.parametrize("body, key", [
    ('engine = "piper"\n', "model: missing"),
    ('engine = "piper"\nmodel = "x"\nlength_scale = 5\n', "length_scale: must be a number from 0.5 to 2"),
    ('engine = "piper"\nmodel = "x"\nsentence_pause = "lang"\n', "sentence_pause: must be a number"),
])
def test_a_bad_piper_profile_names_the_key(tmp_path, body, key):
    write_profile(tmp_path, body)
    with pytest.raises(ConfigError, match=key):
        load_voice("mine", str(tmp_path))


# --- make-bulletin voices ---------------------------------------------------------------------------

def cli(*args: str):
    from bulletin.cli import app

    return CliRunner().invoke(app, list(args))


def test_three_commands_install_a_voice_and_the_station_speaks_with_it(server, tmp_path, monkeypatch):
    """download, list (usable now), try: what the README tells a producer."""
    pytest.importorskip("onnxruntime", reason="the piper extra (onnxruntime) is not installed")
    pytest.importorskip("onnx", reason="the dev extra (onnx, for the test voice) is not installed")
    sys.path.insert(0, str(Path(__file__).parent))
    from tone_voice import HOP, ID_MAP, write_tone_voice

    from bulletin.speech.espeak import phoneme_clauses
    from bulletin.speech.piper_phonemes import text_to_ids

    model = write_tone_voice(tmp_path / "made", "de_DE-thorsten-medium")
    key, where = "de_DE-thorsten-medium", "de/de_DE/thorsten/medium"
    files = {f"{where}/{key}.onnx": model.read_bytes(),
             f"{where}/{key}.onnx.json": Path(f"{model}.json").read_bytes()}
    listed = json.dumps({key: {"key": key, "language": {"code": "de_DE"}, "files": {
        path: {"size_bytes": len(data), "md5_digest": hashlib.md5(data).hexdigest()}
        for path, data in files.items()}}}).encode()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("BULLETIN_VOICE_DOWNLOAD_URL", serve(server, files, listed))
    monkeypatch.setenv("BULLETIN_ALLOW_NETWORKS", "127.0.0.1")  # the test mirror is on this machine
    monkeypatch.chdir(tmp_path)

    assert cli("voices", "--offline-engine").stdout.strip() == "espeak"  # nothing installed yet
    listing = cli("voices").stdout
    assert "de-piper       piper   no      voice de_DE-thorsten-medium is not installed" in listing
    done = cli("voices", "download", key)
    voices = tmp_path / "data" / "bulletin" / "voices"
    assert done.exit_code == 0, done.output
    assert done.stdout.strip().splitlines()[-1] == str(voices / f"{key}.onnx")
    assert "de-piper       piper   yes     Piper voice de_DE-thorsten-medium [piper]" in cli("voices").stdout
    assert cli("voices", "--offline-engine").stdout.strip() == "piper"
    tried = cli("voices", "try", "piper", "Am 3. Mai.", "-o", str(tmp_path / "hoer.wav"))
    assert tried.exit_code == 0, tried.output
    assert "Am dritten Mai." in tried.output  # normalized, as in a bulletin
    ids = text_to_ids("Am dritten Mai.", "de", ID_MAP, phoneme_clauses).sentences
    with wave.open(str(tmp_path / "hoer.wav"), "rb") as wav:  # one burst per phoneme id, at the voice's rate
        assert (wav.getframerate(), wav.getnframes()) == (22050, len(ids[0]) * HOP)


def test_a_failed_download_is_one_line_and_exit_1(server, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("BULLETIN_VOICE_DOWNLOAD_URL", serve(server, voice_files()))
    monkeypatch.setenv("BULLETIN_ALLOW_NETWORKS", "127.0.0.1")  # the test mirror is on this machine
    monkeypatch.chdir(tmp_path)
    done = cli("voices", "download", "de_DE-nobody-low")
    assert done.exit_code == 1
    assert done.output.strip().splitlines() == [
        "make-bulletin: error: de_DE-nobody-low: no such voice in the voice list; German voices: "
        "de_DE-probe-medium"]
