"""Polygon zones on a raster grid: which pixels each zone holds, by pixel centre or exactly.

Centre rule: a pixel belongs to a zone when its centre is inside (as GDAL rasterizes and QGIS's
zonal tools count). Zones that do not overlap each other are burnt together, one GDAL rasterize
call per group and window; overlapping zones go into separate groups, so each counts its own pixels.

Exact rule: a pixel counts by the fraction of its area inside the polygon. The fractions come from
Green's theorem on the polygon's edges cut at every pixel line: each edge piece adds the area
between itself and its pixel's top edge to that pixel and its full width to every pixel above it in
the column (a column-wise cumulative sum). It is exact for straight edges, vectorised with numpy,
and costs in proportion to the polygon's perimeter in pixels, not its area.
"""

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal, ogr, osr

from . import grid
from .blocks import DEFAULT_THREADS, RasterError, Window

ogr.UseExceptions()

CENTRE = "centre"
EXACT = "exact"
RULES = (CENTRE, EXACT)
CLIP_WORK = 200_000  # rows x edges from which a zone is clipped to the window it is burnt in (see burn)


@dataclass
class Zone:
    id: object
    name: str
    geometry: object  # ogr.Geometry in the raster's CRS
    envelope: tuple = ()  # pixel window of the stack that holds the zone, or None if outside
    group: int = 0
    _pieces: object = field(default=None, repr=False)
    boundary: object = field(default=None, repr=False)  # its edges, as lines
    vertices: int = 0  # of all its rings


