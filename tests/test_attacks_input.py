"""Issue 19, the inputs-and-network half: each attack that got through, reproduced on this machine
(local servers on 127.0.0.1 and 127.0.0.2 only, temporary folders), and what the tool does now.
The same attacks against the real command are cases in tests/robustness/attacks_input.py."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import pytest
from local_http import INTERNAL, LOCAL, LocalServer, trickle_headers
from test_feeds import NOW, item, rss

from bulletin.config import load_config
from bulletin.errors import ConfigError, InputError
from bulletin.ingest import collect
from bulletin.ingest.feeds import FeedOptions, read_feed
from bulletin.ingest.fetch import FetchSettings, fetch
from bulletin.models import Dropped, Part, Script
from bulletin.text.script_file import format_script, parse_script


def settings(**values) -> FetchSettings:
    """Fetch settings; `allow_networks` lets the tests fetch from their servers on this machine.
    The guard and its setting came with issue 19: on the code before it the same tests run without
    the setting, and fail there because the attacks get through."""
    if "allow_networks" not in FetchSettings.__dataclass_fields__:
        values.pop("allow_networks", None)
    return FetchSettings(**values)


pytestmark = pytest.mark.usefixtures("without_proxies")


# --- #4 one deadline for the whole fetch -------------------------------------------------------


def _in_thread(call, limit: float):
    """Run ``call`` in a thread; its result or exception, or "hung" after ``limit`` seconds."""
    box: dict = {}

    def run() -> None:
        try:
            box["result"] = call()
        except Exception as err:  # noqa: BLE001 - the test looks at it
            box["result"] = err

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(limit)
    return box.get("result", "hung")


@pytest.mark.slow
def test_4_a_server_trickling_its_headers_is_cut_at_the_deadline():
    with LocalServer() as srv:
        srv.routes["/feed"] = (200, {}, trickle_headers(100))
        three_seconds = settings(timeout=1, allow_networks=LOCAL)  # 3 s for the whole fetch
        result = _in_thread(lambda: fetch(srv.url("/feed"), three_seconds), limit=30)
    assert isinstance(result, InputError), result
    assert "took longer than 3 s (3 x fetch_timeout)" in str(result)


@pytest.mark.slow
def test_4_a_hanging_dns_lookup_is_cut_at_the_deadline_too(monkeypatch):
    real = socket.getaddrinfo

    def stuck(host, *args, **kwargs):
        if host == "haengt.example":
            time.sleep(60)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", stuck)
    result = _in_thread(lambda: fetch("http://haengt.example/feed", FetchSettings(timeout=0.5)), limit=20)
    assert isinstance(result, InputError) and "took longer than 1.5 s" in str(result), result


# --- #7 the address guard ------------------------------------------------------------------------


def test_7_a_redirect_to_an_internal_address_is_refused(intranet):
    with LocalServer() as outside:  # 127.0.0.1 stands in for the internet: allowed
        outside.routes["/feed.xml"] = (302, {"Location": intranet.url("/geheim.html")}, b"")
        with pytest.raises(InputError, match=r"127\.0\.0\.2 is a loopback address.*allow_networks"):
            fetch(outside.url("/feed.xml"), settings(timeout=2, allow_networks=LOCAL))
    assert intranet.seen == []  # nothing was sent there


def test_7_a_feed_entry_linking_inside_is_not_followed(intranet):
    feed = rss(item("Anriss", "Kurzer Anriss. [mehr]", intranet.url("/geheim.html"), NOW))
    options = FeedOptions(now=NOW, max_age_hours=0, follow_links=True,
                          fetch=settings(timeout=2, allow_networks=LOCAL))
    result = read_feed(feed, "feed.xml", options)
    assert [a.body for a in result.articles] == ["Kurzer Anriss."]
    assert "loopback address" in result.warnings[0] and intranet.seen == []


def test_7_allow_networks_lets_a_station_read_its_own_intranet(intranet):
    fetched = fetch(intranet.url("/geheim.html"), settings(timeout=2, allow_networks=(INTERNAL,)))
    assert b"Geheimer Text" in fetched.data


def test_7_through_a_proxy_the_target_is_checked_before_anything_is_sent(monkeypatch, intranet):
    with LocalServer() as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.base)
        with pytest.raises(InputError, match="loopback address"):
            fetch(intranet.url("/geheim.html"), settings(timeout=2, allow_networks=LOCAL))
    assert proxy.seen == [] and intranet.seen == []


def test_7_existing_inputs_from_this_machine_need_the_allow_list(intranet):
    refused = collect([intranet.url("/geheim.html")], FeedOptions(now=NOW))
    allowed = collect([intranet.url("/geheim.html")],
                      FeedOptions(now=NOW, fetch=settings(allow_networks=(INTERNAL,))))
    assert refused.articles == [] and "allow_networks" in refused.warnings[0]
    assert [a.title for a in allowed.articles] == ["Interne Seite"]


# --- #6 links in the inbox ------------------------------------------------------------------------

GOOD = "Gute Meldung\n\nDer Gemeinderat hat den Haushalt beschlossen, sagte der Bürgermeister.\n"
SECRET = "Geheim\n\nroot:$6$geheimesgeheimnis:20000:0:99999:7:::\n"


@pytest.fixture
def inbox_with_link(tmp_path):
    """An inbox with a good article and x.txt, a link to a secret file outside it."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "gut.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "shadow").write_text(SECRET, encoding="utf-8")
    (inbox / "x.txt").symlink_to(tmp_path / "shadow")
    return inbox


