"""Security: no shell, TLS always verified, article text never a template, and the last guard that
keeps payment and contact data off the air even when an editor pastes it into a script."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from bulletin.text.clean import guard_text
from tests.robustness.harness import HOUR, NAME, new_station

PACKAGE = Path(__file__).resolve().parent.parent / "bulletin"


def calls(name_check):
    """(file, line) of every call in the package that name_check(call) flags."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and name_check(node):
                found.append(f"{path.name}:{node.lineno}")
    return found


def _keyword(node: ast.Call, name: str, value) -> bool:
    return any(k.arg == name and isinstance(k.value, ast.Constant) and k.value.value is value
               for k in node.keywords)


def test_no_shell_anywhere():
    assert calls(lambda n: _keyword(n, "shell", True)) == []
    assert calls(lambda n: isinstance(n.func, ast.Attribute) and n.func.attr in ("system", "popen")) == []


def test_tls_verification_is_never_switched_off():
    assert calls(lambda n: _keyword(n, "verify", False)) == []
    assert "CERT_NONE" not in "".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("sentence", [
    "Spenden bitte an DE00 1234 5678 9012 3456 78.",
    "Schreiben Sie an redaktion@radio-beispiel.example.",
    "Rufen Sie an unter 0711 1234567.",
    "Unsere Wallet: 0x52908400098527886E0F7030069857D2E4169EE7.",
    "Mehr unter www.radio-beispiel.example/spenden.",
    "Die Karte 4111 1111 1111 1111 gilt.",
])
def test_last_guard_removes_payment_and_contact_sentences(sentence):
    kept, removed = guard_text(f"Der Stadtrat tagte am Dienstag. {sentence} Die Sitzung dauerte lange.")
    assert removed == [sentence]
    assert kept == "Der Stadtrat tagte am Dienstag. Die Sitzung dauerte lange."


def test_last_guard_leaves_news_about_money_alone():
    text = "Die Stadt erhielt eine Spende von 5.000 Euro. Die Sparkasse senkt die Zinsen auf 1,5 Prozent."
    assert guard_text(text) == (text, [])


def test_edited_script_with_an_iban_is_guarded_before_the_voice(tmp_path):
    station = new_station(tmp_path / "station", previous=False)
    script = tmp_path / "skript.txt"
    script.write_text("[intro]\nGuten Tag.\n\n[item] Spendenaufruf | Quelle: Redaktion\n"
                      "Der Verein sammelt für das Tierheim. Spenden an DE00 1234 5678 9012 3456 78, "
                      "BIC BEISDEXXX. Das Tierheim dankt allen Helfern.\n\n"
                      "[item] Nur Kontodaten\nIBAN: DE00 1234 5678 9012 3456 78\n\n[outro]\nEnde.\n",
                      encoding="utf-8")
    done = station.run("--script", str(script), "-o", str(station.out), "--hour", HOUR, "--engine", "espeak")
    assert done.exit_code == 0, done.stderr
    manifest = json.loads((station.out / f"{NAME}.json").read_text(encoding="utf-8"))
    assert "DE00" not in manifest["spoken"] and "BEISDEXXX" not in manifest["spoken"]
    assert "Tierheim dankt" in manifest["spoken"]
    assert [i["title"] for i in manifest["items"]] == ["Spendenaufruf"]
    assert any(d["title"] == "Nur Kontodaten" for d in manifest["dropped"])
    assert any("payment or contact" in w for w in manifest["warnings"])
    assert "payment or contact" in done.stderr


def test_station_template_with_contact_data_is_guarded_too(tmp_path):
    station = new_station(tmp_path / "station", previous=False)
    templates = tmp_path / "vorlagen"
    templates.mkdir()
    (templates / "outro.j2").write_text("Das waren die Nachrichten. Schreiben Sie uns an hallo@radio.example.\n",
                                        encoding="utf-8")
    done = station.make(audio=False, env={"BULLETIN_TEMPLATES": str(templates)})
    assert done.exit_code == 0, done.stderr
    assert "hallo@" not in done.manifest["spoken"] and "Das waren die Nachrichten." in done.manifest["script"]
    assert sum("outro template" in w for w in done.manifest["warnings"]) == 1
