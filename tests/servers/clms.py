"""The CLMS download API as its server code answers, for the fetch tests.

Where each behaviour comes from (public repositories):

- token endpoint `@@oauth2-token`: 4teamwork/ftw.tokenauth
  ftw/tokenauth/oauth2/browser/oauth2_token.py (POST only, grant_type and assertion checks, RS256
  only, "No associated key found", 400 {"error", "error_description"}, {"access_token",
  "expires_in": 3600, "token_type": "Bearer"}, Cache-Control no-store) and
  ftw/tokenauth/oauth2/jwt_grants.py (after PyJWT's decode - signature, exp, aud - the checks in
  this order: issuer, exp present and at most a day ahead, no nbf, iat present, at most an hour
  old, at most 60 s in the future, no scope); the texts of PyJWT 1.x for its own checks
  ("Signature verification failed", "Signature has expired", "Invalid audience") are as PyJWT
  words them (ftw.tokenauth tests/test_jwt_grant_verification.py expects those exceptions);
- `@search` items with `dataset_download_information`: eea/clms-api-docs
  source/http-examples/download-search-datasets.req (sent without Authorization: the search is
  anonymous here; `years` sets the years with a raster dataset, titled "CLCplus Backbone <year>
  (raster 10 m), Europe" - the title form is inferred, and the server ignores SearchableText);
  `full_format` as a string or {"token", "title"}: eea/clms.downloadtool api/services/datarequest_post/utils.py
  get_full_dataset_format and tests/test_restapi_datarequest_post.py; item fields `name`,
  `collection`, `layers`: eea/volto-clms-theme src/components/CLMSDownloadCartView/cartUtils.js;
- `@datarequest_post`: eea/clms.downloadtool api/services/datarequest_post/post.py (validation
  order, the item it stores, "ALL BANDS" when an entry lists layers and no Layer is sent, at
  most 5 items, duplicates against the user's Queued and In_progress tasks, the task stored
  before FME is called and left Queued without FMETaskId when FME fails, 201 {"TaskIds",
  "ErrorTaskIds"}, 500 when all fail) with the texts of datarequest_post/validation.py MESSAGES;
  GCS and FORMAT_CONVERSION_TABLE: clms/downloadtool/utils.py;
- `@datarequest_status_get`, `@datarequest_search`, `@datarequest_delete`: eea/clms.downloadtool
  utility.py (the stored task, "Error, task not found", status filter over STATUS_LIST,
  delete sets Cancelled), api/services/datarequest_delete/delete.py and configure.zcml (DELETE
  with a JSON body {"TaskID"}; 204; 403 "Error, TaskID not registered"; 404 "Error, permission
  denied"), tests/test_restapi_datarequest_status_get.py (400 without TaskID, 404 for an unknown
  one), eea/clms-api-docs source/http-examples/download-request-download-*.resp (the task
  documents, DownloadURL ".../clmsdatadownload/results/<FME id>.zip", FileSize, Message);
- the DownloadURL refuses urllib's User-Agent: PRODUCT.md ("Ways to get the data" 3).

Inferred, not seen in any source: the HTTP status of `@datarequest_search` with an unknown status
(400 here), and everything inside the delivered zip - the server only hands the request to FME,
whose workspaces are not public. `delivery` chooses what the zip holds: "bbox" (one GeoTIFF per
item, the item's box on the 10 m grid), "exact" (the product's tile file), "split" (each box in
four files in folders), "overlap" (four files overlapping by 2 pixels), "nested" (the file in a
zip inside the zip), "partial" (split, one part missing), "disagree" (overlapping parts that
differ), "shifted" (half a pixel off the grid), "nudged" (1e-7 of a pixel off the grid).
"""

import base64
import email.utils
import io
import itertools
import json
import time
import zipfile
from datetime import datetime, timezone
from urllib.parse import parse_qs

import numpy as np
from osgeo import gdal, ogr, osr

from clcplus_backbone.core import product
from clcplus_backbone.core.sources.jwt import GRANT_TYPE

