"""The WEkEO HDA broker: token, licence terms, search, order, HEAD polling, zip download."""

import itertools
import json

from osgeo import ogr, osr

from clcplus_backbone.core import product
from clcplus_backbone.core.sources.wekeo import DATASET_ID, LICENCE, PRODUCT_TYPES

from . import data
from .base import Reply, TestServer, json_reply, not_found

ROOT = "/hda-broker"
API = ROOT + "/api/v1"


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


class WekeoServer(TestServer):
    def __init__(self, sample, users=None, ready_after=1, terms_accepted=True, mosaic_years=(2018,)):
        super().__init__()
        self.sample = sample
        self.users = dict(users or {"alice": "s3cret-pass"})
        self.ready_after = ready_after  # HEAD polls answered 202 before the order is ready
        self.stay_queued = False
        self.accepted = {LICENCE} if terms_accepted else set()
        self.tokens = set()
        self.zips = {}  # product id -> zip bytes (overrides the generated ones)
        self.orders = {}  # download id -> [product id, polls]
        self._ids = itertools.count(1)
        self.products = []
        for year in product.YEARS:
            if year in mosaic_years:
                name = product.mosaic_file_name(year)[:-len(".tif")]
                self.products.append({"id": name, "year": year, "layer": product.LAND_COVER.key,
                                      "tile": None, "bbox": (-25.0, 25.0, 45.0, 72.0)})
                continue
            for key in product.reference_year(year).layers:
                if key not in PRODUCT_TYPES:
                    continue
                layer = product.LAYERS[key]
                for tile in data.TILES:
                    self.products.append({
                        "id": data.stem(year, tile, layer), "year": year, "layer": key, "tile": tile,
                        "bbox": _lonlat_bbox(data.LAYOUT.extent(tile))})

    @property
    def base_url(self):
        return self.url(API)

    def zip_for(self, product_id):
        if product_id in self.zips:
            return self.zips[product_id]
        found = next(p for p in self.products if p["id"] == product_id)
        return data.tile_zip(self.sample, found["year"], found["tile"], product.LAYERS[found["layer"]])

    def route(self, method, path, query, headers, body):
        if path == ROOT + "/gettoken" and method == "POST":
            try:
                credentials = json.loads(body)
            except ValueError:
                return json_reply({"detail": "JSON expected"}, 400)
            user, password = credentials.get("username"), credentials.get("password")
            if user in self.users and self.users[user] == password:
                token = "tok-{}".format(next(self._ids))
                self.tokens.add(token)
                return json_reply({"access_token": token, "refresh_token": "r", "token_type": "Bearer",
                                   "expires_in": 3600})
            return json_reply({"detail": "Invalid user credentials"}, 401)
        if not path.startswith(API + "/"):
            return not_found(path)
        token = headers.get("authorization", "")
        if not token.startswith("Bearer ") or token[7:] not in self.tokens:
            return json_reply({"detail": "Not authenticated"}, 401)
        route = path[len(API):]
        if route == "/termsaccepted" and method == "GET":
            return json_reply({"features": [{"term_id": t} for t in sorted(self.accepted)],
                               "properties": {"totalResults": len(self.accepted)}})
        if route.startswith("/termsaccepted/") and method == "PUT":
            self.accepted.add(route.rsplit("/", 1)[1])
            return json_reply({"term_id": route.rsplit("/", 1)[1], "accepted": True})
        if route == "/dataaccess/search" and method == "POST":
            return self._search(json.loads(body))
        if route == "/dataaccess/download" and method == "POST":
            if LICENCE not in self.accepted:
                return json_reply({"detail": "Terms and conditions not accepted: {}".format(LICENCE)}, 403)
            order = json.loads(body)
            if order.get("dataset_id") != DATASET_ID or not order.get("location"):
                return json_reply({"detail": "dataset_id and location are required"}, 400)
            download_id = "dl{}".format(next(self._ids))
            self.orders[download_id] = [order["product_id"], 0]
            return json_reply({"download_id": download_id, "status": "queued"})
        if route.startswith("/dataaccess/download/"):
            download_id = route.rsplit("/", 1)[1]
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
        page = hits[start:start + count]
        features = [{"type": "Feature", "id": item["id"],
                     "properties": {"location": "clcplus/{}/{}.zip".format(item["year"], item["id"]),
                                    "title": item["id"], "size": 1000}} for item in page]
        return json_reply({"type": "FeatureCollection", "features": features,
                           "properties": {"totalResults": len(hits), "itemsPerPage": count,
                                          "startIndex": start}})
