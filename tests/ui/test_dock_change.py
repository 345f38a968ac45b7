"""The dock's Change page: two years fetched and compared, the change layer styled in its group, the from-to
matrix, balance, heat map and summary equal to clcplus:changedetection through processing.run and to what the
sample planted (its manifest); with the later year's confidence layer and a threshold.
"""

import os

import pytest
from qgis.core import QgsPalettedRasterRenderer
from qgis.PyQt.QtCore import QEvent, Qt
from qgis.PyQt.QtGui import QMouseEvent

from clcplus_backbone.core import product
from dock_driver import algorithm_rows, group_layers, shot, wait_idle, wait_tiles

pytestmark = pytest.mark.usefixtures("own_settings")  # tests/ui/conftest.py


def test_tile_ids_compare_years_matches_toolbox_and_manifest(dock, iface, run_algorithm, sample, tmp_path):
    from clcplus_backbone.ui.aoi import TILES
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("e44n35 E45N36, E44N36 E45N35")
    wait_tiles(dock)
    assert dock.tiles == ["E44N35", "E44N36", "E45N35", "E45N36"]
    dock.year.setCurrentIndex(dock.year.findData(2023))
    dock.compare_year.setCurrentIndex(dock.compare_year.findData(2018))
    assert dock.change.compare.text() == "Compare 2018 → 2023"
    dock.change.compare.click()
    wait_idle(dock)
    assert iface.messages() == []
    # both years fetched, each in its group; the change layer in the pair's group, styled
    (earlier,) = group_layers("CLCplus Backbone 2018")
    (later,) = group_layers("CLCplus Backbone 2023")
    (change,) = group_layers("CLCplus Backbone 2018 → 2023")
    assert isinstance(change.renderer(), QgsPalettedRasterRenderer)
    assert "→" in change.renderer().classes()[1].label

    parameters = {"EARLIER": earlier.source(), "LATER": later.source(), "EARLIER_YEAR": "2018",
                  "LATER_YEAR": "2023", "UNIT": 1, "OUTPUT_RASTER": str(tmp_path / "change.tif")}
    result, matrix = algorithm_rows(run_algorithm, "clcplus:changedetection", parameters)
    assert dock.change.matrix_rows == matrix
    _, balance = algorithm_rows(run_algorithm, "clcplus:changedetection", parameters, "OUTPUT_BALANCE")
    assert dock.change.balance_rows == balance
    # the heat map holds the matrix, which holds what the sample planted (its manifest)
    manifest = sample[1]
    planted = {}
    for rows in manifest["transitions"]["2018-2023"].values():
        for a, b, n in rows:
            if product.is_land_cover(a) and product.is_land_cover(b):
                planted[(a, b)] = planted.get((a, b), 0) + n
    assert {(r["from_code"], r["to_code"]): r["pixels"] for r in matrix} == planted
    heat = dock.change.heat_map
    assert heat.cells == {(r["from_code"], r["to_code"]): r["area"] for r in matrix}
    assert "{:,.2f}".format(result["CHANGED_AREA"]) in dock.change.summary.text()
    assert product.translate(product.CHANGE_CAVEATS[0]) in dock.change.caveats.text()
    nets = {b[0]: b[1] for b in dock.change.net.bars}
    for row in balance:
        if row["gain"] or row["loss"]:
            assert nets["{} {}".format(row["code"], product.class_label(row["code"]))] == row["net"]

    # hovering the largest change tells its area
    biggest = max((r for r in matrix if r["changed"]), key=lambda r: r["area"])
    dock.tabs.setCurrentWidget(dock.change)
    shot(dock, tmp_path, "dock_3_change", 360, keep_as="dock_change")
    row, column = heat.codes.index(biggest["from_code"]), heat.codes.index(biggest["to_code"])
    centre = heat.cell_rect(row, column).center().toPoint()
    assert heat.cell_at(centre) == (biggest["from_code"], biggest["to_code"])
    text = heat.tooltip_at(centre)
    assert biggest["from_name"] in text and biggest["to_name"] in text
    assert "{:,.2f} ha".format(biggest["area"]) in text
    info = dock.change.cell_info.text()  # said below the map without hovering too
    assert info.startswith("Largest change") and biggest["to_name"] in info
    other = next(r for r in matrix if r["changed"] and r is not biggest)
    point = heat.cell_rect(heat.codes.index(other["from_code"]), heat.codes.index(other["to_code"])).center()
    heat.mouseMoveEvent(QMouseEvent(QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton,
                                    Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    assert heat.hovered == (other["from_code"], other["to_code"])
    assert other["from_name"] in dock.change.cell_info.text() and "Largest" not in dock.change.cell_info.text()
    heat.leaveEvent(QEvent(QEvent.Type.Leave))
    assert dock.change.cell_info.text() == info
    shot(dock, tmp_path, "dock_3_change_420", 420)
    shot(dock, tmp_path, "dock_3_change_320", 320)

    # the class areas of the four tiles are what the sample wrote
    dock.stats.count.click()
    wait_idle(dock)
    counted = {r["code"]: r["pixels"] for r in dock.stats.model.rows}
    written = {}
    for counts in manifest["class_counts"]["2023"].values():
        for code, n in counts.items():
            written[int(code)] = written.get(int(code), 0) + n
    assert counted == written


def test_compare_with_the_confidence_layers_equals_the_toolbox(dock, iface, run_algorithm, tmp_path):
    """Use the confidence layers: the later year's (2018 has none) is fetched and given to the comparison with the
    threshold chosen, and the numbers are the toolbox's with the same confidence layer and threshold."""
    from clcplus_backbone.ui.aoi import TILES
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N36")
    wait_tiles(dock)
    dock.year.setCurrentIndex(dock.year.findData(2023))
    dock.compare_year.setCurrentIndex(dock.compare_year.findData(2018))
    option = dock.change.confidence
    assert option.box.isEnabled() and not option.box.isChecked()  # offered, off by default
    option.box.setChecked(True)
    option.threshold.setValue(60)
    dock.change.compare.click()
    wait_idle(dock)
    assert iface.messages() == [] and dock.status.text().startswith("✔"), dock.status.text()
    used = dock.last_parameters["clcplus:changedetection"]
    assert "EARLIER_CONFIDENCE" not in used and used["CONFIDENCE_THRESHOLD"] == 60
    assert os.path.basename(used["LATER_CONFIDENCE"]).startswith("confidence_2023_")
    (later,) = group_layers("CLCplus Backbone 2023")  # the confidence mosaic is read, not shown
    parameters = {"EARLIER": used["EARLIER"], "LATER": used["LATER"], "EARLIER_YEAR": "2018", "LATER_YEAR": "2023",
                  "UNIT": 1, "LATER_CONFIDENCE": used["LATER_CONFIDENCE"], "CONFIDENCE_THRESHOLD": 60,
                  "OUTPUT_RASTER": str(tmp_path / "change.tif")}
    result, matrix = algorithm_rows(run_algorithm, "clcplus:changedetection", parameters)
    assert dock.change.matrix_rows == matrix
    assert result["UNCERTAIN_AREA"] > 0 and "Uncertain change" in dock.change.summary.text()
