"""core/stats.py: exact class areas against independent counts."""

import math

import numpy as np
import pytest
from osgeo import gdal, ogr

from clcplus_backbone.core import product, stats
from clcplus_backbone.core.blocks import Canceled, Progress, RasterError
from clcplus_backbone.core.zones import EXACT, Zones
from rasters import ORIGIN, patchy_classes, pixel_centres, write_raster

X0, Y0 = ORIGIN


def _column(code):
    return stats.CODES.index(code)


def _expected(values, mask=None):
    chosen = values if mask is None else values[mask]
    counts = np.bincount(chosen.ravel(), minlength=256)
    return {code: int(counts[code]) for code in product.ALL_CODES}


def _counts(zone):
    return {code: int(zone.pixels[_column(code)]) for code in product.ALL_CODES}


def _rect(x0, y0, x1, y1):
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(x0, y0, x1, y1)


@pytest.fixture(scope="module")
def raster(tmp_path_factory):
    array = patchy_classes(600, 700, seed=3)
    path = write_raster(tmp_path_factory.mktemp("stats") / "classes.tif", array, nodata=255)
    return path, array


def test_whole_raster_counts_every_code(raster):
    path, array = raster
    result = stats.class_areas(path)
    assert len(result.zones) == 1
    assert _counts(result.zones[0]) == _expected(array)
    assert result.pixel_area_m2 == 100.0
    assert not result.warnings


def test_percentages_are_of_land_cover_and_specials_stand_beside(raster):
    path, array = raster
    rows = stats.class_areas(path).rows("ha")
    land = [r for r in rows if r["code"] in product.LAND_COVER_CODES]
    specials = [r for r in rows if r["code"] in product.SPECIAL_CODES]
    assert sum(r["pct_land_cover"] for r in land) == pytest.approx(100.0)
    assert all(r["pct_land_cover"] is None for r in specials)
    assert sum(r["pct_zone"] for r in rows) == pytest.approx(100.0)
    sealed = next(r for r in rows if r["code"] == 1)
    assert sealed["area"] == pytest.approx(np.count_nonzero(array == 1) * 100 / 1e4)
    assert sealed["class_name"] == "Sealed"


def test_extent_counts_the_pixels_whose_centre_is_inside(raster):
    path, array = raster
    # 123.4 m right of the origin: centres from column 12 (125 m) on; 40 m down: rows from 4 on.
    extent = (X0 + 123.4, Y0 - 3000.0, X0 + 2001.0, Y0 - 40.0)
    result = stats.class_areas(path, extent=extent)
    assert _counts(result.zones[0]) == _expected(array[4:300, 12:200])


def test_zones_by_pixel_centre_against_numpy(raster):
    path, array = raster
    xs, ys = pixel_centres(array)
    zones = [
        (1, "rect", _rect(X0 + 333, Y0 - 4444, X0 + 5557, Y0 - 1234)),
        (2, "overlapping", _rect(X0 + 3000, Y0 - 5000, X0 + 6000, Y0 - 2000)),
        (3, "triangle", "POLYGON(({0} {1},{2} {1},{0} {3},{0} {1}))".format(X0 + 103, Y0 - 5900, X0 + 6903, Y0 - 100)),
    ]
    result = stats.class_areas(path, zones=zones, zones_crs="EPSG:3035")
    masks = [
        (xs > X0 + 333) & (xs < X0 + 5557) & (ys > Y0 - 4444) & (ys < Y0 - 1234),
        (xs > X0 + 3000) & (xs < X0 + 6000) & (ys > Y0 - 5000) & (ys < Y0 - 2000),
        # right-angled at the lower left; no pixel centre lies on its hypotenuse
        (xs > X0 + 103) & (ys > Y0 - 5900) & ((xs - X0 - 103) * 5800 + (ys - Y0 + 5900) * 6800 < 6800 * 5800),
    ]
    for zone, mask in zip(result.zones, masks):
        assert _counts(zone) == _expected(array, mask), zone.name
    assert [z.id for z in result.zones] == [1, 2, 3]


