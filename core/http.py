"""HTTP through QGIS's network stack, for downloads that must survive a real network.

Every request goes through `QgsNetworkAccessManager`, so the user's QGIS proxy, SSL and
authentication settings apply. On top of it this module adds what tile downloads need:

- streaming of large bodies straight into a `.part` file (memory stays flat),
- resuming with an HTTP `Range` request after a dropped connection (validated with `If-Range`),
- a bounded number of retries with exponential backoff for 5xx, 408, 429 (honouring `Retry-After`),
  timeouts and dropped connections; clear errors for the rest,
- an inactivity timeout and cancellation checked every 100 ms (a cancel takes effect within 0.2 s),
- redirects followed by hand, so that an `Authorization` header never leaves its origin.

Why not QgsBlockingNetworkRequest: it holds the whole body in memory and cannot resume; it is
QgsNetworkAccessManager underneath anyway.

An HttpClient runs its requests in the calling thread with a local QEventLoop; the thread must be a
QThread (QTimer does not run in plain Python threads) that ends after the fetch, which releases
its replies: core/sources/pool.py provides such threads, and fetch_tiles uses nothing else.

User-Agent: the request carries "QGIS-CLCplus-Backbone/<version>", but QgsNetworkAccessManager
replaces every User-Agent with "<Options > Network > User-Agent> QGIS/<version>" (QGIS 3.22 to 4.x),
so servers see QGIS's; the plugin's name travels in the request's initiator attribute, which the
QGIS network logger shows. No credential is ever put into a URL, a log line or an error message.
"""

import configparser
import email.utils
import json
import os
import time
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from qgis.core import QgsNetworkAccessManager, QgsNetworkRequestParameters
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QByteArray, QCoreApplication, QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def plugin_version():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    return parser.get("general", "version", fallback="0")


USER_AGENT = "QGIS-CLCplus-Backbone/{}".format(plugin_version())

RETRY_STATUSES = (408, 429, 500, 502, 503, 504)
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
TICK_MS = 100
_CHUNK = 1 << 20

_NE = QNetworkReply.NetworkError
# Failures of the connection itself (as opposed to an HTTP status the server sent): worth a retry.
TRANSPORT_ERRORS = {
    _NE.ConnectionRefusedError, _NE.RemoteHostClosedError, _NE.HostNotFoundError, _NE.TimeoutError,
    _NE.TemporaryNetworkFailureError, _NE.NetworkSessionFailedError, _NE.UnknownNetworkError,
    _NE.ProxyConnectionRefusedError, _NE.ProxyConnectionClosedError, _NE.ProxyTimeoutError,
    _NE.UnknownProxyError, _NE.ProtocolFailure,
}
# Failures no retry cures (a bad certificate, an unknown proxy host, a malformed URL).
FATAL_ERRORS = {
    _NE.SslHandshakeFailedError, _NE.ProxyNotFoundError, _NE.ProxyAuthenticationRequiredError,
    _NE.ProtocolUnknownError, _NE.ProtocolInvalidOperationError, _NE.TooManyRedirectsError,
    _NE.InsecureRedirectError,
}



class Canceled(Exception):
    """The user canceled; nothing half-done was left visible."""


class HttpError(Exception):
    """A request that failed for good. `status` is the HTTP status (None for a network failure);
    `transient` says whether trying again later may help."""

    def __init__(self, message, url="", status=None, transient=False, detail=""):
        super().__init__(message)
        self.url = url
        self.status = status
        self.transient = transient
        self.detail = detail


@dataclass
class HttpPolicy:
    timeout: float = 60.0  # seconds without a byte before a request is abandoned
    attempts: int = 5  # tries of one request (the first one and the retries)
    backoff: float = 2.0  # the first wait before a retry; doubles each time
    backoff_max: float = 60.0
    retry_after_max: float = 300.0  # the longest Retry-After the client waits for
    max_redirects: int = 5
    max_body: int = 64 << 20  # in-memory responses (JSON, errors); files go to disk


