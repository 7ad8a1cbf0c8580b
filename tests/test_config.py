import pytest

from bulletin.config import Config, load_config
from bulletin.errors import ConfigError


def write(tmp_path, text):
    path = tmp_path / "bulletin.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config, warnings = load_config(environ={})
    assert config == Config()
    assert config.loudness_target == -23.0 and config.timezone == "Europe/Berlin"
    assert warnings == []


def test_precedence_file_then_environment_then_command_line(tmp_path):
    path = write(tmp_path, 'station = "Radio Datei"\nloudness_target = -18\nbitrate = 192\n')
    config, _ = load_config(path, environ={"BULLETIN_LOUDNESS_TARGET": "-16", "BULLETIN_STATION": "Env FM"},
                            overrides={"station": "Kommandozeile FM"})
    assert config.bitrate == 192  # file over default
    assert config.loudness_target == -16.0  # environment over file
    assert config.station == "Kommandozeile FM"  # command line over environment


def test_unknown_keys_are_warned_about_not_fatal(tmp_path):
    path = write(tmp_path, 'statoin = "Tippfehler"\n')
    config, warnings = load_config(path, environ={"BULLETIN_NOPE": "1"})
    assert config.station == Config().station
    assert any("statoin" in w and str(path) in w for w in warnings)
    assert any("BULLETIN_NOPE" in w for w in warnings)


@pytest.mark.parametrize("text, key", [
    ('loudness_target = "laut"', "loudness_target"),
    ("loudness_target = 3", "loudness_target"),
    ("bitrate = 100", "bitrate"),
    ('timezone = "Mars/Olympus"', "timezone"),
    ('home = "Atlantis"', "home"),
    ('engine = "festival"', "engine"),
    ('engines = ["gtts", "sapi"]', "engines"),
    ('file_name = "../x_{air:%H}"', "file_name"),
    ('file_name = "fixed"', "file_name"),
    ('file_name = "n_{air:%H}_{slot}"', "file_name"),
    ("channels = 6", "channels"),
    ('[jingles]\nmiddle = "x.wav"', "jingles"),
])
def test_invalid_values_stop_with_a_line_naming_the_key(tmp_path, text, key):
    path = write(tmp_path, text + "\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path, environ={})
    assert caught.value.key == key
    assert key in str(caught.value) and str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_invalid_environment_number_names_the_variable(tmp_path):
    with pytest.raises(ConfigError, match="BULLETIN_BITRATE"):
        load_config(environ={"BULLETIN_BITRATE": "viel"})


def test_broken_toml_names_the_file(tmp_path):
    path = write(tmp_path, "station = \n")
    with pytest.raises(ConfigError, match="bulletin.toml"):
        load_config(path, environ={})


def test_missing_config_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "nope.toml", environ={})


def test_paths_in_the_file_are_relative_to_the_file(tmp_path, monkeypatch):
    station = tmp_path / "station"
    station.mkdir()
    path = write(station, 'inbox = "eingang"\noutput = "/srv/out"\n[jingles]\nintro = "j/intro.wav"\n'
                          'outro = "none"\n')
    monkeypatch.chdir(tmp_path)
    config, _ = load_config(path, environ={})
    assert config.inbox == str(station / "eingang")
    assert config.output == "/srv/out"
    assert config.jingles["intro"] == str(station / "j" / "intro.wav")
    assert config.jingles["outro"] == "none" and config.jingles["separator"] == ""


def test_environment_tables_and_lists(tmp_path):
    config, _ = load_config(environ={"BULLETIN_ENGINES": "espeak", "BULLETIN_JINGLES__SEPARATOR": "none",
                                     "BULLETIN_VOICES__ESPEAK": "mein-profil"})
    assert config.engines == ("espeak",)
    assert config.jingles["separator"] == "none"
    assert config.voices["espeak"] == "mein-profil" and config.voices["gtts"] == "de-gtts"
