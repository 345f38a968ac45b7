"""The dock's remembered choices, in QgsSettings under "clcplus/dock/".

No secret is saved: QgsSettings is a plain text file in the QGIS profile (often backed up,
synced or shared). A mirror address typed with a password or a token in it
(https://user:password@host/..., ?token=...) is saved without them; the full address is kept in
memory for the rest of the QGIS session, as QGIS itself keeps credentials typed at its prompts
(QgsCredentials) unless they are stored in the encrypted authentication database.
"""

from urllib.parse import unquote_plus, urlsplit, urlunsplit

from qgis.core import QgsSettings

from ..core import product
from ..core.redact import SECRET_NAME

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
    "use_confidence": False,
    "confidence_threshold": 50,  # core.change.DEFAULT_THRESHOLD
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


# The full values of this QGIS session, by key: (what was saved, what was typed).
_SESSION = {}


def without_credentials(text):
    """`text` without a URL's user info and its token-like query parameters ("" stays "")."""
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return text
    host = parts.netloc.rpartition("@")[2]
    pieces = parts.query.split("&") if parts.query else []
    kept = [p for p in pieces if not SECRET_NAME.match(unquote_plus(p.partition("=")[0]))]
    if host == parts.netloc and kept == pieces:
        return text
    return urlunsplit((parts.scheme, host, parts.path, "&".join(kept), parts.fragment))


def has_credentials(text):
    return without_credentials(text) != text


def set_session_value(key, new_value):
    """Save `new_value` without credentials; the full value is kept for this session only."""
    saved = without_credentials(new_value)
    set_value(key, saved)
    if saved != new_value:
        _SESSION[key] = (saved, new_value)
    else:
        _SESSION.pop(key, None)


def session_value(key):
    """The value of `key` with the credentials typed this session, if it is still the one saved."""
    saved = value(key)
    remembered = _SESSION.get(key)
    return remembered[1] if remembered and remembered[0] == saved else saved


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
    _SESSION.clear()
