"""The CLCplus Backbone product: the one place for its codes, names, colours, years and file names.

Everything else in the plugin asks this module; no other file spells a class code or a colour.
Facts come from the CLMS product user manuals (2021, 2023) and the EEA catalogue records.
"""

import datetime
import re
from dataclasses import dataclass, field
from typing import Dict, Optional, Tuple

from . import i18n


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pylupdate5 looks for
    """Mark `text` for translation in `context` without translating it here."""
    return text


TR_CONTEXT = "CLCplusProduct"


def translate(text):
    """`text` (an English source string of this module) in the user's language."""
    return i18n.translate(TR_CONTEXT, text)


# --- Spatial facts ---------------------------------------------------------------------------

CRS_EPSG = 3035
CRS_AUTHID = "EPSG:3035"
PIXEL_SIZE_M = 10
PIXEL_AREA_M2 = PIXEL_SIZE_M * PIXEL_SIZE_M
TILE_SIZE_M = 100_000
TILE_PIXELS = TILE_SIZE_M // PIXEL_SIZE_M
BLOCK_PIXELS = 1024
# The 100 km cells the product covers, named by their lower-left corner in units of 100 km.
GRID_EAST_RANGE = (9, 73)
GRID_NORTH_RANGE = (9, 54)


# --- Classes ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ProductClass:
    code: int
    name: str  # English source text; `label` is the user's language
    rgb: Tuple[int, int, int]
    is_land_cover: bool = True
    description: str = ""

    @property
    def label(self):
        return translate(self.name)

    @property
    def hex(self):
        return "#{:02x}{:02x}{:02x}".format(*self.rgb)


LAND_COVER_CLASSES = (
    ProductClass(1, QT_TRANSLATE_NOOP("CLCplusProduct", "Sealed"), (255, 0, 0)),
    ProductClass(2, QT_TRANSLATE_NOOP("CLCplusProduct", "Woody needle leaved trees"), (34, 139, 34)),
    ProductClass(3, QT_TRANSLATE_NOOP("CLCplusProduct", "Woody broadleaved deciduous trees"), (128, 255, 0)),
    ProductClass(4, QT_TRANSLATE_NOOP("CLCplusProduct", "Woody broadleaved evergreen trees"), (0, 255, 8)),
    ProductClass(5, QT_TRANSLATE_NOOP("CLCplusProduct", "Low-growing woody plants"), (128, 64, 0)),
    ProductClass(6, QT_TRANSLATE_NOOP("CLCplusProduct", "Permanent herbaceous"), (204, 242, 77)),
    ProductClass(7, QT_TRANSLATE_NOOP("CLCplusProduct", "Periodically herbaceous"), (255, 255, 128)),
    ProductClass(8, QT_TRANSLATE_NOOP("CLCplusProduct", "Lichens and mosses"), (255, 128, 255)),
    ProductClass(9, QT_TRANSLATE_NOOP("CLCplusProduct", "Non and sparsely vegetated"), (191, 191, 191)),
    ProductClass(10, QT_TRANSLATE_NOOP("CLCplusProduct", "Water"), (0, 128, 255)),
    ProductClass(11, QT_TRANSLATE_NOOP("CLCplusProduct", "Snow and ice"), (0, 255, 255)),
)

COASTAL_SEAWATER_BUFFER = 253
OUTSIDE_AREA = 254
NO_DATA = 255

SPECIAL_CLASSES = (
    ProductClass(COASTAL_SEAWATER_BUFFER, QT_TRANSLATE_NOOP("CLCplusProduct", "Coastal seawater buffer"),
                 (191, 223, 255), False,
                 QT_TRANSLATE_NOOP("CLCplusProduct", "Sea within the coastal buffer; not land cover (absent in 2018)")),
    ProductClass(OUTSIDE_AREA, QT_TRANSLATE_NOOP("CLCplusProduct", "Outside area"), (230, 230, 230), False,
                 QT_TRANSLATE_NOOP("CLCplusProduct", "Outside the mapped area; not land cover")),
    ProductClass(NO_DATA, QT_TRANSLATE_NOOP("CLCplusProduct", "No data"), (0, 0, 0), False,
                 QT_TRANSLATE_NOOP("CLCplusProduct", "No data; drawn transparent")),
)

