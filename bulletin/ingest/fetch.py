"""Fetch a feed or a page over HTTP(S): careful, bounded and polite.

Only http and https; TLS certificates are always checked (an intercepting proxy's CA can be named
with REQUESTS_CA_BUNDLE, verification cannot be turned off). Connecting and each read wait at most
``timeout`` seconds, and the whole fetch (DNS lookup, connecting, TLS, headers, body, every
redirect) at most three times that: one deadline that also ends a server trickling its headers
(netguard.Deadline). Every connection goes through the address guard (netguard): addresses inside
this machine or its network are refused unless ``allow_networks`` names them. Bodies larger than
``max_bytes`` (after decompression) are refused while they stream in. Every request names the tool
in its User-Agent. Redirects are followed by hand (at most five), so each hop is checked against
the same rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from bulletin import __version__
from bulletin.errors import AddressRefused, InputError

DEFAULT_USER_AGENT = f"bulletin/{__version__} (radio news bulletin maker; +https://pypi.org/project/bulletin/)"
MAX_REDIRECTS = 5
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, "
           "text/xml;q=0.9, text/html;q=0.9, application/xhtml+xml;q=0.9, */*;q=0.5")


@dataclass(frozen=True)
class FetchSettings:
    timeout: float = 10.0  # seconds to connect and between reads; the whole download gets 3x
    max_bytes: int = 5_000_000
    user_agent: str = DEFAULT_USER_AGENT
    allowed_hosts: tuple[str, ...] = ()  # empty: any host
    allow_networks: tuple[str, ...] = ()  # internal addresses that may be fetched ("10.1.2.0/24")


@dataclass(frozen=True)
class Fetched:
    url: str  # where the body finally came from (after redirects)
    content_type: str  # "text/html", lower case, without parameters; "" if the server sent none
    charset: str  # from the Content-Type header, "" if none
    data: bytes


@dataclass(frozen=True)
class Declared:
    """What the server declared about a document it sent ("" each for a local file): feedparser decodes
    by the type and charset, and resolves links and names the outlet by the address it came from."""

    content_type: str = ""  # as in Fetched, kept only where it names a feed or a page type
    charset: str = ""
    url: str = ""  # where the body finally came from (after redirects)


NOTHING_DECLARED = Declared()  # a local file's


def is_url(text: str) -> bool:
    """True for anything written like a URL ("https://...", "ftp://..."): those are never paths."""
    return bool(_SCHEME.match(text.strip()))


def check_url(url: str, settings: FetchSettings) -> None:
    """Refuse what must not be fetched: other schemes, hosts outside the allow-list."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        hint = "; give the local path instead" if scheme == "file" else ""
        raise InputError(url, f"only http and https addresses are fetched (not {scheme}:){hint}")
    host = (parts.hostname or "").lower()
    if not host:
        raise InputError(url, "the address has no host name")
    if settings.allowed_hosts and not any(host == h or host.endswith("." + h)
                                          for h in (a.lower().lstrip(".") for a in settings.allowed_hosts)):
        raise InputError(url, f"host {host} is not in the allowed_hosts setting; add it there to fetch it")


def fetch(url: str, settings: FetchSettings = FetchSettings()) -> Fetched:
    """GET ``url`` within the limits of ``settings``; InputError naming the URL if that fails."""
    from bulletin.ingest.netguard import Deadline, guarded_session

    with Deadline(3 * settings.timeout) as deadline, \
            guarded_session(settings.allow_networks, deadline) as session:
        session.headers.update({"User-Agent": settings.user_agent, "Accept": _ACCEPT})
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            check_url(current, settings)
            response = _get(session, current, settings, deadline)
            with response:
                if response.is_redirect or response.is_permanent_redirect:
                    location = response.headers.get("Location", "")
                    current = urljoin(current, location)
                    continue
                if response.status_code >= 400:
                    status = f"{response.status_code} {response.reason or ''}".rstrip()
                    raise InputError(url, f"the server answered {status}{_status_hint(response.status_code)}")
                data = _read_body(response, url, settings, deadline)
                kind, _, params = response.headers.get("Content-Type", "").partition(";")
                charset = re.search(r"charset\s*=\s*\"?([\w.:-]+)", params, re.I)
                return Fetched(url=current, content_type=kind.strip().lower(),
                               charset=charset.group(1) if charset else "", data=data)
        raise InputError(url, f"more than {MAX_REDIRECTS} redirects; give the final address")


