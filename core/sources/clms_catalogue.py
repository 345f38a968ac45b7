"""Which CLMS dataset, download entry and layer serve a CLCplus Backbone year and layer, and the
data-request items that ask for one tile of it.

`GET /@search?portal_type=DataSet&metadata_fields=UID&metadata_fields=dataset_download_information`
(eea/clms-api-docs source/download.md) lists DataSets; each has `dataset_download_information.items`,
and for every item the server (eea/clms.downloadtool, api/services/datarequest_post/utils.py) reads:

- `@id`: the DatasetDownloadInformationID a request names;
- `full_format`: a plain string ("Geotiff") or an object {"token": "Geotiff", "title": ...} of
  which the server uses the token (get_full_dataset_format); it must convert to the requested
  OutputFormat (FORMAT_CONVERSION_TABLE in clms/downloadtool/utils.py: Geotiff from Geotiff or Netcdf);
- `full_path`: stored base64-encoded as the request's DatasetPath (post.py base64_encode_path);
- `layers`: when an item lists them, a request without `Layer` gets "ALL BANDS" (every band in one
  file) and a `Layer` not listed is refused ("Error, the requested band/layer is not valid"); so a
  request for one layer names it, exactly as listed (the CLMS web client, eea/volto-clms-theme
  src/components/CLMSDownloadCartView/cartUtils.js, sends the chosen element of `layers` as `Layer`
  and the full_format token as OutputFormat).
"""

import base64
import re
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlencode

from qgis.PyQt.QtCore import QCoreApplication

from .. import product
from .base import SourceError
from .common import lonlat_box

OUTPUT_FORMAT = "Geotiff"
# full_format tokens a Geotiff can be made from (FORMAT_CONVERSION_TABLE).
GEOTIFF_SOURCES = ("geotiff", "netcdf")
# Words that name the product's auxiliary layers (PRODUCT.md: RASCL, RASDL, RASPL).
_CONFIDENCE_WORDS = ("confidence", "rascl")
_OTHER_AUX_WORDS = ("data score", "datascore", "data_score", "rasdl", "post-processing", "postprocessing",
                    "post processing", "post_processing", "raspl", "flag")
_LAND_COVER_WORDS = ("land cover", "landcover", "land_cover", "raster", "classification", "_ras_", "ras ")


# Fields that say what an entry holds: the CLMS web client shows `name` and `collection`
# (eea/volto-clms-theme src/components/CLMSDownloadCartView/cartUtils.js, getCartObjectFromMapviewer).
_NAMING_FIELDS = ("name", "collection", "title", "full_path", "@id", "full_format")


@dataclass(frozen=True)
class Choice:
    dataset_id: str  # the DataSet's UID
    info_id: str  # the DatasetDownloadInformationID
    layer: object = None  # the `layers` element to send as Layer, or None
    full_path: Optional[str] = None
    title: str = ""


def _text(value):
    """The searchable text of a str / {"token", "title"} / anything."""
    if isinstance(value, dict):
        return " ".join(str(value.get(k, "")) for k in ("token", "title", "name"))
    return "" if value is None else str(value)


def format_token(value):
    """The full_format token the server uses: the string itself, or the object's token."""
    if isinstance(value, dict):
        return str(value.get("token") or value.get("title") or "")
    return "" if value is None else str(value)


def _kind(text):
    """'confidence', 'other' (another auxiliary layer), 'land cover' (named as such) or '' (says
    nothing) for the lower-case text of an entry or a layer."""
    text = " {} ".format(text.lower())
    if any(w in text for w in _CONFIDENCE_WORDS):
        return "confidence"
    if any(w in text for w in _OTHER_AUX_WORDS):
        return "other"
    if any(w in text for w in _LAND_COVER_WORDS):
        return "land cover"
    return ""


def _score(kind, wanted):
    """How well an entry of `kind` serves the wanted layer key: 2 named, 1 plausible, 0 not."""
    if wanted == product.CONFIDENCE.key:
        return 2 if kind == "confidence" else 0
    return {"land cover": 2, "": 1}.get(kind, 0)


def choose(datasets, year, layer):
    """The best Choice among the @search `datasets` for `year` and `layer`, or None."""
    best, best_rank = None, None
    for dataset in datasets:
        if not isinstance(dataset, dict):
            continue
        title = str(dataset.get("title", ""))
        low = title.lower()
        if "backbone" not in low or not _names_year(title, year) or "vector" in low or not dataset.get("UID"):
            continue
        infos = (dataset.get("dataset_download_information") or {}).get("items") or []
        for info in infos:
            if not isinstance(info, dict) or not info.get("@id"):
                continue
            if format_token(info.get("full_format")).lower() not in GEOTIFF_SOURCES:
                continue
            own = _kind(" ".join(_text(info.get(k)) for k in _NAMING_FIELDS))
            layers = info.get("layers") or []
            options = []
            if layers:
                for element in layers:
                    kind = _kind(_text(element)) or own
                    options.append((_score(kind, layer.key), element))
            else:
                options.append((_score(own, layer.key), None))
            for score, element in options:
                if score <= 0:
                    continue
                rank = (score, "raster" in low)
                if best_rank is None or rank > best_rank:
                    best_rank = rank
                    best = Choice(dataset["UID"], info["@id"], element, info.get("full_path") or None, title)
    return best


