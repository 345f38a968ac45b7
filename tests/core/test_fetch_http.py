"""core/http.py against a real HTTP server on 127.0.0.1: resume, retries, Retry-After,
timeouts, cancel, redirects, and what QGIS sends."""

import base64
import json
import os
import threading
import time

import pytest

from clcplus_backbone.core import http, http_exchange
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
    assert http_exchange.USER_AGENT == "QGIS-CLCplus-Backbone/" + _metadata("version")


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


# --- redirects: http and https only, never down to http ------------------------------------------

@pytest.mark.parametrize("location", ["file://{secret}", "data:application/octet-stream;base64,SUkqAA==",
                                      "ftp://127.0.0.1/f.tif"])
def test_a_redirect_to_another_scheme_is_refused(server, tmp_path, location):
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"a local file that must never be read as a download")
    redirector = Redirector(location.format(secret=secret)).start()
    try:
        part = str(tmp_path / "f.part")
        with pytest.raises(HttpError, match=r"/elsewhere redirects to (file|data|ftp):.*, which is not an http or "
                                            r"https address; the redirect was not followed") as error:
            download(client(), redirector.url("/elsewhere"), part)
        assert not error.value.transient
        assert os.path.getsize(part) == 0 and len(redirector.requests()) == 1
    finally:
        redirector.stop()


def test_only_http_and_https_addresses_are_requested(tmp_path):
    local = tmp_path / "x.tif"
    local.write_bytes(b"II*\x00local")
    with pytest.raises(HttpError, match="is not an http or https address; only those are downloaded"):
        download(client(), local.as_uri(), str(tmp_path / "f.part"))
    with pytest.raises(HttpError, match="not an http or https address"):
        request(client(), "GET", "data:,hello")


