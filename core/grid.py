"""The EEA 100 km reference grid (ETRS89-LAEA, EU Regulation 2018/1799) as the product uses it.

A cell is named by its lower-left corner in units of 100 km: E44N36 is x 4 400 000-4 500 000 m,
y 3 600 000-3 700 000 m in EPSG:3035.
"""

import functools
import math
import re
from dataclasses import dataclass

from osgeo import ogr, osr

from . import product
from .i18n import translate
from .product import CRS_EPSG, GRID_EAST_RANGE, GRID_NORTH_RANGE, TILE_SIZE_M

ogr.UseExceptions()
osr.UseExceptions()

_TILE_ID_RE = re.compile(r"^\s*E(\d{2,3})\s*N(\d{2,3})\s*$", re.IGNORECASE)
RANGE_TEXT = "E{:02d}\u2013E{:02d}, N{:02d}\u2013N{:02d}".format(*GRID_EAST_RANGE, *GRID_NORTH_RANGE)


class GridError(ValueError):
    """A tile id or an area of interest that the grid cannot serve; the message says why."""


class OverseasError(GridError):
    """An area of interest in French overseas departments, which the product maps as national
    mosaics in their own UTM CRS, not on this grid; `departments` are their product.OverseasDepartment."""

    def __init__(self, departments):
        self.departments = tuple(departments)
        super().__init__(overseas_message(self.departments))


def overseas_message(departments, partly=False):
    """What to tell someone whose area of interest lies (or `partly` lies) in `departments`."""
    names = ", ".join("{} ({}, EPSG:{})".format(d.label, d.code, d.epsg) for d in departments)
    files = ", ".join(product.overseas_file_name(product.YEARS[-1], d.code)[:-len(".tif")] for d in departments)
    if partly:
        text = translate(
            "CLCplusGrid", "Part of the area of interest lies in {names}: CLCplus Backbone maps the French "
                           "overseas departments as national mosaics in their own UTM projection, not on the "
                           "100 km grid of Europe, so that part is left out here.")
    else:
        text = translate(
            "CLCplusGrid", "The area of interest lies in {names}: CLCplus Backbone maps the French overseas "
                           "departments as national mosaics in their own UTM projection, not on the 100 km grid "
                           "of Europe, so this tool cannot fetch tiles there.")
    return text.format(names=names) + " " + translate(
        "CLCplusGrid", "Download the department's mosaic from WEkEO (dataset EO:EEA:DAT:CLC-PLUS; for 2023 named "
                       "like {files}) or from land.copernicus.eu, then count its classes or compare years on it "
                       "with the Class areas and Change tools: areas come from its 10 m pixels; UTM is not "
                       "equal-area, but within a department the error stays below 0.1 % (0.35 % at the western "
                       "edge of French Guiana).").format(files=files)


@dataclass(frozen=True, order=True)
class TileId:
    east: int
    north: int

    def __str__(self):
        return "E{:02d}N{:02d}".format(self.east, self.north)

    @property
    def extent(self):
        """(xmin, ymin, xmax, ymax) in EPSG:3035 metres."""
        x, y = self.east * TILE_SIZE_M, self.north * TILE_SIZE_M
        return (x, y, x + TILE_SIZE_M, y + TILE_SIZE_M)

    def polygon(self):
        xmin, ymin, xmax, ymax = self.extent
        return _rectangle(xmin, ymin, xmax, ymax)

    @property
    def in_product_range(self):
        return (GRID_EAST_RANGE[0] <= self.east <= GRID_EAST_RANGE[1]
                and GRID_NORTH_RANGE[0] <= self.north <= GRID_NORTH_RANGE[1])


def parse_tile_id(text):
    """TileId of 'E44N36' (case and spaces forgiven); GridError for anything else or out of range."""
    m = _TILE_ID_RE.match(str(text))
    if not m:
        raise GridError("{!r} is not a tile id; write it like E44N36 (E = easting, N = northing, "
                        "in units of 100 km)".format(text))
    tile = TileId(int(m.group(1)), int(m.group(2)))
    if not tile.in_product_range:
        raise GridError("Tile {} is outside the CLCplus Backbone grid ({})".format(tile, RANGE_TEXT))
    return tile