ALL_CLASSES = LAND_COVER_CLASSES + SPECIAL_CLASSES
LAND_COVER_CODES = tuple(c.code for c in LAND_COVER_CLASSES)
SPECIAL_CODES = tuple(c.code for c in SPECIAL_CLASSES)
ALL_CODES = LAND_COVER_CODES + SPECIAL_CODES
_BY_CODE = {c.code: c for c in ALL_CLASSES}

# Classes the manuals name as the least reliable, with what they are confused with.
WEAK_CLASSES = {5: (2, 3, 4, 6, 9), 8: (6, 9), 6: (7,), 7: (6,)}

# Single classes and groups of classes that kinds of change are told by (see core/legend.py).
SEALED = 1
NON_VEGETATED = 9  # non and sparsely vegetated
WATER = 10
SNOW_AND_ICE = 11
TREE_CODES = (2, 3, 4)  # needle leaved, broadleaved deciduous, broadleaved evergreen trees
WOODY_CODES = TREE_CODES + (5,)  # trees and low-growing woody plants
HERBACEOUS_CODES = (6, 7)  # permanent and periodically herbaceous
VEGETATION_CODES = WOODY_CODES + HERBACEOUS_CODES + (8,)  # everything that grows, lichens and mosses too
WATER_CODES = (WATER, SNOW_AND_ICE)


def product_class(code):
    """The class of `code`; a clear error for a value that is not a CLCplus Backbone code."""
    try:
        return _BY_CODE[int(code)]
    except (KeyError, ValueError, TypeError):
        raise ValueError(
            "{!r} is not a CLCplus Backbone code (valid: 1-11, 253, 254, 255)".format(code)) from None


def is_land_cover(code):
    return int(code) in LAND_COVER_CODES


def class_label(code):
    """The class name of `code` in the user's language."""
    return product_class(code).label


# --- Raster layers and confidence ------------------------------------------------------------

@dataclass(frozen=True)
class Layer:
    key: str  # as in the file names
    name: str
    data_type: str  # GDAL type name
    valid_range: Tuple[int, int]
    nodata: int


LAND_COVER = Layer("RAS", QT_TRANSLATE_NOOP("CLCplusProduct", "Land cover"), "Byte", (1, 255), NO_DATA)
CONFIDENCE = Layer("RASCL", QT_TRANSLATE_NOOP("CLCplusProduct", "Confidence"), "Byte", (0, 100), OUTSIDE_AREA)
DATA_SCORE = Layer("RASDL", QT_TRANSLATE_NOOP("CLCplusProduct", "Data score"), "UInt16", (0, 200), 65535)
POST_PROCESSING = Layer("RASPL", QT_TRANSLATE_NOOP("CLCplusProduct", "Post-processing flag"), "Byte", (0, 1),
                        OUTSIDE_AREA)
LAYERS = {layer.key: layer for layer in (LAND_COVER, CONFIDENCE, DATA_SCORE, POST_PROCESSING)}


# --- Reference years -------------------------------------------------------------------------

@dataclass(frozen=True)
class ReferenceYear:
    year: int
    delivery: str  # "mosaic": one pan-European file; "tiles": one file per 100 km grid cell
    codes: Tuple[int, ...]  # the codes that occur in this year's data
    layers: Tuple[str, ...]  # keys of LAYERS published for this year
    accuracy: str
    coverage_km2: Optional[int]
    mosaic_name: Optional[str] = None
    on_imageserver: bool = False  # served anonymously by the EEA ArcGIS ImageServer
    notes: Tuple[str, ...] = field(default_factory=tuple)  # what a comparison with this year must say
    delivery_notes: Tuple[str, ...] = field(default_factory=tuple)  # how the year is delivered
    known: bool = True  # False: a year newer than this model, described by the fallback rule

    @property
    def has_coastal_buffer(self):
        return COASTAL_SEAWATER_BUFFER in self.codes


_WITHOUT_253 = LAND_COVER_CODES + (OUTSIDE_AREA, NO_DATA)