@pytest.fixture(scope="module")
def tls(qgis_app, tmp_path_factory):
    """An ssl.SSLContext for a 127.0.0.1 certificate that QGIS trusts while the tests run."""
    import shutil
    import ssl
    import subprocess
    from qgis.PyQt.QtNetwork import QSslCertificate, QSslConfiguration
    if shutil.which("openssl") is None:
        pytest.fail("needs the openssl command to make a certificate: apt-get install openssl")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = str(folder / "cert.pem"), str(folder / "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=60)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    old = QSslConfiguration.defaultConfiguration()
    trusted = QSslConfiguration.defaultConfiguration()
    trusted.setCaCertificates(trusted.caCertificates() + QSslCertificate.fromPath(cert))
    QSslConfiguration.setDefaultConfiguration(trusted)
    yield context
    QSslConfiguration.setDefaultConfiguration(old)


def test_a_redirect_from_https_down_to_http_is_refused(server, tls, tmp_path):
    secure = Redirector(server.url("/f.tif")).start(ssl_context=tls)
    try:
        assert secure.base.startswith("https://")
        # The https server itself works, redirects within https are followed...
        assert request(client(), "GET", secure.url("/same")).content == b"same origin"
        # ... but not one down to http.
        part = str(tmp_path / "f.part")
        with pytest.raises(HttpError, match=r"https://127\.0\.0\.1:\d+/elsewhere redirects from https to the "
                                            r"unencrypted address http://127\.0\.0\.1:\d+/f\.tif; the redirect was "
                                            r"not followed"):
            download(client(), secure.url("/elsewhere"), part)
        assert server.requests() == [] and os.path.getsize(part) == 0
    finally:
        secure.stop()


def test_a_sign_in_is_never_sent_to_another_origin(server):
    sign_in = Redirector(server.url("/token"))
    sign_in.route = lambda method, path, query, headers, body: Reply(307, b"", {"Location": server.url("/token")})
    sign_in.start()
    try:
        with pytest.raises(HttpError, match="redirects the sign-in to another server") as error:
            request(client(), "POST", sign_in.url("/gettoken"), json_body={"username": "alice", "password": "hunter2"})
        assert "hunter2" not in str(error.value)
        assert server.requests() == []
    finally:
        sign_in.stop()


def test_a_cross_origin_redirect_drops_every_credential_header(server):
    redirector = Redirector(server.url("/f.tif")).start()
    try:
        headers = {"Authorization": "Bearer secret-token", "X-Esri-Authorization": "Bearer x",
                   "X-API-Key": "k", "Cookie": "session=s", "Accept": "image/tiff"}
        request(client(), "GET", redirector.url("/elsewhere"), headers=headers)
        sent = server.requests("/f.tif")[0].headers
        assert not {"authorization", "x-esri-authorization", "x-api-key", "cookie"} & set(sent)
        assert sent["accept"] == "image/tiff"
    finally:
        redirector.stop()


# --- limits: size, attempts ------------------------------------------------------------------------

def test_a_download_larger_than_its_limit_is_refused_before_it_is_written(server, tmp_path):
    part = str(tmp_path / "f.part")
    with pytest.raises(HttpError, match=r"/f\.tif sends more than the 0\.1 MB allowed for this download "
                                        r"\(0\.3 MB\); check that the address points to a tile") as error:
        download(client(), server.url("/f.tif"), part, max_size=100_000)
    assert not error.value.transient and os.path.getsize(part) == 0
    assert len(server.requests("/f.tif")) == 1  # not retried


def test_a_body_without_length_stops_at_the_limit(tmp_path):
    class Endless(TestServer):
        def route(self, method, path, query, headers, body):
            return Reply(200, BODY * 4, stream=True)
    endless = Endless().start()
    try:
        part = str(tmp_path / "f.part")
        with pytest.raises(HttpError, match=r"sends more than the 0\.5 MB allowed"):
            download(client(max_download=500_000), endless.url("/x"), part)
        assert os.path.getsize(part) <= 500_000
        # Within the limit, a body without length is read to its end.
        assert download(client(), endless.url("/x"), part).size == len(BODY) * 4
    finally:
        endless.stop()


def test_a_server_that_drops_everything_and_ignores_ranges_gets_bounded_retries_with_backoff(tmp_path):
    class Dropper(TestServer):
        def route(self, method, path, query, headers, body):
            return Reply(200, BODY)  # no byte ranges
    dropper = Dropper().start()
    try:
        dropper.fail("/", *[Fault("drop", after=50_000)] * 20)
        with pytest.raises(HttpError, match=r"/x failed: .* after 50000 bytes \(gave up after 4 attempts\)$"):
            download(client(backoff=0.3, backoff_max=1.0), dropper.url("/x"), str(tmp_path / "f.part"))
        times = [r.time for r in dropper.requests()]
        assert len(times) == 4  # the first attempt got somewhere; the 3 that got no further count
        gaps = [b - a for a, b in zip(times, times[1:])]
        assert gaps[0] < 0.3 <= gaps[1] and 0.6 <= gaps[2]  # progress: at once; then backing off, doubling
    finally:
        dropper.stop()


def test_a_resume_that_makes_progress_every_time_goes_on(server, tmp_path):
    server.fail("/f.tif", *[Fault("drop", after=40_000)] * 6)
    part = str(tmp_path / "f.part")
    response = download(client(), server.url("/f.tif"), part)
    assert read(part) == BODY and response.status == 206
    assert len(server.requests("/f.tif")) == 7


# --- resuming: a 206 must answer the question -----------------------------------------------------

class LyingRanges(TestServer):
    """Drops the first answer; answers the resume with a 206 whose Content-Range `lie` describes."""

    def __init__(self, lie):
        super().__init__()
        self.lie = lie

    def route(self, method, path, query, headers, body):
        wanted = headers.get("range", "")
        if not wanted:
            return Reply(200, BODY, {"ETag": '"v1"'})
        start = int(wanted[6:].rstrip("-"))
        if self.lie == "whole body":  # the header says the rest, the body is the whole file
            return Reply(206, BODY, {"Content-Range": "bytes {}-{}/{}".format(start, len(BODY) - 1, len(BODY))})
        if self.lie == "other total":  # the file changed meanwhile
            return Reply(206, BODY[start:] + b"more", {"Content-Range": "bytes {}-{}/{}".format(
                start, len(BODY) + 3, len(BODY) + 4)})
        if self.lie == "other etag":
            return Reply(206, BODY[start:], {"ETag": '"v2"', "Content-Range": "bytes {}-{}/{}".format(
                start, len(BODY) - 1, len(BODY))})
        return Reply(206, BODY[:len(BODY) - start], {"Content-Range": "bytes 0-{}/{}".format(
            len(BODY) - start - 1, len(BODY))})  # "wrong start"


@pytest.mark.parametrize("lie", ["whole body", "other total", "other etag", "wrong start"])
def test_a_resume_answered_with_another_range_starts_again_from_zero(tmp_path, lie):
    liar = LyingRanges(lie).start()
    try:
        liar.fail("/", Fault("drop", after=70_000))
        part = str(tmp_path / "f.part")
        response = download(client(), liar.url("/x"), part)
        assert read(part) == BODY and response.status == 200
        assert [r.headers.get("range") for r in liar.requests()] == [None, "bytes=70000-", None]
    finally:
        liar.stop()


# --- no Qt warnings -------------------------------------------------------------------------------------

def test_timeouts_and_cancels_leave_no_qt_warning(server, tmp_path):
    """`QIODevice::read (QNetworkReplyHttpImpl): device not open` came from reading an aborted reply."""
    from qgis.PyQt.QtCore import qInstallMessageHandler
    messages = []
    previous = qInstallMessageHandler(lambda kind, context, text: messages.append(text))
    try:
        server.fail("/f.tif", Fault("slow", delay=5.0), Fault("slow", delay=5.0))
        with pytest.raises(HttpError, match="timed out"):
            request(client(timeout=0.3, attempts=2), "GET", server.url("/f.tif"))
        server.fail("/f.tif", Fault("slow", delay=5.0))
        flag = threading.Event()
        threading.Timer(0.3, flag.set).start()
        with pytest.raises(Canceled):
            download(client(is_canceled=flag.is_set), server.url("/f.tif"), str(tmp_path / "f.part"))
    finally:
        qInstallMessageHandler(previous)
    assert not [m for m in messages if "device not open" in m or "QIODevice" in m], messages


# --- secrets never in messages -----------------------------------------------------------------------

class Echo(TestServer):
    """Answers every request with an error that repeats it: body, headers and URL."""

    def __init__(self, status=400):
        super().__init__()
        self.status = status

    def route(self, method, path, query, headers, body):
        text = "Bad request {} {}?{} from {} with body {} and headers {}".format(
            method, path, "&".join("{}={}".format(k, v) for k, v in query.items()), headers.get("user-agent"),
            body.decode("utf-8", "replace"), json.dumps(headers))
        return Reply(self.status, text.encode("utf-8"), {"Content-Type": "text/plain"})


SECRETS = ("hunter2!", "s3cr3t-t0ken", "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl")


def assert_no_secret(text):
    for secret in SECRETS + ("hunter2%21", "aHVudGVy"):
        assert secret not in text, text


def test_a_token_service_that_echoes_the_request_never_puts_the_password_into_a_message():
    echo = Echo().start()
    logged = []
    try:
        c = HttpClient(HttpPolicy(**FAST), log=logged.append)
        with pytest.raises(HttpError) as error:  # WEkEO's token request
            request(c, "POST", echo.url("/gettoken"), json_body={"username": "alice", "password": "hunter2!"})
        assert "HTTP 400: Bad request POST /gettoken" in str(error.value) and "alice" in str(error.value)
        assert_no_secret(str(error.value) + error.value.detail)
        with pytest.raises(HttpError) as error:  # a form with an assertion (CLMS) and a Basic header
            request(c, "POST", echo.url("/token"), form={"grant_type": "jwt", "assertion": SECRETS[2]},
                    headers={"Authorization": "Basic " + base64.b64encode(b"alice:hunter2!").decode()})
        assert_no_secret(str(error.value) + error.value.detail)
        # An answer the caller accepts and reads itself loses the secrets too (the JSON stays JSON).
        answer = request(c, "POST", echo.url("/token"), form={"password": "hunter2!"}, accept=(200, 400))
        assert answer.status == 400 and b"hunter2" not in answer.content
        echo.status = 503  # retried: the log lines are redacted as well
        with pytest.raises(HttpError) as error:
            request(c, "GET", echo.url("/data?token=s3cr3t-t0ken&year=2023"), headers={"Authorization": "Bearer "
                                                                                                 + SECRETS[1]})
        assert "year=2023" in str(error.value)
        assert_no_secret(str(error.value) + error.value.detail + "\n".join(logged))
        assert len(logged) == 2
    finally:
        echo.stop()


def test_the_redaction_of_server_text():
    from clcplus_backbone.core.redact import redact
    cases = {
        '{"username": "alice", "password": "x1"}': '{"username": "alice", "password": "***"}',
        "GET https://bob:pw@example.org/t?token=abc&year=2023&X-Amz-Signature=f00": (
            "GET https://***@example.org/t?token=***&year=2023&X-Amz-Signature=***"),
        "Authorization: Bearer abc.def.ghi": "Authorization: ***",
        "got access_token=abcdef and key=123": "got access_token=*** and key=***",
        "assertion eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln was refused": "assertion *** was refused",
        "{'client_secret': 'abc'}": "{'client_secret': \"***\"}",
        "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----": "***",
        # Not secrets: left alone.
        "Basic authentication required; bbox must have 4 numbers": (
            "Basic authentication required; bbox must have 4 numbers"),
        '{"error": {"code": 400, "message": "Invalid bbox"}}': '{"error": {"code": 400, "message": "Invalid bbox"}}',
    }
    for text, expected in cases.items():
        assert redact(text) == expected
    assert redact("you typed hunter2%21 twice: hunter2!", ["hunter2!"]) == "you typed *** twice: ***"
