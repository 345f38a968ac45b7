"""HTTP through QGIS's network stack, for downloads that must survive a real network.

Every request goes through `QgsNetworkAccessManager`, so the user's QGIS proxy, SSL and
authentication settings apply. On top of it this module adds what tile downloads need:

- streaming of large bodies straight into a `.part` file (memory stays flat),
- resuming with an HTTP `Range` request after a dropped connection (validated with `If-Range`),
- a bounded number of retries with exponential backoff for 5xx, 408, 429 (honouring `Retry-After`),
  timeouts and dropped connections; clear errors for the rest,
- an inactivity timeout and cancellation checked every 100 ms (a cancel takes effect within 0.2 s),
- redirects followed by hand and by one rule (`redirect_target`): only to http and https, never
  from https down to http, and credentials (`Authorization` and its kin, a body with a password)
  never to another origin,
- a size limit per download (HttpPolicy.max_download; each source sets its own),
- secrets kept out of every error message (core/redact.py; HttpError applies it).

Why not QgsBlockingNetworkRequest: it holds the whole body in memory and cannot resume; it is
QgsNetworkAccessManager underneath anyway.

An HttpClient runs its requests in the calling thread with a local QEventLoop; the thread must be a
QThread (QTimer does not run in plain Python threads) that ends after the fetch, which releases
its replies: core/sources/pool.py provides such threads, and fetch_tiles uses nothing else.

One request and its reply over Qt (the event loop, the inactivity timeout, the User-Agent) are
in core/http_exchange.py; the .part file of a download and its resume rules in core/filesink.py.
No credential is ever put into a URL, a log line or an error message.
"""

import email.utils
import json
import time
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from qgis.PyQt.QtCore import QCoreApplication

from .filesink import FileSink, SizeLimit, megabytes
from .http_exchange import FATAL_ERRORS, BodyTooLarge, exchange
from .redact import CREDENTIAL_HEADER, public_url, redact, redact_bytes, secrets_of

RETRY_STATUSES = (408, 429, 500, 502, 503, 504)
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
SCHEMES = ("http", "https")


class Canceled(Exception):
    """The user canceled; nothing half-done was left visible."""


class HttpError(Exception):
    """A request that failed for good. `status` is the HTTP status (None for a network failure);
    `transient` says whether trying again later may help. The message and the detail are
    redacted (core/redact.py): `secrets` the request carried, and whatever looks like a secret."""

    def __init__(self, message, url="", status=None, transient=False, detail="", secrets=()):
        super().__init__(redact(message, secrets))
        self.url = url
        self.status = status
        self.transient = transient
        self.detail = redact(detail, secrets)


@dataclass
class HttpPolicy:
    timeout: float = 60.0  # seconds without a byte before a request is abandoned
    attempts: int = 5  # tries of one request (the first one and the retries)
    backoff: float = 2.0  # the first wait before a retry; doubles each time
    backoff_max: float = 60.0
    retry_after_max: float = 300.0  # the longest Retry-After the client waits for
    max_redirects: int = 5
    max_body: int = 64 << 20  # in-memory responses (JSON, errors); files go to disk
    max_download: int = 16 << 30  # one download into a file (fetch.py sets one per source)


