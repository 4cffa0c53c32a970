"""Fetch an article by URL, refusing any address that is not public.

Every host name is resolved first and every address it resolves to must be global (no loopback,
private, link-local, multicast or reserved ranges); the connection then goes to that checked
address, so a second DNS answer cannot redirect it (DNS rebinding). Redirects are followed by hand
and checked the same way. Sizes are capped and timeouts applied.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from .errors import FetchError, InputTooLargeError, UnsafeURLError
from .model import Article
from .reader import read_bytes
from .settings import DEFAULT, Settings

Resolver = Callable[[str, int], list[str]]
MAX_REDIRECTS = 5


def resolve_host(host: str, port: int) -> list[str]:
    """Every IP address ``host`` resolves to (the system resolver)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise FetchError(f"{host}: cannot be resolved ({e.strerror})") from None
    return sorted({info[4][0] for info in infos})


def check_address(address: str) -> None:
    """Raise ``UnsafeURLError`` unless ``address`` is a public (globally routable) IP address."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if not ip.is_global or ip.is_multicast:
        raise UnsafeURLError(f"refusing to fetch from {address}: not a public address")


def safe_target(url: str, resolver: Resolver = resolve_host) -> tuple[str, str, int, str, str]:
    """(scheme, host, port, path, checked ip) for a URL whose host resolves only to public addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UnsafeURLError(f"{url}: only http and https URLs can be fetched")
    if not parts.hostname:
        raise UnsafeURLError(f"{url}: no host name")
    if parts.username or parts.password:
        raise UnsafeURLError(f"{url}: URLs with credentials are not fetched")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    addresses = resolver(parts.hostname, port)
    if not addresses:
        raise FetchError(f"{parts.hostname}: no address")
    for address in addresses:
        check_address(address)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return parts.scheme, parts.hostname, port, path, addresses[0]


class _PinnedHTTPS(http.client.HTTPSConnection):
    """HTTPS to a pre-checked IP, with the host name kept for SNI and certificate checks."""

    def __init__(self, host: str, ip: str, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._ip = ip

    def connect(self) -> None:
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


class _PinnedHTTP(http.client.HTTPConnection):
    """Plain HTTP to a pre-checked IP."""

    def __init__(self, host: str, ip: str, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._ip = ip

    def connect(self) -> None:
        self.sock = socket.create_connection((self._ip, self.port), self.timeout)


def fetch_bytes(
    url: str,
    settings: Settings = DEFAULT,
    resolver: Resolver = resolve_host,
    timeout: float = 15.0,
) -> bytes:
    """The body of ``url`` (after checked redirects), at most ``settings.max_input_bytes`` long."""
    for _ in range(MAX_REDIRECTS + 1):
        scheme, host, port, path, ip = safe_target(url, resolver)
        conn_cls = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
        conn = conn_cls(host, ip, port, timeout)
        try:
            conn.request("GET", path, headers={"User-Agent": settings.user_agent, "Accept": "text/html, text/plain"})
            resp = conn.getresponse()
            if resp.status in (301, 302, 303, 307, 308):
                location = resp.getheader("Location")
                if not location:
                    raise FetchError(f"{url}: redirect without a location")
                url = urljoin(url, location)
                continue
            if resp.status != 200:
                raise FetchError(f"{url}: the server answered {resp.status} {resp.reason}")
            body = resp.read(settings.max_input_bytes + 1)
        except (OSError, http.client.HTTPException) as e:
            raise FetchError(f"{url}: cannot be fetched ({type(e).__name__}: {e})") from None
        finally:
            conn.close()
        if len(body) > settings.max_input_bytes:
            raise InputTooLargeError(f"{url}: larger than the limit of {settings.max_input_bytes / 1e6:.1f} MB")
        return body
    raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")


def fetch_article(url: str, settings: Settings = DEFAULT, resolver: Resolver = resolve_host) -> Article:
    """The article at a public ``url``: fetched safely, then read like an uploaded file."""
    article = read_bytes(fetch_bytes(url, settings, resolver), url, settings=settings)
    article.source = url
    return article
