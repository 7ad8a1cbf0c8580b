"""Fetching over HTTP(S) against a real server on 127.0.0.1: limits, schemes, TLS, messages."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from local_http import LOCAL, LocalServer, stall

from bulletin.errors import InputError
from bulletin.ingest.fetch import FetchSettings, check_url, fetch, is_url

TLS = Path(__file__).parent / "fixtures" / "tls"
FAST = FetchSettings(timeout=0.5, max_bytes=20_000, allow_networks=LOCAL)


def _endless(handler) -> None:
    """A chunked body without Content-Length that never ends on its own."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    chunk = b"<p>" + b"x" * 4000 + b"</p>"
    try:
        for _ in range(100):
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    except (BrokenPipeError, ConnectionResetError):
        pass  # the client stopped reading: what the test wants


def _drip(handler) -> None:
    """A byte every 0.2 s for 100 s: each read is quick, the whole download is not."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "500")
    handler.end_headers()
    try:
        for _ in range(500):
            handler.wfile.write(b"x")
            handler.wfile.flush()
            time.sleep(0.2)
    except (BrokenPipeError, ConnectionResetError):
        pass


@pytest.fixture(scope="module")
def server():
    with LocalServer() as srv:
        srv.routes.update({
            "/seite.html": (200, {"Content-Type": "text/html; charset=iso-8859-1"}, "<p>Grüße</p>".encode("latin-1")),
            "/langsam": (200, {}, stall(3)),
            "/endlos": (200, {}, _endless),
            "/tropfen": (200, {}, _drip),
            "/gross": (200, {"Content-Type": "text/html"}, b"y" * 30_000),
            "/weiter": (302, {"Location": "/seite.html"}, b""),
            "/zur-datei": (302, {"Location": "file:///etc/passwd"}, b""),
            "/kreis": (302, {"Location": "/kreis"}, b""),
            "/gesperrt": (403, {}, b"no bots"),
        })
        yield srv


def test_fetch_names_the_tool_and_reads_the_charset(server):
    got = fetch(server.url("/seite.html"), FAST)
    assert got.data.decode(got.charset) == "<p>Grüße</p>"
    assert got.content_type == "text/html" and got.charset == "iso-8859-1"
    user_agents = [ua for path, ua in server.seen if path == "/seite.html"]
    assert user_agents and all(ua.startswith("bulletin/") for ua in user_agents)


def test_custom_user_agent_is_sent(server):
    fetch(server.url("/seite.html"), FetchSettings(user_agent="Radio Beispiel Nachrichten/1.0", allow_networks=LOCAL))
    assert server.seen[-1] == ("/seite.html", "Radio Beispiel Nachrichten/1.0")


def test_read_timeout_names_the_setting(server):
    # /langsam answers after 3 s: the error itself shows the 0.5 s timeout cut the wait
    with pytest.raises(InputError, match=r"no answer from 127\.0\.0\.1 within 0\.5 s \(fetch_timeout\)"):
        fetch(server.url("/langsam"), FAST)


@pytest.mark.slow
def test_a_dripping_server_cannot_stall_the_run(server):
    started = time.monotonic()
    with pytest.raises(InputError, match=r"longer than 1\.5 s"):
        fetch(server.url("/tropfen"), FAST)
    # the time is the point here, so only a bound a loaded machine meets: the drip lasts 100 s
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("path", ["/gross", "/endlos"])
def test_size_cap_with_and_without_content_length(server, path):
    with pytest.raises(InputError, match="max_fetch_bytes"):
        fetch(server.url(path), FAST)


def test_redirects_are_followed_and_checked(server):
    assert fetch(server.url("/weiter"), FAST).url == server.url("/seite.html")
    with pytest.raises(InputError, match="only http and https"):
        fetch(server.url("/zur-datei"), FAST)
    with pytest.raises(InputError, match="redirects"):
        fetch(server.url("/kreis"), FAST)


def test_http_errors_guess_the_cause(server):
    with pytest.raises(InputError, match="403 Forbidden; the site refuses the tool"):
        fetch(server.url("/gesperrt"), FAST)
    with pytest.raises(InputError, match="404 Not Found; check the address"):
        fetch(server.url("/fehlt"), FAST)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/feed.xml", "gopher://x/"])
def test_only_http_and_https(url):
    assert is_url(url)
    with pytest.raises(InputError, match="only http and https"):
        fetch(url)


def test_allowed_hosts_limits_where_it_goes():
    settings = FetchSettings(allowed_hosts=("example.org",))
    check_url("https://news.example.org/feed", settings)  # subdomains count
    with pytest.raises(InputError, match="allowed_hosts"):
        check_url("https://example.com/feed", settings)


def test_refused_connection_is_one_clear_line():
    with LocalServer() as srv:
        url = srv.url("/")
    with pytest.raises(InputError, match="could not connect to 127.0.0.1"):
        fetch(url, FAST)


def test_tls_certificates_are_checked():
    with LocalServer(tls=(TLS / "cert.pem", TLS / "key.pem")) as srv:
        srv.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, b"<rss/>")
        with pytest.raises(InputError, match="TLS certificate check failed for 127.0.0.1"):
            fetch(srv.url("/feed.xml"), FAST)
        assert srv.seen == []  # nothing was sent before the check


def test_tls_works_once_the_certificate_is_trusted(monkeypatch):
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(TLS / "cert.pem"))
    with LocalServer(tls=(TLS / "cert.pem", TLS / "key.pem")) as srv:
        srv.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, b"<rss/>")
        assert fetch(srv.url("/feed.xml"), FAST).data == b"<rss/>"