REFERENCE_YEARS = (
    ReferenceYear(
        2018, "mosaic", _WITHOUT_253, ("RAS",),
        "91.9 % \u00b1 0.3 (plausibility analysis)", None,
        mosaic_name="CLMS_CLCplus_RASTER_2018_010m_eu_03035_V1_1.tif", on_imageserver=True,
        notes=(QT_TRANSLATE_NOOP("CLCplusProduct",
                                 "2018 has no coastal seawater buffer class (253); its coastal "
                                 "pixels carry other codes."),
               QT_TRANSLATE_NOOP("CLCplusProduct",
                                 "2018 used a ±6 month input window; later years ±3 months."))),
    # The 2021 confidence layer is listed by WEkEO ("Confidence Layer"); its file layout is assumed
    # to follow the 2023 tiles.
    ReferenceYear(
        2021, "mosaic", ALL_CODES, ("RAS", "RASCL"),
        "93.7 % \u00b1 0.3 (validation)", 5_749_035,
        mosaic_name="CLMS_CLCplus_RASTER_2021_010m_eu_03035_V1_1.tif", on_imageserver=True,
        notes=(QT_TRANSLATE_NOOP("CLCplusProduct", "The United Kingdom is missing from 2021."),
               QT_TRANSLATE_NOOP("CLCplusProduct", "2021 was cross-calibrated against 2018."))),
    ReferenceYear(
        2023, "tiles", ALL_CODES, ("RAS", "RASCL", "RASDL", "RASPL"),
        "target \u2265 90 % (no figure published)", 6_002_105,
        notes=(QT_TRANSLATE_NOOP("CLCplusProduct", "2023 was cross-calibrated against 2018 and 2021."),),
        delivery_notes=(QT_TRANSLATE_NOOP("CLCplusProduct",
                                          "2023 is delivered as 897 tiles of 100 km plus national mosaics "
                                          "of the French overseas departments in their own UTM CRS."),)),
)
_YEARS = {y.year: y for y in REFERENCE_YEARS}
YEARS = tuple(sorted(_YEARS))  # the years this model knows the facts of

# --- Years newer than this model: the fallback rule ---
# From 2021 on a reference year comes every 2 years (2025 is next), published a year or two
# later. A year the services publish before this model knows it is taken as what the latest
# known year is: 100 km tiles named like TILE_FILE_PATTERN, all codes (253 too), the layers of
# the latest year, no accuracy figure, no caveat of its own. Which source offers it is asked of
# the sources (core/sources/years.py); a year later than the current calendar year cannot have
# been published.
NEW_YEAR_NOTE = QT_TRANSLATE_NOOP(
    "CLCplusProduct", "This year is newer than the plugin's product facts: its file names, layers and codes are "
                      "taken as those of the latest known year; no accuracy figure and no caveat of its own "
                      "are known yet (see its product user manual).")
NEW_YEAR_DELIVERY_NOTE = QT_TRANSLATE_NOOP(
    "CLCplusProduct", "Assumed to be delivered as tiles of 100 km like the latest known year.")


def fallback_year(year):
    """The assumed facts of a reference year newer than this model (the fallback rule above)."""
    latest = _YEARS[YEARS[-1]]
    return ReferenceYear(int(year), "tiles", ALL_CODES, latest.layers,
                         "no figure known to this plugin", None, known=False,
                         notes=(NEW_YEAR_NOTE,), delivery_notes=(NEW_YEAR_DELIVERY_NOTE,))


def is_possible_year(year):
    """True for a year this model knows, or a later one that may have been published by now."""
    try:
        year = int(year)
    except (ValueError, TypeError):
        return False
    return year in _YEARS or YEARS[-1] < year <= datetime.date.today().year


def reference_year(year):
    """The facts of `year`: those this model knows, the fallback rule's for a later year up to
    this calendar year (whether a source offers it is the sources' to say); a clear error for
    any other year."""
    try:
        return _YEARS[int(year)]
    except (KeyError, ValueError, TypeError):
        pass
    if is_possible_year(year):
        return fallback_year(year)
    raise ValueError("CLCplus Backbone has no reference year {!r}; available: {} (and later years once "
                     "the services publish them)".format(year, ", ".join(str(y) for y in YEARS))) from None


# Shown with every comparison of two years (see the product user manuals).
CHANGE_CAVEATS = (
    QT_TRANSLATE_NOOP("CLCplusProduct", "No official change product exists: a from-to difference is an estimate "
                                        "with map errors on both dates; small or scattered changes are mostly noise."),
    QT_TRANSLATE_NOOP("CLCplusProduct", "Each year was produced with different inputs, production units and "
                                        "cross-calibration thresholds that allow or suppress transitions."),
    QT_TRANSLATE_NOOP("CLCplusProduct", "Classes 5 (low-growing woody plants) and 8 (lichens and mosses) are the "
                                        "least accurate; 6 and 7 are often confused (droughts, mowing)."),
)


