"""One HTTP request and its reply through QGIS's QgsNetworkAccessManager (core/http.py's client
sends each of its tries with `exchange`).

The reply is waited for in a local QEventLoop, with a timer that checks every 100 ms for a cancel
and for a connection silent longer than the policy's timeout; a body goes straight to the
download's FileSink or, for short answers, to memory. What the outcome means (retry, redirect,
resume, error) is the client's decision.

User-Agent: the request carries "QGIS-CLCplus-Backbone/<version>", but QgsNetworkAccessManager
replaces every User-Agent with "<Options > Network > User-Agent> QGIS/<version>" (QGIS 3.22 to 4.x),
so servers see QGIS's; the plugin's name travels in the request's initiator attribute, which the
QGIS network logger shows.
"""

import configparser
import os
import time
from dataclasses import dataclass

from qgis.core import QgsNetworkAccessManager, QgsNetworkRequestParameters
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QByteArray, QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from .redact import public_url

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def plugin_version():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    return parser.get("general", "version", fallback="0")


USER_AGENT = "QGIS-CLCplus-Backbone/{}".format(plugin_version())

TICK_MS = 100

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


class BodyTooLarge(Exception):
    """A short answer (JSON, an error page) longer than the policy's max_body; `status` is its HTTP
    status. The client words the error."""

    def __init__(self, status):
        super().__init__(status)
        self.status = status


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


def exchange(method, url, headers, body, sink, policy, is_canceled):
    """Send one request through QgsNetworkAccessManager and wait for its reply in a local event
    loop: the body goes to `sink` (a FileSink) if it is a 200 or 206 for a download, to memory
    otherwise (BodyTooLarge beyond `policy.max_body`). Gives up after `policy.timeout` seconds
    without a byte, or when `is_canceled()` says so; the outcome is left to the caller."""
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
        if not reply.isOpen():  # aborted (timeout, cancel): nothing more to read
            return
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
        elif len(state["buffer"]) + len(data) <= policy.max_body:
            state["buffer"] += data
        else:
            state["too_big"] = True
            reply.abort()

    def on_activity(*_args):
        state["last"] = time.monotonic()

    def on_tick():
        if reply.isFinished():
            return
        if is_canceled():
            ex.canceled = True
            reply.abort()
        elif time.monotonic() - state["last"] > policy.timeout:
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
            raise BodyTooLarge(ex.status)
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
