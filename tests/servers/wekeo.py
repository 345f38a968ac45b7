"""The WEkEO HDA broker: token, dataset terms, search pages, orders under a quota, HEAD polling,
zip download; expired tokens, refused access, quota exhaustion and short search answers.

Where each behaviour comes from (read 2026-11-30; nothing here was checked against the live
broker):
- token: `POST /hda-broker/gettoken` {"username", "password"} -> {"access_token", "refresh_token",
  "expires_in", ...}: ecmwf/hda hda/api.py `Client._get_token`; eea/hdar R/auth.R `get_token`;
  CS-SI/eodag eodag/resources/providers/wekeo_main.yml (auth: TokenAuth, token_key access_token).
- an expired or unusable token answers 401 or 403: hda/api.py `Client.robust` (403: "either the
  token is expired or the credentials are invalid", one more try after `_invalidate_token`);
  hdar R/client.R `send_request` (new token on 401 or 403, then once more, then an error);
  eodag wekeo_main.yml `auth_error_code: 401`. Which of the two the broker sends on expiry is not
  documented: `expired_status` chooses.
- dataset terms: `GET /api/v1/datasets/{id}` -> {"dataset_id", "terms": [term id, ...]}: hda/api.py
  `Client.accept_tac` (`self.dataset(dataset_id)["terms"]`); hdar doc/hdar.R (vignette: a dataset's
  `$terms[[1]] "Copernicus_ECMWF_License"`). The CLMS term id "Copernicus_Land_Monitoring_Service_
  Data_Policy": the hdar vignette's terms_and_conditions() listing and eodag's provider docs.
  What CLC-PLUS lists exactly is inferred.
- accepted terms: `GET /api/v1/termsaccepted?startIndex&itemsPerPage` -> features with "term_id";
  `PUT /api/v1/termsaccepted/{term}` without a body: hdar R/client.R `terms_and_conditions` and
  `get_terms_status` (hda 2.x PUTs {"accepted": true}; both are accepted here). The 403 for an
  order whose terms are not accepted is inferred.
- search: `POST /api/v1/dataaccess/search` with itemsPerPage/startIndex -> {"features",
  "properties": {"totalResults", "itemsPerPage", "startIndex"}}: hda/api.py `Paginator`
  (ITEMS_PER_PAGE 100); hdar R/paginator.R; eodag wekeo_main.yml (pagination via
  $.properties.totalResults, max_limit 200: the page cap here).
- order: `POST /api/v1/dataaccess/download` {"dataset_id", "product_id", "location"} ->
  {"download_id"}; `HEAD .../download/{id}` 202 while prepared, 200 when ready; `GET` the file
  with Content-Disposition: hda/api.py `DataOrderRequest.run`, `get_filename`; hdar
  R/search_results.R `ensure_download_is_ready`.
- quota: 100 orders (POST dataaccess/download) an hour, each order counted for one hour, an order
  re-posted for the same product not counted again: help.wekeo.eu/en/articles/7945419-limitation-
  of-requests-and-orders. Over it: HTTP 429 with X-Quota-Limit, X-Quota-Remaining and
  X-Quota-Reset in milliseconds since 1970: hda/utils.py `build_quota_hit_message`. `reset_format`
  can send the reset in other forms, as nothing documents the header.
- query options: `GET /api/v1/dataaccess/queryable/EO:EEA:DAT:CLC-PLUS` (a token needed) -> a JSON
  schema {"type": "object", "properties": {<field>: {"type": "string", "oneOf": [{"const", "title"}],
  "default"}, "bbox": {"type": "array", "items": [...]}, ...}, "required", "constraints": [...]}:
  hda/api.py `Client.metadata` (drops "constraints", "only useful on the WEkEO UI"); hdar client.R
  `get_querytemplate` and R/utils.R `extract_template_param_*` (oneOf[[1]]$const, items$oneOf);
  eodag wekeo_main.yml discover_queryables (results_entry $.properties[*]); eodag's tests give
  "constraints" as a list of {field: [allowed values]} combinations. What CLC-PLUS lists exactly
  (the productType values, one constraint per product type) is inferred; `query_years` sets the
  years it lists (default: those with products), `queryable_shape` "properties" or "constraints"
  puts them in one place only.
- a request quota: `throttled` answers every API request with 429 and the X-Quota headers (hda
  raises QuotaReachedError at a 429 on any request; help.wekeo.eu "Limitation of requests and
  orders" limited searches too in an earlier version). What a throttled account's other requests
  answer is inferred.
- product ids: the tile stems (48 characters) for the tiled years (PRODUCT.md); 2018 and 2021
  only as pan-European files: the 2018 one named like the mosaic (third-party hda scripts unzip
  "CLMS_CLCplus_RASTER_2018_010m_eu_03035_V1_1"), the 2021 confidence layer named by the 2021
  Product User Manual's convention (eea/CLMS_documents DOCS/CLCplus_Backbone/2021_PUM_v1.qmd,
  Annex 1: CLMS_CLCplus_CONF_2021_010m_eu_03035_V1_x); that WEkEO lists it at all is inferred.
"""

