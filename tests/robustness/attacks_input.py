"""Attacks on what the tool reads and where it connects (issue 19: "Never harm what is not ours"),
against the real command. Each kind starts with the issue's item number. Network peers are local
servers: 127.0.0.1 stands in for the internet (the station allows it with allow_networks),
127.0.0.2 for the station's own network, which nothing outside may make the tool read."""

from __future__ import annotations

import os
import random

from tests.local_http import INTERNAL, LocalServer, intranet, trickle_headers
from tests.robustness.harness import (
    GOOD_TITLE,
    Case,
    Outcome,
    Station,
    all_of,
    good_article_on_air,
    named_on_stderr,
)

OUTSIDE = {"BULLETIN_ALLOW_NETWORKS": "127.0.0.1"}  # the stand-in internet; 127.0.0.2 stays inside
SECRET = "Geheimer Text"
INVISIBLE = ("\x1b", "\x9b", "\x07", "\u202e", "\u2066", "\u200b", "\u00ad")
INJECTED = "x\nDer Bürgermeister ist zurückgetreten, sagte niemand.\n[item] Eingeschleust\nAuch das schrieb niemand"
ARTICLE = ("Hallenbad öffnet wieder\n\nDas Hallenbad in Beispielstadt öffnet nach zwei Jahren Sanierung am "
           "Samstag wieder, sagte die Bürgermeisterin. Die Arbeiten haben 6,8 Millionen Euro gekostet.\n")
FEED = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Lokales</title>'
        "<item><title>Neue Fähre</title><link>{link}</link><description>Die Reederei stellt eine neue Fähre "
        "in Dienst. [mehr]</description></item></channel></rss>")


def _manifest_text(outcome: Outcome) -> str:
    return str(outcome.manifest or {})


# --- #4 -----------------------------------------------------------------------------------------


def _trickling(station: Station) -> Outcome:
    with LocalServer() as srv:
        srv.routes["/feed.xml"] = (200, {}, trickle_headers(100))
        return station.make("-i", srv.url("/feed.xml"), audio=False,
                            env={**OUTSIDE, "BULLETIN_FETCH_TIMEOUT": "1"}, timeout=60)


def _cut_at_deadline(station: Station, outcome: Outcome) -> str | None:
    return all_of(good_article_on_air(outcome), named_on_stderr(outcome, "/feed.xml"),
                  None if "took longer than 3 s" in outcome.stderr else "no line names the deadline",
                  None if outcome.seconds < 30 else f"took {outcome.seconds:.0f} s")


# --- #6 -----------------------------------------------------------------------------------------


def _shadow_link(station: Station) -> Outcome:
    target = "/etc/shadow" if os.access("/etc/shadow", os.R_OK) else "/etc/passwd"
    os.symlink(target, station.inbox / "x.txt")
    return station.make(audio=False)


def _linked_folder(station: Station) -> Outcome:
    private = station.root / "privat"
    private.mkdir()
    (private / "tagebuch.txt").write_text(f"Tagebuch\n\n{SECRET} aus dem Tagebuch, sagte niemand.\n",
                                          encoding="utf-8")
    os.symlink(private, station.inbox / "ordner")
    return station.make(audio=False)


def _nothing_read_through(name: str, leaked: str):
    def check(station: Station, outcome: Outcome) -> str | None:
        shown = _manifest_text(outcome) + outcome.stderr
        return all_of(good_article_on_air(outcome), named_on_stderr(outcome, name),
                      f"{leaked!r} reached the manifest or stderr" if leaked in shown else None,
                      None if outcome.items == [GOOD_TITLE] else f"items {outcome.items}")
    return check


# --- #7 -----------------------------------------------------------------------------------------


class _Intranet:
    """A run with the station's internal server up (127.0.0.2) and a stand-in for the internet whose
    routes ``outside_routes(inside)`` makes; the check then asks the internal server what it saw."""

    def __init__(self, outside_routes, **env: str):
        self.outside_routes, self.env, self.seen = outside_routes, {**OUTSIDE, **env}, []

    def run(self, station: Station) -> Outcome:
        with intranet() as inside, LocalServer() as outside:
            outside.routes.update(self.outside_routes(inside))
            outcome = station.make("-i", outside.url("/feed.xml"), audio=False, env=self.env)
            self.seen = list(inside.seen)
        return outcome

    def check(self, station: Station, outcome: Outcome) -> str | None:
        return all_of(good_article_on_air(outcome),
                      f"the internal server was asked for {[p for p, _ in self.seen]}" if self.seen else None,
                      "the internal page reached the manifest" if SECRET in _manifest_text(outcome) else None,
                      None if INTERNAL in outcome.stderr else f"no line names {INTERNAL}")


REDIRECT_INSIDE = _Intranet(lambda inside: {"/feed.xml": (302, {"Location": inside.url("/geheim.html")}, b"")})
LINK_INSIDE = _Intranet(lambda inside: {"/feed.xml": (200, {"Content-Type": "application/rss+xml"},
                                                      FEED.format(link=inside.url("/geheim.html")).encode())},
                        BULLETIN_FOLLOW_LINKS="true", BULLETIN_MAX_AGE_HOURS="0")


# --- #8 -----------------------------------------------------------------------------------------


def _injecting_name(station: Station) -> Outcome:
    station.write(f"{INJECTED}.txt", ARTICLE)
    written = station.make(audio=False)
    if written.exit_code != 0:
        return written
    script = written.stdout.strip().splitlines()[-1]
    return station.run("--script", script, "-o", str(station.out), "--hour", "2026-11-27T14",
                       "--engine", "espeak", "--force")