def parse_tile_ids(text):
    """Tile ids from a list typed by a person: 'E44N36, E45N36 e46n36' -> sorted, unique."""
    parts = [p for p in re.split(r"[\s,;]+", str(text)) if p]
    if not parts:
        raise GridError("No tile id given; write them like E44N36, E45N36")
    return sorted({parse_tile_id(p) for p in parts})


def tile_at(x, y):
    """The tile holding the EPSG:3035 point (x, y): cells are closed below and left."""
    return TileId(math.floor(x / TILE_SIZE_M), math.floor(y / TILE_SIZE_M))


def spatial_reference(crs):
    """osr.SpatialReference of 'EPSG:4326', an EPSG number, WKT or PROJ text, with x/y axis order."""
    if isinstance(crs, osr.SpatialReference):
        srs = crs.Clone()
    else:
        srs = osr.SpatialReference()
        try:
            if isinstance(crs, int):
                srs.ImportFromEPSG(crs)
            else:
                srs.SetFromUserInput(str(crs))
        except RuntimeError as e:
            raise GridError("Unknown coordinate reference system {!r}: {}".format(crs, e)) from None
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def grid_spatial_reference():
    return spatial_reference(CRS_EPSG)


def transform_geometry(geometry, crs, target):
    """`geometry` (OGR geometry or WKT) in `crs`, as an OGR geometry in `target` (any CRS form).

    Edges are densified first, so that a long straight edge in one CRS becomes the curve it
    really is in the other (a latitude line in EPSG:3035, for instance).
    """
    geom = ogr.CreateGeometryFromWkt(geometry) if isinstance(geometry, str) else geometry.Clone()
    if geom is None or geom.IsEmpty():
        raise GridError("The area of interest is empty")
    source = spatial_reference(crs)
    target = spatial_reference(target)
    if source.IsSame(target):
        return geom
    xmin, xmax, ymin, ymax = geom.GetEnvelope()
    if source.IsGeographic():
        step = 0.01  # degrees, about 1 km
    else:
        step = 1000.0 / (source.GetLinearUnits() or 1.0)
    # No more than a few thousand extra points for a continent-sized box.
    step = max(step, max(xmax - xmin, ymax - ymin) / 2000.0)
    geom.Segmentize(step)
    try:
        geom.Transform(osr.CoordinateTransformation(source, target))
    except RuntimeError as e:
        raise GridError("The geometry cannot be transformed to {} ({}); check the layer's "
                        "coordinate reference system".format(target.GetName(), e)) from None
    envelope = geom.GetEnvelope()
    if not all(math.isfinite(v) for v in envelope):
        raise GridError("The geometry lies partly where {} is undefined; limit it to the area of "
                        "that CRS".format(target.GetName()))
    return geom


def to_grid_crs(geometry, crs):
    """`geometry` (OGR geometry or WKT) in `crs`, as an OGR geometry in EPSG:3035."""
    return transform_geometry(geometry, crs, CRS_EPSG)


def tiles_for_geometry(geometry, crs=CRS_EPSG):
    """The product's grid tiles that `geometry` (OGR geometry or WKT, in `crs`) really intersects.

    A polygon counts for a tile only if it shares area with it; touching an edge is not enough.
    Tiles outside the product's range are left out; an AOI entirely outside is a GridError.
    """
    tiles, _departments = tiles_and_departments(geometry, crs)
    return tiles


