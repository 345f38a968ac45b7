"""The CLMS download API (https://land.copernicus.eu/api) with a service key.

1. The service key (client_id, user_id, token_uri, private_key; kept in the QGIS authentication
   database) signs a JWT (RS256, core/sources/jwt.py), posted to token_uri with
   grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer for a bearer token.
2. `GET /@search?portal_type=DataSet&SearchableText=...` finds the year's dataset (UID) and its
   download information (the raster, or the confidence layer).
3. Per group of at most 5 tiles, `POST /@datarequest_post` with one item per tile: the tile's
   box in lon/lat, OutputFormat Geotiff, OutputGCS EPSG:3035 -> TaskIds.
4. `GET /@datarequest_status_get?TaskID=...` until Status is Finished_ok (Queued and In_progress
   mean wait), then the DownloadURL zip (no authorisation; it is not sent there).
5. Each tile is cut out of the delivered GeoTIFFs on the grid, pixel for pixel (a raster that is
   already exactly the tile is kept as it came) and verified.
"""

import json
import os
import time
from urllib.parse import urlencode

from osgeo import gdal
from qgis.PyQt.QtCore import QCoreApplication

from .. import product
from ..cache import VerificationError, check_georeference
from ..http import HttpError
from . import archive, credentials, jwt
from .base import Source, SourceError
from .common import cut_tile, is_grid_aligned, lonlat_box, renewing, report

gdal.UseExceptions()

DEFAULT_URL = "https://land.copernicus.eu/api"
MAX_ITEMS = 5  # the API refuses more items in one request
WAIT_STATES = ("queued", "in_progress", "in progress", "pending")
DONE_STATE = "finished_ok"


