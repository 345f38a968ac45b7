"""WEkEO Harmonised Data Access (all years; an account and its credentials).

The broker (https://gateway.prod.wekeo2.eu/hda-broker/api/v1), as the official clients use it
(ecmwf/hda hda/api.py, eea/hdar R/client.R; see core/sources/wekeo_broker.py for 401/403, 429
and paging):
1. `POST <broker>/gettoken` {"username", "password"} -> {"access_token"} (the credentials come from
   a QGIS authentication configuration of the method Basic),
2. the terms the dataset lists: `GET /datasets/EO:EEA:DAT:CLC-PLUS` -> {"terms": [term id, ...]};
   those not in `GET /termsaccepted` (features with "term_id") are accepted with a body-less
   `PUT /termsaccepted/<term>` when the user ticked that option,
3. `POST /dataaccess/search` {"dataset_id", "productType", "resolution", "year", "bbox" (lon/lat),
   "itemsPerPage", "startIndex"} -> features named like the tiles, page after page until
   properties.totalResults,
4. per tile: `POST /dataaccess/download` {"dataset_id", "product_id", "location"} -> download_id
   (an order: at most 100 an hour; HTTP 429 stops the fetch, the tiles already fetched stay in the
   cache and re-ordering them later does not count); `HEAD /dataaccess/download/<id>` answers 202
   while the order is prepared, 200 when ready; `GET` it: one zip per tile, holding a folder of
   the tile's name.

2018 and 2021 (land cover and the 2021 confidence layer) are pan-European files, not tiles
(CLCplus Backbone 2021 Product User Manual, eea/CLMS_documents
DOCS/CLCplus_Backbone/2021_PUM_v1.qmd: "CONF ... eu ... 03035"): WEkEO cannot give them tile by
tile, and the error names the source that can.
"""

import re
import time
from urllib.parse import quote, urlencode

from qgis.PyQt.QtCore import QCoreApplication

from .. import product
from ..http import HttpError
from . import credentials
from .base import DOWNLOADED, UNAVAILABLE, Checked, LoginRefused, Source, SourceError
from .common import install_file, lonlat_box, report
from .wekeo_broker import AccessRefused, Broker, QuotaReached

DEFAULT_URL = "https://gateway.prod.wekeo2.eu/hda-broker/api/v1"
DATASET_ID = "EO:EEA:DAT:CLC-PLUS"
PRODUCT_TYPES = {product.LAND_COVER.key: "Raster Layer", product.CONFIDENCE.key: "Confidence Layer"}
PAGE_SIZE = 100  # hda/api.py ITEMS_PER_PAGE
MAX_PAGES = 100
_TILE_RE = re.compile(r"E\d{2}N\d{2}", re.IGNORECASE)


