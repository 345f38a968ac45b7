"""A mirror or a folder: tiles (or per-tile zips) at an HTTP(S) URL or local path template, or a
local pan-European mosaic used in place.

Template placeholders: {year}, {tile} (E44N36), {layer} (RAS, RASCL), {name} (the official file
name), {stem} (the name without .tif), {east}, {north} (44, 36), {xmin}, {ymin} (metres). A URL or
folder without placeholders means <it>/{year}/{name}, the layout of the sample data; a local folder
is also searched for {name} and {stem}.zip directly inside it. A local raster file (no {tile}) is
a mosaic: the AOI mosaic becomes a VRT window onto it and nothing is copied.

A file that starts like a zip is unpacked safely (core/sources/archive.py); otherwise it is the
tile itself. HTTP 404/410 or a missing local file means the mirror has no such tile; a web page
or other text where a tile should be fails the tile with the page's first words.

Credentials: an authentication configuration of the method Basic (request.authcfg) is sent as HTTP
Basic authorization to a URL mirror; that keeps the password out of the Processing history, which
records every parameter. A URL may also hold them (https://user:password@host/..., ?token=...). They
travel only to the mirror's own origin (core/http.py drops them on a redirect elsewhere), never appear
in a message, and the dock does not save them (ui/settings.py keeps them for the QGIS session only).
"""

import base64
import os
import shutil
from urllib.parse import urlsplit

from qgis.PyQt.QtCore import QCoreApplication

from .. import product
from ..filesink import text_instead
from ..http import HttpError
from ..redact import public_url
from . import credentials
from .base import Source, SourceError
from .common import install_file, report

_PLACEHOLDERS = ("{year}", "{tile}", "{layer}", "{name}", "{stem}", "{east}", "{north}", "{xmin}", "{ymin}")
_CHUNK = 1 << 20


def is_url(text):
    return urlsplit(text).scheme.lower() in ("http", "https")


class MirrorSource(Source):
    KEY = "mirror"
    LAYERS = (product.LAND_COVER.key, product.CONFIDENCE.key)

    def __init__(self, template=""):
        super().__init__("")
        self.template = (template or "").strip()
        self._headers = {}

    def name(self):
        return QCoreApplication.translate("CLCplusFetch", "Mirror or folder")

    def prepare(self, request):
        if not self.template:
            raise SourceError(QCoreApplication.translate(
                "CLCplusFetch", "The mirror source needs a URL or a folder (a template with {year} and "
                                 "{tile} is allowed), or a local mosaic file"))
        if not is_url(self.template) and not any(p in self.template for p in _PLACEHOLDERS) \
                and not os.path.isdir(self.template) and not os.path.isfile(self.template):
            raise SourceError(QCoreApplication.translate(
                "CLCplusFetch", "The folder or file {} does not exist").format(self.template))
        self._headers = {}
        if request.authcfg and is_url(self.template):
            user, password = credentials.basic_credentials(request.authcfg, QCoreApplication.translate(
                "CLCplusFetch", "the mirror"))
            pair = "{}:{}".format(user, password).encode("utf-8")
            self._headers = {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}

    def local_mosaic(self):
        """The local mosaic file this mirror names, or None."""
        if not self.template or is_url(self.template) or "{" in self.template:
            return None
        return self.template if os.path.isfile(self.template) else None

    def locations(self, year, layer, tile):
        """Where to look for one tile, in order."""
        name = product.tile_file_name(year, tile, layer)
        stem = name[:-len(".tif")]
        xmin, ymin = tile.extent[:2]
        values = dict(year=int(year), tile=str(tile), layer=layer.key, name=name, stem=stem,
                      east="{:02d}".format(tile.east), north="{:02d}".format(tile.north), xmin=xmin, ymin=ymin)
        if any(p in self.template for p in _PLACEHOLDERS):
            return [self.template.format(**values)]
        base = self.template.rstrip("/\\")
        if is_url(base):
            return ["{}/{}/{}".format(base, year, name)]
        return [os.path.join(base, str(year), name), os.path.join(base, name),
                os.path.join(base, str(year), stem + ".zip"), os.path.join(base, stem + ".zip")]

    def fetch(self, session, tiles):
        report(session, session.map(lambda tile: self._fetch_one(session, tile), tiles))

    def _fetch_one(self, session, tile):
        tried = []
        for location in self.locations(session.year, session.layer, tile):
            part = session.temp_path("{}.part".format(tile))
            if is_url(location):
                tried.append(public_url(location))
                try:
                    session.http().download(location, part, headers=self._headers,
                                            progress=lambda done, total: _progress(session, tile, done, total))
                except HttpError as e:
                    if e.status in (404, 410):
                        continue
                    raise
                _refuse_text(part, location)
            else:
                tried.append(location)
                if not os.path.isfile(location):
                    continue
                _copy(location, part, session)
            return install_file(session, tile, part)
        session.unavailable(tile, QCoreApplication.translate(
            "CLCplusFetch", "not found at {}").format(", ".join(tried)))
        return None


def _refuse_text(path, url):
    """SourceError if the mirror sent a web page or other text where a tile or a zip should be."""
    found = text_instead(path)
    if found is None:
        return
    kind, words = found
    if kind == "page":
        raise SourceError(QCoreApplication.translate(
            "CLCplusFetch", "{} sent a web page instead of the tile (“{}”); check the mirror's "
                            "address, and whether it needs a sign-in").format(public_url(url), words))
    raise SourceError(QCoreApplication.translate(
        "CLCplusFetch", "{} sent text instead of the tile (“{}”); check the mirror's address").format(
        public_url(url), words))


def _progress(session, tile, done, total):
    if total:
        session.progress(tile, 0.9 * done / total, done, total)


def _copy(source, target, session):
    with open(source, "rb") as src, open(target, "wb") as dst:
        while True:
            session.check_canceled()
            chunk = src.read(_CHUNK)
            if not chunk:
                break
            dst.write(chunk)
    shutil.copystat(source, target)