class Zones:
    """`items` are (id, name, geometry as WKT or OGR) in `crs`; `stack` gives the grid.

    Invalid geometries are repaired (and listed in `repaired`); a geometry that is not a
    polygon, or cannot be repaired, is a RasterError naming the zone.
    """

    def __init__(self, items, crs, stack):
        self.stack = stack
        self.zones = []
        self.repaired = []
        target = stack.srs.ExportToWkt() if stack.srs is not None else None
        if target is None:
            raise RasterError("The raster has no coordinate reference system; zones cannot be placed on it")
        for zone_id, name, geometry in items:
            try:
                geom = grid.transform_geometry(geometry, crs, osr.SpatialReference(target))
            except grid.GridError as e:
                raise RasterError("Zone {}: {}".format(zone_id, e)) from None
            if geom.GetDimension() != 2:
                raise RasterError("Zone {} is not a polygon ({}); zones must be polygons".format(
                    zone_id, geom.GetGeometryName()))
            if not geom.IsValid():
                geom = _repair(geom)
                if geom is None:
                    raise RasterError("Zone {} has an invalid geometry that cannot be repaired; fix it "
                                      "with 'Fix geometries' first".format(zone_id))
                self.repaired.append(zone_id)
            zone = Zone(zone_id, name, geom, boundary=geom.Boundary(),
                        vertices=sum(ring.GetPointCount() for ring, _ in polygon_rings(geom)))
            zone.envelope = stack.pixel_window(*_bounds(geom))
            self.zones.append(zone)
        self._assign_groups()
        boxes = [(z.envelope.col, z.envelope.row, z.envelope.col + z.envelope.width,
                  z.envelope.row + z.envelope.height) if z.envelope else (0, 0, 0, 0) for z in self.zones]
        self._boxes = np.array(boxes, dtype=np.int64).reshape(-1, 4)
        self._local = threading.local()

    def __len__(self):
        return len(self.zones)

    @property
    def outside(self):
        """Zones that do not meet the raster at all."""
        return [z for z in self.zones if z.envelope is None]

    def window_covering_all(self):
        """The smallest pixel window holding every zone (None when all are outside)."""
        inside = [z.envelope for z in self.zones if z.envelope is not None]
        if not inside:
            return None
        c0 = min(w.col for w in inside)
        r0 = min(w.row for w in inside)
        c1 = max(w.col + w.width for w in inside)
        r1 = max(w.row + w.height for w in inside)
        return Window(c0, r0, c1 - c0, r1 - r0)

    def indices_in(self, window):
        """Indices of the zones whose pixel envelope meets `window`."""
        b = self._boxes
        meets = (b[:, 0] < window.col + window.width) & (b[:, 2] > window.col) & \
            (b[:, 1] < window.row + window.height) & (b[:, 3] > window.row)
        return np.nonzero(meets)[0].tolist()

    def holding_and_crossing(self, window, indices):
        """Of the zones `indices` (from indices_in), those that hold every pixel of `window` whole
        (no edge of theirs meets it and it lies inside: under both rules each pixel counts whole)
        and those whose edges cross it; the others have no pixel in it."""
        xmin, ymin, xmax, ymax = self.stack.window_extent(window)
        box = _rectangle(xmin, ymin, xmax, ymax)
        centre = ogr.Geometry(ogr.wkbPoint)
        centre.AddPoint_2D((xmin + xmax) / 2.0, (ymin + ymax) / 2.0)
        holding, crossing = [], []
        for i in indices:
            zone = self.zones[i]
            if zone.boundary.Intersects(box):
                crossing.append(i)
            elif zone.geometry.Contains(centre):
                holding.append(i)
        return holding, crossing

    # --- centre rule ---------------------------------------------------------------------

    def _assign_groups(self):
        """Greedy colouring: zones that share a pixel centre never share a group. The pairs whose
        envelopes meet are tested in worker threads (GEOS and GDAL release the GIL)."""
        bounds = [_bounds(zone.geometry) for zone in self.zones]
        order = sorted(range(len(self.zones)), key=lambda i: bounds[i][0])
        pairs, active = [], []  # active: (xmax, index) of zones whose x range may still meet later ones
        for i in order:
            xmin, ymin, xmax, ymax = bounds[i]
            active = [(x1, j) for x1, j in active if x1 > xmin]
            pairs += [(i, j) for _, j in active if bounds[j][1] < ymax and bounds[j][3] > ymin]
            active.append((xmax, i))
        with ThreadPoolExecutor(DEFAULT_THREADS) as pool:
            shared = pool.map(lambda pair: self._share_a_centre(*pair), pairs)
            earlier = {}  # zone index -> zones before it in `order` it shares a pixel centre with
            for (i, j), share in zip(pairs, shared):
                if share:
                    earlier.setdefault(i, []).append(j)
        for i in order:
            taken = {self.zones[j].group for j in earlier.get(i, ())}
            self.zones[i].group = next(g for g in range(len(self.zones) + 1) if g not in taken)
        self.group_count = max((z.group for z in self.zones), default=-1) + 1

    def _share_a_centre(self, i, j):
        """Whether some pixel centre lies in both zones i and j, so they cannot be burnt together.
        Neighbours whose common boundary differs in the last digits overlap only in slivers, which
        usually hold no pixel centre: burnt together they cost one pass, not one per group."""
        a, b = self.zones[i].geometry, self.zones[j].geometry
        if not a.Intersects(b) or a.Touches(b):
            return False
        shared = _polygons(a.Intersection(b))
        if shared is None:
            return False
        if shared.GetArea() >= self.stack.pixel_area:
            return True
        window = self.stack.pixel_window(*_bounds(shared))
        if window is None:
            return False
        _source, layer = _zone_layer([(0, shared)], self.stack.srs)
        return bool(self._rasterize(layer, window, gdal.GDT_Byte).any())

    def burn(self, window, group, members=None):
        """Array of `window`: zone index + 1 of group `group` by pixel centre, 0 elsewhere.

        `members`: the zones of the group that may reach the window (by default those whose
        envelope meets it). GDAL's polygon fill walks every edge of a polygon for every row it
        burns, so a region's whole outline can cost more than its pixels (a 1024-row window of 49
        regions: 4.6 ms unclipped, 2.6 ms clipped). A zone with rows x edges of CLIP_WORK or more
        that reaches beyond the window is clipped to it first; clipping has its own cost, about
        that of filling 200 rows, and a layer of its own, so smaller work burns the group's layer
        as it is. In the narrowest type that holds every zone: GDAL burns bytes about five times
        faster than 32-bit integers."""
        xmin, ymin, xmax, ymax = self.stack.window_extent(window)
        if members is None:
            members = [i for i in self.indices_in(window) if self.zones[i].group == group]
        if any(window.height * self.zones[i].vertices >= CLIP_WORK for i in members):
            _source, layer = self._clipped_layer(members, (xmin, ymin, xmax, ymax), window.height)
        else:
            _source, layer = self._group_layers()[group]
            layer.SetSpatialFilterRect(xmin, ymin, xmax, ymax)
        count = len(self.zones)
        burnt = self._rasterize(layer, window, gdal.GDT_Byte if count < 256 else
                                gdal.GDT_UInt16 if count < 65536 else gdal.GDT_UInt32)
        layer.SetSpatialFilter(None)
        return burnt

    def _rasterize(self, layer, window, kind):
        """Array of `window` (GDAL type `kind`): each pixel the zid of the feature of `layer` holding
        its centre, 0 where none does."""
        target = gdal.GetDriverByName("MEM").Create("", window.width, window.height, 1, kind)
        target.SetGeoTransform(self.stack.window_geotransform(window))
        gdal.RasterizeLayer(target, [1], layer, options=["ATTRIBUTE=zid"])
        return target.GetRasterBand(1).ReadAsArray()

    def _group_layers(self):
        """(data source, layer) per group, per thread (OGR layers are not thread-safe)."""
        layers = getattr(self._local, "layers", None)
        if layers is None:
            layers = []
            for group in range(self.group_count):
                members = [i for i, zone in enumerate(self.zones) if zone.group == group and zone.envelope]
                layers.append(_zone_layer(((i, self.zones[i].geometry) for i in members), self.stack.srs))
            self._local.layers = layers
        return layers

    def _clipped_layer(self, members, extent, rows):
        """A layer of the zones `members`, those worth it (see burn) clipped to `extent` widened by a
        pixel (the clip's own edges stay away from every pixel centre)."""
        margin = self.stack.pixel_width
        bounds = (extent[0] - margin, extent[1] - margin, extent[2] + margin, extent[3] + margin)
        box = _rectangle(*bounds)

        def clipped():
            for index in members:
                geometry = self.zones[index].geometry
                x0, y0, x1, y1 = _bounds(geometry)
                if rows * self.zones[index].vertices >= CLIP_WORK and \
                        (x0 < bounds[0] or y0 < bounds[1] or x1 > bounds[2] or y1 > bounds[3]):
                    geometry = _polygons(geometry.Intersection(box))
                if geometry is not None:
                    yield index, geometry
        return _zone_layer(clipped(), self.stack.srs)

    def centre_groups(self, window, indices):
        """The pixels of `window` in the zones `indices` (from indices_in) by pixel centre, one
        group of non-overlapping zones at a time: yields (slices, inside, position) with `slices`
        addressing the part of the window's arrays the zones reach, `inside` a boolean mask of that
        part and `position` the place in `indices` of the zone of each pixel inside (an int64 array
        as long as inside.sum()). Overlapping zones come in different groups, so a pixel shared by
        two zones is yielded twice. Only the part of the window the zones' envelopes reach is burnt
        and scanned: most windows are touched by a zone's edge only."""
        local = np.zeros(len(self.zones) + 1, dtype=np.int64)  # zone index + 1 -> position
        local[np.asarray(indices, dtype=np.int64) + 1] = np.arange(len(indices))
        for group in sorted({self.zones[i].group for i in indices}):
            members = [i for i in indices if self.zones[i].group == group]
            part = window_union([window_intersection(self.zones[i].envelope, window) for i in members])
            burnt = self.burn(part, group, members)
            inside = burnt > 0
            if inside.any():
                yield part.slices(window), inside, local[burnt[inside]]

    def centre_burns(self, window, indices):
        """As centre_groups, without masks (faster where zones fill the window): yields (slices,
        burnt) per group, `burnt` holding for each pixel of the part the zone index + 1 of its zone
        by pixel centre, 0 outside every zone of the group (in burn()'s narrow type)."""
        for group in sorted({self.zones[i].group for i in indices}):
            members = [i for i in indices if self.zones[i].group == group]
            part = window_union([window_intersection(self.zones[i].envelope, window) for i in members])
            yield part.slices(window), self.burn(part, group, members)

    def coverages(self, window, indices):
        """The pixels of `window` in the zones `indices` by exact coverage: yields (position,
        slices, fractions) per zone that covers part of the window, `slices` addressing the
        window's arrays and `fractions` (float64) the share of each of those pixels inside."""
        for position, index in enumerate(indices):
            covered = self.coverage(index, window)
            if covered is not None:
                sub, fractions = covered
                yield position, sub.slices(window), fractions

    # --- exact rule ----------------------------------------------------------------------

    def coverage(self, index, window):
        """(sub-window, float64 fractions) of zone `index` inside `window`, or None."""
        zone = self.zones[index]
        if zone.envelope is None or not _meets(zone.envelope, window):
            return None
        sub = window_intersection(zone.envelope, window)
        pieces = zone._pieces
        if pieces is None:
            pieces = zone._pieces = edge_pieces(zone.geometry, self.stack.geotransform)
        cols, rows, partial, carry = pieces
        in_cols = (cols >= sub.col) & (cols < sub.col + sub.width) & (rows >= sub.row)
        cols, rows, partial, carry = cols[in_cols], rows[in_cols], partial[in_cols], carry[in_cols]
        inside = rows < sub.row + sub.height
        h, w = sub.height, sub.width
        flat = (rows[inside] - sub.row) * w + (cols[inside] - sub.col)
        area = np.bincount(flat, weights=partial[inside], minlength=h * w).astype(np.float64).reshape(h, w)
        # Carry: every piece adds its width to each pixel above it in its column; pieces below
        # the window add to all of the window's rows.
        carry_rows = np.where(inside, rows - sub.row, h)
        carries = np.bincount(carry_rows * w + (cols - sub.col), weights=carry,
                              minlength=(h + 1) * w).reshape(h + 1, w)
        below = np.cumsum(carries[::-1], axis=0)[::-1]  # below[i] = sum of carries[i:]
        area += below[1:]
        np.clip(area, 0.0, 1.0, out=area)
        return sub, area


