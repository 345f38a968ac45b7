"""The EEA ArcGIS ImageServer (anonymous; 2018 and 2021, land cover).

`GET .../ImageServer?f=json` gives the service extent, pixel size and maxImageWidth/Height. Each
100 km tile is cut into windows no larger than that (and no larger than REQUEST_SIDE a side),
aligned on the 10 m grid; every window is one `exportImage` request whose bbox is exactly the
window and whose size is exactly its pixel count, so the answer is the service's own pixels
(nearest neighbour, no shift). Each answer is checked (GeoTIFF, 8-bit, EPSG:3035 by what its CRS
is - ArcGIS may write an ESRI WKT without EPSG code - the requested origin and size) and written
into the tile at its place; the tile then goes through the cache's verification like any other.

No data: the request asks noData=255 (ArcGIS REST "Export Image": "the pixel value representing
no information"), so pixels the service has nothing for come back as the product's no-data
value. Every pixel value is copied as it is, 254 ("outside area", a class of the product) and
255 ("no data") alike; the window's own nodata tag changes no value, except that a tag that is not
a code of the product (a service that ignored noData and filled with 0, say) marks pixels that
become 255. The tile's nodata is 255, never 254.
"""

import json
import math
import threading
from urllib.parse import urlencode

from osgeo import gdal, osr
from qgis.PyQt.QtCore import QCoreApplication

from .. import product
from ..cache import VerificationError, allowed_values, check_georeference, is_grid_crs
from ..http import HttpError
from .base import Checked, Source, SourceError
from .common import new_tile, report

gdal.UseExceptions()

HOST = "https://copernicus.discomap.eea.europa.eu"
DEFAULT_URL = HOST + "/arcgis/rest/services/CLC_plus/{service}/ImageServer"

# Pixels a side of one exportImage request at most, whatever the service allows. 2500 x 2500 =
# 6.25 M pixels: 6.25 MB as uncompressed U8, about 1-2 MB as the LZ77 TIFF asked for (the
# product's LZW tiles hold 0.15-0.3 byte a pixel): 10-20 s on a 1 Mbit/s line, 50 s even
# uncompressed. So the server renders each answer quickly (the HTTP client gives up after 60 s
# without a byte, HttpPolicy.timeout), and a dropped connection - an answer made on the fly
# cannot be resumed - costs one small window. A 10 000 px tile is 4 x 4 equal windows: 16
# requests, where the usual 4100 px limit alone would make 9 of 3334 x 3334 = 11 M pixels.
REQUEST_SIDE = 2500
# The most exportImage requests one tile may take: a service that allows less than about
# 1000 x 1000 pixels a request is refused rather than asked thousands of times a tile.
MAX_REQUESTS_PER_TILE = 100
# maxImageWidth x maxImageHeight when the description has none: ArcGIS image services'
# usual 15 000 columns x 4 100 rows (as real services describe themselves), then REQUEST_SIDE.
DEFAULT_MAX_IMAGE = (15000, 4100)


def service_name(year):
    """The ImageServer service of `year`."""
    return product.imageserver_service(year)