def test_more_zones_than_a_byte_holds_against_numpy(raster):
    """300 zones burn as 16-bit ids (another counting path than for fewer than 256), overlapping ones too."""
    path, array = raster
    xs, ys = pixel_centres(array)
    boxes = [(X0 + 303 + 290 * i, Y0 - 6903 + 340 * j, X0 + 303 + 290 * i + 270, Y0 - 6903 + 340 * j + 330)
             for i in range(20) for j in range(15)]
    boxes.append((X0 + 1111, Y0 - 3333, X0 + 2222, Y0 - 1111))  # over many of the others
    result = stats.class_areas(path, zones=[(i, str(i), _rect(*b)) for i, b in enumerate(boxes)],
                               zones_crs="EPSG:3035")
    assert len(result.zones) == 301
    for zone, (x0, y0, x1, y1) in zip(result.zones, boxes):
        assert _counts(zone) == _expected(array, (xs > x0) & (xs < x1) & (ys > y0) & (ys < y1)), zone.name


def test_multipart_zone_with_a_hole(raster):
    path, array = raster
    xs, ys = pixel_centres(array)
    outer = ogr.CreateGeometryFromWkt(_rect(X0 + 500, Y0 - 3500, X0 + 3500, Y0 - 500))
    hole = ogr.CreateGeometryFromWkt(_rect(X0 + 1500, Y0 - 2500, X0 + 2500, Y0 - 1500))
    far = ogr.CreateGeometryFromWkt(_rect(X0 + 5000, Y0 - 5500, X0 + 6500, Y0 - 4000))
    multi = outer.Difference(hole).Union(far)
    result = stats.class_areas(path, zones=[(7, "", multi.ExportToWkt())], zones_crs="EPSG:3035")
    inside_outer = (xs > X0 + 500) & (xs < X0 + 3500) & (ys > Y0 - 3500) & (ys < Y0 - 500)
    in_hole = (xs > X0 + 1500) & (xs < X0 + 2500) & (ys > Y0 - 2500) & (ys < Y0 - 1500)
    in_far = (xs > X0 + 5000) & (xs < X0 + 6500) & (ys > Y0 - 5500) & (ys < Y0 - 4000)
    assert _counts(result.zones[0]) == _expected(array, (inside_outer & ~in_hole) | in_far)


def test_zones_in_lon_lat_are_transformed(raster):
    path, array = raster
    from osgeo import osr
    laea = osr.SpatialReference()
    laea.ImportFromEPSG(3035)
    wgs = osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    laea.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    square = ogr.CreateGeometryFromWkt(_rect(X0 + 1000, Y0 - 4000, X0 + 4000, Y0 - 1000))
    square.Transform(osr.CoordinateTransformation(laea, wgs))
    in_lonlat = stats.class_areas(path, zones=[(1, "", square.ExportToWkt())], zones_crs="EPSG:4326")
    in_laea = stats.class_areas(path, zones=[(1, "", _rect(X0 + 1000, Y0 - 4000, X0 + 4000, Y0 - 1000))],
                                zones_crs="EPSG:3035")
    a, b = in_lonlat.zones[0].all_pixels(), in_laea.zones[0].all_pixels()
    assert abs(a - b) / b < 0.002  # the same square, densified and transformed back and forth


def test_declared_nodata_counts_as_no_data_and_undeclared_values_are_other(tmp_path):
    array = np.array([[0, 1, 2], [3, 42, 255]], dtype=np.uint8)
    declared = stats.class_areas(write_raster(tmp_path / "a.tif", array, nodata=0))
    counts = _counts(declared.zones[0])
    assert counts[255] == 2 and counts[1] == 1
    assert declared.zones[0].pixels[stats.OTHER] == 1
    assert declared.other_values == {42: 1}
    assert any("not CLCplus Backbone codes (42)" in w for w in declared.warnings)
    plain = stats.class_areas(write_raster(tmp_path / "b.tif", array))
    assert plain.other_values == {0: 1, 42: 1}
    assert _counts(plain.zones[0])[255] == 1