from . import data, rsa
from .base import Reply, TestServer, json_reply, not_found

API = "/api"
TOKEN_PATH = "/@@oauth2-token"
RESULTS = "/clmsdatadownload/results/"
STATUS_LIST = ("Rejected", "Queued", "In_progress", "Finished_ok", "Finished_nok", "Cancelled")
GCS = ("EPSG:4326", "EPSG:3035", "EPSG:3857", "EPSG:4258")
GEOTIFF_FROM = {"Geotiff": True, "Netcdf": True, "GDB": False, "Shapefile": False, "GPKG": False}
OUTPUT_FORMATS = ("Shapefile", "GDB", "GPKG", "Geojson", "Geotiff", "Netcdf", "GML", "WFS")
MESSAGES = {
    "UNDEFINED_DATASET_ID": "Error, DatasetID is not defined",
    "INVALID_DATASET_ID": "Error, the DatasetID is not valid",
    "INVALID_BOUNDINGBOX": "Error, BoundingBox is not valid",
    "UNDEFINED_GCS": "Error, defined GCS not in the list",
    "MISSING_GCS": "The OutputGCS parameter is mandatory.",
    "UNDEFINED_INFO_ID": "Error, DatasetDownloadInformationID is not defined.",
    "NOT_DOWNLOADABLE": "Error, this dataset is not downloadable",
    "INVALID_OUTPUT": "Error, the specified output format is not valid",
    "NOT_COMPATIBLE": "Error, specified formats are not compatible",
    "INVALID_LAYER": "Error, the requested band/layer is not valid",
    "DOWNLOAD_LIMIT": "The download queue can only process 5 items at a time. Please try again with fewer items.",
    "DUPLICATED": "You have requested to download the same thing at least twice. "
                  "Please check your download cart and remove any duplicates.",
    "ALL_FAILED": "Error, all requests failed",
}
# What each catalogue form calls the layers (catalogue "layers": one entry listing them).
LAYER_NAMES = {product.LAND_COVER.key: "Raster 10 m", product.CONFIDENCE.key: "Confidence layer",
               product.DATA_SCORE.key: "Data score layer"}


def _error(msg, status=400):
    return json_reply({"status": "error", "msg": MESSAGES.get(msg, msg)}, status)


