"""Where the tool may connect, and for how long: the address guard and the fetch deadline.

A feed or a web page is content: whoever writes it chooses where its links and redirects point. So
every connection that fetches an input (a feed, a page, a feed entry's linked page, every redirect
of them) is checked where it is made, after the DNS lookup: loopback, private, link-local, unique
local, shared (CGNAT), multicast, unspecified and reserved addresses, IPv4 and IPv6, also an IPv4
address inside IPv6 (mapped, 6to4, NAT64, Teredo), are refused unless the ``allow_networks``
setting names them (a station's own intranet CMS: ``allow_networks = ["10.1.2.0/24"]``). The socket
then connects to the address that was checked: there is no second lookup whose answer an attacker
could change in between (DNS rebinding).

Through a proxy from the environment (HTTPS_PROXY, HTTP_PROXY; NO_PROXY is honoured) the proxy
makes the connection: the target's name is checked with our own lookup first, but the proxy looks
it up again, so there the guard is as good as the proxy's own rules. The proxy itself is
configuration, not content, and is not checked.

The online voice's gtts_endpoint does not go through this guard either: it is configuration that
the station writes (Google's public address by default, a caching proxy or a test server on
127.0.0.1 otherwise), nothing in an article can change it, and what comes back is audio, never text
read on air.

``Deadline`` is one deadline for a whole fetch: the DNS lookup, connecting, the TLS handshake, the
response headers, the body and every redirect. Per-operation timeouts (what requests and urllib3
offer) restart with every byte, so a server that trickles its headers could hold a run for ever;
here every socket made under a deadline is shut down when it passes, which wakes a read blocked in
any phase.

For other downloads (a voice downloader): ``guarded_session(allow_networks, deadline)`` is a
requests Session whose every connection, redirects included, goes through the same guard; use it
as a context manager and pass a ``Deadline`` to bound the whole transfer.
"""

from __future__ import annotations

import functools
import ipaddress
import socket
import threading
import time
from collections.abc import Iterable