# --- File names ------------------------------------------------------------------------------

TILE_FILE_PATTERN = "CLMS_CLCPLUS_{layer}_S{year}_R10m_{tile}_03035_V01_R00.tif"
_TILE_FILE_RE = re.compile(
    r"^CLMS_CLCPLUS_(?P<layer>RAS|RASCL|RASDL|RASPL)_S(?P<year>\d{4})_R10m_"
    r"(?P<tile>E\d{2}N\d{2})_03035_V\d{2}_R\d{2}\.tif$", re.IGNORECASE)
_MOSAIC_FILE_RE = re.compile(r"^CLMS_CLCplus_RASTER_(?P<year>\d{4})_010m_eu_03035_V\d_\d\.tif$",
                             re.IGNORECASE)


def tile_file_name(year, tile, layer=LAND_COVER):
    """The official file name of one 100 km tile, e.g. CLMS_CLCPLUS_RAS_S2023_R10m_E44N36_03035_V01_R00.tif."""
    return TILE_FILE_PATTERN.format(layer=layer.key, year=int(year), tile=str(tile))


IMAGESERVER_SERVICE_PATTERN = "CLMS_CLCplus_RASTER_{year}_010m_eu"
# A service as the ArcGIS folder listing names it: "<folder>/<service>" (or the service alone).
_IMAGESERVER_SERVICE_RE = re.compile(r"^(?:.*/)?CLMS_CLCplus_RASTER_(?P<year>\d{4})_010m_eu$", re.IGNORECASE)


def imageserver_service(year):
    """The EEA ImageServer service of `year` (named like its mosaic); a clear error for a known year
    it does not serve. For a year newer than this model the name follows the same pattern; whether
    the service exists is the ImageServer's to say."""
    facts = reference_year(year)
    if facts.known and not facts.on_imageserver:
        raise ValueError("CLCplus Backbone {} is not served by the EEA ImageServer".format(year))
    return IMAGESERVER_SERVICE_PATTERN.format(year=int(year))


def imageserver_year(service):
    """The reference year of an ImageServer service name ('CLC_plus/CLMS_..._2025_010m_eu'), or None."""
    m = _IMAGESERVER_SERVICE_RE.match(str(service or "").strip())
    return int(m["year"]) if m else None


def mosaic_file_name(year):
    """The official file name of a year's pan-European mosaic; a clear error for tiled years."""
    name = reference_year(year).mosaic_name
    if name is None:
        raise ValueError("CLCplus Backbone {} is delivered as tiles, not as one mosaic".format(year))
    return name


@dataclass(frozen=True)
class ProductFile:
    year: int
    layer: Layer
    tile: Optional[str]  # None for a pan-European mosaic


def parse_file_name(name):
    """What an official tile or mosaic file name says (year, layer, tile), or None."""
    base = re.split(r"[\\/]", name)[-1]
    m = _TILE_FILE_RE.match(base)
    if m:
        return ProductFile(int(m["year"]), LAYERS[m["layer"].upper()], m["tile"].upper())
    m = _MOSAIC_FILE_RE.match(base)
    if m:
        return ProductFile(int(m["year"]), LAND_COVER, None)
    return None


# --- French overseas departments --------------------------------------------------------------

# The product also covers the five French overseas departments (DOMs), not on the 100 km grid of
# EPSG:3035 but as one national mosaic each, in "WGS84 and the respective UTM zone" (Product User
# Manuals 2021, "Coordinate Reference System", and 2023, Table 3), named with the department's
# code as spatial extent and the EPSG code of its projection (2023 PUM, "File naming convention":
# "SpatialExtent: EXXNXX or GF, GP, MQ, RE, YT for French DOMs; EPSGCode: 03035 (or EPSG codes for
# national projections of DOMs)"). The EPSG codes below are WGS 84 / UTM of the zone that holds
# each department (French Guiana straddles zones 21 and 22: 22N holds most of it and Cayenne);
# the exact codes the files carry are inferred from those words, not read from a file.
#
# UTM is conformal, not equal-area: a pixel's true area is its nominal 100 m² times the areal
# scale k², which over these departments' boxes lies between 0.9992 (near a central meridian:
# Mayotte, eastern French Guiana) and 1.0035 (the western edge of French Guiana, 3.7 degrees off
# its central meridian): class areas counted from the pixels are off by less than 0.1 % in four
# departments and by at most 0.35 % in French Guiana - far below the map's own error
# (OVERSEAS_AREAL_SCALE, checked with pyproj in the tests).