class TermsNotAccepted(SourceError):
    """The account has not accepted the licence the dataset lists."""


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
                raise LoginRefused(QCoreApplication.translate(
                    "CLCplusFetch", "WEkEO refused the user name or password of the chosen authentication "
                                     "configuration (HTTP {}); check them at wekeo.eu and in Settings › "
                                     "Options › Authentication").format(e.status)) from None
            raise SourceError(QCoreApplication.translate(
                "CLCplusFetch", "WEkEO's token service failed: {}").format(e)) from None
        data = answer.json()
        token = data.get("access_token") if isinstance(data, dict) else None
        if not token:
            raise SourceError(QCoreApplication.translate("CLCplusFetch", "WEkEO gave no access token"))
        return {"Authorization": "Bearer " + token}

    def _dataset_terms(self, broker):
        """The term ids the dataset lists (hda: `Client.accept_tac` reads `dataset(id)["terms"]`)."""
        answer = broker.request("GET", "{}/datasets/{}".format(self.base_url, quote(DATASET_ID, safe=":"))).json()
        entry = answer if isinstance(answer, dict) else {}
        if "terms" not in entry and isinstance(entry.get("features"), list):
            entry = next((f for f in entry["features"] if isinstance(f, dict)
                          and f.get("dataset_id") == DATASET_ID), {})
        terms = []
        for term in entry.get("terms") or []:
            name = term.get("term_id") if isinstance(term, dict) else term
            if isinstance(name, str) and name and name not in terms:
                terms.append(name)
        return terms

    def _missing_terms(self, broker):
        """The term ids the dataset lists that the account has not accepted."""
        terms = self._dataset_terms(broker)
        if not terms:
            return []
        url = self.base_url + "/termsaccepted"
        accepted, _complete, _total = broker.pages(lambda start, count: broker.request("GET", "{}?{}".format(
            url, urlencode({"startIndex": start, "itemsPerPage": count}))).json(), PAGE_SIZE, MAX_PAGES)
        done = {f.get("term_id") for f in accepted}
        return [t for t in terms if t not in done]

    def _accept_terms(self, session, broker):
        missing = self._missing_terms(broker)
        if not missing:
            return
        url = self.base_url + "/termsaccepted"
        names = ", ".join("'{}'".format(t) for t in missing)
        if not session.options.accept_terms:
            raise TermsNotAccepted(QCoreApplication.translate(
                "CLCplusFetch", "Accept the licence {} once: at wekeo.eu (your profile › Terms and "
                                 "conditions), or tick 'Accept the Copernicus licence on WEkEO' in this "
                                 "tool").format(names))
        for term in missing:
            broker.request("PUT", "{}/{}".format(url, quote(term, safe="")))
        session.info(QCoreApplication.translate("CLCplusFetch", "Accepted the licence {} on WEkEO").format(names))

    def _queryable_years(self, broker):
        """The years the dataset's query options offer for the land cover: `GET
        /dataaccess/queryable/<dataset>` -> a JSON schema whose properties.year lists them as
        oneOf [{"const": "2023", ...}] (or enum, or items.oneOf for an array), and whose
        "constraints" (the WEkEO UI's) may list the allowed combinations ([{"productType": [...],
        "year": [...]}]): ecmwf/hda api.py `Client.metadata`, eea/hdar client.R
        `get_querytemplate` and utils.R `extract_template_param_*`, eodag wekeo_main.yml
        discover_queryables (results_entry $.properties[*])."""
        answer = broker.request("GET", "{}/dataaccess/queryable/{}".format(
            self.base_url, quote(DATASET_ID, safe=":"))).json()
        answer = answer if isinstance(answer, dict) else {}
        values = _schema_values((answer.get("properties") or {}).get("year"))
        land_cover = PRODUCT_TYPES[product.LAND_COVER.key]
        for constraint in answer.get("constraints") or []:
            if not isinstance(constraint, dict):
                continue
            types = constraint.get("productType")
            types = [types] if isinstance(types, str) else types
            if types and land_cover not in types:
                continue
            years = constraint.get("year")
            values += [years] if isinstance(years, (str, int)) else list(years or [])
        found = set()
        for value in values:
            try:
                year = int(str(value).strip())
            except ValueError:
                continue
            if product.is_possible_year(year):
                found.add(year)
        return tuple(sorted(found))

    def offered_years(self, session):
        return self._queryable_years(Broker(session, lambda: self._token(session)))

    def check(self, session):
        """Sign in (the token), the dataset's licence terms and whether the account accepted them,
        and the years its query options list; no search and no order (they count in the quota)."""
        broker = Broker(session, lambda: self._token(session))
        notes = [QCoreApplication.translate("CLCplusFetch", "Signed in: WEkEO gave an access token")]
        missing = self._missing_terms(broker)
        if missing:
            raise TermsNotAccepted(QCoreApplication.translate(
                "CLCplusFetch", "The account has not accepted the licence {} that {} requires: accept it once at "
                                "wekeo.eu (your profile › Terms and conditions), or tick 'Accept the Copernicus "
                                "licence on WEkEO' when fetching").format(
                ", ".join("'{}'".format(t) for t in missing), DATASET_ID))
        notes.append(QCoreApplication.translate("CLCplusFetch", "The licence of {} is accepted").format(DATASET_ID))
        try:  # fetching does not need the query options: their failure is a note, not a problem
            years = self._queryable_years(broker)
        except HttpError as e:
            if e.status is None:
                raise
            years = None
            notes.append(QCoreApplication.translate(
                "CLCplusFetch", "The dataset's query options could not be read ({}), so its years are not "
                                "known").format(e))
        return Checked(years, notes)

    def _search(self, session, broker, tiles):
        west, south, east, north = lonlat_box(tiles, session.tile_extent)
        query = {"dataset_id": DATASET_ID, "productType": PRODUCT_TYPES[session.layer.key],
                 "resolution": "10m", "year": str(session.year), "bbox": [west, south, east, north]}

        def page(start, count):
            query.update(itemsPerPage=count, startIndex=start)
            return broker.request("POST", self.base_url + "/dataaccess/search", json_body=query).json()

        return broker.pages(page, PAGE_SIZE, MAX_PAGES)

    def _match(self, session, features):
        """{tile id text: feature} for the features that are tiles of the wanted year and layer,
        and how many features are no tile at all (pan-European files)."""
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

    def _no_tiles(self, session, listed):
        """The error for a year and layer WEkEO does not give as tiles, naming what does."""
        year, layer = session.year, session.layer
        if layer.key == product.LAND_COVER.key and product.reference_year(year).on_imageserver:
            elsewhere = QCoreApplication.translate(
                "CLCplusFetch", "use the EEA ImageServer, or a local copy of the mosaic with the mirror source")
        else:
            elsewhere = QCoreApplication.translate(
                "CLCplusFetch", "use the CLMS download API source (it cuts the tiles out of the pan-European "
                                 "file), or download that file once from land.copernicus.eu and choose it in the "
                                 "mirror source")
        if listed:
            return SourceError(QCoreApplication.translate(
                "CLCplusFetch", "WEkEO offers the {} {} layer only as a pan-European file, not as tiles; "
                                 "{}").format(year, layer.name.lower(), elsewhere))
        return SourceError(QCoreApplication.translate(
            "CLCplusFetch", "WEkEO lists no {} {} layer; {}").format(year, layer.name.lower(), elsewhere))

    def fetch(self, session, tiles):
        broker = Broker(session, lambda: self._token(session))
        try:
            self._accept_terms(session, broker)
            features, complete, total = self._search(session, broker, tiles)
            found, unnamed = self._match(session, features)
            if not found and (unnamed or complete and product.reference_year(session.year).delivery == "mosaic"):
                raise self._no_tiles(session, unnamed > 0)
            wanted = []
            for tile in tiles:
                if str(tile) in found:
                    wanted.append(tile)
                elif complete:
                    session.unavailable(tile, QCoreApplication.translate(
                        "CLCplusFetch", "WEkEO has no {} tile {}").format(session.year, tile))
                else:  # an incomplete answer proves nothing about the tiles it did not list
                    session.failed(tile, SourceError(QCoreApplication.translate(
                        "CLCplusFetch", "WEkEO's search stopped after {} of {} results and did not list {}; "
                                         "try again later").format(len(features), "?" if total is None else total,
                                                                    tile)))
            report(session, session.map(lambda tile: self._fetch_one(session, broker, tile, found[str(tile)]),
                                        wanted))
        except (QuotaReached, AccessRefused):
            pass  # broker.stopped holds it
        if isinstance(broker.stopped, QuotaReached):
            raise self._stopped(session, broker.stopped, tiles)
        if broker.stopped is not None:
            raise AccessRefused(str(broker.stopped))

    def _stopped(self, session, quota, tiles):
        outcomes = session.outcomes()
        fetched = sum(1 for o in outcomes.values() if o.status == DOWNLOADED)
        left = len(tiles) - fetched - sum(1 for o in outcomes.values() if o.status == UNAVAILABLE)
        if not fetched:
            return QuotaReached(QCoreApplication.translate(
                "CLCplusFetch", "{}. No tile was fetched yet: run the same fetch again then").format(quota),
                quota.reset)
        return QuotaReached(QCoreApplication.translate(
            "CLCplusFetch", "{}. The {} tile(s) fetched before are kept in the cache: run the same fetch again "
                             "then and it goes on with the {} missing").format(quota, fetched, left), quota.reset)

    def _fetch_one(self, session, broker, tile, feature):
        stopped = broker.stopped
        if stopped is not None:  # no new order once the broker said no
            raise type(stopped)(str(stopped))
        order = broker.request("POST", self.base_url + "/dataaccess/download", json_body={
            "dataset_id": DATASET_ID, "product_id": feature.get("id"),
            "location": (feature.get("properties") or {}).get("location"), "cacheable": True}).json()
        download_id = order.get("download_id") if isinstance(order, dict) else None
        if not download_id:
            raise SourceError(QCoreApplication.translate("CLCplusFetch", "WEkEO accepted no order for {}").format(tile))
        url = "{}/dataaccess/download/{}".format(self.base_url, quote(str(download_id), safe=""))
        started = time.monotonic()
        while True:
            answer = broker.request("HEAD", url, ok=(200, 202))
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
        broker.download(url, part, progress=lambda done, total: session.progress(
            tile, 0.1 + 0.8 * done / total, done, total) if total else None)
        return install_file(session, tile, part)


def _schema_values(schema):
    """The values a JSON-schema property allows: oneOf/anyOf consts, enum, default, for an array
    its items' (as the hdar client reads the query options)."""
    if not isinstance(schema, dict):
        return []
    values = []
    for key in ("oneOf", "anyOf"):
        for option in schema.get(key) or []:
            if isinstance(option, dict) and "const" in option:
                values.append(option["const"])
    values += [v for v in schema.get("enum") or [] if isinstance(v, (str, int))]
    if isinstance(schema.get("items"), dict):
        values += _schema_values(schema["items"])
    if not values and isinstance(schema.get("default"), (str, int)):
        values.append(schema["default"])
    return values