def test_6_a_link_out_of_the_inbox_is_not_read(inbox_with_link):
    collected = collect([str(inbox_with_link)], FeedOptions(now=NOW))
    assert [a.title for a in collected.articles] == ["Gute Meldung"]
    [warning] = collected.warnings
    assert "x.txt" in warning and "symbolic link" in warning and "geheim" not in str(collected)


def test_6_a_linked_folder_in_the_inbox_is_not_entered(tmp_path):
    inbox, outside = tmp_path / "inbox", tmp_path / "anderswo"
    inbox.mkdir()
    outside.mkdir()
    (inbox / "gut.txt").write_text(GOOD, encoding="utf-8")
    (outside / "geheim.txt").write_text(SECRET, encoding="utf-8")
    (inbox / "ordner").symlink_to(outside)
    collected = collect([str(inbox)], FeedOptions(now=NOW))
    assert [a.title for a in collected.articles] == ["Gute Meldung"] and "geheim" not in str(collected)


def test_6_the_inbox_itself_and_a_named_file_may_be_links(inbox_with_link, tmp_path):
    (tmp_path / "mount").symlink_to(inbox_with_link)
    (tmp_path / "genannt.txt").symlink_to(tmp_path / "shadow")
    collected = collect([str(tmp_path / "mount"), str(tmp_path / "genannt.txt")], FeedOptions(now=NOW))
    assert sorted(a.title for a in collected.articles) == ["Geheim", "Gute Meldung"]  # named: the station's choice


# New behaviour beyond the attacks (these use what issue 19 added):


def test_6_follow_symlinks_reads_links_that_stay_inside(inbox_with_link):
    (inbox_with_link / "archiv").mkdir()
    (inbox_with_link / "archiv" / "alt.txt").write_text(GOOD.replace("Gute", "Alte"), encoding="utf-8")
    (inbox_with_link / "neu.txt").symlink_to(inbox_with_link / "archiv" / "alt.txt")
    (inbox_with_link / "schleife.txt").symlink_to(inbox_with_link / "schleife.txt")
    options = FeedOptions(now=NOW, follow_symlinks=True)
    collected = collect([str(inbox_with_link)], options)
    assert sorted(a.title for a in collected.articles) == ["Alte Meldung", "Alte Meldung", "Gute Meldung"]
    warnings = " ".join(collected.warnings)
    assert "x.txt" in warnings and "outside the inbox" in warnings and "geheim" not in str(collected)
    assert "schleife.txt" in warnings and "leads nowhere" in warnings


def test_6_a_folder_swapped_for_a_link_after_listing_is_refused(tmp_path):
    from bulletin.ingest.paths import files_in
    from bulletin.ingest.text import read_file_bytes

    inbox, outside = tmp_path / "inbox", tmp_path / "anderswo"
    (inbox / "sub").mkdir(parents=True)
    outside.mkdir()
    (inbox / "sub" / "a.txt").write_text(GOOD, encoding="utf-8")
    (outside / "a.txt").write_text(SECRET, encoding="utf-8")
    [found] = files_in(inbox)
    (inbox / "sub" / "a.txt").unlink()
    (inbox / "sub").rmdir()
    (inbox / "sub").symlink_to(outside)  # between the check (listing) and the open
    with pytest.raises(InputError, match="symbolic link"):
        read_file_bytes(found, inside=inbox)


# --- #8 the script file ------------------------------------------------------------------------------

# Before issue 19 this name made the script read back as two items, both made of the name.
INJECTED = "x\nDer Bürgermeister ist zurückgetreten, sagte niemand.\n[item] Eingeschleust\nAuch das schrieb niemand"


