"""WEkEO Harmonised Data Access (all years; an account and its credentials).

The broker (https://gateway.prod.wekeo2.eu/hda-broker/api/v1):
1. `POST <broker>/gettoken` {"username", "password"} -> {"access_token"} (the credentials come from
   a QGIS authentication configuration of the method Basic),
2. `GET /termsaccepted`: the Copernicus land licence must have been accepted once (`PUT
   /termsaccepted/<licence>` does it when the user ticked that option),
3. `POST /dataaccess/search` {"dataset_id": "EO:EEA:DAT:CLC-PLUS", "productType", "resolution",
   "year", "bbox" (lon/lat), "itemsPerPage", "startIndex"} -> features named like the tiles,
4. per tile: `POST /dataaccess/download` {"dataset_id", "product_id", "location"} -> download_id;
   `HEAD /dataaccess/download/<id>` answers 202 while the order is prepared, 200 when ready;
   `GET` it: one zip per tile, holding a folder of the tile's name.
"""

import re
import time
from urllib.parse import quote
from qgis.PyQt.QtCore import QCoreApplication

from .. import product
from ..http import HttpError
from . import credentials
from .base import Source, SourceError
from .common import install_file, lonlat_box, renewing, report

DEFAULT_URL = "https://gateway.prod.wekeo2.eu/hda-broker/api/v1"
DATASET_ID = "EO:EEA:DAT:CLC-PLUS"
LICENCE = "Copernicus_Land_Monitoring_Service_Data_Policy"
PRODUCT_TYPES = {product.LAND_COVER.key: "Raster Layer", product.CONFIDENCE.key: "Confidence Layer"}
PAGE_SIZE = 200
MAX_PAGES = 50
_TILE_RE = re.compile(r"E\d{2}N\d{2}", re.IGNORECASE)