def _get(session, url: str, settings: FetchSettings, deadline):
    import requests

    try:
        # verify=True always: the environment may name a CA bundle, but cannot turn checks off.
        env = session.merge_environment_settings(url, {}, True, True, None)
        env["verify"] = env.get("verify") or True
        response = session.get(url, timeout=(settings.timeout, settings.timeout), allow_redirects=False,
                               **env)
    except AddressRefused as err:
        raise InputError(url, err.problem) from None
    except (requests.RequestException, TimeoutError) as err:
        raise InputError(url, _too_long(settings) if deadline.expired else
                         _why(err, url, settings.timeout)) from None
    if deadline.expired:  # the headers ended because the deadline cut the connection
        response.close()
        raise InputError(url, _too_long(settings))
    return response


def _too_long(settings: FetchSettings) -> str:
    return f"the fetch took longer than {3 * settings.timeout:g} s (3 x fetch_timeout); stopped"


def _read_body(response, url: str, settings: FetchSettings, deadline) -> bytes:
    limit = settings.max_bytes
    declared = response.headers.get("Content-Length", "")
    if declared.isdecimal() and int(declared) > limit:
        raise InputError(url, f"{_size(int(declared))} is more than max_fetch_bytes ({_size(limit)}); "
                              "not fetched")
    chunks, total = [], 0
    raw = response.raw
    try:
        while True:
            # read1: whatever one read brings (a slow server cannot hold a 64 kB read open for long)
            chunk = raw.read1(65536, decode_content=True) if hasattr(raw, "read1") else raw.read(65536)
            if not chunk:
                if deadline.expired:  # the body ended because the deadline cut the connection
                    raise InputError(url, _too_long(settings))
                break
            total += len(chunk)
            if total > limit:
                raise InputError(url, f"more than max_fetch_bytes ({_size(limit)}); download stopped")
            if deadline.expired:
                raise InputError(url, _too_long(settings))
            chunks.append(chunk)
    except InputError:
        raise
    except Exception as err:  # noqa: BLE001 - urllib3's ReadTimeoutError, ProtocolError, DecodeError, OSError
        raise InputError(url, _too_long(settings) if deadline.expired else
                         _why(err, url, settings.timeout)) from None
    return b"".join(chunks)


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n / 1000:.0f} kB"


def _status_hint(status: int) -> str:
    if status in (401, 403):
        return "; the site refuses the tool (login, paywall or bot block)"
    if status == 404:
        return "; check the address"
    if status >= 500:
        return "; the site has trouble, the next run may work"
    return ""


def _why(err: BaseException, url: str, timeout: float) -> str:
    """A one-line probable cause for a failed request."""
    import socket  # here, not at the top: a run from files only never loads the network stack
    import ssl

    import requests
    from urllib3 import exceptions as u3

    host = urlsplit(url).hostname or url
    chain, todo = [], [err]
    while todo:
        current = todo.pop(0)
        if isinstance(current, BaseException) and current not in chain:
            chain.append(current)
            todo += [getattr(current, "reason", None), current.__cause__, current.__context__, *current.args]

    def has(*kinds: type) -> bool:
        return any(isinstance(e, kinds) for e in chain)

    if has(ssl.SSLError, u3.SSLError, requests.exceptions.SSLError):
        return (f"TLS certificate check failed for {host}. Probable cause: an intercepting proxy "
                "(name its CA in REQUESTS_CA_BUNDLE), a wrong system clock or a misconfigured site")
    if has(u3.ReadTimeoutError, requests.exceptions.ReadTimeout, socket.timeout, TimeoutError):
        return f"no answer from {host} within {timeout:g} s (fetch_timeout)"
    if has(socket.gaierror, u3.NameResolutionError):
        return f"could not find {host}. Probable cause: no network, DNS failure or a typo"
    if has(u3.NewConnectionError, ConnectionRefusedError, requests.exceptions.ProxyError):
        return f"could not connect to {host}. Probable cause: no network, the site is down, or a proxy"
    if has(u3.ConnectTimeoutError, requests.exceptions.ConnectTimeout):
        return f"could not connect to {host} within {timeout:g} s (fetch_timeout)"
    return f"the connection to {host} broke ({type(chain[-1]).__name__})"