def edge_pieces(geometry, geotransform):
    """Every edge of the polygon cut at pixel lines: (col, row, partial, carry) per piece.

    Coordinates are in pixels (u to the right, v downwards). A piece with horizontal extent du
    inside pixel (col, row) adds du * (mean v - row) of area to its own pixel and du to every
    pixel above it in its column; rings are oriented so that the sums give +area inside.
    """
    x0, px, _, y0, _, py = geotransform
    u0s, v0s, u1s, v1s = [], [], [], []
    for ring, is_hole in polygon_rings(geometry):
        points = np.array(ring.GetPoints(), dtype=np.float64)[:, :2]
        u = (points[:, 0] - x0) / px
        v = (points[:, 1] - y0) / py  # py < 0: v grows downwards
        # Orientation: the integral of v du over an outer ring must be positive, over a hole negative.
        signed = np.sum((u[1:] - u[:-1]) * (v[1:] + v[:-1]) / 2.0)
        if (signed < 0) != is_hole:
            u, v = u[::-1], v[::-1]
        u0s.append(u[:-1]); v0s.append(v[:-1]); u1s.append(u[1:]); v1s.append(v[1:])  # noqa: E702
    u0, v0, u1, v1 = (np.concatenate(a) for a in (u0s, v0s, u1s, v1s))
    keep = u0 != u1  # vertical edges carry no area in this formulation
    u0, v0, u1, v1 = u0[keep], v0[keep], u1[keep], v1[keep]
    edge = np.arange(len(u0))
    # Parameters t in (0, 1) where an edge crosses a pixel line, plus both ends.
    ts = [np.zeros(len(u0)), np.ones(len(u0))]
    edges = [edge, edge]
    for a0, a1 in ((u0, u1), (v0, v1)):
        lo = np.floor(np.minimum(a0, a1)) + 1
        hi = np.ceil(np.maximum(a0, a1)) - 1
        count = np.maximum(hi - lo + 1, 0).astype(np.int64)
        if count.sum():
            owner = np.repeat(edge, count)
            start = np.repeat(lo, count)
            step = np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
            line = start + step
            ts.append((line - a0[owner]) / (a1[owner] - a0[owner]))
            edges.append(owner)
    t = np.concatenate(ts)
    owner = np.concatenate(edges)
    order = np.lexsort((t, owner))
    t, owner = t[order], owner[order]
    same = owner[1:] == owner[:-1]
    t0, t1, e = t[:-1][same], t[1:][same], owner[:-1][same]
    du = u1 - u0
    dv = v1 - v0
    um = u0[e] + du[e] * (t0 + t1) / 2
    vm = v0[e] + dv[e] * (t0 + t1) / 2
    width = du[e] * (t1 - t0)
    cols = np.floor(um).astype(np.int64)
    rows = np.floor(vm).astype(np.int64)
    partial = width * (vm - rows)
    return cols, rows, partial, width