@dataclass
class Response:
    url: str
    status: int
    headers: dict  # lower-case names
    content: bytes = b""
    size: int = 0  # bytes written to disk by download()

    def header(self, name, default=""):
        return self.headers.get(name.lower(), default)

    def json(self):
        try:
            return json.loads(self.content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise HttpError(QCoreApplication.translate(
                "CLCplusFetch", "{} did not answer with JSON (HTTP {}): {}").format(
                public_url(self.url), self.status, _snippet(self.content)), self.url, self.status) from None


@dataclass
class _Exchange:
    status: object = None
    headers: dict = None
    body: bytes = b""
    written: int = 0
    error: object = None  # QNetworkReply.NetworkError or None
    error_text: str = ""
    canceled: bool = False
    timed_out: bool = False

    @property
    def transport_failed(self):
        if self.timed_out:
            return True
        if self.error is None or self.error == _NE.NoError:
            return False
        if self.status is None:
            return True
        # The server answered, then the connection broke.
        return self.error in TRANSPORT_ERRORS


def public_url(url):
    """`url` without its query and user info: safe to show in messages and logs."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = "{}:{}".format(host, parts.port)
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _snippet(content, limit=300):
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else str(content)
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, dict):
        for key in ("detail", "message", "error_description", "error", "Message", "msg"):
            value = data.get(key)
            if isinstance(value, dict):
                value = value.get("message") or value.get("details") or json.dumps(value)
            if value:
                text = str(value)
                break
    text = " ".join(text.split())
    return text[:limit] + ("\u2026" if len(text) > limit else "")


def _same_origin(a, b):
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.scheme, pa.hostname, pa.port) == (pb.scheme, pb.hostname, pb.port)


def retry_after_seconds(value):
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date); None if unreadable."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


class HttpClient:
    """Requests with retries, downloads with resume. One client per thread (it is not shared).

    `is_canceled` is a callable (for instance QgsFeedback.isCanceled) checked every 100 ms;
    `log` receives short progress lines (retries, resumes) without credentials.
    """

    def __init__(self, policy=None, is_canceled=None, log=None):
        self.policy = policy or HttpPolicy()
        self._is_canceled = is_canceled or (lambda: False)
        self._log = log or (lambda message: None)
        self.requests_made = 0

    # --- public ------------------------------------------------------------------------------

    def is_canceled(self):
        return bool(self._is_canceled())

    def check_canceled(self):
        if self.is_canceled():
            raise Canceled(QCoreApplication.translate("CLCplusFetch", "Canceled"))

    def sleep(self, seconds):
        """Wait `seconds`, waking every 50 ms to honour a cancel."""
        end = time.monotonic() + max(0.0, seconds)
        while True:
            self.check_canceled()
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(0.05, left))

    def request(self, method, url, headers=None, data=None, json_body=None, form=None,
                accept=None):
        """One request with retries; the response in memory. `accept` lists the statuses that
        count as success (default: any 2xx). HttpError for anything else."""
        headers = dict(headers or {})
        body = None
        if json_body is not None:
            body = json.dumps(json_body).encode("utf-8")
            headers.setdefault("Content-Type", "application/json")
        elif form is not None:
            body = "&".join("{}={}".format(_quote(k), _quote(v)) for k, v in form.items()).encode("ascii")
            headers.setdefault("Content-Type", "application/x-www-form-urlencoded")
        elif data is not None:
            body = data if isinstance(data, bytes) else str(data).encode("utf-8")
        headers.setdefault("Accept", "application/json")
        return self._with_retries(method, url, headers, body, accept, sink=None)

    def download(self, url, path, headers=None, progress=None):
        """GET `url` into the file `path` (created or truncated), resuming with Range after a
        dropped connection. Returns the final Response (content empty, size = bytes on disk)."""
        headers = dict(headers or {})
        sink = _FileSink(path, progress)
        try:
            return self._with_retries("GET", url, headers, None, None, sink=sink)
        finally:
            sink.close()

    # --- the retry loop ---------------------------------------------------------------------

    def _with_retries(self, method, url, headers, body, accept, sink):
        policy = self.policy
        failures = 0
        exchanges = 0
        redirects = 0
        current_url = url
        current_method = method
        delay = policy.backoff
        while True:
            self.check_canceled()
            exchanges += 1
            request_headers = dict(headers)
            if sink is not None:
                request_headers.update(sink.resume_headers())
            ex = self._exchange(current_method, current_url, request_headers, body, sink)
            if ex.canceled:
                raise Canceled(QCoreApplication.translate("CLCplusFetch", "Canceled"))
            status = ex.status
            wait = None
            if ex.error in FATAL_ERRORS and status is None:
                raise HttpError(QCoreApplication.translate(
                    "CLCplusFetch", "{} failed: {}").format(public_url(current_url), ex.error_text),
                                current_url, status)
            if ex.transport_failed:
                reason = QCoreApplication.translate(
                    "CLCplusFetch", "timed out after {:g} s without data").format(policy.timeout) if ex.timed_out \
                    else ex.error_text
                problem = QCoreApplication.translate(
                    "CLCplusFetch", "{} failed: {}").format(public_url(current_url), reason)
                progressed = sink is not None and ex.written > 0
                if not progressed:
                    failures += 1
                error = HttpError(problem, current_url, status, transient=True)
            elif status in REDIRECT_STATUSES and ex.headers.get("location"):
                redirects += 1
                if redirects > policy.max_redirects:
                    raise HttpError(QCoreApplication.translate(
                        "CLCplusFetch", "{} redirects too often").format(public_url(url)), url, status)
                target = urljoin(current_url, ex.headers["location"])
                if not _same_origin(current_url, target):
                    headers = {k: v for k, v in headers.items() if k.lower() != "authorization"}
                if status == 303 or (status in (301, 302) and current_method == "POST"):
                    current_method, body = "GET", None
                current_url = target
                if sink is not None:
                    sink.restart()
                continue
            elif sink is not None and status in (200, 206, 416):
                outcome = sink.finish(ex)
                if outcome == "complete":
                    return Response(current_url, status, ex.headers, b"", sink.size)
                if outcome == "restart":
                    failures += 1
                    error = HttpError(QCoreApplication.translate(
                        "CLCplusFetch", "{} sent an inconsistent partial response").format(
                        public_url(current_url)), current_url, status, transient=True)
                else:  # "resume": the body stopped short of its length
                    error = HttpError(QCoreApplication.translate(
                        "CLCplusFetch", "{} closed the connection after {} bytes").format(
                        public_url(current_url), sink.size), current_url, status, transient=True)
                    if ex.written == 0:
                        failures += 1
            elif status is not None and (accept is None and 200 <= status < 300 or
                                         accept is not None and status in accept):
                return Response(current_url, status, ex.headers, ex.body)
            elif status in RETRY_STATUSES:
                failures += 1
                error = HttpError(QCoreApplication.translate("CLCplusFetch", "{} answered HTTP {}: {}").format(
                    public_url(current_url), status, _snippet(ex.body)), current_url, status,
                    transient=True, detail=_snippet(ex.body))
                asked = retry_after_seconds(ex.headers.get("retry-after"))
                if asked is not None:
                    if asked > policy.retry_after_max:
                        raise HttpError(QCoreApplication.translate(
                            "CLCplusFetch", "{} asks to wait {:.0f} s before trying again (HTTP {}); "
                                            "try again later").format(public_url(current_url), asked, status),
                                        current_url, status, transient=True)
                    wait = asked
            else:
                raise HttpError(QCoreApplication.translate("CLCplusFetch", "{} answered HTTP {}: {}").format(
                    public_url(current_url), status, _snippet(ex.body)), current_url, status,
                    detail=_snippet(ex.body))
            if failures >= policy.attempts or exchanges >= policy.attempts * 10:
                raise HttpError(QCoreApplication.translate(
                    "CLCplusFetch", "{} (gave up after {} attempts)").format(error, failures),
                                current_url, status, transient=True, detail=error.detail)
            if wait is None:
                wait = delay if not (sink is not None and ex.written > 0) else 0.0
                delay = min(delay * 2, policy.backoff_max)
            self._log(QCoreApplication.translate("CLCplusFetch", "{}; trying again in {:.1f} s").format(error, wait))
            self.sleep(wait)

    # --- one request/response ---------------------------------------------------------------

    def _exchange(self, method, url, headers, body, sink):
        self.requests_made += 1
        request = QNetworkRequest(QUrl(url))
        for name, value in headers.items():
            request.setRawHeader(name.encode("latin-1"), str(value).encode("latin-1"))
        request.setRawHeader(b"User-Agent", USER_AGENT.encode("ascii"))
        request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                             QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                             QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)
        request.setAttribute(QNetworkRequest.Attribute(
            int(QgsNetworkRequestParameters.RequestAttributes.AttributeInitiatorClass)), USER_AGENT)
        if body is None and method in ("POST", "PUT"):
            body = b""
        manager = QgsNetworkAccessManager.instance()
        if method == "GET":
            reply = manager.get(request)
        elif method == "HEAD":
            reply = manager.head(request)
        elif method == "POST":
            reply = manager.post(request, QByteArray(body))
        elif method == "PUT":
            reply = manager.put(request, QByteArray(body))
        else:
            reply = manager.sendCustomRequest(request, method.encode("ascii"), QByteArray(body or b""))

        ex = _Exchange(headers={})
        state = {"last": time.monotonic(), "buffer": bytearray(), "to_sink": None, "too_big": False}
        loop = QEventLoop()

        def status_now():
            value = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            return int(value) if value is not None else None

        def on_ready():
            state["last"] = time.monotonic()
            data = bytes(reply.readAll())
            if not data:
                return
            if state["to_sink"] is None:
                status = status_now()
                state["to_sink"] = sink is not None and status in (200, 206)
                if state["to_sink"]:
                    sink.begin(status, _headers(reply))
            if state["to_sink"]:
                ex.written += sink.write(data)
            elif len(state["buffer"]) + len(data) <= self.policy.max_body:
                state["buffer"] += data
            else:
                state["too_big"] = True
                reply.abort()

        def on_activity(*_args):
            state["last"] = time.monotonic()

        def on_tick():
            if reply.isFinished():
                return
            if self.is_canceled():
                ex.canceled = True
                reply.abort()
            elif time.monotonic() - state["last"] > self.policy.timeout:
                ex.timed_out = True
                reply.abort()

        # A Python exception escaping a slot would abort QGIS (PyQt calls qFatal): every slot
        # catches, the loop stops, and the error is raised here once the reply is let go.
        slot_errors = []

        def guarded(function):
            def slot(*args):
                try:
                    function(*args)
                except BaseException as e:  # noqa: B902 - re-raised below, outside Qt
                    slot_errors.append(e)
                    loop.quit()
            return slot

        connections = [(reply.readyRead, guarded(on_ready)), (reply.downloadProgress, guarded(on_activity)),
                       (reply.uploadProgress, guarded(on_activity)), (reply.metaDataChanged, guarded(on_activity)),
                       (reply.finished, loop.quit)]
        for signal, slot in connections:
            signal.connect(slot)
        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(guarded(on_tick))
        timer.start()
        if not reply.isFinished():
            loop.exec()
        timer.stop()
        for signal, slot in connections:
            signal.disconnect(slot)
        try:
            if slot_errors:
                reply.abort()
                raise slot_errors[0]
            on_ready()
            ex.status = status_now()
            ex.headers = _headers(reply)
            ex.error = reply.error()
            ex.error_text = reply.errorString().replace(url, public_url(url))
            ex.body = bytes(state["buffer"])
            if state["too_big"]:
                raise HttpError(QCoreApplication.translate(
                    "CLCplusFetch", "{} sent more than {} MB where a short answer was expected").format(
                    public_url(url), self.policy.max_body >> 20), url, ex.status)
            return ex
        finally:
            # The reply is not deleted here: it stays a child of this thread's
            # QgsNetworkAccessManager until the thread ends (the pool's threads live for one
            # fetch). Deleting replies one by one (sip.delete or deleteLater) lets sip hand a
            # stale Python wrapper to a later reply that Qt allocates at the same address
            # ("wrapped C/C++ object has been deleted" - seen under load, 1 in ~500 requests).
            reply.close()
            sip.delete(timer)
            sip.delete(loop)


def _headers(reply):
    return {bytes(name).decode("latin-1").lower(): bytes(reply.rawHeader(name)).decode("latin-1")
            for name in reply.rawHeaderList()}


def _quote(value):
    return quote(str(value), safe="")


class _FileSink:
    """The .part file of one download and the bookkeeping that resumes it."""

    def __init__(self, path, progress):
        self.path = path
        self.progress = progress
        self.file = open(path, "wb")
        self.size = 0
        self.total = None
        self.validator = None  # ETag or Last-Modified of the first response
        self.length = None  # Content-Length of the current response

    def resume_headers(self):
        if self.size <= 0:
            return {}
        headers = {"Range": "bytes={}-".format(self.size)}
        if self.validator:
            headers["If-Range"] = self.validator
        return headers

    def restart(self):
        self.file.seek(0)
        self.file.truncate()
        self.size = 0
        self.total = None
        self.validator = None

    def begin(self, status, headers):
        if status == 206:
            start, total = _content_range(headers.get("content-range", ""))
            if start != self.size:
                self.restart()
                self.length = -1  # unusable partial answer: ignore its body
                return
            self.total = total
        else:  # 200: a complete body, from the first byte
            if self.size:
                self.restart()
            length = headers.get("content-length")
            self.total = int(length) if length and length.isdigit() else None
        self.validator = headers.get("etag") or headers.get("last-modified") or self.validator
        length = headers.get("content-length")
        self.length = int(length) if length and length.isdigit() else None

    def write(self, data):
        if self.length == -1:
            return 0
        self.file.write(data)
        self.size += len(data)
        if self.progress is not None:
            self.progress(self.size, self.total)
        return len(data)

    def finish(self, ex):
        """'complete', 'resume' (a shorter body than announced, or a dropped connection) or
        'restart' (a partial answer that does not fit)."""
        self.file.flush()
        if ex.status == 416:
            _start, total = _content_range(ex.headers.get("content-range", ""))
            if total is not None and total == self.size:
                return "complete"
            self.restart()
            return "restart"
        if self.length == -1:
            self.length = None
            return "restart"
        if ex.transport_failed:
            return "resume"
        if self.total is not None and self.size < self.total:
            return "resume"
        return "complete"

    def close(self):
        if not self.file.closed:
            self.file.close()


def _content_range(value):
    """(first byte, total) of 'bytes 100-199/1000' or 'bytes */1000'; (None, None) if unreadable."""
    value = value.strip()
    if not value.startswith("bytes "):
        return None, None
    span, _, total = value[6:].partition("/")
    total = int(total) if total.strip().isdigit() else None
    first = span.split("-")[0].strip()
    return (int(first) if first.isdigit() else None), total