def split(length, most):
    """Sizes of the fewest near-equal parts of `length` pixels, none above `most`."""
    parts = max(1, math.ceil(length / most))
    base, extra = divmod(length, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def pixel_size(extent):
    """(width, height) in pixels of an extent on the 10 m grid."""
    size = product.PIXEL_SIZE_M
    return int(round((extent[2] - extent[0]) / size)), int(round((extent[3] - extent[1]) / size))


def request_size(max_width, max_height):
    """The largest window asked for in one request: the service's limit, at most REQUEST_SIDE."""
    return min(max_width, REQUEST_SIDE), min(max_height, REQUEST_SIDE)


def window_count(extent, max_width, max_height):
    """How many windows windows() makes (counted, not listed)."""
    width, height = pixel_size(extent)
    return math.ceil(width / max_width) * math.ceil(height / max_height)


def windows(extent, max_width, max_height):
    """[(column, row, width, height, (xmin, ymin, xmax, ymax))] covering `extent` on the grid."""
    size = product.PIXEL_SIZE_M
    width, height = pixel_size(extent)
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
        facts = product.reference_year(year)
        if facts.known and not facts.on_imageserver:
            return ()
        return super().layers(year)  # a year newer than the model: the service list says (years.py)

    def service_url(self, year):
        return self.base_url.format(year=year, service=service_name(year))

    def folder_url(self):
        """The ArcGIS folder that lists the services (the URL up to its {service} or {year}
        segment), or None for a fixed service URL."""
        if "{" not in self.base_url:
            return None
        head = self.base_url.split("{", 1)[0]
        return head.rstrip("/") if head.endswith("/") else head.rsplit("/", 1)[0]

    def offered_years(self, session):
        """The years of the CLCplus Backbone services the folder lists: `GET <folder>?f=json` ->
        {"services": [{"name": "CLC_plus/<service of a year>", "type": "ImageServer"}]}
        (ArcGIS REST API, "Catalog": a folder lists its services by name and type)."""
        folder = self.folder_url()
        if folder is None:
            return None
        listing = _json_or_error(session.http().request("GET", folder + "?" + urlencode({"f": "json"})).content,
                                 QCoreApplication.translate("CLCplusFetch", "The ImageServer's list of services"))
        years = set()
        for service in listing.get("services") or []:
            if not isinstance(service, dict) or service.get("type", "ImageServer") != "ImageServer":
                continue
            year = product.imageserver_year(service.get("name"))
            if year is not None and product.is_possible_year(year):
                years.add(year)
        return tuple(sorted(years))

    def check(self, session):
        """The list of services, then the description of the latest year's service (what fetch()
        reads first), checked as fetch() checks it."""
        notes = []
        try:
            years = self.offered_years(session)
        except HttpError as e:
            if e.status is None:  # the connection itself failed: the description would too
                raise
            years = None
            notes.append(QCoreApplication.translate(
                "CLCplusFetch", "The list of services could not be read: {}").format(e))
        except SourceError as e:
            years = None
            notes.append(QCoreApplication.translate(
                "CLCplusFetch", "The list of services could not be read: {}").format(e))
        served = [y for y in (years or ()) if self.layers(y)]
        year = max(served or [y for y in product.YEARS if product.reference_year(y).on_imageserver])
        url = self.service_url(year)
        info = _json_or_error(session.http().request("GET", url + "?" + urlencode({"f": "json"})).content,
                              QCoreApplication.translate("CLCplusFetch", "The ImageServer description"))
        _extent, width, height = self._check_service(info, url)
        notes.append(QCoreApplication.translate(
            "CLCplusFetch", "The {} service answered: EPSG:3035, 10 m pixels, up to {} x {} pixels a "
                            "request").format(year, width, height))
        return Checked(years, notes)

    def fetch(self, session, tiles):
        http = session.http()
        url = self.service_url(session.year)
        try:
            info = _json_or_error(http.request("GET", url + "?" + urlencode({"f": "json"})).content,
                                  QCoreApplication.translate("CLCplusFetch", "The ImageServer description"))
        except SourceError as e:
            raise SourceError(_hint(str(e))) from None
        extent, max_width, max_height = self._check_service(info, url)
        width, height = request_size(max_width, max_height)
        jobs = []
        for tile in tiles:
            tile_extent = session.tile_extent(tile)
            if not _overlaps(tile_extent, extent):
                session.unavailable(tile, QCoreApplication.translate(
                    "CLCplusFetch", "outside the ImageServer's extent"))
                continue
            count = window_count(tile_extent, width, height)
            if count > MAX_REQUESTS_PER_TILE:
                raise SourceError(_hint(QCoreApplication.translate(
                    "CLCplusFetch", "The ImageServer at {} allows only {} x {} pixels a request, so one tile "
                    "would take {} requests (the plugin makes at most {})").format(
                    url, max_width, max_height, count, MAX_REQUESTS_PER_TILE)))
            for window in windows(tile_extent, width, height):
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
        """(extent, maxImageWidth, maxImageHeight) of a description fit for exact 10 m windows;
        SourceError saying what is wrong otherwise."""
        extent = info.get("extent")
        extent = extent if isinstance(extent, dict) else {}
        reference = extent.get("spatialReference")
        reference = reference if isinstance(reference, dict) else {}
        if not _is_service_crs(reference):
            raise SourceError(_hint(QCoreApplication.translate(
                "CLCplusFetch", "The ImageServer at {} is in {}, not EPSG:3035").format(
                url, _service_crs_name(reference))))
        for key in ("pixelSizeX", "pixelSizeY"):
            size = _number(info.get(key))
            if size is None or abs(size - product.PIXEL_SIZE_M) > 1e-6:
                raise SourceError(_hint(QCoreApplication.translate(
                    "CLCplusFetch", "The ImageServer at {} has {} m pixels, not 10 m").format(url, info.get(key))))
        box = tuple(_number(extent.get(k)) for k in ("xmin", "ymin", "xmax", "ymax"))
        if None in box or box[2] <= box[0] or box[3] <= box[1]:
            raise SourceError(_hint(QCoreApplication.translate(
                "CLCplusFetch", "The ImageServer at {} describes no usable extent").format(url)))
        limits = []
        for key, default in zip(("maxImageWidth", "maxImageHeight"), DEFAULT_MAX_IMAGE):
            value = info.get(key)
            number = default if value is None else _number(value)
            if number is None or number < 1:
                raise SourceError(_hint(QCoreApplication.translate(
                    "CLCplusFetch", "The ImageServer at {} describes an unusable image size limit "
                    "(maxImageWidth {}, maxImageHeight {})").format(
                    url, json.dumps(info.get("maxImageWidth")), json.dumps(info.get("maxImageHeight")))))
            limits.append(int(min(number, product.TILE_PIXELS)))
        return box, limits[0], limits[1]

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
                text = f.read()
            try:
                _json_or_error(text, QCoreApplication.translate(
                    "CLCplusFetch", "The ImageServer's answer for {}").format(tile))
            except SourceError as e:
                raise SourceError(_hint(str(e))) from None
            raise SourceError(_hint(QCoreApplication.translate(
                "CLCplusFetch", "The ImageServer answered text instead of an image for {}").format(tile)))
        what = QCoreApplication.translate("CLCplusFetch", "The ImageServer window {},{} of {}").format(col, row, tile)
        try:
            dataset = gdal.Open(path)
        except RuntimeError as e:
            raise VerificationError(_hint(QCoreApplication.translate(
                "CLCplusFetch", "{} is not an image GDAL can open: {}").format(what, e))) from None
        try:
            if (dataset.RasterXSize, dataset.RasterYSize) != (width, height) or dataset.RasterCount != 1:
                raise VerificationError(_hint(QCoreApplication.translate(
                    "CLCplusFetch", "{} is {} x {} pixels, not the {} x {} asked for").format(
                    what, dataset.RasterXSize, dataset.RasterYSize, width, height)))
            type_name = gdal.GetDataTypeName(dataset.GetRasterBand(1).DataType)
            if type_name != "Byte":
                raise VerificationError(_hint(QCoreApplication.translate(
                    "CLCplusFetch", "{} holds {} values, not the 8-bit values asked for").format(what, type_name)))
            try:
                check_georeference(dataset, box, what)
            except VerificationError as e:
                raise VerificationError(_hint(str(e))) from None
        finally:
            dataset = None
        return path

    def _assemble(self, session, tile, parts):
        staged = session.temp_path("{}.tif".format(tile))
        out = new_tile(staged, session.tile_extent(tile), session.layer)
        band = out.GetRasterBand(1)
        codes = allowed_values(session.year, session.layer)
        for (col, row, _w, _h, _box), path in parts:
            session.check_canceled()
            dataset = gdal.Open(path)
            band.WriteArray(window_values(dataset.GetRasterBand(1), codes, session.layer.nodata), col, row)
            dataset = None
        band.FlushCache()
        band = None
        out = None
        return session.install(tile, staged)


def window_values(band, codes, nodata=product.NO_DATA):
    """The pixels of a window's band as the tile takes them: every value as the service sent it
    (254 and 255 stay apart), except that the window's own nodata value, when it is not one of
    `codes` (a service that ignored noData=255 and filled with 0, say), becomes `nodata`."""
    data = band.ReadAsArray()
    tag = band.GetNoDataValue()
    if tag is not None and math.isfinite(tag) and float(tag).is_integer() and 0 <= tag <= 255 \
            and int(tag) not in codes:
        data[data == int(tag)] = nodata
    return data


def _hint(message):
    """`message` with what the user can do about a service answer the plugin cannot use."""
    return QCoreApplication.translate(
        "CLCplusFetch", "{}; try again later, or choose another data source, such as WEkEO or a mirror").format(message)


def _number(value):
    """A finite number from a JSON value (a number or a numeric string); None otherwise."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _service_srs(reference):
    """The osr.SpatialReference of an ArcGIS spatialReference object (wkid/latestWkid, or wkt)."""
    srs = osr.SpatialReference()
    for key in ("latestWkid", "wkid"):
        code = _number(reference.get(key))
        if code is not None and code.is_integer():
            try:
                srs.SetFromUserInput("{}:{}".format(_wkid_authority(code), int(code)))
                return srs
            except RuntimeError:
                continue
    wkt = reference.get("wkt")
    if isinstance(wkt, str) and wkt.strip():
        try:
            srs.ImportFromWkt(wkt)
            return srs
        except RuntimeError:
            return None
    return None


def _is_service_crs(reference):
    for key in ("latestWkid", "wkid"):
        if _number(reference.get(key)) == product.CRS_EPSG:
            return True
    return is_grid_crs(_service_srs(reference))


def _wkid_authority(code):
    """ArcGIS well-known IDs below 32768 are EPSG codes; higher ones are Esri's own."""
    return "EPSG" if code < 32768 else "ESRI"


def _service_crs_name(reference):
    for key in ("latestWkid", "wkid"):
        code = _number(reference.get(key))
        if code is not None and code.is_integer():
            return "{}:{}".format(_wkid_authority(code), int(code))
        if reference.get(key) is not None:
            return "wkid {}".format(json.dumps(reference.get(key)))
    srs = _service_srs(reference)
    if srs is not None:
        return '"{}"'.format(srs.GetName())
    return QCoreApplication.translate("CLCplusFetch", "an undescribed CRS")


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
