"""core/http.py against a real HTTP server on 127.0.0.1: resume, retries, Retry-After,
timeouts, cancel, redirects, and what QGIS sends."""

import os
import threading
import time

import pytest

from clcplus_backbone.core import http
from clcplus_backbone.core.http import Canceled, HttpClient, HttpError, HttpPolicy
from clcplus_backbone.core.sources.pool import run_in_thread
from servers.base import Fault, Reply, TestServer
from servers.mirror import MirrorServer

BODY = bytes((i * 31 + i // 251) % 256 for i in range(300_000))
FAST = dict(timeout=2.0, attempts=3, backoff=0.01, backoff_max=0.05, retry_after_max=5.0)


@pytest.fixture
def server(qgis_app):
    s = MirrorServer({"/f.tif": BODY}).start()
    yield s
    s.stop()


def client(is_canceled=None, **policy):
    settings = dict(FAST)
    settings.update(policy)
    return HttpClient(HttpPolicy(**settings), is_canceled=is_canceled)


def download(c, url, path, **kwargs):
    return run_in_thread(lambda: c.download(url, path, **kwargs))


def request(c, method, url, **kwargs):
    return run_in_thread(lambda: c.request(method, url, **kwargs))


def read(path):
    with open(path, "rb") as f:
        return f.read()


def test_a_download_resumes_with_range_after_a_dropped_connection(server, tmp_path):
    server.fail("/f.tif", Fault("drop", after=70_000))
    part = str(tmp_path / "f.part")
    response = download(client(), server.url("/f.tif"), part)
    assert read(part) == BODY and response.size == len(BODY) and response.status == 206
    first, second = server.requests("/f.tif")
    assert "range" not in first.headers
    assert second.headers["range"] == "bytes=70000-"
    assert second.headers["if-range"] == server_etag(BODY)


def server_etag(body):
    import hashlib
    return '"{}"'.format(hashlib.sha1(body).hexdigest()[:16])


def test_a_server_without_ranges_is_read_again_from_the_start(server, tmp_path):
    class NoRanges(TestServer):
        def route(self, method, path, query, headers, body):
            return Reply(200, BODY)
    plain = NoRanges().start()
    try:
        plain.fail("/", Fault("drop", after=50_000))
        part = str(tmp_path / "f.part")
        response = download(client(), plain.url("/x"), part)
        assert read(part) == BODY and response.status == 200
        assert [r.headers.get("range") for r in plain.requests()] == [None, "bytes=50000-"]
    finally:
        plain.stop()


def test_500_then_success(server, tmp_path):
    server.fail("/f.tif", Fault("status", 500), Fault("status", 503, body=b"busy"))
    part = str(tmp_path / "f.part")
    download(client(), server.url("/f.tif"), part)
    assert read(part) == BODY
    assert len(server.requests("/f.tif")) == 3


def test_429_waits_as_long_as_retry_after_says(server):
    server.fail("/f.tif", Fault("status", 429, headers={"Retry-After": "1"}))
    response = request(client(), "GET", server.url("/f.tif"))
    assert response.content == BODY
    first, second = server.requests("/f.tif")
    assert 0.95 <= second.time - first.time < 1.8  # the backoff alone would be 0.01 s


def test_a_retry_after_beyond_the_limit_stops_with_a_clear_error(server):
    server.fail("/f.tif", Fault("status", 429, headers={"Retry-After": "3600"}))
    with pytest.raises(HttpError, match="asks to wait 3600 s"):
        request(client(), "GET", server.url("/f.tif"))
    assert len(server.requests("/f.tif")) == 1


def test_retries_are_bounded(server, tmp_path):
    server.fail("/f.tif", *[Fault("status", 502)] * 10)
    with pytest.raises(HttpError, match="HTTP 502.*gave up after 3 attempts") as error:
        download(client(), server.url("/f.tif"), str(tmp_path / "f.part"))
    assert error.value.transient and error.value.status == 502
    assert len(server.requests("/f.tif")) == 3


def test_a_404_is_not_retried(server):
    with pytest.raises(HttpError, match="HTTP 404") as error:
        request(client(), "GET", server.url("/missing.tif"))
    assert error.value.status == 404 and not error.value.transient
    assert len(server.requests()) == 1


def test_a_slow_answer_times_out_and_the_retry_succeeds(server):
    server.fail("/f.tif", Fault("slow", delay=5.0))
    started = time.monotonic()
    response = request(client(timeout=0.3), "GET", server.url("/f.tif"))
    assert response.content == BODY
    assert time.monotonic() - started < 1.5
    assert len(server.requests("/f.tif")) == 2


def test_a_service_that_stays_slow_ends_in_a_timeout_error(server):
    server.fail("/f.tif", Fault("slow", delay=5.0), Fault("slow", delay=5.0))
    with pytest.raises(HttpError, match="timed out after 0.3 s"):
        request(client(timeout=0.3, attempts=2), "GET", server.url("/f.tif"))


def test_cancel_stops_a_waiting_request_within_two_seconds(server, tmp_path):
    server.fail("/f.tif", Fault("slow", delay=20.0))
    flag = threading.Event()
    threading.Timer(0.3, flag.set).start()
    part = str(tmp_path / "f.part")
    started = time.monotonic()
    with pytest.raises(Canceled):
        download(client(is_canceled=flag.is_set, timeout=30.0), server.url("/f.tif"), part)
    assert time.monotonic() - started < 0.3 + 2.0
    assert os.path.getsize(part) == 0


def test_cancel_interrupts_a_long_backoff(server):
    server.fail("/f.tif", Fault("status", 503, headers={"Retry-After": "30"}))
    flag = threading.Event()
    threading.Timer(0.2, flag.set).start()
    started = time.monotonic()
    with pytest.raises(Canceled):
        request(client(is_canceled=flag.is_set, retry_after_max=60), "GET", server.url("/f.tif"))
    assert time.monotonic() - started < 1.0


class Redirector(TestServer):
    def __init__(self, target):
        super().__init__()
        self.target = target

    def route(self, method, path, query, headers, body):
        if path == "/same":
            return Reply(302, b"", {"Location": "/final"})
        if path == "/final":
            return Reply(200, b"same origin")
        return Reply(302, b"", {"Location": self.target})


def test_redirects_keep_authorization_only_within_their_origin(server):
    redirector = Redirector(server.url("/f.tif")).start()
    try:
        headers = {"Authorization": "Bearer secret-token"}
        assert request(client(), "GET", redirector.url("/elsewhere"), headers=headers).content == BODY
        assert "authorization" not in server.requests("/f.tif")[0].headers
        assert request(client(), "GET", redirector.url("/same"), headers=headers).content == b"same origin"
        assert redirector.requests("/final")[0].headers["authorization"] == "Bearer secret-token"
    finally:
        redirector.stop()


def test_every_request_goes_through_qgis_and_names_the_plugin(server):
    """QgsNetworkAccessManager replaces any User-Agent with '<QGIS setting> QGIS/<version>'; the
    plugin's own name is set on the request and carried as its initiator (network logger)."""
    request(client(), "GET", server.url("/f.tif"))
    agent = server.requests("/f.tif")[0].headers["user-agent"]
    assert "QGIS/" in agent and "urllib" not in agent.lower()
    from clcplus_backbone.processing.base import _metadata
    assert http.USER_AGENT == "QGIS-CLCplus-Backbone/" + _metadata("version")


def test_json_bodies_and_error_messages(server):
    class Echo(TestServer):
        def route(self, method, path, query, headers, body):
            if path == "/bad":
                return Reply(400, b'{"detail": "bbox must have 4 numbers"}', {"Content-Type": "application/json"})
            return Reply(200, body, {"Content-Type": headers.get("content-type", "")})
    echo = Echo().start()
    try:
        answer = request(client(), "POST", echo.url("/echo"), json_body={"a": [1, 2]})
        assert answer.json() == {"a": [1, 2]} and answer.header("Content-Type") == "application/json"
        answer = request(client(), "POST", echo.url("/echo"), form={"grant_type": "x:y", "assertion": "a.b=c"})
        assert answer.content == b"grant_type=x%3Ay&assertion=a.b%3Dc"
        with pytest.raises(HttpError, match=r"/bad answered HTTP 400: bbox must have 4 numbers$"):
            request(client(), "POST", echo.url("/bad?token=secret"), json_body={})
    finally:
        echo.stop()


def test_retry_after_accepts_seconds_and_dates():
    assert http.retry_after_seconds("7") == 7.0
    assert http.retry_after_seconds("") is None and http.retry_after_seconds("soon") is None
    import email.utils
    later = email.utils.formatdate(time.time() + 60, usegmt=True)
    assert 58 <= http.retry_after_seconds(later) <= 60
