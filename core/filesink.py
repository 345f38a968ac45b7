"""The `.part` file of one download (core/http.py): what is on disk, how to resume it, and what a
server may and may not answer to a resume.

A resume asks for `Range: bytes=<size>-` (with `If-Range`). A 206 is appended only if its
Content-Range answers exactly that: it starts at <size>, its span matches its Content-Length, its
total is the total known from before, and its ETag (if any) is the one the resume named. Anything
else (a proxy that sends the whole file with a 206, a file that changed meanwhile) throws the part
away and the download starts again from byte 0; a body longer than announced is never appended.
"""

import re

from qgis.PyQt.QtCore import QCoreApplication

from .redact import redact

class SizeLimit(ValueError):
    """A download larger than the limit its caller set; `size` is what the server announced or sent."""

    def __init__(self, size, limit):
        super().__init__("{} > {}".format(size, limit))
        self.size = size
        self.limit = limit


class FileSink:
    """The bookkeeping of one download into `path` (created or truncated)."""

    def __init__(self, path, progress=None, max_size=None):
        self.path = path
        self.progress = progress
        self.max_size = max_size
        self.file = open(path, "wb")
        self.size = 0
        self.total = None  # the whole file's size, once a response said it
        self.validator = None  # ETag or Last-Modified of the first response
        self.remaining = None  # bytes the current response may still append (None: not known)
        self.ignoring = False  # the current response does not fit: its body is not written
        self.broken = False  # the current response sent more than it announced

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
        """The first bytes of a 200 or 206 response arrive; SizeLimit if it announces too much."""
        length = _number(headers.get("content-length"))
        self.ignoring = False
        if status == 206:
            start, end, total = content_range(headers.get("content-range", ""))
            if not self._fits(start, end, total, length, headers.get("etag")):
                self.restart()
                self.ignoring = True  # an answer that does not match the question: start again
                return
            self.remaining = end - start + 1
            self.total = total if total is not None else self.total
        else:  # 200: the whole body, from the first byte
            if self.size:
                self.restart()
            self.total = length
            self.remaining = length
        if self.max_size is not None and self.total is not None and self.total > self.max_size:
            raise SizeLimit(self.total, self.max_size)
        self.validator = headers.get("etag") or headers.get("last-modified") or self.validator

    def _fits(self, start, end, total, length, etag):
        if start is None or end is None or start != self.size or end < start:
            return False
        if total is not None and end >= total:
            return False
        if total is not None and self.total is not None and total != self.total:
            return False
        if length is not None and length != end - start + 1:
            return False
        if etag and self.validator and self.validator.startswith('"') and etag != self.validator:
            return False
        return True

    def write(self, data):
        """Append `data`; the number of bytes written (0 for a response being ignored)."""
        if self.ignoring:
            return 0
        if self.remaining is not None and len(data) > self.remaining:
            self.ignoring = self.broken = True  # more than announced: which bytes are right?
            return 0
        if self.max_size is not None and self.size + len(data) > self.max_size:
            raise SizeLimit(self.size + len(data), self.max_size)
        self.file.write(data)
        self.size += len(data)
        if self.remaining is not None:
            self.remaining -= len(data)
        if self.progress is not None:
            self.progress(self.size, self.total)
        return len(data)

    def finish(self, status, headers, transport_failed):
        """'complete', 'resume' (a shorter body than announced, or a dropped connection) or
        'restart' (an answer that does not fit; the part is emptied)."""
        self.file.flush()
        if status == 416:
            _start, _end, total = content_range(headers.get("content-range", ""))
            if total is not None and total == self.size and (self.total is None or self.total == total):
                return "complete"
            self.restart()
            return "restart"
        if self.ignoring:
            self.ignoring = self.broken = False
            self.restart()
            return "restart"
        if transport_failed:
            return "resume"
        if self.total is not None and self.size < self.total:
            return "resume"
        if self.total is not None and self.size > self.total:
            self.restart()
            return "restart"
        return "complete"

    def close(self):
        if not self.file.closed:
            self.file.close()


def _number(value):
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


def content_range(value):
    """(first byte, last byte, total) of 'bytes 100-199/1000' ('bytes */1000': None, None, 1000);
    None for what cannot be read."""
    value = (value or "").strip()
    if not value.lower().startswith("bytes "):
        return None, None, None
    span, _, total = value[6:].partition("/")
    total = _number(total)
    first, _, last = span.partition("-")
    return _number(first), _number(last), total


def text_instead(path, limit=120):
    """("page", first words) if the file `path` is a web page, ("text", first words) if it is
    other text (an XML or JSON error, plain text), None if it is binary (a raster, a zip): what a
    message says instead of "not a raster GDAL can open: <path>"."""
    try:
        with open(path, "rb") as f:
            head = f.read(64 * 1024)
    except OSError:
        return None
    return text_kind(head, limit)


def text_kind(head, limit=120):
    start = head[:1024]
    if not start.strip() or b"\0" in start:
        return None
    text = head.lstrip(b"\xef\xbb\xbf").decode("utf-8", "replace")
    if text[:1024].count("\ufffd") > 20:
        return None
    low = text[:1024].lower()
    kind = "page" if "<html" in low or "<!doctype html" in low or "<body" in low else "text"
    body = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", text)
    title = re.search(r"(?is)<title[^>]*>(.*?)</title>", body)
    body = re.sub(r"(?is)<title[^>]*>.*?</title>", " ", body)
    words = " ".join(re.sub(r"(?s)<[^>]*>", " ", body).split())
    if title and title.group(1).split():
        words = " ".join(title.group(1).split()) + (" \u2013 " + words if words else "")
    words = redact(words)  # a page may repeat the request, token and all
    if not words:
        words = QCoreApplication.translate("CLCplusFetch", "no text")
    return kind, words[:limit] + ("\u2026" if len(words) > limit else "")


def megabytes(size):
    """Bytes as megabytes (10^6, as the other messages count them) for a message: 1074, 0.25."""
    return "{:.0f}".format(size / 1e6) if size >= 10e6 else "{:.2g}".format(size / 1e6)
