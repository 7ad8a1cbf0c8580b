"""make-bulletin end to end, as cron and producers run it: real espeak-ng, real ffmpeg, a meter."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from mutagen.id3 import ID3

from tests import forked_cli
from tests.conftest import SAMPLES, decode_errors, ebur128

HOUR = "2026-11-27T14"
NAME = "nachrichten_2026-11-27_1400"


def run(*args: str, env: dict | None = None, stdin: str | None = None, cwd: Path | None = None):
    """make-bulletin in a process of its own, forked from one that has imported it (tests/forked_cli.py)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("BULLETIN_")}
    full_env.update(env or {})
    return forked_cli.run(list(args), env=full_env, input=stdin, cwd=cwd, timeout=120)


def script_only(tmp_path: Path, published: str, title: str, *paragraphs: str, hour: str = HOUR) -> Path:
    """One article from the Beispielstädter Rundschau, written at ``published``, made into a script
    for ``hour`` (no audio, no memory of what aired): the output folder."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    body = "\n\n".join(paragraphs)
    (inbox / "rat.md").write_text(f"---\nsource: Beispielstädter Rundschau\npublished: {published}\n---\n"
                                  f"# {title}\n\n{body}\n", encoding="utf-8")
    out = tmp_path / "out"
    done = run("-i", str(inbox), "-o", str(out), "--hour", hour, "--script-only", "-q",
               env={"BULLETIN_REPEAT_HOURS": "0"})
    assert done.returncode == 0, done.stderr
    return out


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """One real bulletin from the bundled samples, shared by the checks below."""
    out = tmp_path_factory.mktemp("out")
    done = run("-i", str(SAMPLES), "-o", str(out), "--engine", "espeak", "--hour", HOUR,
               env={"XDG_CACHE_HOME": str(tmp_path_factory.mktemp("cache"))})
    assert done.returncode == 0, done.stderr
    return out, done


@pytest.mark.slow
def test_last_stdout_line_is_the_mp3(made):
    out, done = made
    assert done.stdout.strip().splitlines()[-1] == str(out / f"{NAME}.mp3")


@pytest.mark.slow
def test_bulletin_meets_broadcast_loudness(made):
    out, _ = made
    mp3 = out / f"{NAME}.mp3"
    assert decode_errors(mp3) == ""
    meter = ebur128(mp3)
    assert abs(meter.integrated - (-23.0)) <= 0.5
    assert meter.true_peak <= -1.0
    manifest = json.loads((out / f"{NAME}.json").read_text(encoding="utf-8"))
    assert abs(manifest["loudness_lufs"] - meter.integrated) <= 0.5
    assert abs(manifest["true_peak_dbtp"] - meter.true_peak) <= 0.5
    assert abs(manifest["duration_s"] - meter.duration) <= 0.2


@pytest.mark.slow
def test_duration_fits_the_items(made):
    out, _ = made
    manifest = json.loads((out / f"{NAME}.json").read_text(encoding="utf-8"))
    items = manifest["items"]
    assert 3 <= len(items) <= 6
    speech = sum(i["seconds"] for i in items)
    assert all(3 <= i["seconds"] <= 45 for i in items)  # about 30 s budget per item
    # speech plus intro/outro, jingles (about 7 s) and pauses; nothing else
    assert speech + 8 < manifest["duration_s"] < speech + 40
    assert 40 < manifest["duration_s"] < 240


@pytest.mark.slow
def test_tags_name_hour_station_and_engine(made):
    out, _ = made
    tags = ID3(out / f"{NAME}.mp3")
    assert tags.version[:2] == (2, 3)
    assert "14 Uhr" in str(tags["TIT2"]) and "27.11.2026" in str(tags["TIT2"])
    assert str(tags["TPE1"]) == "Radio Beispiel"
    assert "espeak" in str(tags.getall("COMM")[0])
    assert int(str(tags["TLEN"])) > 30000


@pytest.mark.slow
def test_manifest_has_the_contract_fields(made):
    out, _ = made
    manifest = json.loads((out / f"{NAME}.json").read_text(encoding="utf-8"))
    for key in ("air_time", "station", "audio", "duration_s", "loudness_target", "loudness_lufs",
                "true_peak_dbtp", "engine", "voices", "script", "spoken", "items", "dropped", "warnings"):
        assert key in manifest
    assert manifest["air_time"] == "2026-11-27T14:00:00+01:00"
    assert manifest["engine"] == "espeak" and manifest["voices"] == ["de-espeak"]
    assert manifest["audio"] == str(out / f"{NAME}.mp3")
    assert "Es ist 14 Uhr." in manifest["script"] and "Es ist vierzehn Uhr." in manifest["spoken"]
    for item in manifest["items"]:
        assert set(item) == {"title", "source", "text", "spoken", "seconds", "voice"}
        assert item["text"] in manifest["script"] and item["spoken"] in manifest["spoken"]
        assert not re.search(r"\d", item["spoken"]), item["spoken"]  # every number read as words


@pytest.mark.slow
def test_furniture_never_reaches_the_script(made):
    out, _ = made
    manifest = json.loads((out / f"{NAME}.json").read_text(encoding="utf-8"))
    for pattern in (r"IBAN", r"\bBIC\b", r"@", r"https?://", r"www\.", r"PayPal", r"Patreon", r"\b0x[0-9a-f]{6}",
                    r"\bbc1", r"Bilder?:", r"Spende"):
        assert not re.search(pattern, manifest["script"], re.IGNORECASE), pattern


@pytest.mark.slow
def test_existing_bulletin_is_kept_without_force(made):
    out, _ = made
    mp3 = out / f"{NAME}.mp3"
    before = mp3.read_bytes()
    done = run("-i", str(SAMPLES), "-o", str(out), "--engine", "espeak", "--hour", HOUR)
    assert done.returncode == 0
    assert "--force" in one_error_line(done.stderr)
    assert done.stdout.strip().splitlines()[-1] == str(mp3)
    assert mp3.read_bytes() == before


@pytest.mark.slow
def test_force_replaces_and_playout_gets_a_whole_copy(tmp_path, inbox):
    out, playout = tmp_path / "out", tmp_path / "playout"
    playout.mkdir()
    first = run("-i", str(inbox), "-o", str(out), "--engine", "espeak", "--hour", HOUR)
    assert first.returncode == 0, first.stderr
    (inbox / "03-neu.txt").write_text("Neue Meldung\n\nEs gibt eine neue Meldung aus dem Rathaus.\n",
                                      encoding="utf-8")
    again = run("-i", str(inbox), "-o", str(out), "--engine", "espeak", "--hour", HOUR, "--force",
                "--playout", str(playout))
    assert again.returncode == 0, again.stderr
    manifest = json.loads((out / f"{NAME}.json").read_text(encoding="utf-8"))
    assert len(manifest["items"]) == 3
    assert (playout / f"{NAME}.mp3").read_bytes() == (out / f"{NAME}.mp3").read_bytes()
    assert sorted(p.name for p in playout.iterdir()) == [f"{NAME}.mp3"]  # no temp files left


def test_failed_playout_folder_is_reported_and_exit_code_4(tmp_path, inbox):
    done = run("-i", str(inbox), "-o", str(tmp_path / "out"), "--engine", "espeak", "--hour", HOUR,
               "--playout", str(tmp_path / "fehlt"))
    assert done.returncode == 4
    assert "fehlt" in done.stderr and (tmp_path / "out" / f"{NAME}.mp3").is_file()


def test_bad_file_next_to_good_ones_is_named_and_the_bulletin_made(tmp_path, inbox):
    (inbox / "kaputt.txt").write_bytes(b"\x00\xff\x00\xfe" * 200)
    (inbox / "foto.jpg").write_bytes(b"\xff\xd8")
    done = run("-i", str(inbox), "-o", str(tmp_path / "out"), "--engine", "espeak", "--hour", HOUR)
    assert done.returncode == 0, done.stderr
    assert "kaputt.txt" in done.stderr and "foto.jpg" in done.stderr
    manifest = json.loads((tmp_path / "out" / f"{NAME}.json").read_text(encoding="utf-8"))
    assert len(manifest["items"]) == 2
    assert any("kaputt.txt" in w for w in manifest["warnings"])


def test_missing_input_is_one_line_and_exit_1(tmp_path):
    done = run("-i", str(tmp_path / "gibt-es-nicht"), "-o", str(tmp_path / "out"), "--engine", "espeak")
    assert done.returncode == 1
    assert "gibt-es-nicht" in one_error_line(done.stderr)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_no_usable_article_means_no_mp3(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "spende.txt").write_text(
        "Unterstützen Sie uns\n\nUnterstützen Sie unsere Arbeit mit einer Spende!\n"
        "IBAN: DE00 1234 5678 9012 3456 78\nBIC: BEISDEXXX\nPayPal: spenden@radio-beispiel.example\n",
        encoding="utf-8")
    done = run("-i", str(inbox), "-o", str(tmp_path / "out"), "--engine", "espeak")
    assert done.returncode == 1
    assert "no usable article" in done.stderr and "Traceback" not in done.stderr
    assert not list((tmp_path / "out").glob("*.mp3")) if (tmp_path / "out").exists() else True


def test_online_voice_unreachable_fails_cleanly(tmp_path, inbox):
    # a closed port on this machine stands in for "Google cannot be reached": never the real network
    env = {"BULLETIN_GTTS_ENDPOINT": "http://127.0.0.1:9/batchexecute", "BULLETIN_GTTS_RETRIES": "0"}
    done = run("-i", str(inbox), "-o", str(tmp_path / "out"), "--engine", "gtts", env=env)
    assert done.returncode == 1
    assert "gtts" in one_error_line(done.stderr)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.mp3"))


@pytest.mark.slow
def test_auto_falls_back_to_the_offline_voice_and_says_why(tmp_path, inbox):
    env = {"BULLETIN_GTTS_ENDPOINT": "http://127.0.0.1:9/batchexecute", "BULLETIN_GTTS_RETRIES": "0"}
    done = run("-i", str(inbox), "-o", str(tmp_path / "out"), "--engine", "auto", "--hour", HOUR, env=env)
    assert done.returncode == 0, done.stderr
    manifest = json.loads((tmp_path / "out" / f"{NAME}.json").read_text(encoding="utf-8"))
    assert manifest["engine"] == "espeak"
    assert any("gtts" in w and "espeak" in w for w in manifest["warnings"])


@pytest.mark.slow
def test_script_only_then_edited_script_to_audio(tmp_path, inbox):
    out = tmp_path / "out"
    done = run("-i", str(inbox), "-o", str(out), "--script-only", "--hour", HOUR)
    assert done.returncode == 0, done.stderr
    script_path = Path(done.stdout.strip().splitlines()[-1])
    assert script_path == out / f"{NAME}.script.txt"
    manifest = json.loads((out / f"{NAME}.json").read_text(encoding="utf-8"))
    assert manifest["audio"] is None and len(manifest["items"]) == 2
    assert not (out / f"{NAME}.mp3").exists()
    edited = script_path.read_text(encoding="utf-8").replace("Sturm", "Orkan")
    edited_path = tmp_path / "bearbeitet.txt"
    edited_path.write_text(edited, encoding="utf-8")
    made = run("--script", str(edited_path), "-o", str(out), "--engine", "espeak", "--hour", HOUR)
    assert made.returncode == 0, made.stderr
    manifest = json.loads((out / f"{NAME}.json").read_text(encoding="utf-8"))
    assert "Orkan" in manifest["script"] and "Sturm" not in manifest["script"]
    assert manifest["audio"] == str(out / f"{NAME}.mp3")


def test_broken_script_names_the_line(tmp_path):
    bad = tmp_path / "s.txt"
    bad.write_text("[intro]\nHallo.\n[werbung]\nKauft!\n", encoding="utf-8")
    done = run("--script", str(bad), "-o", str(tmp_path / "out"), "--engine", "espeak")
    assert done.returncode == 1 and "line 3" in one_error_line(done.stderr)


def test_invalid_setting_is_one_line_naming_the_key(tmp_path, inbox):
    config = tmp_path / "bulletin.toml"
    config.write_text("loudness_target = 12\n", encoding="utf-8")
    done = run("-c", str(config), "-i", str(inbox), "-o", str(tmp_path / "out"))
    assert done.returncode == 1 and "loudness_target" in one_error_line(done.stderr)


def test_verbose_shows_a_traceback_on_errors(tmp_path):
    done = run("-v", "-i", str(tmp_path / "fehlt"), "-o", str(tmp_path / "out"))
    assert done.returncode == 1 and "Traceback" in done.stderr


def test_normalize_command_with_argument_and_stdin():
    done = run("normalize", "Am 3. Oktober um 14:30 Uhr.")
    assert done.returncode == 0 and done.stdout == "Am dritten Oktober um vierzehn Uhr dreißig.\n"
    lines = "Es ist 14 Uhr.\n\n1.500 Menschen\n"
    for args in (("normalize", "-"), ("normalize",)):
        done = run(*args, stdin=lines)
        assert done.stdout.splitlines() == ["Es ist vierzehn Uhr.", "", "tausendfünfhundert Menschen"]


def test_help_lists_the_whole_contract():  # how fast it answers: scripts/bench_help.py
    done = run("--help")
    assert done.returncode == 0
    for option in ("--input", "-i", "--output", "-o", "--hour", "--engine", "--config", "-c", "--script-only",
                   "--script", "--playout", "--force", "--quiet", "-q", "--verbose", "-v", "normalize", "check"):
        assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", done.stdout), option


@pytest.mark.parametrize("command", ["normalize", "check", "history"])
def test_every_command_has_help(command):
    done = run(command, "--help")
    assert done.returncode == 0 and len(done.stdout) > 100


def test_check_reports_one_line_per_item(tmp_path):
    done = run("check", cwd=tmp_path, env={"BULLETIN_INBOX": str(tmp_path), "BULLETIN_ENGINE": "espeak",
                                           "BULLETIN_OUTPUT": str(tmp_path / "out")})
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert all(line.startswith(("ok  ", "WARN", "FAIL")) for line in lines)
    assert any("voice espeak" in line and "speaks" in line for line in lines)
    assert sum("jingle" in line for line in lines) == 3


def test_check_fails_on_a_broken_jingle(tmp_path):
    broken = tmp_path / "jingle.mp3"
    broken.write_bytes(b"not audio at all" * 10)
    done = run("check", cwd=tmp_path, env={"BULLETIN_JINGLES__INTRO": str(broken), "BULLETIN_ENGINE": "espeak",
                                           "BULLETIN_OUTPUT": str(tmp_path)})
    assert done.returncode == 1
    assert any(line.startswith("FAIL") and "jingle.mp3" in line for line in done.stdout.splitlines())


def made_with(tmp_path_factory, settings: str):
    folder = tmp_path_factory.mktemp("sound")
    (folder / "bulletin.toml").write_text(settings, encoding="utf-8")
    done = run("-c", str(folder / "bulletin.toml"), "-i", str(SAMPLES), "-o", str(folder / "out"), "--engine",
               "espeak", "--hour", HOUR, env={"XDG_CACHE_HOME": str(folder / "cache")})
    assert done.returncode == 0, done.stderr
    manifest = json.loads((folder / "out" / f"{NAME}.json").read_text(encoding="utf-8"))
    return folder / "out" / f"{NAME}.mp3", manifest


@pytest.fixture(scope="module")
def exact_slot(tmp_path_factory):
    return made_with(tmp_path_factory, 'slot_seconds = 45\nfit = "exact"\nalternate = "items"\nreplaygain = true\n'
                                       'loudness_target = -16.0\nsample_rate = 48000\nchannels = 1\nbitrate = 96\n'
                                       '[bed]\nfile = "builtin"\n')


@pytest.mark.slow
def test_exact_slot_lasts_the_slot_at_the_stream_loudness(exact_slot):
    from mutagen.mp3 import MP3

    from bulletin.sound.audio import decode_file

    mp3, manifest = exact_slot
    assert decode_errors(mp3) == ""
    meter = ebur128(mp3)
    assert abs(meter.integrated - (-16.0)) <= 0.5 and meter.true_peak <= -1.0
    assert abs(len(decode_file(mp3, 48000, 1)) / 48000 - 45.0) <= 0.05  # what a player decodes
    assert abs(meter.duration - 45.0) <= 0.05 and manifest["duration_s"] == 45.0
    info = MP3(mp3).info
    assert (info.sample_rate, info.channels, round(info.bitrate / 1000)) == (48000, 1, 96)
    assert abs(info.length - 45.0) <= 0.05  # mutagen reads the LAME header's delay and padding too
    tags = ID3(mp3)
    assert abs(float(str(tags["TXXX:REPLAYGAIN_TRACK_GAIN"]).split()[0]) - (-18.0 - meter.integrated)) <= 0.5
    assert int(str(tags["TLEN"])) == 45000


@pytest.mark.slow
def test_what_did_not_fit_is_listed_lowest_priority_first(exact_slot):
    _, manifest = exact_slot
    assert manifest["dropped"], manifest["warnings"]
    assert all("45 s slot" in d["reason"] for d in manifest["dropped"])
    kept = {i["title"] for i in manifest["items"]}
    assert "Fähre nach Beispieloog fällt bis Weihnachten aus" in kept  # priority 3 stays


@pytest.mark.slow
def test_two_voices_take_turns(exact_slot):
    _, manifest = exact_slot
    voices = [i["voice"] for i in manifest["items"]]
    assert voices[:2] == ["de-espeak-2", "de-espeak"][: len(voices)]
    assert manifest["voices"] == ["de-espeak", "de-espeak-2"]
    assert "de-espeak-2" in str(ID3(exact_slot[0]).getall("COMM")[0])


@pytest.mark.slow
def test_max_slot_is_never_longer_and_roles_give_items_the_second_voice(tmp_path_factory):
    mp3, manifest = made_with(tmp_path_factory, 'slot_seconds = 60\nalternate = "roles"\n')
    meter = ebur128(mp3)
    assert 30 < meter.duration <= 60.0 and manifest["duration_s"] <= 60.0
    assert abs(meter.integrated - (-23.0)) <= 0.5 and meter.true_peak <= -1.0
    assert {i["voice"] for i in manifest["items"]} == {"de-espeak-2"}