def search(session, base_url, text, auth=None):
    """The DataSets a catalogue search for `text` lists, with their download entries (an
    anonymous request: eea/clms-api-docs http-examples/download-search-datasets.req sends none)."""
    query = [("portal_type", "DataSet"), ("SearchableText", text),
             ("metadata_fields", "UID"), ("metadata_fields", "dataset_download_information"),
             ("b_size", "100")]
    answer = session.http().request("GET", "{}/@search?{}".format(base_url, urlencode(query)),
                                    headers=auth or {}).json()
    items = answer.get("items") if isinstance(answer, dict) else None
    return [item for item in items or [] if isinstance(item, dict)]


# The reference year in a dataset title: the first four digits after "Backbone" ("CLCplus Backbone
# 2021 (raster 10 m), Europe, ..."), not a later date in the title (inferred from the titles the
# catalogue shows on land.copernicus.eu; not documented).
_TITLE_YEAR_RE = re.compile(r"backbone\D{0,12}?(\d{4})(?!\d)", re.IGNORECASE)


def title_year(title):
    """The reference year a CLCplus Backbone dataset title names, or None."""
    m = _TITLE_YEAR_RE.search(str(title or ""))
    return int(m.group(1)) if m else None


def _names_year(title, year):
    """Whether a dataset title is of reference `year`: the year after "Backbone", else the year as a
    word of its own (not a date of an update later in the title, not a part of a longer number)."""
    named = title_year(title)
    if named is not None:
        return named == int(year)
    return re.search(r"(?<!\d){}(?!\d)".format(int(year)), title) is not None


def offered_years(session, base_url, auth=None):
    """The years the catalogue has a CLCplus Backbone raster for, downloadable as GeoTIFF."""
    years = set()
    for dataset in search(session, base_url, "Backbone", auth):
        title = str(dataset.get("title", ""))
        year = title_year(title)
        if year is None or "vector" in title.lower() or not product.is_possible_year(year):
            continue
        infos = (dataset.get("dataset_download_information") or {}).get("items") or []
        if any(isinstance(i, dict) and format_token(i.get("full_format")).lower() in GEOTIFF_SOURCES for i in infos):
            years.add(year)
    return tuple(sorted(years))


def find(session, base_url, auth):
    """The Choice for the session's year and layer, from the catalogue; SourceError if none."""
    items = search(session, base_url, "CLCplus Backbone {}".format(session.year), auth)
    choice = choose(items or [], session.year, session.layer)
    if choice is None:
        raise SourceError(QCoreApplication.translate(
            "CLCplusFetch", "The CLMS catalogue lists no CLCplus Backbone {} {} raster to download; "
                             "try WEkEO").format(session.year, session.layer.name.lower()))
    return choice


def request_item(choice, tile, extent_of):
    """The @datarequest_post item for one tile: its box in EPSG:4326 as west, north, east, south
    (the order of eea/clms-api-docs http-examples/download-request-download-bbox.req)."""
    west, south, east, north = lonlat_box([tile], extent_of)
    item = {"DatasetID": choice.dataset_id, "DatasetDownloadInformationID": choice.info_id,
            "OutputFormat": OUTPUT_FORMAT, "OutputGCS": product.CRS_AUTHID,
            "BoundingBox": [west, north, east, south]}
    if choice.layer is not None:
        item["Layer"] = choice.layer
    return item


def dataset_path(full_path):
    """DatasetPath as the server stores it (post.py base64_encode_path)."""
    return base64.urlsafe_b64encode(full_path.encode("utf-8")).decode("utf-8")


def same_item(stored, item, choice):
    """True if `stored` (an item of a task listed by @datarequest_search) asks for what `item`
    asks. The server stores the item it built (post.py response_json: DatasetID, BoundingBox,
    OutputGCS, Layer if sent, OutputFormat, DatasetPath, ...), not the one posted."""
    if not isinstance(stored, dict):
        return False
    if any(k in stored for k in ("NUTSID", "NUTS", "TemporalFilter", "FileID")):
        return False
    if (stored.get("DatasetID"), stored.get("OutputGCS"), stored.get("OutputFormat", OUTPUT_FORMAT),
            stored.get("Layer")) != (item["DatasetID"], item["OutputGCS"], item["OutputFormat"], item.get("Layer")):
        return False
    box = stored.get("BoundingBox")
    if not isinstance(box, list) or len(box) != 4:
        return False
    try:
        if any(abs(float(a) - float(b)) > 1e-9 for a, b in zip(box, item["BoundingBox"])):
            return False
    except (TypeError, ValueError):
        return False
    if choice.full_path and "DatasetPath" in stored and stored["DatasetPath"] != dataset_path(choice.full_path):
        return False
    return True
