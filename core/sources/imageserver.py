"""The EEA ArcGIS ImageServer (anonymous; 2018 and 2021, land cover).

`GET .../ImageServer?f=json` gives the service extent, pixel size and maxImageWidth/Height. Each
100 km tile is cut into windows no larger than that, aligned on the 10 m grid; every window is
one `exportImage` request whose bbox is exactly the window and whose size is exactly its pixel
count, so the answer is the service's own pixels (nearest neighbour, no shift). Each answer is
checked (GeoTIFF, EPSG:3035, the requested origin and size) and written into the tile at its
place; the tile then goes through the cache's verification like any other.
"""

import json
import math
import threading
from urllib.parse import urlencode

from osgeo import gdal
from qgis.PyQt.QtCore import QCoreApplication

from .. import product
from ..cache import VerificationError, check_georeference
from .base import Source, SourceError
from .common import new_tile, report

gdal.UseExceptions()

HOST = "https://copernicus.discomap.eea.europa.eu"
DEFAULT_URL = HOST + "/arcgis/rest/services/CLC_plus/{service}/ImageServer"


def service_name(year):
    """The ImageServer service of `year`."""
    return product.imageserver_service(year)


def split(length, most):
    """Sizes of the fewest near-equal parts of `length` pixels, none above `most`."""
    parts = max(1, math.ceil(length / most))
    base, extra = divmod(length, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def windows(extent, max_width, max_height):
    """[(column, row, width, height, (xmin, ymin, xmax, ymax))] covering `extent` on the grid."""
    size = product.PIXEL_SIZE_M
    width = int(round((extent[2] - extent[0]) / size))
    height = int(round((extent[3] - extent[1]) / size))
    result = []
    row = 0
    for h in split(height, max_height):
        col = 0
        for w in split(width, max_width):
            xmin = extent[0] + col * size
            ymax = extent[3] - row * size
            result.append((col, row, w, h, (xmin, ymax - h * size, xmin + w * size, ymax)))
            col += w
        row += h
    return result


class ImageServerSource(Source):
    KEY = "imageserver"
    DEFAULT_URL = DEFAULT_URL
    LAYERS = (product.LAND_COVER.key,)

    def name(self):
        return QCoreApplication.translate("CLCplusFetch", "EEA ImageServer")

    def layers(self, year):
        if not product.reference_year(year).on_imageserver:
            return ()
        return super().layers(year)

    def service_url(self, year):
        return self.base_url.format(year=year, service=service_name(year))

    def fetch(self, session, tiles):
        http = session.http()
        url = self.service_url(session.year)
        info = _json_or_error(http.request("GET", url + "?" + urlencode({"f": "json"})).content,
                              QCoreApplication.translate("CLCplusFetch", "The ImageServer description"))
        extent, max_width, max_height = self._check_service(info, url)
        jobs = []
        for tile in tiles:
            tile_extent = session.tile_extent(tile)
            if not _overlaps(tile_extent, extent):
                session.unavailable(tile, QCoreApplication.translate(
                    "CLCplusFetch", "outside the ImageServer's extent"))
                continue
            for window in windows(tile_extent, max_width, max_height):
                jobs.append((tile, window))
        counts = {}
        for tile, _window in jobs:
            counts[tile] = counts.get(tile, 0) + 1
        done = {}
        lock = threading.Lock()

        def fetch_window(job):
            tile, window = job
            path = self._export(session, url, tile, window)
            with lock:
                done[tile] = done.get(tile, 0) + 1
                fraction = 0.9 * done[tile] / counts[tile]
            session.progress(tile, fraction)
            return path

        outcomes = session.map(fetch_window, jobs)
        report(session, outcomes, tile_of=lambda job: job[0])
        by_tile = {}
        for (tile, window), outcome in zip(jobs, outcomes):
            by_tile.setdefault(tile, []).append((window, outcome.value))
        ready = [tile for tile in by_tile if not session.reported(tile)]
        report(session, session.map(lambda tile: self._assemble(session, tile, by_tile[tile]), ready))

    def _check_service(self, info, url):
        extent = info.get("extent") or {}
        reference = extent.get("spatialReference") or {}
        wkid = reference.get("latestWkid") or reference.get("wkid")
        if wkid != product.CRS_EPSG:
            raise SourceError(QCoreApplication.translate(
                "CLCplusFetch", "The ImageServer at {} is in EPSG:{}, not EPSG:3035").format(url, wkid))
        for key in ("pixelSizeX", "pixelSizeY"):
            if abs(float(info.get(key, 0)) - product.PIXEL_SIZE_M) > 1e-6:
                raise SourceError(QCoreApplication.translate(
                    "CLCplusFetch", "The ImageServer at {} has {} m pixels, not 10 m").format(url, info.get(key)))
        try:
            box = tuple(float(extent[k]) for k in ("xmin", "ymin", "xmax", "ymax"))
            max_width = int(info.get("maxImageWidth") or 4000)
            max_height = int(info.get("maxImageHeight") or 4000)
        except (KeyError, TypeError, ValueError):
            raise SourceError(QCoreApplication.translate(
                "CLCplusFetch", "The ImageServer at {} describes no usable extent").format(url)) from None
        if max_width < 1 or max_height < 1:
            raise SourceError(QCoreApplication.translate(
                "CLCplusFetch", "The ImageServer at {} allows no image size").format(url))
        return box, max_width, max_height

    def _export(self, session, url, tile, window):
        col, row, width, height, box = window
        params = {
            "bbox": "{:.0f},{:.0f},{:.0f},{:.0f}".format(*box), "bboxSR": product.CRS_EPSG,
            "imageSR": product.CRS_EPSG, "size": "{},{}".format(width, height), "format": "tiff",
            "pixelType": "U8", "interpolation": "RSP_NearestNeighbor", "noData": product.NO_DATA,
            "adjustAspectRatio": "false", "compression": "LZ77", "f": "image",
        }
        path = session.temp_path("{}-{}-{}.tif".format(tile, col, row))
        session.http().download(url + "/exportImage?" + urlencode(params), path)
        with open(path, "rb") as f:
            head = f.read(4)
        if head[:1] in (b"{", b"<"):
            with open(path, "rb") as f:
                _json_or_error(f.read(), QCoreApplication.translate(
                    "CLCplusFetch", "The ImageServer's answer for {}").format(tile))
            raise SourceError(QCoreApplication.translate(
                "CLCplusFetch", "The ImageServer answered text instead of an image for {}").format(tile))
        what = QCoreApplication.translate("CLCplusFetch", "The ImageServer window {},{} of {}").format(col, row, tile)
        try:
            dataset = gdal.Open(path)
        except RuntimeError as e:
            raise VerificationError(QCoreApplication.translate(
                "CLCplusFetch", "{} is not an image GDAL can open: {}").format(what, e)) from None
        try:
            if (dataset.RasterXSize, dataset.RasterYSize) != (width, height) or dataset.RasterCount != 1:
                raise VerificationError(QCoreApplication.translate(
                    "CLCplusFetch", "{} is {} x {} pixels, not the {} x {} asked for").format(
                    what, dataset.RasterXSize, dataset.RasterYSize, width, height))
            check_georeference(dataset, box, what)
        finally:
            dataset = None
        return path

    def _assemble(self, session, tile, parts):
        staged = session.temp_path("{}.tif".format(tile))
        out = new_tile(staged, session.tile_extent(tile), session.layer)
        band = out.GetRasterBand(1)
        for (col, row, _w, _h, _box), path in parts:
            session.check_canceled()
            dataset = gdal.Open(path)
            band.WriteArray(dataset.GetRasterBand(1).ReadAsArray(), col, row)
            dataset = None
        band.FlushCache()
        band = None
        out = None
        return session.install(tile, staged)


def _overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _json_or_error(content, what):
    """The JSON object in `content`; SourceError with the service's message for an ArcGIS error."""
    try:
        data = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SourceError(QCoreApplication.translate("CLCplusFetch", "{} is not JSON").format(what)) from None
    if not isinstance(data, dict):
        raise SourceError(QCoreApplication.translate("CLCplusFetch", "{} is not a JSON object").format(what))
    error = data.get("error")
    if error:
        message = error.get("message", "") if isinstance(error, dict) else str(error)
        details = error.get("details") if isinstance(error, dict) else None
        if details:
            message = "{} ({})".format(message, "; ".join(str(d) for d in details))
        raise SourceError(QCoreApplication.translate(
            "CLCplusFetch", "{}: the service reports an error: {}").format(what, message))
    return data