class ClmsSource(Source):
    KEY = "clms"
    DEFAULT_URL = DEFAULT_URL
    LAYERS = (product.LAND_COVER.key, product.CONFIDENCE.key)

    def __init__(self, base_url=""):
        super().__init__(base_url)
        self._key = None

    def name(self):
        return QCoreApplication.translate("CLCplusFetch", "CLMS download API")

    def prepare(self, request):
        self._key = credentials.service_key(request.authcfg, QCoreApplication.translate("CLCplusFetch", "The CLMS API"))
        jwt.assertion(self._key)  # fails here, before any request, if this QGIS cannot sign it

    # --- the protocol ---------------------------------------------------------------------

    def _token(self, session):
        try:
            answer = session.http().request("POST", self._key["token_uri"], form={
                "grant_type": jwt.GRANT_TYPE, "assertion": jwt.assertion(self._key)})
        except HttpError as e:
            if e.status in (400, 401, 403):
                raise SourceError(QCoreApplication.translate(
                    "CLCplusFetch", "The CLMS API refused the service key (HTTP {}: {}); create a new key in "
                                     "your CLMS profile (land.copernicus.eu › My profile › API tokens) "
                                     "and store it again").format(e.status, e.detail)) from None
            raise SourceError(QCoreApplication.translate(
                "CLCplusFetch", "The CLMS token service failed: {}").format(e)) from None
        data = answer.json()
        token = data.get("access_token") if isinstance(data, dict) else None
        if not token:
            raise SourceError(QCoreApplication.translate("CLCplusFetch", "The CLMS API gave no access token"))
        return {"Authorization": "Bearer " + token}

    def _dataset(self, session, auth):
        """(DatasetID, DatasetDownloadInformationID) of the year's raster layer."""
        query = [("portal_type", "DataSet"), ("SearchableText", "CLCplus Backbone {}".format(session.year)),
                 ("metadata_fields", "UID"), ("metadata_fields", "dataset_download_information"),
                 ("b_size", "100")]
        answer = session.http().request("GET", "{}/@search?{}".format(self.base_url, urlencode(query)),
                                        headers=auth).json()
        year = str(session.year)
        candidates = []
        for item in answer.get("items") or []:
            title = str(item.get("title", "")).lower()
            if "backbone" in title and year in title and "vector" not in title:
                candidates.append(item)
        candidates.sort(key=lambda item: "raster" not in str(item.get("title", "")).lower())
        confidence = session.layer.key == product.CONFIDENCE.key
        for item in candidates:
            infos = (item.get("dataset_download_information") or {}).get("items") or []
            for info in infos:
                text = " ".join(str(info.get(k, "")) for k in ("name", "title", "full_path")).lower()
                if ("confidence" in text) == confidence and str(info.get("full_format", "Geotiff")).lower() \
                        in ("geotiff", "tif", "tiff", ""):
                    if item.get("UID") and info.get("@id"):
                        return item["UID"], info["@id"]
        raise SourceError(QCoreApplication.translate(
            "CLCplusFetch", "The CLMS catalogue lists no CLCplus Backbone {} {} raster to download; "
                             "try WEkEO").format(session.year, session.layer.name.lower()))

    def fetch(self, session, tiles):
        auth = self._token(session)
        dataset_id, info_id = self._dataset(session, auth)
        groups = [tiles[i:i + MAX_ITEMS] for i in range(0, len(tiles), MAX_ITEMS)]
        report(session, session.map(
            lambda group: renewing(auth, lambda: self._token(session),
                                   lambda: self._fetch_group(session, auth, dataset_id, info_id, group)), groups),
            tile_of=list)

    def _fetch_group(self, session, auth, dataset_id, info_id, group):
        http = session.http()
        items = []
        for tile in group:
            west, south, east, north = lonlat_box([tile], session.tile_extent)
            items.append({"DatasetID": dataset_id, "DatasetDownloadInformationID": info_id,
                          "OutputFormat": "Geotiff", "OutputGCS": product.CRS_AUTHID,
                          "BoundingBox": [west, north, east, south]})
        answer = http.request("POST", self.base_url + "/@datarequest_post", headers=auth,
                              json_body={"Datasets": items}).json()
        task_ids = [t.get("TaskID") for t in answer.get("TaskIds") or [] if isinstance(t, dict)]
        if not task_ids and answer.get("TaskID"):
            task_ids = [answer["TaskID"]]
        if not task_ids:
            raise SourceError(QCoreApplication.translate(
                "CLCplusFetch", "The CLMS API accepted no data request: {}").format(
                json.dumps(answer)[:300]))
        rasters = []
        for task_id in task_ids:
            url = self._wait(session, auth, task_id, group)
            part = session.temp_path("task-{}.zip".format(task_id))
            http.download(url, part)  # the DownloadURL needs no authorisation
            folder = session.temp_path("task-{}".format(task_id))
            os.makedirs(folder)
            written = archive.extract(part, folder, _raster_namer(),
                                      session.options.max_zip_member, session.options.max_zip_total,
                                      session.is_canceled)
            rasters += sorted(written.values())
        described = _describe(rasters)
        for tile in group:
            session.check_canceled()
            staged = self._tile_from(session, tile, described)
            if staged is None:
                session.unavailable(tile, QCoreApplication.translate(
                    "CLCplusFetch", "the CLMS API delivered no raster covering {}").format(tile))
            else:
                session.install(tile, staged)

    def _wait(self, session, auth, task_id, group):
        started = time.monotonic()
        status_url = "{}/@datarequest_status_get?{}".format(self.base_url, urlencode({"TaskID": task_id}))
        while True:
            status = session.http().request("GET", status_url, headers=auth).json()
            state = str(status.get("Status", "")).lower()
            if state == DONE_STATE:
                url = status.get("DownloadURL")
                if not url:
                    raise SourceError(QCoreApplication.translate(
                        "CLCplusFetch", "The CLMS task {} finished without a download address").format(task_id))
                return url
            if state not in WAIT_STATES:
                raise SourceError(QCoreApplication.translate(
                    "CLCplusFetch", "The CLMS task {} ended as '{}': {}").format(
                    task_id, status.get("Status"), status.get("Message", "")))
            waited = time.monotonic() - started
            if waited > session.options.order_timeout:
                raise SourceError(QCoreApplication.translate(
                    "CLCplusFetch", "The CLMS task {} was still '{}' after {:.0f} min; try again later").format(
                    task_id, status.get("Status"), waited / 60))
            for tile in group:
                session.progress(tile, 0.05)
            session.sleep(session.options.poll_interval)

    def _tile_from(self, session, tile, described):
        """A staged file of exactly the tile: a delivered raster that is exactly the tile as it
        came, otherwise cut from the delivered raster that covers most of it (the rest no-data)."""
        extent = session.tile_extent(tile)
        best, best_area = None, 0.0
        for path, box in described:
            if not os.path.exists(path):  # already installed as another tile
                continue
            if all(abs(a - b) < 1e-6 for a, b in zip(box, extent)):
                return path
            w = min(box[2], extent[2]) - max(box[0], extent[0])
            h = min(box[3], extent[3]) - max(box[1], extent[1])
            if w > 0 and h > 0 and w * h > best_area:
                best, best_area = path, w * h
        if best is None:
            return None
        return cut_tile(best, extent, session.temp_path("{}.tif".format(tile)), session.layer,
                        session.is_canceled)


def _raster_namer():
    """choose() for archive.extract: every GeoTIFF entry, under a fresh plain name."""
    counter = iter(range(1, archive.MAX_ENTRIES + 1))

    def choose(info):
        if archive.entry_basename(info).lower().endswith((".tif", ".tiff")):
            return "{:04d}.tif".format(next(counter))
        return None
    return choose


def _describe(rasters):
    """[(path, extent)] of the delivered rasters; VerificationError for one that is not an aligned
    EPSG:3035 10 m raster (the plugin never resamples)."""
    described = []
    for path in rasters:
        what = QCoreApplication.translate("CLCplusFetch", "The delivered raster {}").format(os.path.basename(path))
        try:
            dataset = gdal.Open(path)
        except RuntimeError as e:
            raise VerificationError(QCoreApplication.translate(
                "CLCplusFetch", "{} cannot be opened: {}").format(what, e)) from None
        try:
            x0, dx, _rx, y0, _ry, dy = dataset.GetGeoTransform()
            box = (x0, y0 + dy * dataset.RasterYSize, x0 + dx * dataset.RasterXSize, y0)
            check_georeference(dataset, box, what)
            if not is_grid_aligned(dataset):
                raise VerificationError(QCoreApplication.translate(
                    "CLCplusFetch", "{} is not aligned on the 10 m grid").format(what))
        finally:
            dataset = None
        described.append((path, box))
    return described
