"""The dock's remembered choices, in QgsSettings under "clcplus/dock/"."""

from qgis.core import QgsSettings

from ..core import product

PREFIX = "clcplus/dock/"
# Developer option, not in the panel: the pixel size of the plugin's sample tiles (sample/generate.py
# with size < 10 000), so the dock can fetch from a sample folder. 0 or unset: the product's tiles.
SAMPLE_TILE_SIZE = "clcplus/sample/tile_size"

DEFAULTS = {
    "aoi_mode": "extent",
    "tile_ids": "",
    "aoi_layer": "",
    "drawn_wkt": "",
    "drawn_crs": "",
    "selected_only": False,
    "year": product.YEARS[-1],
    "compare_year": product.YEARS[0],
    "source": 0,
    "mirror": "",
    "authcfg": "",
    "cache_dir": "",
    "accept_terms": False,
    "unit": 1,
    "zone_layer": "",
    "zone_field": "",
    "visible": False,
    "tab": 0,
}


def value(key):
    """The remembered value of `key` (one of DEFAULTS), in the type of its default."""
    default = DEFAULTS[key]
    settings = QgsSettings()
    kind = type(default)
    try:
        if kind is bool:
            return settings.value(PREFIX + key, default, type=bool)
        return kind(settings.value(PREFIX + key, default))
    except (TypeError, ValueError):
        return default


def set_value(key, new_value):
    if key not in DEFAULTS:
        raise KeyError(key)
    QgsSettings().setValue(PREFIX + key, new_value)


def sample_tile_size():
    """The tile size in pixels to fetch with: the product's, unless the sample option is set."""
    try:
        size = int(QgsSettings().value(SAMPLE_TILE_SIZE, 0) or 0)
    except (TypeError, ValueError):
        size = 0
    return size if 0 < size < product.TILE_PIXELS else product.TILE_PIXELS


def clear():
    """Forget every choice of the dock (tests, a fresh start)."""
    settings = QgsSettings()
    settings.remove(PREFIX.rstrip("/"))