def polygon_rings(geometry):
    """(ring, is_hole) of every polygon part."""
    name = geometry.GetGeometryType()
    flat = ogr.GT_Flatten(name)
    if flat == ogr.wkbPolygon:
        for i in range(geometry.GetGeometryCount()):
            yield geometry.GetGeometryRef(i), i > 0
    elif flat in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(geometry.GetGeometryCount()):
            part = geometry.GetGeometryRef(i)
            if ogr.GT_Flatten(part.GetGeometryType()) in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
                yield from polygon_rings(part)
    else:
        geometry = ogr.ForceToMultiPolygon(geometry)
        yield from polygon_rings(geometry)


def _polygons(geometry):
    """The polygon parts of `geometry` as one multipolygon (lines and points dropped), or None."""
    if geometry is None or geometry.IsEmpty() or geometry.GetDimension() < 2:
        return None
    if ogr.GT_Flatten(geometry.GetGeometryType()) != ogr.wkbGeometryCollection:
        return geometry
    polygons = ogr.Geometry(ogr.wkbMultiPolygon)
    for i in range(geometry.GetGeometryCount()):
        part = geometry.GetGeometryRef(i)
        if part.GetDimension() == 2:
            multi = ogr.ForceToMultiPolygon(part)
            for j in range(multi.GetGeometryCount()):
                polygons.AddGeometry(multi.GetGeometryRef(j))
    return polygons if polygons.GetGeometryCount() else None