def test_a_zone_smaller_than_a_pixel(raster):
    path, array = raster
    tiny = _rect(X0 + 101, Y0 - 109, X0 + 104, Y0 - 101)  # 3 x 8 m inside pixel (row 10, col 10), off-centre
    centre = stats.class_areas(path, zones=[(1, "", tiny)], zones_crs="EPSG:3035")
    assert centre.zones[0].all_pixels() == 0
    assert any("holds no pixel centre" in w for w in centre.warnings)
    exact = stats.class_areas(path, zones=[(1, "", tiny)], zones_crs="EPSG:3035", rule=EXACT)
    assert exact.zones[0].all_pixels() == pytest.approx(0.24)
    assert exact.zones[0].pixels[_column(int(array[10, 10]))] == pytest.approx(0.24)


def test_a_zone_outside_the_raster(raster):
    path, _ = raster
    result = stats.class_areas(path, zones=[(1, "", _rect(0, 0, 1000, 1000)),
                                            (2, "", _rect(X0 + 10, Y0 - 20, X0 + 30, Y0 - 10))],
                               zones_crs="EPSG:3035")
    assert result.zones[0].outside and result.zones[0].all_pixels() == 0
    assert any("Zone 1 lies outside the raster" in w for w in result.warnings)
    assert result.zones[1].all_pixels() == 2


def test_all_zones_outside(raster):
    path, _ = raster
    result = stats.class_areas(path, zones=[(1, "", _rect(0, 0, 1000, 1000))], zones_crs="EPSG:3035")
    assert result.zones[0].all_pixels() == 0


def test_an_invalid_zone_is_repaired_and_named(raster):
    path, _ = raster
    bowtie = "POLYGON(({0} {1},{2} {3},{2} {1},{0} {3},{0} {1}))".format(X0 + 100, Y0 - 1000, X0 + 1000, Y0 - 100)
    result = stats.class_areas(path, zones=[(9, "", bowtie)], zones_crs="EPSG:3035", rule=EXACT)
    assert any("Zone 9" in w and "repaired" in w for w in result.warnings)
    assert result.zones[0].all_pixels() * 100 == pytest.approx(2 * 0.25 * 900 * 900)


def test_a_line_is_not_a_zone(raster):
    path, _ = raster
    with pytest.raises(RasterError, match="Zone 4 is not a polygon"):
        stats.class_areas(path, zones=[(4, "", "LINESTRING(4500100 3599900, 4501000 3599000)")],
                          zones_crs="EPSG:3035")


