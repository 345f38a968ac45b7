"""Fetching the CLCplus Backbone tiles of an area into a local cache.

    from clcplus_backbone.core.sources import FetchRequest, fetch_tiles, write_vrt
    result = fetch_tiles(FetchRequest(year=2023, tiles=tiles, cache_dir=folder), feedback)
    write_vrt(result, "aoi.vrt", bounds)

One module per source (imageserver, wekeo, clms_api, mirror) behind the interface in base.py;
the driver in fetch.py; the cache in core/cache.py; HTTP in core/http.py.
"""

from .base import (CACHED, CANCELED, DOWNLOADED, FAILED, IN_PLACE, UNAVAILABLE, FetchOptions,
                   FetchRequest, FetchResult, Source, SourceError, TileOutcome)
from .fetch import SOURCE_KEYS, SOURCES, aoi_bounds, default_source, fetch_tiles, make_source, write_mosaic, write_vrt

__all__ = ["CACHED", "CANCELED", "DOWNLOADED", "FAILED", "IN_PLACE", "UNAVAILABLE", "FetchOptions",
           "FetchRequest", "FetchResult", "Source", "SourceError", "TileOutcome", "SOURCE_KEYS", "SOURCES",
           "aoi_bounds", "default_source", "fetch_tiles", "make_source", "write_mosaic", "write_vrt"]
