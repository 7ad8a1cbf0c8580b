"""The address guard and the fetch deadline (bulletin/ingest/netguard.py) on their own: which
addresses are refused, what allow_networks opens, one lookup per connection, the deadline's watchdog,
and the guarded session other downloads can use."""

from __future__ import annotations

import ipaddress
import socket

import pytest
from local_http import INTERNAL, LOCAL, SECRET_PAGE, LocalServer
from test_attacks_input import _in_thread

from bulletin.errors import AddressRefused
from bulletin.ingest.fetch import FetchSettings, fetch
from bulletin.ingest.netguard import Deadline, checked_addresses, guarded_session, parse_networks, refusal

pytestmark = pytest.mark.usefixtures("without_proxies")


@pytest.mark.parametrize("address", [
    "127.0.0.1", "127.8.9.10", "::1", "10.1.2.3", "172.16.0.1", "192.168.178.1", "169.254.169.254",
    "fe80::1", "fc00::1", "fd12:3456::1", "100.64.0.1", "0.0.0.0", "::", "224.0.0.1", "ff02::1",
    "240.0.0.1", "255.255.255.255", "192.0.2.1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
    "64:ff9b::a00:1", "2002:c0a8:101::1", "2001:0:4136:e378:8000:63bf:f5ff:fffe",
])
def test_7_addresses_inside_a_network_are_refused(address):
    assert refusal(ipaddress.ip_address(address)) != ""


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700:4700::1111", "::ffff:93.184.215.14",
                                     "64:ff9b::5db8:d70e"])
def test_7_public_addresses_are_allowed(address):
    assert refusal(ipaddress.ip_address(address)) == ""


def test_7_allow_networks_opens_exactly_what_it_names():
    allowed = parse_networks(("10.1.2.0/24", "::1"))
    assert refusal(ipaddress.ip_address("10.1.2.99"), allowed) == ""
    assert refusal(ipaddress.ip_address("::1"), allowed) == ""
    assert refusal(ipaddress.ip_address("10.1.3.1"), allowed) == "a private address"
    with pytest.raises(ValueError, match="10.1.2.0/33"):
        parse_networks(("10.1.2.0/33",))


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "2130706433", "0x7f.1", "[::ffff:127.0.0.1]",
                                  "0"])
def test_7_every_spelling_of_this_machine_is_refused_after_the_lookup(host):
    with pytest.raises(AddressRefused, match="inside this machine or its network"):
        checked_addresses(host, 80, ())


def test_7_the_connection_goes_to_the_address_that_was_checked(monkeypatch, intranet):
    """DNS rebinding: the first answer is allowed, every later one internal. One lookup, pinned."""
    real, answers = socket.getaddrinfo, []

    def rebinding(host, port, *args, **kwargs):
        if host != "wechsel.example":
            return real(host, port, *args, **kwargs)
        answers.append(host)
        address = "127.0.0.1" if len(answers) == 1 else INTERNAL
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    with LocalServer(port=intranet.httpd.server_address[1]) as outside:
        outside.routes["/feed.xml"] = (200, {"Content-Type": "text/html"}, b"<p>draussen</p>")
        monkeypatch.setattr(socket, "getaddrinfo", rebinding)
        port = intranet.httpd.server_address[1]
        fetched = fetch(f"http://wechsel.example:{port}/feed.xml", FetchSettings(timeout=2, allow_networks=LOCAL))
    assert fetched.data == b"<p>draussen</p>" and len(answers) == 1 and intranet.seen == []


def test_7_the_guarded_session_is_there_for_other_downloads(intranet):
    with Deadline(10) as deadline, guarded_session((), deadline) as session:
        with pytest.raises(AddressRefused):
            session.get(intranet.url("/geheim.html"), timeout=2)
    with guarded_session((INTERNAL,)) as session:
        assert session.get(intranet.url("/geheim.html"), timeout=2).content == SECRET_PAGE


def test_4_the_deadline_shuts_a_blocked_socket():
    listener = socket.create_server(("127.0.0.1", 0))
    client = socket.create_connection(listener.getsockname())
    with Deadline(0.3) as deadline:
        deadline.watch(client)
        result = _in_thread(lambda: client.recv(10), limit=20)  # the server never sends anything
    assert result == b"" and deadline.expired
    client.close()
    listener.close()