def _fractions_by_ogr(geometry, shape, origin=ORIGIN, pixel=10.0):
    """Independent exact coverage: the polygon intersected with every pixel square (slow, small)."""
    xmin, xmax, ymin, ymax = geometry.GetEnvelope()
    fractions = np.zeros(shape)
    c0, c1 = int((xmin - origin[0]) // pixel), int((xmax - origin[0]) // pixel) + 1
    r0, r1 = int((origin[1] - ymax) // pixel), int((origin[1] - ymin) // pixel) + 1
    for r in range(max(r0, 0), min(r1, shape[0])):
        for c in range(max(c0, 0), min(c1, shape[1])):
            x, y = origin[0] + c * pixel, origin[1] - r * pixel
            cell = ogr.CreateGeometryFromWkt(_rect(x, y - pixel, x + pixel, y))
            fractions[r, c] = geometry.Intersection(cell).GetArea() / (pixel * pixel)
    return fractions


@pytest.mark.parametrize("shape", ["rectangle", "circle", "triangle", "donut"])
def test_exact_rule_matches_the_polygon_area_and_an_independent_computation(raster, shape):
    path, array = raster
    centre = ogr.CreateGeometryFromWkt("POINT({} {})".format(X0 + 1503.7, Y0 - 1298.2))
    geometry = {
        "rectangle": ogr.CreateGeometryFromWkt(_rect(X0 + 105, Y0 - 1995, X0 + 1805, Y0 - 15)),
        "circle": centre.Buffer(777.7, 90),
        "triangle": ogr.CreateGeometryFromWkt("POLYGON(({0} {1},{2} {3},{4} {5},{0} {1}))".format(
            X0 + 13.3, Y0 - 17.1, X0 + 2470.9, Y0 - 903.3, X0 + 801.1, Y0 - 2999.7)),
        "donut": centre.Buffer(900, 60).Difference(centre.Buffer(400, 60)),
    }[shape]
    result = stats.class_areas(path, zones=[(1, shape, geometry.ExportToWkt())], zones_crs="EPSG:3035",
                               rule=EXACT)
    zone = result.zones[0]
    assert zone.all_pixels() * 100 == pytest.approx(geometry.GetArea(), rel=1e-4)
    fractions = _fractions_by_ogr(geometry, array.shape)
    for code in product.ALL_CODES:
        expected = fractions[array == code].sum()
        assert zone.pixels[_column(code)] == pytest.approx(expected, rel=1e-9, abs=1e-6), code


def test_exact_and_centre_agree_on_a_pixel_aligned_zone(raster):
    path, _ = raster
    zone = [(1, "", _rect(X0 + 200, Y0 - 3000, X0 + 4000, Y0 - 100))]
    centre = stats.class_areas(path, zones=zone, zones_crs="EPSG:3035")
    exact = stats.class_areas(path, zones=zone, zones_crs="EPSG:3035", rule=EXACT)
    assert np.allclose(centre.zones[0].pixels, exact.zones[0].pixels)


def test_a_vrt_mosaic_counts_like_the_single_raster(tmp_path, raster):
    path, array = raster
    # Cut the raster into four tiles of uneven size and mosaic them again.
    parts = []
    for r0, r1 in ((0, 250), (250, 600)):
        for c0, c1 in ((0, 333), (333, 700)):
            parts.append(write_raster(tmp_path / "t{}_{}.tif".format(r0, c0), array[r0:r1, c0:c1].copy(),
                                      origin=(X0 + c0 * 10, Y0 - r0 * 10), nodata=255))
    vrt = str(tmp_path / "mosaic.vrt")
    gdal.BuildVRT(vrt, parts)
    zones = [(1, "", _rect(X0 + 2000, Y0 - 4000, X0 + 5000, Y0 - 1000)),
             (2, "", ogr.CreateGeometryFromWkt("POINT({} {})".format(X0 + 3330, Y0 - 2500)).Buffer(1500, 40)
              .ExportToWkt())]
    for rule in ("centre", EXACT):
        on_vrt = stats.class_areas(vrt, zones=zones, zones_crs="EPSG:3035", rule=rule)
        on_tif = stats.class_areas(path, zones=zones, zones_crs="EPSG:3035", rule=rule)
        for a, b in zip(on_vrt.zones, on_tif.zones):
            assert np.allclose(a.pixels, b.pixels)
    assert _counts(stats.class_areas(vrt).zones[0]) == _expected(array)


def test_cancel_stops_the_count(raster):
    path, _ = raster
    calls = []

    def canceled():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Canceled):
        stats.class_areas(path, progress=Progress(None, canceled))


def test_progress_reaches_100(raster):
    path, _ = raster
    seen = []
    stats.class_areas(path, progress=Progress(seen.append, None))
    assert seen and seen[-1] == pytest.approx(100.0)
    assert seen == sorted(seen)


def test_rasters_that_cannot_be_clcplus(tmp_path):
    floats = write_raster(tmp_path / "f.tif", np.zeros((4, 4), dtype=np.float32))
    with pytest.raises(RasterError, match="Float32"):
        stats.class_areas(floats)
    lonlat = write_raster(tmp_path / "g.tif", np.ones((4, 4), dtype=np.uint8), origin=(10, 50), pixel=0.0001,
                          epsg=4326)
    with pytest.raises(RasterError, match="geographic"):
        stats.class_areas(lonlat)


def test_a_raster_off_the_product_grid_gets_a_warning(tmp_path):
    utm = write_raster(tmp_path / "u.tif", np.ones((4, 4), dtype=np.uint8), origin=(500000, 6000000),
                       pixel=20.0, epsg=32632)
    result = stats.class_areas(utm)
    assert any("not in EPSG:3035" in w for w in result.warnings)
    assert any("20 x 20 m" in w for w in result.warnings)
    assert result.area(result.zones[0].all_pixels(), "m2") == 16 * 400


def test_field_names_are_stable():
    assert stats.field_name(4) == "woody_broadleaved_evergreen_trees"
    assert stats.field_name(255) == "no_data"


def test_html_report(raster):
    path, _ = raster
    result = stats.class_areas(path, zones=[(1, "North", _rect(X0 + 100, Y0 - 900, X0 + 900, Y0 - 100)),
                                            (2, "South", _rect(X0 + 100, Y0 - 5900, X0 + 900, Y0 - 5100))],
                               zones_crs="EPSG:3035")
    html = stats.html_report(result, "km2")
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html
    assert "Zone 1 \u2013 North" in html and "All zones" in html
    assert product.product_class(1).hex in html
    assert "Copernicus" in html
    assert math.isfinite(result.area(result.total().land_cover_pixels(), "km2"))


def test_a_16_bit_raster_counts_like_its_8_bit_copy(tmp_path, raster):
    path, array = raster
    wide = write_raster(tmp_path / "wide.tif", array.astype(np.uint16), nodata=255)
    zones = [(1, "", _rect(X0 + 333, Y0 - 4444, X0 + 5557, Y0 - 1234))]
    a = stats.class_areas(wide, zones=zones, zones_crs="EPSG:3035")
    b = stats.class_areas(path, zones=zones, zones_crs="EPSG:3035")
    assert (a.zones[0].pixels == b.zones[0].pixels).all()


@pytest.fixture(scope="module")
def wide_raster(tmp_path_factory):
    """Larger than one window (the stack reads 1024-px windows), so zones can hold windows whole."""
    array = patchy_classes(2300, 2600, seed=5)
    path = write_raster(tmp_path_factory.mktemp("stats_wide") / "classes.tif", array, nodata=255)
    return path, array


def _frame(outer, hole):
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}),({4} {5},{6} {5},{6} {7},{4} {7},{4} {5}))".format(
        *outer, *hole)


