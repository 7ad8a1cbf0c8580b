"""Swiss spelling ("Strasse", "gross", "eine Busse") is read as it is said, and only where "ss"
cannot be right; checked in text and with what the real espeak-ng says."""

import subprocess
import sys
from pathlib import Path

import pytest

from bulletin.speech.normalize import normalize
from bulletin.speech.normalize.spelling import swiss_spelling

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "espeak_phonemes.py"


@pytest.mark.parametrize("written, spoken", [
    ("Er ging zu Fuss über die Bahnhofstrasse.", "Er ging zu Fuß über die Bahnhofstraße."),
    ("Ein grosser Grossbrand im Grossraum.", "Ein großer Großbrand im Großraum."),
    ("Die grösste Grösse.", "Die größte Größe."),
    ("Ausserdem ist der Aussenminister äusserst zufrieden.", "Außerdem ist der Außenminister äußerst zufrieden."),
    ("Er erhielt eine Busse von 250 Franken.", "Er erhielt eine Buße von 250 Franken."),
    ("Die Busse wurde bestätigt, das Bussgeld bezahlt.", "Die Buße wurde bestätigt, das Bußgeld bezahlt."),
    ("Sie begrüssen regelmässig und gemäss Plan.", "Sie begrüßen regelmäßig und gemäß Plan."),
    ("Das ist bloss süss und massgeblich.", "Das ist bloß süß und maßgeblich."),
])
def test_swiss_ss_is_written_as_it_is_said(written, spoken):
    assert swiss_spelling(written) == spoken


@pytest.mark.parametrize("written", [
    "Die Busse fahren wieder, keine Busse am Sonntag.",  # buses
    "Ernst Strasser war in Bad Aussee.",  # a surname, a place
    "Laut einer Aussendung der Polizei.",  # aus + Sendung
    "Die Hochgeschwindigkeitstrasse wird gebaut.",  # Geschwindigkeit + s + Trasse
    "Anna Gross und Max Grosser kamen.",  # surnames
    "Er entfernte eine Fussel, dass es passt.",
])
def test_ss_that_may_be_right_stays(written):
    assert swiss_spelling(written) == written


def test_the_normalizer_reads_swiss_copy_and_the_voice_says_long_vowels():
    assert normalize("eine Busse von 250 Franken") == "eine Buße von zweihundertfünfzig Franken"
    words = ["Strasse", "gross", "Fuss"]
    args = [sys.executable, str(SCRIPT), *(normalize(word) for word in words)]
    done = subprocess.run(args, capture_output=True, text=True, timeout=60, check=True)
    phonemes = [line.split("\t")[1] for line in done.stdout.splitlines()]
    assert ["ɑː" in phonemes[0], "oː" in phonemes[1], "uː" in phonemes[2]] == [True, True, True]
