"""The CLCplus Backbone product: the one place for its codes, names, colours, years and file names.

Everything else in the plugin asks this module; no other file spells a class code or a colour.
Facts come from the CLMS product user manuals (2021, 2023) and the EEA catalogue records.
"""

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
YEARS = tuple(sorted(_YEARS))


def reference_year(year):
    """The facts of `year`; a clear error for a year the product does not have."""
    try:
        return _YEARS[int(year)]
    except (KeyError, ValueError, TypeError):
        raise ValueError("CLCplus Backbone has no reference year {!r}; available: {}".format(
            year, ", ".join(str(y) for y in YEARS))) from None


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


def imageserver_service(year):
    """The EEA ImageServer service of `year` (named like its mosaic); a clear error for other years."""
    if not reference_year(year).on_imageserver:
        raise ValueError("CLCplus Backbone {} is not served by the EEA ImageServer".format(year))
    return IMAGESERVER_SERVICE_PATTERN.format(year=int(year))


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