def _windows_held_and_crossed(path, zones):
    stack = stats.RasterStack([path])
    zone_set = Zones(zones, "EPSG:3035", stack)
    held, crossed = set(), set()
    for window in stack.windows():
        holding, crossing = zone_set.holding_and_crossing(window, zone_set.indices_in(window))
        held.update(holding)
        crossed.update(crossing)
    return held, crossed


def test_zones_holding_whole_windows_against_numpy(wide_raster):
    """A window inside a zone, away from its edges, is counted by one histogram instead of being
    burnt; the counts must stay those of every pixel centre, for zones with holes, overlapping
    zones, a zone holding the whole raster and one reaching only a window's envelope."""
    path, array = wide_raster
    xs, ys = pixel_centres(array)
    triangle = "POLYGON(({0} {1},{2} {1},{0} {3},{0} {1}))"  # right angle at the lower left
    zones = [  # a frame beyond the raster with a hole in its middle window; a triangle over its lower left
        (1, "frame", _frame((X0 - 503, Y0 - 23503, X0 + 26503, Y0 + 497),
                            (X0 + 11003, Y0 - 14003, X0 + 14997, Y0 - 8997))),
        (2, "triangle", triangle.format(X0 - 3003, Y0 - 26003, X0 + 52003, Y0 + 29003)),
        (3, "everything", _rect(X0 - 500, Y0 - 23500, X0 + 26500, Y0 + 500)),
        (4, "corner", triangle.format(X0 + 20003, Y0 - 22907, X0 + 25903, Y0 - 17007)),
    ]
    masks = [
        ~((xs > X0 + 11003) & (xs < X0 + 14997) & (ys > Y0 - 14003) & (ys < Y0 - 8997)),
        (xs - X0 + 3003) + (ys - Y0 + 26003) < 55006,
        np.ones(array.shape, dtype=bool),
        (xs > X0 + 20003) & (ys > Y0 - 22907) & ((xs - X0 - 20003) + (ys - Y0 + 22907) < 5900),
    ]  # no pixel centre lies on an edge
    held, crossed = _windows_held_and_crossed(path, zones)
    assert {0, 1, 2} <= held and {0, 1, 3} <= crossed and 3 not in held  # every way through is taken
    result = stats.class_areas(path, zones=zones, zones_crs="EPSG:3035")
    for zone, mask in zip(result.zones, masks):
        assert _counts(zone) == _expected(array, mask), zone.name


