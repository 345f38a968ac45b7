"""clcplus:landaccounts through processing.run and qgis_process: the numbers equal the change matrix's."""

import csv
import os

import pytest
from qgis.core import QgsApplication, QgsProcessingException

from clcplus_backbone.core import accounts, change, product
from clcplus_backbone.core.change.result import LAND_CODES
from clcplus_backbone.sample.qgis_process import QgisProcess
from rasters import ORIGIN, patchy_classes, write_raster

X0, Y0 = ORIGIN
# What the fixtures sample and zones_layer (conftest.py) make: the tile, its size, zones on it in pixels.
SIZE = 200
TILE = "E44N35"
ZONES = (("north", (0, 0, SIZE, 90)), ("south", (0, 90, SIZE, SIZE)))
SEALED = LAND_CODES.index(product.SEALED)


def _read(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_the_algorithm_is_in_the_change_group(processing_registry):
    algorithm = QgsApplication.processingRegistry().algorithmById("clcplus:landaccounts")
    assert algorithm is not None and algorithm.groupId() == "change"
    changedetection = QgsApplication.processingRegistry().algorithmById("clcplus:changedetection")
    inputs = [p.name() for p in changedetection.parameterDefinitions() if not p.isDestination()]
    ours = [p.name() for p in algorithm.parameterDefinitions() if not p.isDestination()]
    assert ours == [name for name in inputs if name != "COMPRESSION"]
    for parameter in algorithm.parameterDefinitions():
        assert parameter.help(), parameter.name()
    assert "change raster" not in algorithm.parameterDefinition("ZONES").help()


def test_zones_mmu_and_confidence_equal_the_change_matrix(run_algorithm, sample, zones_layer, tmp_path):
    manifest, path = sample
    out = {k: str(tmp_path / v) for k, v in (("OUTPUT_LAND_TAKE", "take.csv"), ("OUTPUT_EXTENT", "extent.csv"),
                                             ("OUTPUT_EXTENT_WIDE", "wide.csv"), ("OUTPUT_HTML", "report.html"))}
    result = run_algorithm("clcplus:landaccounts", dict(
        EARLIER=path(2018), LATER=path(2023), LATER_CONFIDENCE=path(2023, "RASCL"), CONFIDENCE_THRESHOLD=60,
        MMU=3, ZONES=zones_layer.id(), ZONE_FIELD="name", UNIT=0, **out))
    zones = [(f.id(), f["name"], f.geometry().asWkt()) for f in zones_layer.getFeatures()]
    engine = change.change_detection([path(2018), path(2023)], zones=zones, zones_crs="EPSG:3035", mmu=3,
                                     confidence=(None, path(2023, "RASCL")), threshold=60)
    take = _read(result["OUTPUT_LAND_TAKE"])
    assert [r["zone_name"] for r in take] == ["north", "south", accounts.total_name(True)]
    for row, zone in zip(take, engine.zones + [None]):
        matrix = engine.matrix(zone)  # by hand from the change matrix
        taken = matrix[:, SEALED].sum() - matrix[SEALED, SEALED]
        returned = matrix[SEALED, :].sum() - matrix[SEALED, SEALED]
        assert (float(row["land_take_pixels"]), float(row["returned_pixels"])) == (taken, returned)
        assert float(row["net_land_take"]) == pytest.approx((taken - returned) * 100)
        assert int(row["years"]) == 5
    total = engine.matrix()
    taken = total[:, SEALED].sum() - total[SEALED, SEALED]
    assert taken > 0
    assert result["LAND_TAKE"] == pytest.approx(taken * 100)
    assert result["NET_LAND_TAKE"] == pytest.approx(result["LAND_TAKE"] - result["RETURNED"])
    extent = _read(result["OUTPUT_EXTENT"])
    for zone, zone_id in zip(engine.zones + [None], [str(z.id) for z in engine.zones] + [""]):
        matrix = engine.matrix(zone)
        rows = {(int(r["code"]), r["item"]): int(r["pixels"]) for r in extent if r["zone_id"] == zone_id}
        for i, code in enumerate(LAND_CODES):
            assert rows[(code, "opening")] == matrix[i].sum() and rows[(code, "closing")] == matrix[:, i].sum()
            assert rows[(code, "opening")] + rows[(code, "additions")] - rows[(code, "reductions")] == \
                rows[(code, "closing")]
        assert sum(rows[(c, "additions")] for c in LAND_CODES) == \
            sum(rows[(c, "reductions")] for c in LAND_CODES)
    assert os.path.exists(result["OUTPUT_EXTENT_WIDE"])
    with open(result["OUTPUT_HTML"], encoding="utf-8") as f:
        html = f.read()
    assert "<svg" in html and "north" in html and product.translate(product.CHANGE_CAVEATS[0]) in html


def test_defaults_without_zones(run_algorithm, sample, tmp_path):
    _, path = sample
    take = str(tmp_path / "take.csv")
    result = run_algorithm("clcplus:landaccounts", {"EARLIER": path(2021), "LATER": path(2023),
                                                    "OUTPUT_LAND_TAKE": take})
    engine = accounts.from_change(change.change_detection([path(2021), path(2023)]))
    assert result["LAND_TAKE"] == pytest.approx(engine.land_take_rows("ha")[-1]["land_take"])  # ha by default
    rows = _read(take)
    assert len(rows) == 1 and rows[0]["unit"] == "ha" and rows[0]["years"] == "2"
    assert "OUTPUT_EXTENT_WIDE" not in result


def test_errors_say_what_to_do(run_algorithm, tmp_path):
    a = write_raster(tmp_path / "a.tif", patchy_classes(30, 30))
    shifted = write_raster(tmp_path / "b.tif", patchy_classes(30, 30), origin=(X0 + 5, Y0))
    with pytest.raises(QgsProcessingException, match="shifted"):
        run_algorithm("clcplus:landaccounts", {"EARLIER": a, "LATER": shifted})
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run_algorithm("clcplus:landaccounts", {"EARLIER": a, "LATER": a,
                                               "OUTPUT_LAND_TAKE": str(tmp_path / "missing" / "take.csv")})
    with pytest.raises(QgsProcessingException):
        run_algorithm("clcplus:landaccounts", {"EARLIER": str(tmp_path / "nothing.tif"), "LATER": a})


def test_headless_with_qgis_process(sample, tmp_path):
    _, path = sample
    qgis = QgisProcess(tmp_path / "qgis-config")
    help_text = qgis.call("help", "clcplus:landaccounts").stdout
    for word in ("EARLIER", "LATER", "MMU", "CONFIDENCE_THRESHOLD", "OUTPUT_LAND_TAKE", "OUTPUT_EXTENT_WIDE",
                 "NET_LAND_TAKE"):
        assert word in help_text
    take = str(tmp_path / "take.csv")
    results = qgis.run("clcplus:landaccounts", EARLIER=path(2018), LATER=path(2023), MMU=3, UNIT=2,
                       OUTPUT_LAND_TAKE=take, OUTPUT_HTML=str(tmp_path / "report.html"))
    engine = accounts.from_change(change.change_detection([path(2018), path(2023)], mmu=3))
    assert results["NET_LAND_TAKE"] == pytest.approx(engine.land_take_rows("km2")[-1]["net_land_take"])
    assert os.path.exists(take) and os.path.exists(str(tmp_path / "report.html"))
