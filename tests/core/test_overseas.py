"""The French overseas departments: facts in the product model, an area of interest there named
with the department and where its mosaic comes from (never an empty result or a traceback), and
class areas of a department's UTM mosaic from its real pixel size."""

import os

import numpy as np
import pytest
from qgis.core import (QgsFeature, QgsGeometry, QgsProcessingException, QgsProcessingFeatureSourceDefinition,
                       QgsProcessingFeedback, QgsProject, QgsVectorLayer)

from clcplus_backbone.core import grid, product
from rasters import patchy_classes, write_raster

# A point on land in each department (lon, lat), and metropolitan Copenhagen (the sample's E44N36).
ON_LAND = {"GF": (-52.33, 4.93), "GP": (-61.53, 16.24), "MQ": (-61.07, 14.61), "RE": (55.45, -20.88),
           "YT": (45.17, -12.78)}
COPENHAGEN = (12.57, 55.68)


def _box(lon, lat, half=0.02):
    return "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))".format(lon - half, lat - half, lon + half, lat + half)


# --- facts ------------------------------------------------------------------------------------

def test_the_five_departments_and_their_utm_zones():
    assert [d.code for d in product.OVERSEAS_DEPARTMENTS] == ["GF", "GP", "MQ", "RE", "YT"]
    for department in product.OVERSEAS_DEPARTMENTS:
        west, south, east, north = department.bounds
        assert west < east and south < north and east - west < 4 and north - south < 4.5
        lon, lat = ON_LAND[department.code]
        assert west < lon < east and south < lat < north
        zone = int((lon + 180) // 6) + 1  # WGS 84 / UTM: 326zz north, 327zz south
        assert department.epsg == (32600 if lat > 0 else 32700) + zone, department.code
        assert department.crs_authid == "EPSG:{}".format(department.epsg)
    assert product.overseas_department("re").name == "Réunion"
    with pytest.raises(ValueError, match="GF, GP, MQ, RE, YT"):
        product.overseas_department("FR")
    assert product.overseas_file_name(2023, "RE") == "CLMS_CLCPLUS_RAS_S2023_R10m_RE_32740_V01_R00.tif"


def test_utm_areas_are_off_by_less_than_the_model_says():
    """The areal scale k² of each department's UTM zone over its box, as product.py states it."""
    from pyproj import CRS, Proj
    for department in product.OVERSEAS_DEPARTMENTS:
        west, south, east, north = department.bounds
        lon, lat = np.meshgrid(np.linspace(west, east, 25), np.linspace(south, north, 25))
        scale = Proj(CRS.from_epsg(department.epsg)).get_factors(lon.ravel(), lat.ravel()).areal_scale
        low, high = product.OVERSEAS_AREAL_SCALE[department.code]
        assert low - 1e-4 <= scale.min() and scale.max() <= high + 1e-4, department.code
        assert abs(scale - 1).max() < (0.0035 if department.code == "GF" else 0.001)


# --- an area of interest there ------------------------------------------------------------------

def test_before_the_grid_would_have_called_it_a_wrong_crs():
    """What an AOI in Réunion is in EPSG:3035: far outside the grid (E99N-30), not near Europe."""
    geometry = grid.to_grid_crs(_box(*ON_LAND["RE"]), "EPSG:4326")
    xmin, _xmax, ymin, _ymax = geometry.GetEnvelope()
    assert grid.tile_at(xmin, ymin).east > product.GRID_EAST_RANGE[1] and ymin < 0


@pytest.mark.parametrize("code", sorted(ON_LAND))
def test_an_area_in_a_department_names_it(code):
    department = product.overseas_department(code)
    with pytest.raises(grid.OverseasError) as caught:
        grid.tiles_for_geometry(_box(*ON_LAND[code]), "EPSG:4326")
    message = str(caught.value)
    assert caught.value.departments == (department,)
    assert "{} ({}, EPSG:{})".format(department.name, code, department.epsg) in message
    assert "WEkEO" in message and "land.copernicus.eu" in message and "not equal-area" in message
    assert "check its coordinate reference system" not in message
    assert isinstance(caught.value, grid.GridError)  # callers that catch GridError still do


def test_an_area_in_the_departments_own_utm_crs_is_recognised():
    from pyproj import Transformer
    x, y = Transformer.from_crs(4326, 32740, always_xy=True).transform(*ON_LAND["RE"])
    with pytest.raises(grid.OverseasError, match="Réunion"):
        grid.tiles_for_extent(x - 500, y - 500, x + 500, y + 500, "EPSG:32740")


def test_an_area_in_europe_and_a_department_keeps_its_tiles_and_names_the_department():
    both = "MULTIPOLYGON((({})),(({})))".format(_box(*COPENHAGEN)[9:-2], _box(*ON_LAND["GF"])[9:-2])
    tiles, departments = grid.tiles_and_departments(both, "EPSG:4326")
    assert [str(t) for t in tiles] == ["E44N36"] and [d.code for d in departments] == ["GF"]
    assert grid.tiles_for_geometry(_box(*COPENHAGEN), "EPSG:4326") == tiles
    assert grid.tiles_and_departments(_box(*COPENHAGEN), "EPSG:4326")[1] == []


def test_somewhere_else_is_still_outside_the_grid():
    with pytest.raises(grid.GridError, match="outside the CLCplus Backbone grid") as caught:
        grid.tiles_for_geometry(_box(-150.0, 20.0), "EPSG:4326")  # Hawaii
    assert not isinstance(caught.value, grid.OverseasError)


def test_the_tools_say_so_instead_of_failing_or_listing_nothing(run_algorithm, tmp_path):
    west, south, east, north = -61.2, 14.45, -60.85, 14.85  # Martinique
    extent = "{},{},{},{} [EPSG:4326]".format(west, east, south, north)
    for algorithm, extra in (("clcplus:gridtiles", {"OUTPUT": "memory:"}),
                             ("clcplus:fetchtiles", {"SOURCE": 4, "MIRROR": str(tmp_path), "CACHE_DIR": str(tmp_path),
                                                     "OUTPUT": str(tmp_path / "aoi.vrt")})):
        with pytest.raises(QgsProcessingException, match="Martinique \\(MQ, EPSG:32620\\)"):
            run_algorithm(algorithm, dict(extra, EXTENT=extent, YEAR=2023))
    assert not os.path.exists(tmp_path / "aoi.vrt")


def _layer(*points):
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "aoi", "memory")
    features = []
    for name, (lon, lat) in points:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromWkt(_box(lon, lat)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_a_layer_partly_overseas_warns_and_one_wholly_overseas_fails(run_algorithm):
    layer = _layer(("Copenhagen", COPENHAGEN), ("Mamoudzou", ON_LAND["YT"]))
    only = _layer(("Saint-Denis", ON_LAND["RE"]), ("Cayenne", ON_LAND["GF"]))
    try:
        feedback = _Feedback()
        result = run_algorithm("clcplus:gridtiles", {"AOI": QgsProcessingFeatureSourceDefinition(layer.id()),
                                                     "YEAR": 2023, "OUTPUT": "memory:"}, feedback)
        assert result["TILE_IDS"] == "E44N36"
        assert any("Part of the area of interest lies in Mayotte (YT" in w for w in feedback.warnings)
        with pytest.raises(QgsProcessingException, match="French Guiana \\(GF, EPSG:32622\\), Réunion \\(RE"):
            run_algorithm("clcplus:gridtiles", {"AOI": QgsProcessingFeatureSourceDefinition(only.id()),
                                                "YEAR": 2023, "OUTPUT": "memory:"})
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
        QgsProject.instance().removeMapLayer(only.id())


class _Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        self.warnings.append(warning)
        super().pushWarning(warning)


def test_class_areas_of_a_department_mosaic_come_from_its_pixels(run_algorithm, tmp_path):
    """What the message tells users to do: the Class areas tool on a UTM mosaic counts 10 m pixels
    (100 m² each) and says the CRS is not EPSG:3035."""
    from pyproj import Transformer
    x, y = Transformer.from_crs(4326, 32740, always_xy=True).transform(*ON_LAND["RE"])
    array = patchy_classes(120, 160, seed=3)
    path = write_raster(tmp_path / "CLMS_CLCPLUS_RAS_S2023_R10m_RE_32740_V01_R00.tif", array,
                        origin=(round(x, -1), round(y, -1)), epsg=32740, nodata=255)
    feedback = _Feedback()
    result = run_algorithm("clcplus:areastatistics", {"INPUT": str(path), "UNIT": 0, "OUTPUT": "memory:"},
                           feedback)
    land = sum(int(np.count_nonzero(array == c)) for c in product.LAND_COVER_CODES)
    assert result["TOTAL_LAND_COVER_AREA"] == pytest.approx(land * 100.0)
    assert any("not in EPSG:3035" in w for w in feedback.warnings)
