"""A real HTTP server on 127.0.0.1 for the ingest tests: fixed routes, request log, slow and huge answers.

Routes map a path to (status, headers, body). A body may be a callable taking the handler, for
answers that stall or stream. Every request's path and User-Agent is recorded in ``server.seen``.
"""

from __future__ import annotations

import http.server
import ssl
import threading
import time
from collections.abc import Callable
from pathlib import Path

Route = tuple[int, dict[str, str], bytes | Callable]
LOCAL = ("127.0.0.1",)  # the allow_networks a fetch from this server needs: it is inside this machine
INTERNAL = "127.0.0.2"  # a second loopback address: "inside the station's network", never allowed
SECRET_PAGE = (b"<html><head><title>Intern</title></head><body><article><h1>Interne Seite</h1><p>Geheimer "
               b"Text aus dem Intranet, den niemand vorlesen soll, sagte die Technik.</p></article></body></html>")


def stall(seconds: float) -> Callable:
    """A route body that sends the headers at once, then nothing for ``seconds``."""

    def body(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "100")
        handler.end_headers()
        handler.wfile.flush()
        time.sleep(seconds)

    return body


def trickle_headers(seconds: float, interval: float = 0.2) -> Callable:
    """A route body that starts a response and then sends one header byte every ``interval`` seconds,
    never finishing the headers, for ``seconds``: each read is quick, the headers never end."""

    def body(handler) -> None:
        try:
            handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: ")
            handler.wfile.flush()
            for _ in range(int(seconds / interval)):
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(interval)
        except OSError:
            pass  # the client gave up: what the test wants
        handler.close_connection = True

    return body


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self.server.seen.append((self.path, self.headers.get("User-Agent", "")))
        status, headers, body = self.server.routes.get(self.path, (404, {}, b"not here"))
        if callable(body):
            body(self)
            return
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # a client that hangs up (timeouts, refused TLS) is what several tests do on purpose


class LocalServer:
    def __init__(self, tls: tuple[Path, Path] | None = None, address: str = "127.0.0.1", port: int = 0):
        self.httpd = _Server((address, port), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.routes, self.httpd.seen = {}, []
        scheme = "http"
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
            scheme = "https"
        self.base = f"{scheme}://{address}:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def routes(self) -> dict[str, Route]:
        return self.httpd.routes

    @property
    def seen(self) -> list[tuple[str, str]]:
        return self.httpd.seen

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def intranet() -> LocalServer:
    """A server on INTERNAL with a page nobody outside may have read on air (/geheim.html)."""
    server = LocalServer(address=INTERNAL)
    server.routes["/geheim.html"] = (200, {"Content-Type": "text/html"}, SECRET_PAGE)
    return server