@dataclass
class Response:
    url: str
    status: int
    headers: dict  # lower-case names
    content: bytes = b""
    size: int = 0  # bytes written to disk by download()
    secrets: tuple = ()  # what the request carried that no message may repeat

    def header(self, name, default=""):
        return self.headers.get(name.lower(), default)

    def json(self):
        try:
            return json.loads(self.content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise HttpError(QCoreApplication.translate(
                "CLCplusFetch", "{} did not answer with JSON (HTTP {}): {}").format(
                public_url(self.url), self.status, _snippet(self.content)), self.url, self.status,
                secrets=self.secrets) from None


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


def _shown(url, limit=80):
    """A URL as a message shows it: http(s) without query and user info, others shortened."""
    if urlsplit(url).scheme.lower() in SCHEMES:
        return public_url(url)
    url = redact(url)
    return url[:limit] + ("\u2026" if len(url) > limit else "")


def check_url(url):
    """HttpError unless `url` is an http or https address (Qt would also read file:, data:, ftp:
    and qrc: addresses: a local file must never pass for a download)."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in SCHEMES:
        raise HttpError(QCoreApplication.translate(
            "CLCplusFetch", "{} is not an http or https address; only those are downloaded").format(
            _shown(url)), url)


def redirect_target(current, location):
    """The absolute URL a redirect from `current` to `location` leads to, if it may be followed:
    http or https only (not file:, data:, ftp:), and never from https down to http - as curl and
    wget refuse them. HttpError naming the refused redirect otherwise."""
    target = urljoin(current, location.strip())
    scheme = urlsplit(target).scheme.lower()
    if scheme not in SCHEMES:
        raise HttpError(QCoreApplication.translate(
            "CLCplusFetch", "{} redirects to {}, which is not an http or https address; the redirect "
                            "was not followed. Check the address, or tell the server's operator").format(
            public_url(current), _shown(target)), current)
    if urlsplit(current).scheme.lower() == "https" and scheme == "http":
        raise HttpError(QCoreApplication.translate(
            "CLCplusFetch", "{} redirects from https to the unencrypted address {}; the redirect was not "
                            "followed (the download could be read or changed on the way). Check the "
                            "address, or tell the server's operator").format(
            public_url(current), public_url(target)), current)
    return target


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
        fields = json_body if json_body is not None else form
        return self._with_retries(method, url, headers, body, accept, sink=None,
                                  secrets=tuple(secrets_of(headers, fields, url)),
                                  credential=bool(secrets_of(None, fields)))

    def download(self, url, path, headers=None, progress=None, max_size=None):
        """GET `url` into the file `path` (created or truncated), resuming with Range after a
        dropped connection. Returns the final Response (content empty, size = bytes on disk).
        HttpError if it would be larger than `max_size` bytes (default: the policy's)."""
        headers = dict(headers or {})
        sink = FileSink(path, progress, max_size or self.policy.max_download)
        try:
            return self._with_retries("GET", url, headers, None, None, sink=sink,
                                      secrets=tuple(secrets_of(headers, None, url)))
        finally:
            sink.close()

    # --- the retry loop ---------------------------------------------------------------------

    def _with_retries(self, method, url, headers, body, accept, sink, secrets=(), credential=False):
        """The request with its retries and redirects. `secrets`: what the request carries (no
        message may repeat it); `credential`: the body itself is a credential (a sign-in), which
        never follows a redirect to another origin."""
        policy = self.policy
        check_url(url)
        attempts = failures = redirects = 0
        best = 0  # the most bytes a download ever had on disk: a retry that gets no further is a failure
        current_url, current_method = url, method
        delay = policy.backoff

        def failed(message, status=None, transient=False, detail=""):
            return HttpError(message, current_url, status, transient, detail, secrets)

        while True:
            self.check_canceled()
            attempts += 1
            request_headers = dict(headers)
            if sink is not None:
                request_headers.update(sink.resume_headers())
            try:
                ex = self._exchange(current_method, current_url, request_headers, body, sink)
            except SizeLimit as e:
                raise failed(QCoreApplication.translate(
                    "CLCplusFetch", "{} sends more than the {} MB allowed for this download ({} MB); check "
                                    "that the address points to a tile").format(
                    public_url(current_url), megabytes(e.limit), megabytes(e.size))) from None
            if ex.canceled:
                raise Canceled(QCoreApplication.translate("CLCplusFetch", "Canceled"))
            status = ex.status
            wait = None
            progressed = sink is not None and sink.size > best
            if sink is not None:
                best = max(best, sink.size)
            if ex.error in FATAL_ERRORS and status is None:
                raise failed(QCoreApplication.translate("CLCplusFetch", "{} failed: {}").format(
                    public_url(current_url), ex.error_text), status)
            if ex.transport_failed:
                reason = QCoreApplication.translate("CLCplusFetch", "timed out after {:g} s without data").format(
                    policy.timeout) if ex.timed_out else ex.error_text
                if sink is not None and sink.size:
                    reason = QCoreApplication.translate("CLCplusFetch", "{} after {} bytes").format(reason, sink.size)
                error = failed(QCoreApplication.translate("CLCplusFetch", "{} failed: {}").format(
                    public_url(current_url), reason), status, transient=True)
            elif status in REDIRECT_STATUSES and ex.headers.get("location"):
                attempts -= 1  # a redirect is not an attempt
                redirects += 1
                if redirects > policy.max_redirects:
                    raise failed(QCoreApplication.translate("CLCplusFetch", "{} redirects too often").format(
                        public_url(url)), status)
                target = redirect_target(current_url, ex.headers["location"])
                if not _same_origin(current_url, target):
                    if credential:
                        raise failed(QCoreApplication.translate(
                            "CLCplusFetch", "{} redirects the sign-in to another server ({}); the credentials "
                                            "were not sent there").format(
                            public_url(current_url), public_url(target)), status)
                    headers = {k: v for k, v in headers.items() if not CREDENTIAL_HEADER.search(k)}
                if status == 303 or (status in (301, 302) and current_method == "POST"):
                    current_method, body = "GET", None
                current_url = target
                if sink is not None:
                    sink.restart()
                    best = 0
                continue
            elif sink is not None and status in (200, 206, 416):
                outcome = sink.finish(status, ex.headers, ex.transport_failed)
                if outcome == "complete":
                    return Response(current_url, status, ex.headers, b"", sink.size)
                if outcome == "restart":
                    progressed = False
                    error = failed(QCoreApplication.translate(
                        "CLCplusFetch", "{} sent a partial answer that does not fit the part asked for; "
                                        "downloading it again from the start").format(
                        public_url(current_url)), status, transient=True)
                else:  # "resume": the body stopped short of its length
                    error = failed(QCoreApplication.translate(
                        "CLCplusFetch", "{} closed the connection after {} bytes").format(
                        public_url(current_url), sink.size), status, transient=True)
            elif status is not None and (accept is None and 200 <= status < 300 or
                                         accept is not None and status in accept):
                content = ex.body if not credential or 200 <= status < 300 else redact_bytes(ex.body, secrets)
                return Response(current_url, status, ex.headers, content, secrets=secrets)
            elif status in RETRY_STATUSES:
                error = failed(QCoreApplication.translate("CLCplusFetch", "{} answered HTTP {}: {}").format(
                    public_url(current_url), status, _snippet(ex.body)), status, transient=True,
                    detail=_snippet(ex.body))
                asked = retry_after_seconds(ex.headers.get("retry-after"))
                if asked is not None:
                    if asked > policy.retry_after_max:
                        raise failed(QCoreApplication.translate(
                            "CLCplusFetch", "{} asks to wait {:.0f} s before trying again (HTTP {}); "
                                            "try again later").format(public_url(current_url), asked, status),
                            status, transient=True)
                    wait = asked
            else:
                raise failed(QCoreApplication.translate("CLCplusFetch", "{} answered HTTP {}: {}").format(
                    public_url(current_url), status, _snippet(ex.body)), status, detail=_snippet(ex.body))
            if not progressed:
                failures += 1
            if failures >= policy.attempts or attempts >= policy.attempts * 10:
                raise failed(QCoreApplication.translate("CLCplusFetch", "{} (gave up after {} attempts)").format(
                    error, attempts), status, transient=True, detail=error.detail)
            if wait is None:
                wait = 0.0 if progressed else delay
                if not progressed:
                    delay = min(delay * 2, policy.backoff_max)
            self._log(QCoreApplication.translate("CLCplusFetch", "{}; trying again in {:.1f} s").format(error, wait))
            self.sleep(wait)

    # --- one request/response ---------------------------------------------------------------

    def _exchange(self, method, url, headers, body, sink):
        self.requests_made += 1
        try:
            return exchange(method, url, headers, body, sink, self.policy, self.is_canceled)
        except BodyTooLarge as e:
            raise HttpError(QCoreApplication.translate(
                "CLCplusFetch", "{} sent more than {} MB where a short answer was expected").format(
                public_url(url), self.policy.max_body >> 20), url, e.status) from None


def _quote(value):
    return quote(str(value), safe="")