class ClmsServer(TestServer):
    def __init__(self, sources, key_numbers, client_id="client-1", user_id="user-1", delivery="bbox",
                 catalogue="strings", queued_polls=1, years=product.YEARS):
        """`sources`: {(year, layer key): raster path, (year, layer key, tile): tile path};
        `catalogue`: "strings" (full_format strings, one entry per layer), "objects"
        (full_format {"token", "title"}) or "layers" (one entry listing the layers)."""
        super().__init__()
        self.sources = dict(sources)
        self.n, self.e = key_numbers[0], key_numbers[1]
        self.client_id, self.user_id = client_id, user_id
        self.delivery = delivery
        self.catalogue = catalogue
        self.years = tuple(years)  # the years the catalogue has a raster dataset for
        self.queued_polls = queued_polls
        self.stay_queued = False
        self.clock_offset = 0.0  # the server's clock minus the real time
        self.date_lies = False  # a proxy's Date header: the real time, not the server's clock
        self.fme_down = 0  # the next posts that FME does not take
        self.tokens = {}  # access token -> (user id, expiry on the server's clock)
        self.tasks = {}
        self.requests_posted = []
        self._ids = itertools.count(25702210430)
        self._fme_ids = itertools.count(4050)

    @property
    def base_url(self):
        return self.url(API)

    def now(self):
        return time.time() + self.clock_offset

    def start(self):
        super().start()
        server = self

        def date_time_string(handler, timestamp=None):
            return email.utils.formatdate(time.time() if server.date_lies else server.now(), usegmt=True)
        self._httpd.RequestHandlerClass.date_time_string = date_time_string
        return self

    def service_key(self, private_pem):
        return {"client_id": self.client_id, "user_id": self.user_id, "token_uri": self.url(TOKEN_PATH),
                "private_key": private_pem, "key_id": "k1", "title": "test key", "ip_range": None}

    # --- routing --------------------------------------------------------------------------

    def route(self, method, path, query, headers, body):
        if path == TOKEN_PATH:
            return self._token(method, body)
        if path.startswith(RESULTS):
            if "python-urllib" in headers.get("user-agent", "").lower():
                return Reply(403, b"Forbidden")
            for task in self.tasks.values():
                if path == RESULTS + "{}.zip".format(task.get("FMETaskId")) and task["Status"] == "Finished_ok":
                    return Reply(200, task["_zip"], {"Content-Type": "application/zip"}, ranged=True)
            return not_found(path)
        if not path.startswith(API + "/"):
            return not_found(path)
        if path == API + "/@search":
            return self._search(query)
        token = headers.get("authorization", "")
        user, expiry = self.tokens.get(token[7:], (None, 0)) if token.startswith("Bearer ") else (None, 0)
        if user is None or expiry < self.now():
            return json_reply({"type": "Unauthorized", "message": "You are not authorized to access this resource"},
                              401)
        if path == API + "/@datarequest_post" and method == "POST":
            return self._post(user, json.loads(body or b"{}"))
        if path == API + "/@datarequest_status_get" and method == "GET":
            return self._status(query)
        if path == API + "/@datarequest_search" and method == "GET":
            return self._search_tasks(user, query)
        if path == API + "/@datarequest_delete" and method == "DELETE":
            return self._delete(user, json.loads(body or b"{}"))
        return not_found(path)

    # --- the token (ftw.tokenauth) ------------------------------------------------------------

    def _token(self, method, body):
        def refuse(error, description, status=400):
            return json_reply({"error": error, "error_description": description}, status,
                              {"Cache-Control": "no-store", "Pragma": "no-cache"})

        if method != "POST":
            return refuse("invalid_request", "POST only", 405)
        form = {k: v[-1] for k, v in parse_qs(body.decode("ascii")).items()}
        if form.get("grant_type") is None:
            return refuse("invalid_request", "Missing 'grant_type'")
        if form["grant_type"] != GRANT_TYPE:
            return refuse("invalid_request", "Only grant type {!r} is supported".format(GRANT_TYPE))
        if not form.get("assertion"):
            return refuse("invalid_request", "Missing 'assertion'")
        try:
            header_b64, claims_b64, signature_b64 = form["assertion"].split(".")
            header = json.loads(rsa.b64url_decode(header_b64))
            claims = json.loads(rsa.b64url_decode(claims_b64))
            signature = rsa.b64url_decode(signature_b64)
        except ValueError:
            return refuse("invalid_request", "Not enough segments")
        if header.get("alg") != "RS256":
            return refuse("invalid_request", "Only RS256 signature algorithm is supported")
        if claims.get("iss") != self.client_id:
            return refuse("invalid_grant", "No associated key found")
        now = self.now()
        # PyJWT's decode
        if not rsa.verify_rs256("{}.{}".format(header_b64, claims_b64).encode("ascii"), signature, self.n, self.e):
            return refuse("invalid_grant", "Signature verification failed")
        if "exp" in claims and claims["exp"] < int(now):
            return refuse("invalid_grant", "Signature has expired")
        if claims.get("aud") != self.url(TOKEN_PATH):
            return refuse("invalid_grant", "Invalid audience")
        # JWTBearerGrantProcessor.verify
        if not claims.get("exp"):
            return refuse("invalid_grant", "Missing 'exp' claim")
        if claims["exp"] - now > 86400:
            return refuse("invalid_grant", "JWT expiration is more than a day in the future")
        if "nbf" in claims:
            return refuse("invalid_grant", "The 'nbf' claim is not suppported")
        if not claims.get("iat"):
            return refuse("invalid_grant", "Missing 'iat' claim")
        if now - claims["iat"] > 3600:
            return refuse("invalid_grant", "JWT was issued more than an hour in the past")
        if claims["iat"] - now > 60:
            return refuse("invalid_grant", "JWT issue time is in the future")
        if "scope" in claims:
            return refuse("invalid_grant", "Scopes are not supported yet")
        if claims.get("sub") != self.user_id:
            return refuse("invalid_grant", "JWT subject doesn't match user_id of service key.")
        token = "clms-{}".format(next(self._ids))
        self.tokens[token] = (self.user_id, now + 3600)
        return json_reply({"access_token": token, "expires_in": 3600, "token_type": "Bearer"},
                          headers={"Cache-Control": "no-store", "Pragma": "no-cache"})

    # --- the catalogue --------------------------------------------------------------------

    def _entries(self, year):
        """[(download information item, {Layer value or None: layer key})] of a year's raster."""
        keys = [k for k in (product.CONFIDENCE.key, product.DATA_SCORE.key, product.LAND_COVER.key)
                if k in product.reference_year(year).layers or k == product.DATA_SCORE.key]
        token = {"token": "Geotiff", "title": "GeoTIFF"} if self.catalogue != "strings" else "Geotiff"
        if self.catalogue == "layers":
            names = [LAYER_NAMES[k] for k in keys]
            return [({"@id": "8f1b{}-0".format(year), "name": "CLCplus Backbone {}".format(year),
                      "collection": "Raster", "full_format": token, "full_path": "/clcplus/{}".format(year),
                      "full_source": "EEA", "wekeo_choices": "", "layers": names},
                     {LAYER_NAMES[k]: k for k in keys})]
        return [({"@id": "8f1b{}-{}".format(year, i), "name": LAYER_NAMES[k], "collection": "",
                  "full_format": token, "full_path": "/clcplus/{}/{}".format(year, k), "full_source": "EEA",
                  "wekeo_choices": "", "layers": []}, {None: k}) for i, k in enumerate(keys)]

    def _datasets(self):
        found = {"uid-vector": ("CLCplus Backbone 2018 (vector), Europe", [
            ({"@id": "vector-0", "name": "Vector", "full_format": {"token": "GDB", "title": "GDB"},
              "full_path": "/clcplus/vector", "full_source": "EEA", "layers": []}, {None: None})])}
        for year in self.years:
            found["uid-{}".format(year)] = ("CLCplus Backbone {} (raster 10 m), Europe".format(year),
                                            self._entries(year))
        return found

    def _search(self, query):
        items = [{"@id": self.url(API + "/en/products/clc-backbone/" + uid), "@type": "DataSet", "UID": uid,
                  "title": title, "dataset_download_information": {"items": [e for e, _ in entries]}}
                 for uid, (title, entries) in self._datasets().items()]
        return json_reply({"items": items, "items_total": len(items)})

    # --- data requests --------------------------------------------------------------------

    def _post(self, user, request):
        """post.py DataRequestPost.reply for BoundingBox items."""
        datasets = self._datasets()
        stored, wanted = [], []
        for item in request.get("Datasets") or []:
            if not item.get("DatasetID"):
                return _error("UNDEFINED_DATASET_ID")
            if item["DatasetID"] not in datasets:
                return _error("INVALID_DATASET_ID")
            title, entries = datasets[item["DatasetID"]]
            out = {"DatasetID": item["DatasetID"], "DatasetTitle": title}
            if "BoundingBox" in item:
                box = item["BoundingBox"]
                if len(box) != 4 or not all(isinstance(v, (int, float)) for v in box):
                    return _error("INVALID_BOUNDINGBOX")
                out["BoundingBox"] = box
            if "OutputGCS" not in item:
                return _error("MISSING_GCS")
            if item["OutputGCS"] not in GCS:
                return _error("UNDEFINED_GCS")
            out["OutputGCS"] = item["OutputGCS"]
            if "DatasetDownloadInformationID" not in item:
                return _error("UNDEFINED_INFO_ID")
            entry = next(((e, m) for e, m in entries if e["@id"] == item["DatasetDownloadInformationID"]), None)
            full_format = None if entry is None else entry[0]["full_format"]
            full_format = full_format.get("token", "") if isinstance(full_format, dict) else full_format
            if not full_format:
                return _error("NOT_DOWNLOADABLE")
            if item.get("OutputFormat") not in OUTPUT_FORMATS:
                return _error("INVALID_OUTPUT")
            if item["OutputFormat"] != "Geotiff" or not GEOTIFF_FROM.get(full_format):
                return _error("NOT_COMPATIBLE")
            info, layer_keys = entry
            layer = None
            if info.get("layers") and "Layer" not in item:
                layer = "ALL BANDS"
            elif info.get("layers"):
                if item["Layer"] not in info["layers"]:
                    return _error("INVALID_LAYER")
                out["Layer"] = layer = item["Layer"]
            out.update({"DatasetFormat": full_format, "OutputFormat": item["OutputFormat"],
                        "DatasetPath": base64.urlsafe_b64encode(info["full_path"].encode()).decode(),
                        "DatasetSource": "EEA", "WekeoChoices": "", "Metadata": []})
            keys = [k for k in layer_keys.values() if (int(item["DatasetID"].split("-")[1]), k) in self.sources] \
                if layer == "ALL BANDS" else [layer_keys[layer]]
            stored.append(out)
            wanted.append((int(item["DatasetID"].split("-")[1]), keys, item.get("BoundingBox")))
        if len(stored) > 5:
            return _error("DOWNLOAD_LIMIT")
        running = [d for t in self.tasks.values() if t["UserID"] == user and t["Status"] in ("Queued", "In_progress")
                   for d in t["Datasets"]]
        seen = [json.dumps(d, sort_keys=True) for d in stored + running]
        if len(seen) != len(set(seen)):
            return _error("DUPLICATED")
        self.requests_posted.append(request)
        task_id = str(next(self._ids))
        self.tasks[task_id] = {"Datasets": stored, "Status": "Queued", "UserID": user,
                               "RegistrationDateTime": datetime.fromtimestamp(self.now(), timezone.utc).replace(
                                   tzinfo=None).isoformat(), "_zip": self._zip(wanted), "_polls": 0}
        if self.fme_down:
            self.fme_down -= 1
            return _error("ALL_FAILED", 500)
        self.tasks[task_id]["FMETaskId"] = next(self._fme_ids)
        return json_reply({"TaskIds": [{"TaskID": task_id}], "ErrorTaskIds": []}, 201)

    def _public(self, task):
        return {k: v for k, v in task.items() if not k.startswith("_")}

    def _status(self, query):
        if not query.get("TaskID"):
            return _error("Error, TaskID not defined")
        task = self.tasks.get(query["TaskID"])
        if task is None:
            return _error("Error, task not found", 404)
        task["_polls"] += 1
        if task["Status"] in ("Queued", "In_progress"):
            if self.stay_queued or task["_polls"] <= self.queued_polls:
                task["Status"] = "Queued" if self.stay_queued or task["_polls"] < 2 else "In_progress"
            elif task.get("FMETaskId"):
                task.update({"Status": "Finished_ok", "Message": "Download process finished successfully",
                             "DownloadURL": self.url(RESULTS + "{}.zip".format(task["FMETaskId"])),
                             "FileSize": len(task["_zip"]),
                             "FinalizationDateTime": datetime.fromtimestamp(self.now(), timezone.utc).replace(
                                 tzinfo=None).isoformat()})
        return json_reply(self._public(task))

    def _search_tasks(self, user, query):
        status = query.get("status")
        if status and status not in STATUS_LIST:
            return _error("Error, status not recognized")
        return json_reply({task_id: self._public(t) for task_id, t in self.tasks.items()
                           if t["UserID"] == user and (not status or t["Status"] == status)})

    def _delete(self, user, body):
        if not body.get("TaskID"):
            return _error("Error, TaskID not defined")
        task = self.tasks.get(str(body["TaskID"]))
        if task is None:
            return _error("Error, TaskID not registered", 403)
        if user not in task["UserID"]:
            return _error("Error, permission denied", 404)
        task["Status"] = "Cancelled"
        task["FinalizationDateTime"] = datetime.fromtimestamp(self.now(), timezone.utc).replace(tzinfo=None).isoformat()
        return Reply(204, b"", {"Content-Type": "application/json"})

    # --- what FME delivers (inferred) -------------------------------------------------------

    def _zip(self, wanted):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
            for i, (year, keys, box) in enumerate(wanted):
                folder = "CLMS_CLCplus_{}_{}".format(year, i)
                for name, content in self._files(year, keys, box):
                    z.writestr("{}/{}".format(folder, name), content)
                z.writestr("{}/metadata.xml".format(folder), "<metadata/>")
        return buffer.getvalue()

    def _files(self, year, keys, box):
        xmin, ymin, xmax, ymax = _grid_box(box)
        if self.delivery == "exact":
            for tile in data.TILES:
                extent = data.LAYOUT.extent(tile)
                if xmin <= extent[0] and extent[2] <= xmax and ymin <= extent[1] and extent[3] <= ymax:
                    return [("result.tif", data.read(self.sources[(year, keys[0], tile)]))]
            return []
        if len(keys) > 1 or self.delivery == "bbox":
            return [("result.tif", self._cut(year, keys, (xmin, ymin, xmax, ymax)))]
        if self.delivery in ("shifted", "nudged"):
            return [("result.tif", self._cut(year, keys, (xmin, ymin, xmax, ymax),
                                             shift=5.0 if self.delivery == "shifted" else 1e-6))]
        if self.delivery == "nested":
            inner = io.BytesIO()
            with zipfile.ZipFile(inner, "w") as z:
                z.writestr("result/result.tif", self._cut(year, keys, (xmin, ymin, xmax, ymax)))
            return [("result.zip", inner.getvalue())]
        xmid = (xmin + xmax) // 20 * 10
        ymid = (ymin + ymax) // 20 * 10
        pad = 20 if self.delivery in ("overlap", "disagree") else 0
        parts = [(xmin, ymin, xmid + pad, ymid + pad), (xmid - pad, ymin, xmax, ymid + pad),
                 (xmin, ymid - pad, xmid + pad, ymax), (xmid - pad, ymid - pad, xmax, ymax)]
        files = [("part_{}/part_{}.tif".format(i // 2, i), self._cut(year, keys, part, add=(
            1 if self.delivery == "disagree" and i == 3 else 0))) for i, part in enumerate(parts)]
        return files[1:] if self.delivery == "partial" else files

    def _cut(self, year, keys, window, shift=0.0, add=0):
        xmin, ymin, xmax, ymax = window
        source = gdal.BuildVRT("", [self.sources[(year, k)] for k in keys], separate=True) if len(keys) > 1 \
            else gdal.Open(self.sources[(year, keys[0])])
        out = "/vsimem/clms_{}.tif".format(next(self._ids))
        gdal.Translate(out, source, projWin=[xmin, ymax, xmax, ymin], creationOptions=["COMPRESS=DEFLATE"])
        if shift or add:
            dataset = gdal.Open(out, gdal.GA_Update)
            gt = list(dataset.GetGeoTransform())
            gt[0] += shift
            dataset.SetGeoTransform(gt)
            if add:
                band = dataset.GetRasterBand(1)
                band.WriteArray(((band.ReadAsArray().astype(np.int32) + add) % 250).astype(np.uint8))
            dataset = None
        f = gdal.VSIFOpenL(out, "rb")
        gdal.VSIFSeekL(f, 0, 2)
        size = gdal.VSIFTellL(f)
        gdal.VSIFSeekL(f, 0, 0)
        result = bytes(gdal.VSIFReadL(1, size, f))
        gdal.VSIFCloseL(f)
        gdal.Unlink(out)
        return result


def _grid_box(box):
    """The EPSG:3035 envelope of a west, north, east, south box, widened to the 10 m grid."""
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
    return (float(np.floor(xmin / 10) * 10), float(np.floor(ymin / 10) * 10),
            float(np.ceil(xmax / 10) * 10), float(np.ceil(ymax / 10) * 10))