def test_exact_rule_in_windows_a_zone_holds_whole(wide_raster):
    """Pixel-aligned zones: the exact rule counts whole pixels, so it must equal the centre counts,
    windows held whole included."""
    path, array = wide_raster
    zones = [(1, "frame", _frame((X0 + 100, Y0 - 22900, X0 + 25900, Y0 - 100),
                                 (X0 + 11000, Y0 - 14000, X0 + 15000, Y0 - 9000))),
             (2, "block", _rect(X0 + 2000, Y0 - 20000, X0 + 24000, Y0 - 3000))]
    centre = stats.class_areas(path, zones=zones, zones_crs="EPSG:3035")
    exact = stats.class_areas(path, zones=zones, zones_crs="EPSG:3035", rule=EXACT)
    for c, e in zip(centre.zones, exact.zones):
        assert np.allclose(c.pixels, e.pixels, rtol=0, atol=1e-6), c.name



def test_more_zones_than_a_byte_holds_fewer_in_each_window(wide_raster):
    """300 zones over several windows, fewer than 256 in each: the window's zones are numbered
    afresh in 16-bit (zone, value) keys; overlapping ones too."""
    path, array = wide_raster
    xs, ys = pixel_centres(array)
    boxes = [(X0 + 303 + 1290 * i, Y0 - 22903 + 1520 * j, X0 + 303 + 1290 * i + 1270, Y0 - 22903 + 1520 * j + 1530)
             for i in range(20) for j in range(15)]  # each overlaps the one above it by 10 m
    result = stats.class_areas(path, zones=[(i, str(i), _rect(*b)) for i, b in enumerate(boxes)],
                               zones_crs="EPSG:3035")
    stack = stats.RasterStack([path])
    zone_set = Zones([(i, str(i), _rect(*b)) for i, b in enumerate(boxes)], "EPSG:3035", stack)
    assert all(0 < len(zone_set.indices_in(w)) < 256 for w in stack.windows())
    for zone, (x0, y0, x1, y1) in zip(result.zones, boxes):
        assert _counts(zone) == _expected(array, (xs > x0) & (xs < x1) & (ys > y0) & (ys < y1)), zone.name


def test_zones_sharing_only_a_sliver_are_burnt_together(wide_raster):
    """Neighbours whose common boundary differs in the last digits overlap in slivers no pixel
    centre lies in: they share a burn. Zones that share pixel centres never do, and each counts them."""
    path, array = wide_raster
    xs, ys = pixel_centres(array)
    stack = stats.RasterStack([path])
    left = _rect(X0 + 333, Y0 - 20000, X0 + 12003.3, Y0 - 1000)
    sliver = _rect(X0 + 12003.3 - 1e-7, Y0 - 20000, X0 + 24007, Y0 - 1000)  # overlaps `left` by 0.1 um
    overlapping = _rect(X0 + 11900, Y0 - 15000, X0 + 15000, Y0 - 5000)  # shares centres with both
    assert Zones([(1, "", left), (2, "", sliver)], "EPSG:3035", stack).group_count == 1
    assert Zones([(1, "", left), (2, "", sliver), (3, "", overlapping)], "EPSG:3035", stack).group_count == 2
    zones = [(1, "left", left), (2, "sliver", sliver), (3, "overlapping", overlapping)]
    result = stats.class_areas(path, zones=zones, zones_crs="EPSG:3035")
    masks = [(xs > X0 + 333) & (xs < X0 + 12003.3) & (ys > Y0 - 20000) & (ys < Y0 - 1000),
             (xs > X0 + 12003.3) & (xs < X0 + 24007) & (ys > Y0 - 20000) & (ys < Y0 - 1000),
             (xs > X0 + 11900) & (xs < X0 + 15000) & (ys > Y0 - 15000) & (ys < Y0 - 5000)]
    for zone, mask in zip(result.zones, masks):
        assert _counts(zone) == _expected(array, mask), zone.name
