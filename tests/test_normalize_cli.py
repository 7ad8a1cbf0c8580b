"""`make-bulletin normalize`: the spoken form on stdout, one line out per line in, a voice's lexicon
with --voice, the rule steps with --trace."""

from typer.testing import CliRunner

from bulletin.cli import app

runner = CliRunner()


def invoke(*args, stdin=None):
    return runner.invoke(app, ["normalize", *args], input=stdin)


def test_argument_prints_the_spoken_form():
    done = invoke("Am 3. Oktober um 14:30 Uhr kostet es 12,50 €.")
    assert done.exit_code == 0
    assert done.stdout == "Am dritten Oktober um vierzehn Uhr dreißig kostet es zwölf Euro fünfzig.\n"


def test_stdin_gives_exactly_one_line_per_line_even_for_empty_and_odd_lines():
    lines = ["Die 3. Liga.", "", "   ", "usw.", "12", "Dr.", "1.500 Menschen, 2:1 gewonnen."]
    for args in (("-",), ()):
        done = invoke(*args, stdin="\n".join(lines) + "\n")
        assert done.exit_code == 0
        assert done.stdout.splitlines() == ["Die dritte Liga.", "", "", "und so weiter.", "zwölf", "Doktor.",
                                            "tausendfünfhundert Menschen, zwei zu eins gewonnen."]


def test_voice_applies_that_voices_lexicon_by_engine_or_profile_name():
    for voice in ("espeak", "de-espeak"):
        done = invoke("--voice", voice, "Die EU und die UNO.")
        assert done.exit_code == 0 and done.stdout == "Die E U und die Uhno.\n"
    assert invoke("--voice", "gtts", "Die UNO.").stdout == "Die Uno.\n"
    assert invoke("Die UNO.").stdout == "Die U Enn O.\n"  # no voice, no lexicon: the rules spell it


def test_an_unknown_voice_is_one_error_line_and_exit_1():
    done = invoke("--voice", "de-nirgendwo", "Text")
    assert done.exit_code == 1
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "de-nirgendwo" in lines[0] and "Traceback" not in done.stderr


def test_trace_lists_the_rules_on_stderr_and_keeps_stdout_clean():
    done = invoke("--trace", "--voice", "espeak", "Laut dpa am 3. Okt. 1,5 % mehr.")
    assert done.exit_code == 0
    assert done.stdout == "Laut De Pe A am dritten Oktober eins Komma fünf Prozent mehr.\n"
    steps = [line.split(":")[0].strip() for line in done.stderr.splitlines()]
    assert steps == ["lexicon", "day_month", "percentages", "decimals"]


def test_help_names_the_options():
    done = runner.invoke(app, ["normalize", "--help"])
    assert done.exit_code == 0 and "--voice" in done.stdout and "--trace" in done.stdout
