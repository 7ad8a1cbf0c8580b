"""Helpers for the hourly-operation tests: short invented articles, a fast config, one run per hour."""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import ZoneInfo

from bulletin.config import load_config
from bulletin.pipeline import Request, make_bulletin
from bulletin.station.airtime import parse_hour
from tests import forked_cli
from tests.forked_cli import BIN  # noqa: F401 (the executable, for the tests that start it themselves)

BERLIN = ZoneInfo("Europe/Berlin")

ARTICLES = {
    "buecherei": "Stadtbücherei öffnet samstags\n\nDie Stadtbücherei Beispielstadt öffnet ab Montag auch "
                 "samstags, teilte die Leiterin mit. Geöffnet ist dann von 10 bis 14 Uhr.\n",
    "spielplatz": "Neuer Spielplatz im Ostpark\n\nIm Ostpark ist ein neuer Spielplatz eröffnet worden. "
                  "Die Stadt hat dafür 80.000 Euro ausgegeben, sagte der Bürgermeister.\n",
    "buergerbus": "Bürgerbus fährt länger\n\nDer Bürgerbus in Beispielstadt fährt ab Dezember bis 20 Uhr, "
                  "teilte der Verein mit. Er sucht dafür weitere Fahrer.\n",
}


def write_inbox(folder: Path, *names: str, **changed: str) -> Path:
    """An inbox holding exactly the named articles (or changed texts given by name)."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for name in names:
        (folder / f"{name}.txt").write_text(changed.get(name, ARTICLES[name]), encoding="utf-8")
    return folder


def fast_config(tmp_path: Path, **settings):
    """Offline voice, no jingles, short pauses: a real bulletin in about a second."""
    values = {"engine": "espeak", "jingles": {"intro": "none", "separator": "none", "outro": "none"},
              "pause_seconds": 0.2, "output": str(tmp_path / "out"), "lock_wait": 0.0, **settings}
    config, _ = load_config(None, values, environ={})
    return config


def run_hour(config, inbox: Path, hour: str, **request):
    air = parse_hour(hour, BERLIN)
    return make_bulletin(config, Request(air=air, inputs=(str(inbox),), output=config.output,
                                         engine="espeak", **request))


def cli(*args: str, env: dict | None = None, cwd: Path | None = None, timeout: float = 120):
    """make-bulletin in a process of its own, forked from one that has imported it (tests/forked_cli.py)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("BULLETIN_")}
    full_env.update(env or {})
    return forked_cli.run(list(args), env=full_env, cwd=cwd, timeout=timeout)
