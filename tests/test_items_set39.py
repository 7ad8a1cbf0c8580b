"""Items a news editor would air unchanged (issue 16, stop 51: the thirty-ninth held-out set, read
blind): someone missing who was found later is said as found. Invented copy."""

from __future__ import annotations

from bulletin.text.condense import condense
from tests.item_copy import article, estimate


def test_someone_missing_and_found_dead_later_is_said_as_found():
    copy = ("Nach heftigen Gewittern sind in der Nacht auf Montag im Musteltal mehrere Muren abgegangen. Das Dorf "
            "Beispielbach ist von der Außenwelt abgeschnitten. Ein 52-jähriger Landwirt aus dem Ort wird seit "
            "Sonntagabend vermisst. Der 52-Jährige war aufgebrochen, um seine Tiere in Sicherheit zu bringen. Rund 120 "
            "Einsatzkräfte standen im Einsatz. Am Nachmittag bestätigte die Polizei, dass der vermisste Landwirt tot "
            "unter Geröll geborgen wurde.")
    text = condense(article(copy), 30, estimate).text
    assert "wird seit Sonntagabend vermisst" not in text, text
    assert "dass ein vermisster Landwirt tot unter Geröll geborgen wurde" in text, text
    assert text.index("abgeschnitten") < text.index("tot unter Geröll"), text
