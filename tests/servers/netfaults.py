"""What a network between QGIS and a service can do wrong, on 127.0.0.1: a port nobody listens on,
an HTTPS server whose certificate no one trusts, and an HTTP proxy (forwarding, refusing a login).

Where each behaviour comes from:
- the forward proxy: a client configured with an HTTP proxy sends it the request with the
  absolute URL as target ("absolute-form", RFC 9112 section 3.2.2) and the proxy makes the request
  on its behalf (RFC 9110 section 3.7, "Intermediaries"); Qt does so for http:// URLs when QGIS's
  proxy (Settings > Options > Network: proxy/proxyEnabled, proxyType HttpProxy, proxyHost,
  proxyPort - the keys QgsNetworkAccessManager::setupDefaultProxyAndCache reads) is set;
- a proxy that wants a login answers 407 with Proxy-Authenticate (RFC 9110 section 15.5.8);
- the self-signed certificate is made with the openssl command line tool; a TLS client that does
  not trust it fails the handshake (RFC 8446 section 4.4.2.4, "bad_certificate"/"unknown_ca").
"""

import http.client
import http.server
import os
import shutil
import socket
import ssl
import subprocess
import threading
from urllib.parse import urlsplit


def closed_port():
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def self_signed(folder):
    """(certificate, key) paths of a fresh self-signed certificate for 127.0.0.1; None without openssl."""
    if shutil.which("openssl") is None:
        return None
    cert, key = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "2", "-subj", "/CN=127.0.0.1"], check=True, capture_output=True, timeout=120)
    return cert, key


class _Server:
    def __init__(self, handler, tls=None):
        self.log = []
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._httpd.owner = self
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self._httpd.shutdown()
        self._httpd.server_close()

    @property
    def port(self):
        return self._httpd.server_address[1]


class _Quiet(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body=b"", headers=None):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class TlsServer(_Server):
    """HTTPS on 127.0.0.1 with a self-signed certificate: every request gets {"ok": true}."""

    def __init__(self, certificate):
        class Handler(_Quiet):
            def do_GET(self):
                self.server.owner.log.append(self.path)
                self.reply(200, b'{"ok": true}', {"Content-Type": "application/json"})
            do_HEAD = do_GET
        super().__init__(Handler, certificate)

    @property
    def base(self):
        return "https://127.0.0.1:{}".format(self.port)


class ProxyServer(_Server):
    """An HTTP forward proxy: each request in absolute form is made to its target and the answer
    passed back; with `login_required` every request gets 407 instead."""

    def __init__(self, login_required=False):
        owner = self
        self.login_required = login_required

        class Handler(_Quiet):
            def _forward(self):
                owner.log.append((self.command, self.path))
                if owner.login_required:
                    self.reply(407, b"Proxy login required", {"Proxy-Authenticate": 'Basic realm="test proxy"'})
                    return
                target = urlsplit(self.path)
                if not target.scheme or not target.hostname:
                    self.reply(400, b"absolute URL expected")
                    return
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in ("proxy-connection", "connection", "keep-alive", "host")}
                connection = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=30)
                try:
                    path = target.path + ("?" + target.query if target.query else "")
                    connection.request(self.command, path or "/", body=body, headers=headers)
                    answer = connection.getresponse()
                    data = answer.read()
                    passed = {k: v for k, v in answer.getheaders()
                              if k.lower() not in ("transfer-encoding", "connection", "content-length")}
                    self.reply(answer.status, data, passed)
                except OSError as e:
                    self.reply(502, "bad gateway: {}".format(e).encode())
                finally:
                    connection.close()

            do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = _forward
        super().__init__(Handler)