def _repair(geometry):
    try:
        fixed = geometry.MakeValid()
    except (AttributeError, RuntimeError):
        fixed = geometry.Buffer(0)
    if fixed is None or fixed.IsEmpty():
        return None
    fixed = _polygons(fixed)
    return fixed if fixed is not None and fixed.IsValid() and not fixed.IsEmpty() else None


def _bounds(geometry):
    xmin, xmax, ymin, ymax = geometry.GetEnvelope()
    return xmin, ymin, xmax, ymax


def _zone_layer(zones, srs):
    """(data source, layer): an in-memory layer of (zone index, geometry) burning as zone index + 1
    (field zid); the data source must outlive the layer."""
    source = ogr.GetDriverByName("Memory").CreateDataSource("zones")
    layer = source.CreateLayer("zones", srs=srs, geom_type=ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("zid", ogr.OFTInteger64))
    for index, geometry in zones:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("zid", index + 1)
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    return source, layer


def _rectangle(xmin, ymin, xmax, ymax):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((xmin, ymin), (xmax, ymin), (xmax, ymax), (xmin, ymax), (xmin, ymin)):
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


def _meets(a, b):
    return a.col < b.col + b.width and b.col < a.col + a.width and \
        a.row < b.row + b.height and b.row < a.row + a.height


def window_union(windows):
    """The smallest window holding all of `windows`."""
    c0 = min(w.col for w in windows)
    r0 = min(w.row for w in windows)
    c1 = max(w.col + w.width for w in windows)
    r1 = max(w.row + w.height for w in windows)
    return Window(c0, r0, c1 - c0, r1 - r0)


def window_intersection(a, b):
    """The window both `a` and `b` hold (width or height 0 or less when they do not meet)."""
    c0, r0 = max(a.col, b.col), max(a.row, b.row)
    c1 = min(a.col + a.width, b.col + b.width)
    r1 = min(a.row + a.height, b.row + b.height)
    return Window(c0, r0, c1 - c0, r1 - r0)