class WekeoSource(Source):
    KEY = "wekeo"
    DEFAULT_URL = DEFAULT_URL
    LAYERS = (product.LAND_COVER.key, product.CONFIDENCE.key)

    def __init__(self, base_url=""):
        super().__init__(base_url)
        self._credentials = None

    def name(self):
        return QCoreApplication.translate("CLCplusFetch", "WEkEO Harmonised Data Access")

    @property
    def token_url(self):
        root = self.base_url
        if root.endswith("/api/v1"):
            root = root[:-len("/api/v1")]
        return root + "/gettoken"

    def prepare(self, request):
        self._credentials = credentials.basic_credentials(request.authcfg, QCoreApplication.translate(
            "CLCplusFetch", "WEkEO"))

    # --- the protocol ---------------------------------------------------------------------

    def _token(self, session):
        user, password = self._credentials
        try:
            answer = session.http().request("POST", self.token_url,
                                            json_body={"username": user, "password": password})
        except HttpError as e:
            if e.status in (400, 401, 403):
                raise SourceError(QCoreApplication.translate(
                    "CLCplusFetch", "WEkEO refused the user name or password of the chosen authentication "
                                     "configuration (HTTP {}); check them at wekeo.eu and in Settings › "
                                     "Options › Authentication").format(e.status)) from None
            raise SourceError(QCoreApplication.translate(
                "CLCplusFetch", "WEkEO's token service failed: {}").format(e)) from None
        token = answer.json().get("access_token") if isinstance(answer.json(), dict) else None
        if not token:
            raise SourceError(QCoreApplication.translate("CLCplusFetch", "WEkEO gave no access token"))
        return {"Authorization": "Bearer " + token}

    def _accept_terms(self, session, auth):
        http = session.http()
        answer = http.request("GET", self.base_url + "/termsaccepted?startIndex=0&itemsPerPage=100",
                              headers=auth).json()
        accepted = {f.get("term_id") for f in (answer.get("features") or []) if isinstance(f, dict)}
        if LICENCE in accepted:
            return
        if not session.options.accept_terms:
            raise SourceError(QCoreApplication.translate(
                "CLCplusFetch", "Accept the licence '{}' once: at wekeo.eu (your profile › Terms and "
                                 "conditions), or tick 'Accept the Copernicus licence on WEkEO' in this "
                                 "tool").format(LICENCE))
        http.request("PUT", "{}/termsaccepted/{}".format(self.base_url, LICENCE), headers=auth)
        session.info(QCoreApplication.translate("CLCplusFetch", "Accepted the licence '{}' on WEkEO").format(LICENCE))

    def _search(self, session, auth, tiles):
        west, south, east, north = lonlat_box(tiles, session.tile_extent)
        query = {"dataset_id": DATASET_ID, "productType": PRODUCT_TYPES[session.layer.key],
                 "resolution": "10m", "year": str(session.year), "bbox": [west, south, east, north],
                 "itemsPerPage": PAGE_SIZE, "startIndex": 0}
        features = []
        for _page in range(MAX_PAGES):
            answer = session.http().request("POST", self.base_url + "/dataaccess/search",
                                            json_body=query, headers=auth).json()
            page = answer.get("features") or []
            features += [f for f in page if isinstance(f, dict)]
            total = (answer.get("properties") or {}).get("totalResults")
            query["startIndex"] += len(page)
            if not page or len(page) < PAGE_SIZE or (total is not None and query["startIndex"] >= total):
                break
        return features

    def _match(self, session, features):
        """{tile id text: feature} for the features that are tiles of the wanted year and layer."""
        found = {}
        unnamed = 0
        for feature in features:
            names = [str(feature.get("id", ""))]
            props = feature.get("properties") or {}
            names += [str(props.get(k, "")) for k in ("title", "location", "filename")]
            tile_id = None
            for name in names:
                base = name.rstrip("/").split("/")[-1]
                for candidate in (base, base + ".tif", re.sub(r"\.zip$", ".tif", base, flags=re.I)):
                    parsed = product.parse_file_name(candidate)
                    if parsed and parsed.tile:
                        if parsed.year == session.year and parsed.layer.key == session.layer.key:
                            tile_id = parsed.tile
                        break
                if tile_id:
                    break
            if tile_id is None and not any(_TILE_RE.search(n) for n in names):
                unnamed += 1
            if tile_id:
                found[tile_id] = feature
        return found, unnamed

    def fetch(self, session, tiles):
        auth = self._token(session)
        self._accept_terms(session, auth)
        features = self._search(session, auth, tiles)
        found, unnamed = self._match(session, features)
        if not found and unnamed:
            raise SourceError(QCoreApplication.translate(
                "CLCplusFetch", "WEkEO offers {} only as a pan-European file, not as tiles; for 2018 and "
                                 "2021 use the EEA ImageServer, or a local copy of the mosaic with the "
                                 "mirror source").format(session.year))
        wanted = []
        for tile in tiles:
            if str(tile) in found:
                wanted.append(tile)
            else:
                session.unavailable(tile, QCoreApplication.translate(
                    "CLCplusFetch", "WEkEO has no {} tile {}").format(session.year, tile))
        report(session, session.map(
            lambda tile: renewing(auth, lambda: self._token(session),
                                  lambda: self._fetch_one(session, auth, tile, found[str(tile)])), wanted))

    def _fetch_one(self, session, auth, tile, feature):
        http = session.http()
        order = http.request("POST", self.base_url + "/dataaccess/download", headers=auth, json_body={
            "dataset_id": DATASET_ID, "product_id": feature.get("id"),
            "location": (feature.get("properties") or {}).get("location"), "cacheable": True}).json()
        download_id = order.get("download_id") if isinstance(order, dict) else None
        if not download_id:
            raise SourceError(QCoreApplication.translate("CLCplusFetch", "WEkEO accepted no order for {}").format(tile))
        url = "{}/dataaccess/download/{}".format(self.base_url, quote(str(download_id), safe=""))
        started = time.monotonic()
        while True:
            answer = http.request("HEAD", url, headers=auth, accept=(200, 202))
            if answer.status == 200:
                break
            waited = time.monotonic() - started
            if waited > session.options.order_timeout:
                raise SourceError(QCoreApplication.translate(
                    "CLCplusFetch", "WEkEO was still preparing {} after {:.0f} min; try again later").format(
                    tile, waited / 60))
            session.progress(tile, 0.05)
            session.sleep(session.options.poll_interval)
        part = session.temp_path("{}.zip.part".format(tile))
        http.download(url, part, headers=auth,
                      progress=lambda done, total: session.progress(tile, 0.1 + 0.8 * done / total) if total else None)
        return install_file(session, tile, part)