import email.utils
import itertools
import json
import threading
import time

from osgeo import ogr, osr

from clcplus_backbone.core import product
from clcplus_backbone.core.sources.wekeo import DATASET_ID, PRODUCT_TYPES

from . import data
from .base import Reply, TestServer, json_reply, not_found

ROOT = "/hda-broker"
API = ROOT + "/api/v1"
CLMS_TERMS = "Copernicus_Land_Monitoring_Service_Data_Policy"
HOUR = 3600.0
PAGE_CAP = 200  # eodag wekeo_main.yml: max_limit 200


def _lonlat_bbox(extent):
    source = osr.SpatialReference()
    source.ImportFromEPSG(3035)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    target = osr.SpatialReference()
    target.ImportFromEPSG(4326)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ring = ogr.CreateGeometryFromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(*extent))
    ring.Transform(osr.CoordinateTransformation(source, target))
    west, east, south, north = ring.GetEnvelope()
    return (west, south, east, north)


def mosaic_id(year, layer_key):
    if layer_key == product.LAND_COVER.key:
        return product.mosaic_file_name(year)[:-len(".tif")]
    return "CLMS_CLCplus_CONF_{}_010m_eu_03035_V1_1".format(year)


class WekeoServer(TestServer):
    def __init__(self, sample, users=None, ready_after=1, terms_accepted=True, mosaic_years=(2018, 2021),
                 terms=(CLMS_TERMS,), years=product.YEARS):
        super().__init__()
        self.query_years = None  # the years the query options list (None: those with products)
        self.queryable_shape = "both"  # "properties", "constraints" or "both"
        self.throttled = False  # every API request answered 429 with the quota headers
        self.sample = sample
        self.users = dict(users or {"alice": "s3cret-pass"})
        self.ready_after = ready_after  # HEAD polls answered 202 before the order is ready
        self.stay_queued = False
        self.terms = list(terms)  # what GET /datasets/EO:EEA:DAT:CLC-PLUS lists
        self.accepted = set(self.terms) if terms_accepted else set()
        self.tokens = {}  # token -> {"user", "expired"}
        self.expired_status = 401  # what an expired token gets: 401 or 403
        self.expire_on = None  # (method, path prefix): tokens expire when such a request comes, once
        self.no_access = set()  # users whose every API request is refused with 403
        self.page_cap = PAGE_CAP  # items per search page at most, whatever is asked
        self.search_stops_at = None  # a broker that answers empty pages from this index on
        self.order_quota = 100  # distinct products ordered per user in a rolling hour
        self.reset_format = "epoch-ms"  # X-Quota-Reset: epoch-ms, epoch-s, seconds, http-date, iso, None
        self.quota_log = {}  # user -> {product id: time of its counted order}
        self.zips = {}  # product id -> zip bytes (overrides the generated ones)
        self.orders = {}  # download id -> [product id, polls]
        self._ids = itertools.count(1)
        self._state = threading.Lock()
        self.products = []
        for year in years:
            for key in product.reference_year(year).layers:
                if key not in PRODUCT_TYPES:
                    continue
                if year in mosaic_years:
                    self.products.append({"id": mosaic_id(year, key), "year": year, "layer": key,
                                          "tile": None, "bbox": (-25.0, 25.0, 45.0, 72.0)})
                    continue
                layer = product.LAYERS[key]
                for tile in data.TILES:
                    self.products.append({
                        "id": data.stem(year, tile, layer), "year": year, "layer": key, "tile": tile,
                        "bbox": _lonlat_bbox(data.LAYOUT.extent(tile))})

    @property
    def base_url(self):
        return self.url(API)

    def expire_tokens(self):
        with self._state:
            for info in self.tokens.values():
                info["expired"] = True

    def zip_for(self, product_id):
        if product_id in self.zips:
            return self.zips[product_id]
        found = next(p for p in self.products if p["id"] == product_id)
        return data.tile_zip(self.sample, found["year"], found["tile"], product.LAYERS[found["layer"]])

    # --- routing ---------------------------------------------------------------------------

    def route(self, method, path, query, headers, body):
        if path == ROOT + "/gettoken" and method == "POST":
            return self._token(body)
        if not path.startswith(API + "/"):
            return not_found(path)
        if self.expire_on and method == self.expire_on[0] and path.startswith(self.expire_on[1]):
            self.expire_on = None
            self.expire_tokens()
        token = headers.get("authorization", "")
        info = self.tokens.get(token[7:]) if token.startswith("Bearer ") else None
        if info is None:
            return json_reply({"detail": "Not authenticated"}, 401)
        if info["expired"]:
            return json_reply({"detail": "Token expired or invalid"}, self.expired_status)
        if info["user"] in self.no_access:
            return json_reply({"detail": "Access forbidden"}, 403)
        if self.throttled:
            return self._quota_exceeded(time.time() + 1800, time.time())
        route = path[len(API):]
        if route == "/dataaccess/queryable/" + DATASET_ID and method == "GET":
            return self._queryable()
        if route == "/datasets/" + DATASET_ID and method == "GET":
            return json_reply({"dataset_id": DATASET_ID, "terms": list(self.terms),
                               "metadata": {"_source": {"datasetTitle": "CLCplus Backbone"}}})
        if route == "/termsaccepted" and method == "GET":
            return self._accepted(query)
        if route.startswith("/termsaccepted/") and method == "PUT":
            term = route.rsplit("/", 1)[1]
            if term not in self.terms:
                return not_found(path)
            self.accepted.add(term)
            return json_reply({"term_id": term, "accepted": True})
        if route == "/dataaccess/search" and method == "POST":
            return self._search(json.loads(body))
        if route == "/dataaccess/download" and method == "POST":
            return self._order(info["user"], json.loads(body))
        if route.startswith("/dataaccess/download/"):
            return self._download(method, path, route.rsplit("/", 1)[1])
        return not_found(path)

    def _token(self, body):
        try:
            credentials = json.loads(body)
        except ValueError:
            return json_reply({"detail": "JSON expected"}, 400)
        user, password = credentials.get("username"), credentials.get("password")
        if user in self.users and self.users[user] == password:
            token = "tok-{}".format(next(self._ids))
            with self._state:
                self.tokens[token] = {"user": user, "expired": False}
            return json_reply({"access_token": token, "refresh_token": "r", "token_type": "Bearer",
                               "expires_in": 3600})
        return json_reply({"detail": "Invalid user credentials"}, 401)

    def _queryable(self):
        years = self.query_years if self.query_years is not None else sorted({p["year"] for p in self.products})
        types = sorted(set(PRODUCT_TYPES.values()))

        def choice(values):
            return {"type": "string", "oneOf": [{"const": str(v), "title": str(v)} for v in values],
                    "default": str(values[0]) if values else ""}
        properties = {"dataset_id": {"type": "string", "const": DATASET_ID},
                      "productType": choice(types), "resolution": choice(["10m"]),
                      "bbox": {"type": "array", "items": [{"type": "number", "minimum": -180},
                                                          {"type": "number", "minimum": -90},
                                                          {"type": "number", "maximum": 180},
                                                          {"type": "number", "maximum": 90}]},
                      "itemsPerPage": {"type": "integer"}, "startIndex": {"type": "integer"}}
        if self.queryable_shape in ("both", "properties"):
            properties["year"] = choice(years)
        answer = {"type": "object", "title": "CLCplus Backbone", "properties": properties,
                  "required": ["dataset_id"]}
        if self.queryable_shape in ("both", "constraints"):
            answer["constraints"] = [
                {"productType": [kind], "resolution": ["10m"],
                 "year": [str(y) for y in years if any(p["year"] == y and PRODUCT_TYPES[p["layer"]] == kind
                                                       for p in self.products) or self.query_years is not None]}
                for kind in types]
        return json_reply(answer)

    def _accepted(self, query):
        start, count = int(query.get("startIndex", 0)), int(query.get("itemsPerPage", 10))
        terms = sorted(self.accepted)
        return json_reply({"features": [{"term_id": t} for t in terms[start:start + min(count, self.page_cap)]],
                           "properties": {"totalResults": len(terms), "startIndex": start, "itemsPerPage": count}})

    def _search(self, query):
        if query.get("dataset_id") != DATASET_ID:
            return json_reply({"detail": "unknown dataset"}, 400)
        west, south, east, north = query.get("bbox") or (-180, -90, 180, 90)
        wanted_type = query.get("productType")
        year = int(query.get("year", 0))
        hits = []
        for item in self.products:
            if item["year"] != year or PRODUCT_TYPES.get(item["layer"]) != wanted_type:
                continue
            w, s, e, n = item["bbox"]
            if w < east and west < e and s < north and south < n:
                hits.append(item)
        start, count = int(query.get("startIndex", 0)), int(query.get("itemsPerPage", 10))
        page = hits[start:start + min(count, self.page_cap)]
        if self.search_stops_at is not None and start >= self.search_stops_at:
            page = []
        features = [{"type": "Feature", "id": item["id"],
                     "properties": {"location": "clcplus/{}/{}.zip".format(item["year"], item["id"]),
                                    "title": item["id"], "size": 1000}} for item in page]
        return json_reply({"type": "FeatureCollection", "features": features,
                           "properties": {"totalResults": len(hits), "itemsPerPage": count,
                                          "startIndex": start}})

    def _order(self, user, order):
        if any(t not in self.accepted for t in self.terms):
            return json_reply({"detail": "Terms and conditions not accepted: {}".format(
                ", ".join(t for t in self.terms if t not in self.accepted))}, 403)
        if order.get("dataset_id") != DATASET_ID or not order.get("location"):
            return json_reply({"detail": "dataset_id and location are required"}, 400)
        now = time.time()
        with self._state:
            counted = self.quota_log.setdefault(user, {})
            for product_id, when in list(counted.items()):
                if now - when >= HOUR:
                    del counted[product_id]
            if order["product_id"] not in counted:  # a re-posted order does not count again
                if len(counted) >= self.order_quota:
                    return self._quota_exceeded(min(counted.values(), default=now) + HOUR, now)
                counted[order["product_id"]] = now
            download_id = "dl{}".format(next(self._ids))
            self.orders[download_id] = [order["product_id"], 0]
        return json_reply({"download_id": download_id, "status": "queued"})

    def _quota_exceeded(self, reset, now):
        headers = {"X-Quota-Limit": str(self.order_quota), "X-Quota-Remaining": "0"}
        value = {"epoch-ms": lambda: str(int(reset * 1000)), "epoch-s": lambda: str(int(reset)),
                 "seconds": lambda: str(int(round(reset - now))),
                 "http-date": lambda: email.utils.formatdate(reset, usegmt=True),
                 "iso": lambda: time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(reset)),
                 None: lambda: None}[self.reset_format]()
        if value is None:
            headers = {}
        else:
            headers["X-Quota-Reset"] = value
        return json_reply({"detail": "Too many requests: quota exceeded"}, 429, headers)

    def _download(self, method, path, download_id):
        if download_id not in self.orders:
            return not_found(path)
        order = self.orders[download_id]
        if method == "HEAD":
            order[1] += 1
            ready = not self.stay_queued and order[1] > self.ready_after
            return Reply(200 if ready else 202)
        if method == "GET":
            if self.stay_queued or order[1] <= self.ready_after:
                return json_reply({"detail": "not ready"}, 202)
            return Reply(200, self.zip_for(order[0]), {
                "Content-Type": "application/zip",
                "Content-Disposition": 'attachment; filename="{}.zip"'.format(order[0])}, ranged=True)
        return not_found(path)
