"""A plain HTTP mirror: files at paths, with ETag and byte ranges."""

from .base import Reply, TestServer, not_found


class MirrorServer(TestServer):
    def __init__(self, files=None):
        super().__init__()
        self.files = dict(files or {})

    def put(self, path, data):
        self.files[path] = data

    def route(self, method, path, query, headers, body):
        if method not in ("GET", "HEAD"):
            return Reply(405)
        if path not in self.files:
            return not_found(path)
        return Reply(200, self.files[path], {"Content-Type": "image/tiff"}, ranged=True)