from bulletin.errors import AddressRefused

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class Deadline:
    """Seconds for a whole transfer; every socket it watches is shut down when they are up."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self._fired = False
        self._watched: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    @property
    def expired(self) -> bool:
        return self._fired or time.monotonic() >= self.ends

    def remaining(self) -> float:
        return max(0.0, self.ends - time.monotonic())

    def watch(self, sock: socket.socket) -> None:
        """Shut ``sock`` down at the deadline. A duplicate descriptor is kept: shutting it down ends
        the connection for the socket in use too, also after TLS has wrapped it."""
        with self._lock:
            duplicate = sock.dup()
            self._watched.append(duplicate)
            if self._fired:
                _shut(duplicate)

    def _expire(self) -> None:
        with self._lock:
            self._fired = True
            for sock in self._watched:
                _shut(sock)

    def close(self) -> None:
        self._timer.cancel()
        with self._lock:
            for sock in self._watched:
                sock.close()
            self._watched.clear()

    def __enter__(self) -> Deadline:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed by the other side


@functools.lru_cache(maxsize=32)
def parse_networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    """``allow_networks`` entries ("10.1.2.0/24", "127.0.0.1", "fd00::/8") as networks; ValueError
    naming the first entry that is none."""
    networks = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            raise ValueError(f"{entry!r} is not an address or network; write e.g. \"10.1.2.0/24\", "
                             "\"127.0.0.1\" or \"fd00::/8\"") from None
    return tuple(networks)


def refusal(address: Address, allowed: Iterable[Network] = ()) -> str:
    """Why ``address`` must not be connected to ("a loopback address", ...), or "" when it may."""
    allowed = tuple(allowed)
    if any(address.version == net.version and address in net for net in allowed):
        return ""
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        why = refusal(embedded, allowed)
        return f"{why} (IPv4 {embedded} inside IPv6)" if why else ""
    for why, hit in (("a loopback", address.is_loopback), ("a link-local", address.is_link_local),
                     ("a multicast", address.is_multicast), ("an unspecified", address.is_unspecified),
                     ("a private", address.is_private), ("a reserved", address.is_reserved),
                     ("a non-public", not address.is_global)):
        if hit:
            return f"{why} address"
    return ""


def _embedded_ipv4(address: Address) -> ipaddress.IPv4Address | None:
    if address.version == 4:
        return None
    if address.ipv4_mapped:
        return address.ipv4_mapped
    if address.sixtofour:
        return address.sixtofour
    if address.teredo:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def checked_addresses(host: str, port: int, allowed: tuple[Network, ...],
                      deadline: Deadline | None = None) -> list[str]:
    """The addresses ``host`` resolves to that may be connected to (one lookup, within the
    deadline); AddressRefused naming the address when none may."""
    from urllib3.util.connection import allowed_gai_family

    host = host.strip("[]")  # an IPv6 literal as written in a URL
    infos = _lookup(host, port, allowed_gai_family(), deadline)
    usable, refused = [], []
    for info in infos:
        text = str(info[4][0]).split("%")[0]
        why = refusal(ipaddress.ip_address(text), allowed)
        (refused if why else usable).append((text, why))
    if not usable:
        text, why = refused[0]
        shown = host if host == text else f"{host} ({text})"
        raise AddressRefused(host, f"{shown} is {why}, inside this machine or its network; not "
                                   "fetched (add it to allow_networks if it is a trusted server)")
    return list(dict.fromkeys(text for text, _ in usable))


def _lookup(host: str, port: int, family: int, deadline: Deadline | None) -> list:
    if deadline is None:
        return socket.getaddrinfo(host, port, family, socket.SOCK_STREAM)
    found: dict = {}

    def run() -> None:
        try:
            found["infos"] = socket.getaddrinfo(host, port, family, socket.SOCK_STREAM)
        except OSError as err:
            found["error"] = err

    worker = threading.Thread(target=run, daemon=True, name="dns")  # a stuck resolver is left behind
    worker.start()
    worker.join(deadline.remaining())
    if "error" in found:
        raise found["error"]
    if "infos" not in found:
        raise TimeoutError(f"looking up {host} took longer than the deadline")
    return found["infos"]


def _connect(conn, allowed: tuple[Network, ...], deadline: Deadline | None) -> socket.socket:
    """urllib3's connection step, through the guard: look up once, check, connect to what was checked."""
    from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError
    from urllib3.util.connection import create_connection

    try:
        addresses = checked_addresses(conn.host, conn.port, allowed, deadline)
    except socket.gaierror as err:
        raise NameResolutionError(conn.host, conn, err) from err
    except TimeoutError as err:
        raise ConnectTimeoutError(conn, str(err)) from err
    error: OSError | None = None
    for address in addresses:
        timeout = conn.timeout
        if deadline is not None:
            timeout = deadline.remaining() if not isinstance(timeout, (int, float)) else \
                min(timeout, deadline.remaining())
        try:
            # A numeric address: create_connection's own getaddrinfo does no second DNS lookup.
            sock = create_connection((address, conn.port), timeout, source_address=conn.source_address,
                                     socket_options=conn.socket_options)
        except OSError as err:
            error = err
            continue
        if deadline is not None:
            deadline.watch(sock)
        return sock
    if isinstance(error, TimeoutError):
        raise ConnectTimeoutError(conn, f"Connection to {conn.host} timed out") from error
    raise NewConnectionError(conn, f"Failed to establish a new connection: {error}") from error


def guarded_session(allow_networks: tuple[str, ...] = (), deadline: Deadline | None = None):
    """A requests Session whose every connection goes through the address guard (and, with a
    deadline, is shut down when it passes). TLS verification stays as requests has it: on."""
    import requests

    session = requests.Session()
    adapter = _guarded_adapter(parse_networks(tuple(allow_networks)), deadline)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def _guarded_adapter(allowed: tuple[Network, ...], deadline: Deadline | None):
    from requests.adapters import HTTPAdapter
    from requests.utils import select_proxy
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
    from urllib3.util import parse_url

    class Plain(HTTPConnection):
        def _new_conn(self) -> socket.socket:
            return _connect(self, allowed, deadline)

    class Tls(HTTPSConnection):
        def _new_conn(self) -> socket.socket:
            return _connect(self, allowed, deadline)

    class PlainPool(HTTPConnectionPool):
        ConnectionCls = Plain

    class TlsPool(HTTPSConnectionPool):
        ConnectionCls = Tls

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, *args, **kwargs) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = {"http": PlainPool, "https": TlsPool}

        def send(self, request, *args, proxies=None, **kwargs):
            if select_proxy(request.url, proxies or {}):  # the proxy connects: check the name here
                url = parse_url(request.url)
                try:
                    checked_addresses(url.host or "", url.port or 443, allowed, deadline)
                except (OSError, TimeoutError):
                    pass  # only the proxy can look the name up: its rules apply
            return super().send(request, *args, proxies=proxies, **kwargs)

    return Adapter()
