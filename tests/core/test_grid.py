import itertools

import numpy as np
import pyproj
import pytest
from osgeo import ogr

from clcplus_backbone.core import grid
from clcplus_backbone.core.grid import GridError, TileId


def test_tile_id_round_trip_over_the_whole_range():
    for east, north in itertools.product(range(9, 74), range(9, 55)):
        tile = TileId(east, north)
        assert grid.parse_tile_id(str(tile)) == tile


def test_tile_id_text_and_extent():
    tile = grid.parse_tile_id("E44N36")
    assert str(tile) == "E44N36"
    assert tile.extent == (4_400_000, 3_600_000, 4_500_000, 3_700_000)
    assert grid.parse_tile_id(" e44n36 ") == tile


@pytest.mark.parametrize("bad", ["E4N36", "X44N36", "E44", "E44N36E", "44N36", "", "E44 N3"])
def test_malformed_ids_are_refused_with_an_example(bad):
    with pytest.raises(GridError, match="write it like E44N36"):
        grid.parse_tile_id(bad)


@pytest.mark.parametrize("bad", ["E08N36", "E74N36", "E44N08", "E44N55", "E100N36"])
def test_ids_outside_the_product_range(bad):
    with pytest.raises(GridError, match="outside the CLCplus Backbone grid"):
        grid.parse_tile_id(bad)


def test_range_edges_are_inside():
    assert grid.parse_tile_id("E09N09").in_product_range
    assert grid.parse_tile_id("E73N54").in_product_range


def test_typed_lists():
    assert grid.parse_tile_ids("E45N36, e44n36;E44N36\nE44N35") == [
        TileId(44, 35), TileId(44, 36), TileId(45, 36)]
    with pytest.raises(GridError):
        grid.parse_tile_ids(" , ")


def test_tile_at_is_closed_below_and_left():
    assert grid.tile_at(4_400_000, 3_600_000) == TileId(44, 36)
    assert grid.tile_at(4_399_999.9, 3_699_999.9) == TileId(43, 36)


def test_an_exact_cell_gives_one_tile():
    assert grid.tiles_for_extent(4_400_000, 3_600_000, 4_500_000, 3_700_000) == [TileId(44, 36)]


def test_crossing_a_border_by_one_pixel():
    assert grid.tiles_for_extent(4_400_000, 3_600_000, 4_500_010, 3_700_000) == [
        TileId(44, 36), TileId(45, 36)]


def test_a_polygon_counts_only_where_it_has_area():
    # A triangle whose bounding box spans 2 x 2 cells but which leaves the upper-right cell out.
    triangle = "POLYGON((4410000 3610000, 4590000 3610000, 4410000 3790000, 4410000 3610000))"
    assert grid.tiles_for_geometry(triangle) == [TileId(44, 36), TileId(44, 37), TileId(45, 36)]


def test_a_hole_that_holds_a_whole_cell_drops_it():
    donut = ("POLYGON((4300000 3500000, 4600000 3500000, 4600000 3800000, 4300000 3800000, "
             "4300000 3500000), (4390000 3590000, 4510000 3590000, 4510000 3710000, "
             "4390000 3710000, 4390000 3590000))")
    tiles = grid.tiles_for_geometry(donut)
    assert TileId(44, 36) not in tiles
    assert len(tiles) == 8


def test_multipolygon_parts_far_apart():
    multi = ("MULTIPOLYGON(((4410000 3610000, 4420000 3610000, 4420000 3620000, 4410000 3610000)),"
             "((5010000 2010000, 5020000 2010000, 5020000 2020000, 5010000 2010000)))")
    assert grid.tiles_for_geometry(multi) == [TileId(44, 36), TileId(50, 20)]


def test_points_and_lines_on_edges():
    assert grid.tiles_for_geometry("POINT(4500000 3700000)") == [TileId(45, 37)]
    assert grid.tiles_for_geometry("LINESTRING(4500000 3650000, 4500000 3680000)") == [TileId(45, 36)]
    assert grid.tiles_for_geometry("LINESTRING(4450000 3650000, 4550000 3680000)") == [
        TileId(44, 36), TileId(45, 36)]


def _tiles_by_dense_sampling(lon0, lat0, lon1, lat1, step=0.002):
    """An independent answer: transform a dense lattice of points with pyproj and see where
    they fall. Exact for a strip thinner than the sampling step's footprint."""
    to_laea = pyproj.Transformer.from_crs(4326, 3035, always_xy=True)
    lons, lats = np.meshgrid(np.arange(lon0, lon1 + step / 2, step), np.arange(lat0, lat1 + step / 2, step))
    x, y = to_laea.transform(lons.ravel(), lats.ravel())
    return sorted({TileId(int(e), int(n)) for e, n in zip(np.floor(x / 1e5), np.floor(y / 1e5))})


def test_a_latitude_strip_follows_its_curve_in_laea():
    # Along a parallel the straight chord between the corners in EPSG:3035 misses the cells the
    # parallel really bows into; densified edges must find them.
    lon0, lat0, lon1, lat1 = -5.0, 52.0, 25.0, 52.02
    expected = _tiles_by_dense_sampling(lon0, lat0, lon1, lat1)
    assert grid.tiles_for_extent(lon0, lat0, lon1, lat1, "EPSG:4326") == expected
    chord = ogr.CreateGeometryFromWkt("POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(
        lon0, lat0, lon1, lat1))
    chord.Transform(__import__("osgeo.osr", fromlist=["osr"]).CoordinateTransformation(
        grid.spatial_reference(4326), grid.grid_spatial_reference()))
    naive = grid.tiles_for_geometry(chord)
    assert set(naive) != set(expected), "the test strip must be one where densifying matters"


def test_an_aoi_in_utm_crossing_tile_borders():
    # 20 km square in UTM 33N around the corner of four cells near Copenhagen.
    to_utm = pyproj.Transformer.from_crs(3035, 32633, always_xy=True)
    cx, cy = to_utm.transform(4_500_000, 3_600_000)
    tiles = grid.tiles_for_extent(cx - 10_000, cy - 10_000, cx + 10_000, cy + 10_000, "EPSG:32633")
    assert tiles == [TileId(44, 35), TileId(44, 36), TileId(45, 35), TileId(45, 36)]


def test_an_aoi_partly_outside_the_range_is_clipped_to_it():
    tiles = grid.tiles_for_extent(7_000_000, 5_300_000, 7_600_000, 5_600_000)
    assert tiles and all(t.in_product_range for t in tiles)
    assert max(t.east for t in tiles) == 73 and max(t.north for t in tiles) == 54


def test_an_aoi_outside_the_range_says_so():
    with pytest.raises(GridError, match="outside the CLCplus Backbone grid"):
        grid.tiles_for_extent(100, 200, 300, 400)  # EPSG:3035 metres near the origin
    with pytest.raises(GridError, match="check its coordinate reference system"):
        # Lon/lat numbers given as if they were EPSG:3035: a classic mistake.
        grid.tiles_for_extent(11, 55, 12, 56)


def test_an_empty_extent_and_bad_crs_are_clear_errors():
    with pytest.raises(GridError, match="empty"):
        grid.tiles_for_extent(5, 5, 5, 6, "EPSG:4326")
    with pytest.raises(GridError, match="Unknown coordinate reference system"):
        grid.tiles_for_extent(11, 55, 12, 56, "EPSG:999999")
    with pytest.raises(GridError, match="empty"):
        grid.tiles_for_geometry("POLYGON EMPTY")
