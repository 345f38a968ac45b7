"""The server base: routing, a request log, byte ranges, and scripted faults."""

import hashlib
import http.server
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict = field(default_factory=dict)
    ranged: bool = False  # static content: byte ranges and ETag are supported
    stream: bool = False  # no Content-Length: the body ends when the connection closes


@dataclass
class Fault:
    """What the next matching request gets instead of (or on top of) the normal answer.

    kind: "status" (status, headers, body), "drop" (the normal answer, cut after `after` body
    bytes and the connection closed), "slow" (wait `delay` s, then the normal answer),
    "replace" (another body with the normal status: a corrupt or truncated file).
    """
    kind: str
    status: int = 500
    headers: dict = field(default_factory=dict)
    body: bytes = b""
    after: int = 0
    delay: float = 0.0


@dataclass
class Logged:
    method: str
    path: str
    query: dict
    headers: dict
    body: bytes
    time: float


class TestServer:
    """Subclasses implement route(method, path, query, headers, body) -> Reply."""

    __test__ = False  # not a pytest test class

    def __init__(self):
        self.log = []
        self._faults = []  # (method or None, path prefix, deque of Fault)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = None
        self._thread = None
        self._scheme = "http"

    # --- life ----------------------------------------------------------------------------

    def start(self, ssl_context=None):
        """Serve on 127.0.0.1; with `ssl_context` (an ssl.SSLContext with a certificate) over https."""
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                server._handle(self, "GET")

            def do_HEAD(self):
                server._handle(self, "HEAD")

            def do_POST(self):
                server._handle(self, "POST")

            def do_PUT(self):
                server._handle(self, "PUT")

            def do_DELETE(self):
                server._handle(self, "DELETE")

        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        if ssl_context is not None:
            self._httpd.socket = ssl_context.wrap_socket(self._httpd.socket, server_side=True)
            self._scheme = "https"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self):
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    @property
    def base(self):
        return "{}://127.0.0.1:{}".format(self._scheme, self._httpd.server_address[1])

    def url(self, path):
        return self.base + path

    # --- faults and the log --------------------------------------------------------------

    def fail(self, path_prefix, *faults, method=None):
        """Apply `faults` in turn to the next requests whose path starts with `path_prefix`."""
        with self._lock:
            self._faults.append((method, path_prefix, deque(faults)))

    def requests(self, path_prefix="", method=None):
        with self._lock:
            return [r for r in self.log if r.path.startswith(path_prefix) and (method is None or r.method == method)]

    def clear_log(self):
        with self._lock:
            self.log.clear()

    def _next_fault(self, method, path):
        with self._lock:
            for wanted, prefix, queue in self._faults:
                if queue and path.startswith(prefix) and (wanted is None or wanted == method):
                    return queue.popleft()
        return None

    # --- one request ---------------------------------------------------------------------

    def route(self, method, path, query, headers, body):
        raise NotImplementedError

    def _handle(self, handler, method):
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in handler.headers.items()}
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        with self._lock:
            self.log.append(Logged(method, parts.path, query, headers, body, time.monotonic()))
        fault = self._next_fault(method, parts.path)
        if fault is not None and fault.kind == "slow":
            if self._stopping.wait(fault.delay):
                return
            fault = None
        if fault is not None and fault.kind == "status":
            reply = Reply(fault.status, fault.body, dict(fault.headers))
        else:
            try:
                reply = self.route(method, parts.path, query, headers, body)
            except Exception as e:  # a bug in a test server must show, not hang the client
                reply = Reply(599, "test server error: {!r}".format(e).encode())
            if fault is not None and fault.kind == "replace":
                reply = Reply(reply.status, fault.body, dict(reply.headers))
                fault = None
        self._send(handler, method, headers, reply, fault)

    def _send(self, handler, method, headers, reply, fault):
        body = reply.body
        status = reply.status
        out_headers = dict(reply.headers)
        if reply.ranged and status == 200:
            etag = '"{}"'.format(hashlib.sha1(body).hexdigest()[:16])
            out_headers["ETag"] = etag
            out_headers["Accept-Ranges"] = "bytes"
            wanted = headers.get("range", "")
            if_range = headers.get("if-range")
            if wanted.startswith("bytes=") and (if_range is None or if_range == etag):
                first, _, last = wanted[6:].partition("-")
                start = int(first)
                end = int(last) if last else len(body) - 1
                if start >= len(body):
                    status, body = 416, b""
                    out_headers["Content-Range"] = "bytes */{}".format(len(reply.body))
                else:
                    out_headers["Content-Range"] = "bytes {}-{}/{}".format(start, end, len(reply.body))
                    status, body = 206, body[start:end + 1]
        out_headers.setdefault("Content-Type", "application/octet-stream")
        handler.send_response(status)
        for name, value in out_headers.items():
            handler.send_header(name, str(value))
        if reply.stream:
            handler.send_header("Connection", "close")
            handler.close_connection = True
        else:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if method == "HEAD":
            return
        if fault is not None and fault.kind == "drop":
            handler.wfile.write(body[:fault.after])
            handler.wfile.flush()
            handler.close_connection = True
            try:
                handler.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        try:
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


def json_reply(data, status=200, headers=None):
    import json
    out = {"Content-Type": "application/json"}
    out.update(headers or {})
    return Reply(status, json.dumps(data).encode("utf-8"), out)


def not_found(path=""):
    return json_reply({"detail": "Not found: {}".format(path)}, 404)