def tiles_and_departments(geometry, crs=CRS_EPSG):
    """(tiles_for_geometry's tiles, the French overseas departments the geometry reaches too).

    An area of interest only in overseas departments is an OverseasError naming them."""
    geom = to_grid_crs(geometry, crs)
    if not geom.IsValid():
        geom = geom.MakeValid() if hasattr(geom, "MakeValid") else geom.Buffer(0)
    departments = _overseas_departments(geom)
    xmin, xmax, ymin, ymax = geom.GetEnvelope()
    e0, e1 = max(math.floor(xmin / TILE_SIZE_M), GRID_EAST_RANGE[0]), \
        min(math.floor(xmax / TILE_SIZE_M), GRID_EAST_RANGE[1])
    n0, n1 = max(math.floor(ymin / TILE_SIZE_M), GRID_NORTH_RANGE[0]), \
        min(math.floor(ymax / TILE_SIZE_M), GRID_NORTH_RANGE[1])
    if departments and (e0 > e1 or n0 > n1):
        raise OverseasError(departments)
    if e0 > e1 or n0 > n1:
        raise GridError(
            "The area of interest (x {:.0f}\u2013{:.0f}, y {:.0f}\u2013{:.0f} in EPSG:3035) lies outside "
            "the CLCplus Backbone grid ({}); check its coordinate reference system".format(
                xmin, xmax, ymin, ymax, RANGE_TEXT))
    dimension = geom.GetDimension()
    tiles = []
    for tile in _candidates(e0, e1, n0, n1):
        cell = tile.polygon()
        if not geom.Intersects(cell):
            continue
        if dimension == 0:
            # A point on a shared edge belongs to the cell it opens (closed below and left).
            keep = any(tile_at(x, y) == tile for x, y in _vertices(geom))
        elif dimension == 1:
            part = geom.Intersection(cell)
            keep = part.Length() > 0 and not _on_boundary(part, cell)
        else:
            keep = _area(geom.Intersection(cell)) > 0
        if keep:
            tiles.append(tile)
    if not tiles and dimension < 2:
        # A line lying on cell edges only: the cells its vertices open (closed below and left).
        tiles = sorted({tile_at(x, y) for x, y in _vertices(geom)} & set(_candidates(e0, e1, n0, n1)))
    if not tiles and departments:
        raise OverseasError(departments)
    if not tiles:
        raise GridError("The area of interest does not overlap any CLCplus Backbone tile ({})".format(
            RANGE_TEXT))
    return tiles, departments


def tiles_for_extent(xmin, ymin, xmax, ymax, crs=CRS_EPSG):
    """The tiles a rectangle in `crs` covers; the rectangle is densified, so in EPSG:4326 it is
    the curved shape it really is in EPSG:3035."""
    if not (xmax > xmin and ymax > ymin):
        raise GridError("The extent is empty (xmin {} xmax {} ymin {} ymax {})".format(
            xmin, xmax, ymin, ymax))
    return tiles_for_geometry(_rectangle(xmin, ymin, xmax, ymax), crs)


@functools.lru_cache(maxsize=1)
def _overseas_wkb():
    """((department, its lon/lat box in EPSG:3035 as WKB, that box's envelope), ...), made once."""
    boxes = []
    for department in product.OVERSEAS_DEPARTMENTS:
        box = transform_geometry(_rectangle(*department.bounds), 4326, CRS_EPSG)
        boxes.append((department, bytes(box.ExportToWkb()), box.GetEnvelope()))
    return tuple(boxes)


def _overseas_departments(geom):
    """The departments whose box `geom` (EPSG:3035) intersects; the envelopes are compared first, so
    an area in Europe costs four comparisons per department."""
    xmin, xmax, ymin, ymax = geom.GetEnvelope()
    found = []
    for department, wkb, (bx0, bx1, by0, by1) in _overseas_wkb():
        if xmin <= bx1 and bx0 <= xmax and ymin <= by1 and by0 <= ymax and \
                geom.Intersects(ogr.CreateGeometryFromWkb(wkb)):  # a fresh geometry: callers may be threads
            found.append(department)
    return found


def _rectangle(xmin, ymin, xmax, ymax):
    return ogr.CreateGeometryFromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
        xmin, ymin, xmax, ymax))


def _candidates(e0, e1, n0, n1):
    return [TileId(east, north) for east in range(e0, e1 + 1) for north in range(n0, n1 + 1)]


def _area(geom):
    return geom.GetArea() if geom.GetDimension() == 2 else 0.0


def _vertices(geom):
    if geom.GetGeometryCount():
        for i in range(geom.GetGeometryCount()):
            yield from _vertices(geom.GetGeometryRef(i))
    else:
        for i in range(geom.GetPointCount()):
            yield geom.GetX(i), geom.GetY(i)


def _on_boundary(part, cell):
    return part.Within(cell.GetBoundary().Buffer(1e-6))