def _script(**item_fields) -> Script:
    values = {"title": "Radweg kommt", "source": "Rundschau", "origin": "inbox/radweg.txt", **item_fields}
    return Script(parts=(Part("intro", "Guten Tag."), Part("item", "Der Radweg kommt, sagte der Stadtrat.", **values),
                         Part("outro", "Das waren die Nachrichten.")))


@pytest.mark.parametrize("field", ["title", "source", "origin"])
def test_8_a_line_break_in_a_value_cannot_add_a_section(field):
    written = format_script(_script(**{field: INJECTED}), header="Nachrichten\n[item] Kopf\nKopftext",
                            dropped=[Dropped(INJECTED, INJECTED, "too old\n[item] Grund\nGrundtext")])
    back = parse_script(written, "s.txt")
    assert [p.kind for p in back.parts] == ["intro", "item", "outro"]
    assert [p.text for p in back.parts][1] == "Der Radweg kommt, sagte der Stadtrat."
    assert "Eingeschleust" not in " ".join(p.text for p in back.parts)


def test_8_a_text_starting_like_a_comment_or_a_section_is_read_as_text():
    script = Script(parts=(Part("item", "#MeToo-Debatte im Stadtrat, sagte die Sprecherin.", title="Debatte"),
                           Part("item", "[Aktualisiert] Der Markt zieht um.", title="Markt")))
    back = parse_script(format_script(script), "s.txt")
    assert [p.text for p in back.parts] == [p.text for p in script.parts]


@pytest.mark.parametrize(("text", "message"), [
    ("[intro] Eingeschleust\nHallo.\n[item] T\nB.\n", r"line 1: \[intro\] takes no title"),
    ("[item] T\nB.\n[item Eingeschleust\nC.\n", r"line 3: .* is not a section line"),
    ("[Item] T\nB.\n", r"line 1: unknown section \[Item\]"),
    ("[item] T\nB.\n[item] U\nText mit \x1b[2J Escape.\n", "line 4: contains the control character U\\+001B"),
    ("[item] T \u202eevil\nB.\n", "line 1: contains the control character U\\+202E"),
])
def test_8_the_reader_takes_only_what_the_writer_writes(text, message):
    with pytest.raises(InputError, match=message):
        parse_script(text, "s.txt")


def test_8_an_injecting_file_name_never_reaches_the_air(tmp_path):
    from test_cli import HOUR, run

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / f"{INJECTED}.txt").write_text(GOOD, encoding="utf-8")
    done = run("-i", str(inbox), "-o", str(tmp_path / "out"), "--script-only", "--hour", HOUR)
    assert done.returncode == 0, done.stderr
    script = done.stdout.strip().splitlines()[-1]
    quiet = {f"BULLETIN_JINGLES__{slot}": "none" for slot in ("INTRO", "SEPARATOR", "OUTRO")}
    done = run("--script", script, "-o", str(tmp_path / "out2"), "--engine", "espeak", "--hour", HOUR, env=quiet)
    assert done.returncode == 0, done.stderr
    manifest = json.loads(Path(done.stdout.strip().splitlines()[-1]).with_suffix(".json").read_text("utf-8"))
    assert [i["title"] for i in manifest["items"]] == ["Gute Meldung"]
    assert "Eingeschleust" not in manifest["spoken"] and "niemand" not in manifest["spoken"]


# --- #10 control characters ------------------------------------------------------------------------

INVISIBLE = ("\x1b", "\x9b", "\x07", "\x85", "\u202e", "\u2066", "\u200b", "\u00ad", "\U000e0041")
SNEAKY = ("Rathaus\x1b[2J\x1b]0;gekapert\x07 öffnet \u202eneu\u202c\n\n"
          "Das Rathaus öffnet am Montag wieder\x1b[31m, sagte die Bürger\u00admeisterin\u200b. Die "
          "Sanierung\x07 hat zwei Jahre gedauert\x9b1m\U000e0041\U000e0042.\n")


def test_10_control_characters_are_stripped_at_ingest_and_warned_once(tmp_path):
    (tmp_path / "rathaus.txt").write_text(SNEAKY, encoding="utf-8")
    collected = collect([str(tmp_path)], FeedOptions(now=NOW))
    [article] = collected.articles
    assert article.title == "Rathaus öffnet neu"
    assert article.body == ("Das Rathaus öffnet am Montag wieder, sagte die Bürgermeisterin. Die Sanierung hat "
                            "zwei Jahre gedauert.")
    [warning] = collected.warnings
    assert "rathaus.txt" in warning and "control character" in warning


