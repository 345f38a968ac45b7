"""The CLMS download API: JWT grant at the token URI, @search, @datarequest_post,
@datarequest_status_get polling and the DownloadURL zip of the requested boxes."""

import io
import itertools
import json
import time
import zipfile
from urllib.parse import parse_qs

import numpy as np
from osgeo import gdal, ogr, osr

from clcplus_backbone.core import product
from clcplus_backbone.core.sources.jwt import GRANT_TYPE

from . import data, rsa
from .base import Reply, TestServer, json_reply, not_found

API = "/api"
TOKEN_PATH = "/@@oauth2-token"


class ClmsServer(TestServer):
    def __init__(self, sources, key_numbers, client_id="client-1", user_id="user-1", mode="bbox",
                 queued_polls=1):
        """`sources`: {(year, layer key): raster path}; mode "bbox" cuts the requested box out of
        the source, "exact" delivers the sample tile file itself."""
        super().__init__()
        self.sources = dict(sources)
        self.n, self.e = key_numbers[0], key_numbers[1]
        self.client_id, self.user_id = client_id, user_id
        self.mode = mode
        self.queued_polls = queued_polls
        self.stay_queued = False
        self.tokens = set()
        self.tasks = {}
        self.requests_posted = []
        self._ids = itertools.count(100)

    @property
    def base_url(self):
        return self.url(API)

    def service_key(self, private_pem):
        return {"client_id": self.client_id, "user_id": self.user_id, "token_uri": self.url(TOKEN_PATH),
                "private_key": private_pem, "key_id": "k1", "title": "test key", "ip_range": None}

    def route(self, method, path, query, headers, body):
        if path == TOKEN_PATH and method == "POST":
            return self._token(body)
        if path.startswith("/downloads/"):
            if "python-urllib" in headers.get("user-agent", "").lower():
                return Reply(403, b"Forbidden")
            task = self.tasks.get(path.rsplit("/", 1)[1][:-len(".zip")])
            if task is None:
                return not_found(path)
            return Reply(200, task["zip"], {"Content-Type": "application/zip"}, ranged=True)
        if not path.startswith(API + "/"):
            return not_found(path)
        if path == API + "/@search":
            return self._search(query)
        token = headers.get("authorization", "")
        if not token.startswith("Bearer ") or token[7:] not in self.tokens:
            return json_reply({"message": "You are not authorized to access this resource"}, 401)
        if path == API + "/@datarequest_post" and method == "POST":
            return self._post(json.loads(body))
        if path == API + "/@datarequest_status_get":
            task = self.tasks.get(query.get("TaskID"))
            if task is None:
                return json_reply({"status": "error", "msg": "Error, task not found"}, 404)
            task["polls"] += 1
            if self.stay_queued or task["polls"] <= self.queued_polls:
                return json_reply({"Status": "Queued" if self.stay_queued or task["polls"] < 2 else "In_progress",
                                   "Datasets": []})
            return json_reply({"Status": "Finished_ok", "Message": "Download process finished successfully",
                               "DownloadURL": self.url("/downloads/{}.zip".format(task["id"])),
                               "FileSize": len(task["zip"])})
        return not_found(path)

    def _token(self, body):
        form = {k: v[-1] for k, v in parse_qs(body.decode("ascii")).items()}
        if form.get("grant_type") != GRANT_TYPE:
            return json_reply({"error": "unsupported_grant_type"}, 400)
        try:
            header_b64, claims_b64, signature_b64 = form["assertion"].split(".")
            header = json.loads(rsa.b64url_decode(header_b64))
            claims = json.loads(rsa.b64url_decode(claims_b64))
            signature = rsa.b64url_decode(signature_b64)
        except (KeyError, ValueError):
            return json_reply({"error": "invalid_request", "error_description": "malformed assertion"}, 400)
        now = time.time()
        if header.get("alg") != "RS256" or not rsa.verify_rs256(
                "{}.{}".format(header_b64, claims_b64).encode("ascii"), signature, self.n, self.e):
            return json_reply({"error": "invalid_grant", "error_description": "Invalid signature"}, 400)
        if (claims.get("iss"), claims.get("sub"), claims.get("aud")) != (
                self.client_id, self.user_id, self.url(TOKEN_PATH)):
            return json_reply({"error": "invalid_grant", "error_description": "Invalid claims"}, 400)
        if not (claims["iat"] - 60 <= now < claims["exp"]) or claims["exp"] - claims["iat"] > 3600:
            return json_reply({"error": "invalid_grant", "error_description": "Expired or too long"}, 400)
        token = "clms-{}".format(next(self._ids))
        self.tokens.add(token)
        return json_reply({"access_token": token, "expires_in": 3600, "token_type": "Bearer"})

    def _search(self, query):
        items = [{"@id": self.url(API + "/en/products/clc-backbone-vector"), "UID": "uid-vector",
                  "title": "CLCplus Backbone 2018 (vector), Europe",
                  "dataset_download_information": {"items": [{"@id": "dl-vector", "full_format": "GDB"}]}}]
        for year in product.YEARS:
            infos = [{"@id": "dl-raster-{}".format(year), "name": "Raster 10 m", "full_format": "Geotiff"}]
            if product.CONFIDENCE.key in product.reference_year(year).layers:
                infos.append({"@id": "dl-confidence-{}".format(year), "name": "Confidence layer",
                              "full_format": "Geotiff"})
            items.append({"@id": self.url(API + "/en/products/clc-backbone-{}".format(year)),
                          "UID": "uid-{}".format(year),
                          "title": "CLCplus Backbone {} (raster 10 m), Europe".format(year),
                          "dataset_download_information": {"items": infos}})
        return json_reply({"items": items, "items_total": len(items)})

    def _post(self, request):
        datasets = request.get("Datasets") or []
        if not datasets or len(datasets) > 5:
            return json_reply({"status": "error", "msg": "Between 1 and 5 datasets per request"}, 400)
        self.requests_posted.append(request)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
            for i, item in enumerate(datasets):
                if item.get("OutputGCS") != "EPSG:3035" or item.get("OutputFormat") != "Geotiff":
                    return json_reply({"status": "error", "msg": "Geotiff in EPSG:3035 expected"}, 400)
                year = int(item["DatasetID"].split("-")[1])
                layer = product.CONFIDENCE.key if "confidence" in item["DatasetDownloadInformationID"] \
                    else product.LAND_COVER.key
                z.writestr("CLCplus_{}_{}/result_{}.tif".format(year, layer, i),
                           self._raster(year, layer, item["BoundingBox"]))
                z.writestr("CLCplus_{}_{}/metadata_{}.xml".format(year, layer, i), "<metadata/>")
        task_id = str(next(self._ids))
        self.tasks[task_id] = {"id": task_id, "zip": buffer.getvalue(), "polls": 0}
        return json_reply({"TaskIds": [{"TaskID": task_id}]}, 201)

    def _raster(self, year, layer, box):
        west, north, east, south = box
        source = osr.SpatialReference()
        source.ImportFromEPSG(4326)
        source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        ring = ogr.CreateGeometryFromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
            west, south, east, north))
        ring.Segmentize(0.001)
        target = osr.SpatialReference()
        target.ImportFromEPSG(3035)
        target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        ring.Transform(osr.CoordinateTransformation(source, target))
        xmin, xmax, ymin, ymax = ring.GetEnvelope()
        if self.mode == "exact":
            for tile in data.TILES:
                extent = data.LAYOUT.extent(tile)
                if xmin <= extent[0] and extent[2] <= xmax and ymin <= extent[1] and extent[3] <= ymax:
                    return data.read(self.sources[(year, layer, tile)])
        xmin, ymin = np.floor(xmin / 10) * 10, np.floor(ymin / 10) * 10
        xmax, ymax = np.ceil(xmax / 10) * 10, np.ceil(ymax / 10) * 10
        dataset = gdal.Open(self.sources[(year, layer)])
        out = "/vsimem/clms_{}.tif".format(next(self._ids))
        gdal.Translate(out, dataset, projWin=[xmin, ymax, xmax, ymin], noData=None,
                       creationOptions=["COMPRESS=DEFLATE"])
        f = gdal.VSIFOpenL(out, "rb")
        gdal.VSIFSeekL(f, 0, 2)
        size = gdal.VSIFTellL(f)
        gdal.VSIFSeekL(f, 0, 0)
        result = bytes(gdal.VSIFReadL(1, size, f))
        gdal.VSIFCloseL(f)
        gdal.Unlink(out)
        return result
