"""Planning a generation: the window written for each tile, the checked arguments, and the strips of
windows rendered one after the other."""

from itertools import combinations

from ..core import product
from ..core.cache import TileLayout
from ..core.grid import parse_tile_id
from .constants import CENTRE, SAMPLE_TILES
from .geotiff import STRIP_ROWS

RENDER_ROWS = STRIP_ROWS // 2  # rows rendered at a time (keeps memory modest)


def tile_window(tile, size=product.TILE_PIXELS):
    """(x_left, y_top) in EPSG:3035 metres of the size x size window written for `tile`: the whole
    grid cell at full size, else the corner of the cell nearest the sample block's centre."""
    size = int(size)
    if not 0 < size <= product.TILE_PIXELS:
        raise ValueError("size must be 1..{} pixels, not {}".format(product.TILE_PIXELS, size))
    x_left, _, _, y_top = TileLayout(size, CENTRE).extent(tile)
    return x_left, y_top


def _normalise(size, years, tiles, seed):
    size = int(size)
    tile_window(SAMPLE_TILES[0], size)  # validates size
    years = tuple(sorted({product.reference_year(y).year for y in years}))
    if not years:
        raise ValueError("no year asked for")
    tiles = tuple(sorted({t if hasattr(t, "extent") else parse_tile_id(t) for t in tiles},
                         key=lambda t: (-t.north, t.east)))
    if not tiles:
        raise ValueError("no tile asked for")
    return size, years, tiles, int(seed)


def _pairs(years):
    return [(a, b) for a, b in combinations(years, 2)]


def _conf_years(years):
    return [y for y in years if product.CONFIDENCE.key in product.reference_year(y).layers]


def _mosaic_years(years, mosaics):
    return [y for y in years if mosaics and product.reference_year(y).delivery == "mosaic"]


class _Plan:
    """Which windows to render, strip by strip, and where each lands."""

    def __init__(self, size, years, tiles, mosaics):
        px = product.PIXEL_SIZE_M
        self.size, self.years, self.tiles = size, years, tiles
        self.windows = {t: tile_window(t, size) for t in tiles}
        span = size * px
        self.x0 = min(x for x, _ in self.windows.values())
        self.x1 = max(x for x, _ in self.windows.values()) + span
        self.y1 = max(y for _, y in self.windows.values())
        self.y0 = min(y for _, y in self.windows.values()) - span
        self.width = int(round((self.x1 - self.x0) / px))
        self.height = int(round((self.y1 - self.y0) / px))
        self.mosaic_years = _mosaic_years(years, mosaics)
        if self.mosaic_years and self.width * self.height > 4 * len(tiles) * size * size:
            raise ValueError("the tiles lie too far apart for one mosaic; ask for mosaics=False")
        rows = {}  # tile -> first row in the block
        cols = {}
        for t, (x, y) in self.windows.items():
            rows[t] = int(round((self.y1 - y) / px))
            cols[t] = int(round((x - self.x0) / px))
        breaks = {0, self.height}
        for t in tiles:
            breaks.update(range(rows[t], rows[t] + size, RENDER_ROWS))
            breaks.add(rows[t] + size)
        if self.mosaic_years:
            breaks.update(range(0, self.height, RENDER_ROWS))
        breaks = sorted(breaks)
        self.strips = []  # [(row0, row1, [(col0, col1, tile or None)])]
        for r0, r1 in zip(breaks[:-1], breaks[1:]):
            segs = sorted((cols[t], cols[t] + size, t) for t in tiles
                          if rows[t] <= r0 and r1 <= rows[t] + size)
            if self.mosaic_years:
                filled, c = [], 0
                for c0, c1, t in segs:
                    if c0 > c:
                        filled.append((c, c0, None))
                    filled.append((c0, c1, t))
                    c = c1
                if c < self.width:
                    filled.append((c, self.width, None))
                segs = filled
            if segs:
                self.strips.append((r0, r1, segs))
        self.tile_rows = rows

    def units(self):
        px = product.PIXEL_SIZE_M
        for s, (r0, r1, segs) in enumerate(self.strips):
            for c0, c1, t in segs:
                yield s, (self.x0 + c0 * px, self.y1 - r0 * px, c1 - c0, r1 - r0, t)