def test_10_control_characters_in_a_feed_are_stripped_too(tmp_path):
    (tmp_path / "faehre.xml").write_bytes(
        rss(item("Fähre\u202e fährt", "Die Fähre\x1b[5m fährt wieder nach Beispieloog, sagte der Kapitän.")))
    collected = collect([str(tmp_path / "faehre.xml")], FeedOptions(now=NOW, max_age_hours=0))
    [article] = collected.articles
    assert article.title == "Fähre fährt" and "\x1b" not in article.body and "faehre.xml" in collected.warnings[0]


def test_10_the_command_never_echoes_control_characters(tmp_path):
    from test_cli import HOUR, run

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "gut.txt").write_text(GOOD, encoding="utf-8")
    (inbox / "rathaus.txt").write_text(SNEAKY, encoding="utf-8")
    (inbox / "leer\x1b]0;gekapert\x07\u202etxt.txt").write_bytes(b"")  # its warning names it
    done = run("-i", str(inbox), "-o", str(tmp_path / "out"), "--script-only", "--hour", HOUR)
    assert done.returncode == 0, done.stderr
    script = Path(done.stdout.strip().splitlines()[-1]).read_text(encoding="utf-8")
    manifest = (tmp_path / "out" / Path(done.stdout.strip().splitlines()[-1]).name.replace(".script.txt", ".json"))
    for shown in (done.stderr, script, manifest.read_text(encoding="utf-8")):
        assert not [c for c in INVISIBLE if c in shown], ascii(shown)
    assert "leer\\x1b]0;gekapert\\x07\\u202etxt.txt" in done.stderr  # named, escaped
    assert "Bürgermeisterin" in script


# --- #15 encodings -----------------------------------------------------------------------------------

UMLAUTS = "Die Bürgermeisterin eröffnet das Straßenfest in Südstadt, sagte sie am Montag vor Gästen."


def _feed(declared: str = "utf-8") -> str:
    return (f'<?xml version="1.0" encoding="{declared}"?><rss version="2.0"><channel><title>Südstadt</title>'
            f"<item><title>Bürgermeisterin grüßt</title><description>{UMLAUTS}</description></item></channel></rss>")


def _page() -> str:
    return (f"<html><head><meta charset='utf-8'><title>Bürgermeisterin grüßt</title></head><body><article>"
            f"<h1>Bürgermeisterin grüßt</h1><p>{UMLAUTS}</p><p>{UMLAUTS}</p></article></body></html>")


def _stray(text: str) -> bytes:
    """UTF-8 with one Windows-1252 dash pasted in."""
    return text.encode("utf-8").replace(b"Montag", b"Montag \x96 heute", 1)