@dataclass(frozen=True)
class OverseasDepartment:
    code: str  # ISO 3166-1 alpha-2 code, as in the file names
    name: str  # English source text; `label` is the user's language
    epsg: int  # the UTM projection of its national mosaic
    bounds: Tuple[float, float, float, float]  # west, south, east, north in degrees, roughly, with the coast

    @property
    def label(self):
        return translate(self.name)

    @property
    def crs_authid(self):
        return "EPSG:{}".format(self.epsg)


OVERSEAS_DEPARTMENTS = (
    OverseasDepartment("GF", QT_TRANSLATE_NOOP("CLCplusProduct", "French Guiana"), 32622, (-54.7, 2.0, -51.5, 6.0)),
    OverseasDepartment("GP", QT_TRANSLATE_NOOP("CLCplusProduct", "Guadeloupe"), 32620, (-61.9, 15.8, -60.9, 16.6)),
    OverseasDepartment("MQ", QT_TRANSLATE_NOOP("CLCplusProduct", "Martinique"), 32620, (-61.3, 14.35, -60.75, 14.95)),
    OverseasDepartment("RE", QT_TRANSLATE_NOOP("CLCplusProduct", "Réunion"), 32740, (55.15, -21.45, 55.9, -20.8)),
    OverseasDepartment("YT", QT_TRANSLATE_NOOP("CLCplusProduct", "Mayotte"), 32738, (44.9, -13.05, 45.35, -12.6)),
)
_OVERSEAS = {d.code: d for d in OVERSEAS_DEPARTMENTS}
# The range of the UTM areal scale k² over each department (see above).
OVERSEAS_AREAL_SCALE = {"GF": (0.9992, 1.0035), "GP": (0.9995, 1.0005), "MQ": (1.0000, 1.0007),
                        "RE": (0.9995, 1.0002), "YT": (0.9992, 0.9993)}
OVERSEAS_FILE_PATTERN = "CLMS_CLCPLUS_{layer}_S{year}_R10m_{code}_{epsg:05d}_V01_R00.tif"


def overseas_department(code):
    """The department of `code` (GF, GP, MQ, RE, YT); a clear error for any other code."""
    try:
        return _OVERSEAS[str(code).upper()]
    except KeyError:
        raise ValueError("{!r} is not a French overseas department of CLCplus Backbone (valid: {})".format(
            code, ", ".join(_OVERSEAS))) from None


def overseas_file_name(year, code, layer=LAND_COVER):
    """The name of a department's national mosaic as the 2023 naming convention builds it, e.g.
    CLMS_CLCPLUS_RAS_S2023_R10m_RE_32740_V01_R00.tif (inferred; see above)."""
    department = overseas_department(code)
    return OVERSEAS_FILE_PATTERN.format(layer=layer.key, year=int(year), code=department.code,
                                        epsg=department.epsg)


def palette() -> Dict[int, Tuple[int, int, int]]:
    """Code -> RGB for every code, land cover and special."""
    return {c.code: c.rgb for c in ALL_CLASSES}


# --- Change rasters (the plugin's convention) -------------------------------------------------

# A change raster holds from * 100 + to where the class changed, 0 where it did not, and
# CHANGE_NODATA where either year is not land cover.
NO_CHANGE = 0
CHANGE_NODATA = 65535
CHANGE_DATA_TYPE = "UInt16"


def change_code(from_code, to_code):
    return int(from_code) * 100 + int(to_code)


def split_change_code(code):
    """(from, to) of a change code; a clear error for a value that is not one."""
    from_code, to_code = divmod(int(code), 100)
    if from_code not in LAND_COVER_CODES or to_code not in LAND_COVER_CODES or from_code == to_code:
        raise ValueError("{} is not a change code (from * 100 + to, both 1-11 and different)".format(code))
    return from_code, to_code
