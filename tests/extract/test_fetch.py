"""URL fetching refuses every non-public address, before connecting and after redirects.

No test here touches the network: resolvers are fakes, and the one real fetch goes to a local
server whose address the test's resolver vouches for.
"""

from __future__ import annotations

import http.server
import threading

import pytest

from extract import fetch
from extract.errors import FetchError, UnsafeURLError


def resolver_for(*addresses: str):
    return lambda host, port: list(addresses)


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.5", "192.168.1.1", "169.254.169.254", "0.0.0.0",
     "100.64.0.1", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "224.0.0.1", "240.0.0.1"],
)
def test_non_public_addresses_are_refused(address):
    with pytest.raises(UnsafeURLError, match="not a public address"):
        fetch.safe_target("https://news.example/article", resolver_for(address))


def test_any_private_answer_among_public_ones_is_refused():
    with pytest.raises(UnsafeURLError):
        fetch.safe_target("https://news.example/a", resolver_for("93.184.216.34", "10.0.0.1"))


@pytest.mark.parametrize(
    ("url", "message"),
    [("file:///etc/passwd", "only http and https"), ("ftp://example.com/x", "only http and https"),
     ("http:///nohost", "no host"), ("https://user:pw@example.com/", "credentials")],
)
def test_bad_urls_are_refused(url, message):
    with pytest.raises(UnsafeURLError, match=message):
        fetch.safe_target(url, resolver_for("93.184.216.34"))


def test_public_address_passes_with_its_path_and_port():
    assert fetch.safe_target("http://news.example:8080/a/b?x=1", resolver_for("93.184.216.34")) == (
        "http", "news.example", 8080, "/a/b?x=1", "93.184.216.34")


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's naming
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "http://internal.example/secret")
            self.end_headers()
            return
        body = (b"<html><head><title>Trip</title></head><body><article><p>Foreign Minister Ines Okafor "
                b"arrived in Nairobi on Monday for two days of talks.</p></article></body></html>")
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    server = http.server.HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()


def test_fetch_connects_to_the_checked_address(local_server, monkeypatch):
    # the test vouches for loopback as if it were public; the real check is covered above
    monkeypatch.setattr(fetch, "check_address", lambda address: None)
    article = fetch.fetch_article(f"http://news.example:{local_server}/story", resolver=resolver_for("127.0.0.1"))
    assert "Nairobi" in article.text and article.source.endswith("/story")


def test_redirect_to_a_private_address_is_refused(local_server, monkeypatch):
    checked: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        checked.append(host)
        return ["127.0.0.1"] if host == "news.example" else ["10.0.0.7"]

    real_check = fetch.check_address
    monkeypatch.setattr(fetch, "check_address", lambda a: None if a == "127.0.0.1" else real_check(a))
    with pytest.raises(UnsafeURLError):
        fetch.fetch_bytes(f"http://news.example:{local_server}/moved", resolver=resolver)
    assert checked == ["news.example", "internal.example"]


def test_unresolvable_host_is_a_clear_fetch_error():
    def down(host, port):
        raise FetchError(f"{host}: cannot be resolved (Name or service not known)")

    with pytest.raises(FetchError, match="cannot be resolved"):
        fetch.fetch_bytes("https://nowhere.invalid/", resolver=down)