def _not_injected(station: Station, outcome: Outcome) -> str | None:
    spoken = (outcome.manifest or {}).get("spoken", "")
    return all_of(good_article_on_air(outcome),
                  None if sorted(outcome.items) == sorted([GOOD_TITLE, "Hallenbad öffnet wieder"])
                  else f"items {outcome.items}",
                  "the file name was read on air" if "Eingeschleust" in spoken or "niemand" in spoken else None)


# --- #10 ----------------------------------------------------------------------------------------


def _controls(station: Station) -> Outcome:
    station.write("rathaus\x1b]0;gekapert\x07\u202etxt.txt",
                  "Rathaus\x1b[2J öffnet \u202eneu\u202c\n\nDas Rathaus öffnet am Montag wieder\x1b[31m, "
                  "sagte die Bürger\u00admeisterin\u200b. Die Sanierung\x07 hat zwei Jahre gedauert\x9b1m.\n")
    return station.make(audio=False)


def _no_controls_shown(station: Station, outcome: Outcome) -> str | None:
    script = next(station.out.glob("*.script.txt"), None)
    shown = {"stderr": outcome.stderr, "manifest": station.manifest.read_text(encoding="utf-8")
             if station.manifest.exists() else "", "script": script.read_text(encoding="utf-8") if script else ""}
    leaks = [f"{where} {c!r}" for where, text in shown.items() for c in INVISIBLE if c in text]
    return all_of(good_article_on_air(outcome), f"raw control characters in {leaks}" if leaks else None,
                  None if "Bürgermeisterin" in shown["manifest"] else "the soft-hyphened word is not whole",
                  named_on_stderr(outcome, "rathaus\\x1b]0;gekapert\\x07\\u202etxt.txt"))


# --- #14 ----------------------------------------------------------------------------------------


def _user_agent(station: Station) -> Outcome:
    with LocalServer() as srv:
        srv.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, FEED.format(link="").encode())
        return station.make("-i", srv.url("/feed.xml"), audio=False,
                            env={**OUTSIDE, "BULLETIN_USER_AGENT": "Radio 北京 Nachrichten"})


def _names_the_setting(station: Station, outcome: Outcome) -> str | None:
    lines = [line for line in outcome.error_lines if "error" in line.lower()]
    if outcome.exit_code in (0, None) or len(lines) != 1:
        return f"expected exit 1 and one error line, got {outcome.exit_code}: {outcome.error_lines[-3:]}"
    return None if "user_agent" in lines[0] else f"the line does not name user_agent: {lines[0]}"


# --- #15, #16 -----------------------------------------------------------------------------------


def _stray_byte(station: Station) -> Outcome:
    data = ARTICLE.encode("utf-8").replace(b"Samstag", b"Samstag \x96 einem Tag vor dem Fest", 1)
    station.write("hallenbad.txt", data)
    return station.make(audio=False)


def _umlauts_whole(station: Station, outcome: Outcome) -> str | None:
    text = " ".join(f"{i['title']} {i['text']}" for i in (outcome.manifest or {}).get("items", []))
    return all_of(good_article_on_air(outcome), named_on_stderr(outcome, "hallenbad.txt"),
                  None if "Hallenbad öffnet wieder" in text and "Bürgermeisterin" in text
                  else f"umlauts damaged: {text[:120]!r}", "mojibake on air" if "Ã" in text else None)


def _noise(kind: str):
    def setup(station: Station) -> Outcome:
        rng = random.Random(16)
        if kind == "bytes":
            data = bytes(rng.randrange(1, 256) for _ in range(20_000))
        else:
            rows = ("qwertzuiop", "asdfghjklöä", "yxcvbnm")
            words = " ".join("".join(rng.choice(rng.choice(rows)) for _ in range(rng.randint(2, 9)))
                             for _ in range(300))
            data = f"{words[:30]}\n\n{words}\n".encode()
        station.write("rauschen.txt", data)
        return station.make(audio=False)
    return setup


def _only_language_on_air(station: Station, outcome: Outcome) -> str | None:
    return all_of(good_article_on_air(outcome), named_on_stderr(outcome, "rauschen.txt"),
                  None if outcome.items == [GOOD_TITLE] else f"gibberish on air: {outcome.items}")


CASES = [
    Case("#4 feed server trickling its headers, never done", "cut at 3 x fetch_timeout, named; the rest on air",
         _trickling, _cut_at_deadline, timeout=60),
    Case("#6 symlink to /etc/shadow in the inbox", "link skipped, named; nothing of it read; the rest on air",
         _shadow_link, _nothing_read_through("x.txt", "root:")),
    Case("#6 symlinked folder leading out of the inbox", "not entered, named; the rest on air",
         _linked_folder, _nothing_read_through("ordner", SECRET)),
    Case("#7 feed URL redirecting to an internal address", "refused before connecting, named; the rest on air",
         REDIRECT_INSIDE.run, REDIRECT_INSIDE.check),
    Case("#7 feed entry linking inside, follow_links = true", "link refused, teaser read; the rest on air",
         LINK_INSIDE.run, LINK_INSIDE.check),
    Case("#8 file name with line breaks writing a section", "one line in the script; --script airs no name",
         _injecting_name, _not_injected, timeout=120),
    Case("#10 escape sequences and bidi controls in text and name", "stripped from text, name shown escaped",
         _controls, _no_controls_shown),
    Case("#14 user_agent outside Latin-1", "exit 1, one line naming user_agent", _user_agent, _names_the_setting),
    Case("#15 one cp1252 byte in a UTF-8 article", "umlauts intact, named", _stray_byte, _umlauts_whole),
    Case("#16 20 kB of random bytes without NUL", "refused as not language, named; the rest on air",
         _noise("bytes"), _only_language_on_air),
    Case("#16 keyboard mash", "refused as not language, named; the rest on air", _noise("mash"),
         _only_language_on_air),
]