@pytest.mark.parametrize(("name", "data"), [
    ("artikel.txt", _stray(f"Bürgermeisterin grüßt\n\n{UMLAUTS}\n")),
    ("feed.xml", _stray(_feed())),
    ("seite.html", _stray(_page())),
])
def test_15_one_stray_byte_leaves_the_umlauts_intact_and_is_named(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    collected = collect([str(tmp_path)], FeedOptions(now=NOW, max_age_hours=0))
    [article] = collected.articles
    assert article.title == "Bürgermeisterin grüßt" and "Straßenfest in Südstadt" in article.body
    assert "Montag – heute" in article.body
    [warning] = collected.warnings
    assert name in warning and "Windows-1252" in warning


def test_15_a_feed_declaring_another_encoding_than_it_sends_is_repaired(tmp_path):
    (tmp_path / "feed.xml").write_bytes(_feed(declared="windows-1252").encode("utf-8"))
    collected = collect([str(tmp_path)], FeedOptions(now=NOW, max_age_hours=0))
    [article] = collected.articles
    assert article.title == "Bürgermeisterin grüßt" and article.body == UMLAUTS
    assert "feed.xml" in collected.warnings[0] and "wrong character set" in collected.warnings[0]


@pytest.mark.parametrize(("content_type", "body"), [
    ("text/html; charset=iso-8859-1", _page().encode("utf-8")),  # the header lies
    ("application/rss+xml; charset=iso-8859-1", _feed().encode("utf-8")),
    ("application/rss+xml; charset=utf-8", _feed(declared="iso-8859-1").encode("utf-8")),
    ("text/html; charset=utf-8", _stray(_page())),
])
def test_15_a_server_declaring_another_charset_than_it_sends(content_type, body):
    with LocalServer() as srv:
        srv.routes["/x"] = (200, {"Content-Type": content_type}, body)
        collected = collect([srv.url("/x")], FeedOptions(now=NOW, max_age_hours=0,
                                                         fetch=settings(allow_networks=LOCAL)))
    [article] = collected.articles
    assert article.title == "Bürgermeisterin grüßt" and "Straßenfest in Südstadt" in article.body


def test_15_a_whole_legacy_file_is_read_without_a_warning(tmp_path):
    (tmp_path / "alt.txt").write_bytes(f"Bürgermeisterin grüßt\n\n{UMLAUTS} – so.\n".encode("cp1252"))
    collected = collect([str(tmp_path)], FeedOptions(now=NOW))
    assert collected.articles[0].body == f"{UMLAUTS} – so." and collected.warnings == []


# --- #16 text that is not language ------------------------------------------------------------------


def _junk(kind: str) -> bytes:
    import random
    import string

    rng = random.Random(16)
    if kind == "bytes":
        return bytes(rng.randrange(1, 256) for _ in range(20_000))  # no NUL: not "binary" by that test
    if kind == "printable":
        return "".join(rng.choice(string.printable) for _ in range(20_000)).encode()
    rows = ("qwertzuiop", "asdfghjklöä", "yxcvbnm")
    words = [" ".join("".join(rng.choice(rng.choice(rows)) for _ in range(rng.randint(2, 9))) for _ in range(300))]
    return f"{words[0][:30]}\n\n{words[0]}".encode()


@pytest.mark.parametrize("kind", ["bytes", "printable", "mash"])
def test_16_text_that_is_not_language_is_refused_and_named(tmp_path, kind):
    (tmp_path / "gut.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "rauschen.txt").write_bytes(_junk(kind))
    collected = collect([str(tmp_path)], FeedOptions(now=NOW))
    assert [a.title for a in collected.articles] == ["Gute Meldung"]
    refused = [w for w in collected.warnings if "rauschen.txt" in w and "does not read as German or English" in w]
    assert len(refused) == 1, collected.warnings


def test_16_a_feed_entry_of_junk_is_refused_the_others_read(tmp_path):
    junk = _junk("mash").decode()
    (tmp_path / "feed.xml").write_bytes(rss(item("Gute Meldung", GOOD.split("\n\n")[1]) + item("xqwz", junk)))
    collected = collect([str(tmp_path)], FeedOptions(now=NOW, max_age_hours=0))
    assert [a.title for a in collected.articles] == ["Gute Meldung"]
    assert "feed.xml: entry 'xqwz' does not read as German or English text" in collected.warnings[0]


@pytest.mark.parametrize("text", [
    "Kreisliga, 12. Spieltag\n\nBremen – Hamburg 2:1, Köln – Dortmund 0:0, Stuttgart – Freiburg 3:2, "
    "Leipzig – Dresden 1:1, Kiel – Rostock 0:2",  # no common words, but known ones
    "Council approves bike lane\n\nThe city council approved the new bike lane on Tuesday, the mayor said.",
    "Kurz\n\nSturm.",  # too short to judge
])
def test_16_lists_english_and_short_texts_are_language(tmp_path, text):
    (tmp_path / "meldung.txt").write_text(text, encoding="utf-8")
    collected = collect([str(tmp_path)], FeedOptions(now=NOW))
    assert len(collected.articles) == 1 and collected.warnings == []


# --- #14 user_agent ------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "problem"), [
    ("Radio 北京 News", "U+5317 at position 7"), ("Radio\r\nX-Evil: 1", "U+000D"),
    ("Radio \x1b[31m", "U+001B"), ("R" * 201, "at most 200 characters"),
])
def test_14_a_user_agent_that_cannot_be_sent_stops_at_load(value, problem):
    with pytest.raises(ConfigError, match="user_agent") as caught:
        load_config(environ={"BULLETIN_USER_AGENT": value})
    assert problem in str(caught.value) and "\n" not in str(caught.value)


def test_14_a_latin_1_user_agent_is_sent():
    config, _ = load_config(environ={"BULLETIN_USER_AGENT": "Bürgerfunk Süd/1.0 (Öffentlich)"})
    with LocalServer() as srv:
        srv.routes["/a.html"] = (200, {"Content-Type": "text/html"}, b"<p>x</p>")
        fetch(srv.url("/a.html"), settings(user_agent=config.user_agent, allow_networks=LOCAL))
    assert srv.seen[-1][1] == "Bürgerfunk Süd/1.0 (Öffentlich)"
