"""The tiles of the dock's area on the map: outlined and labelled on the canvas (not layers of the project),
the map brought to tiles out of view, the outlines gone with the area or the panel, a layer only when asked for,
the tile ids drawn where the panel put them, in any map CRS.
"""

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtGui import QColor

from dock_driver import _rect, wait_tiles
from qt_events import settle

pytestmark = pytest.mark.usefixtures("own_settings")  # tests/ui/conftest.py


def test_outlines_bring_the_map_to_tiles_out_of_view_but_never_move_a_map_extent_area(dock, iface):
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle
    from clcplus_backbone.ui.aoi import EXTENT, TILES
    canvas = iface.canvas
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3035"))
    canvas.setExtent(QgsRectangle(0, 0, 1000, 1000))  # a new project's map: nowhere near the tiles
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N36")
    wait_tiles(dock)
    assert canvas.extent().intersects(QgsRectangle(4_400_000, 3_600_000, 4_500_000, 3_700_000))
    inside = QgsRectangle(4_420_000, 3_620_000, 4_430_000, 3_630_000)  # part of one tile
    canvas.setExtent(inside)
    shown = canvas.extent()
    dock.aoi.set_mode(EXTENT)
    wait_tiles(dock)
    settle()
    assert dock.outlines.labels is not None and canvas.extent() == shown  # no zooming out, area after area


def test_outlines_leave_the_map_with_the_area_and_the_panel(dock, iface):
    from clcplus_backbone.ui.aoi import TILES
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N35, E45N36")
    QgsProject.instance().setDirty(False)
    wait_tiles(dock)
    assert sorted(dock.outlines.labels.texts()) == ["E44N35", "E45N36"]
    assert dock.outlines.band_cached == [False]  # drawn dashed: not in the cache yet
    dock.aoi.tile_ids.setText("E44N36")  # the area changes: the old outlines go at once
    assert dock.outlines.bands == [] and dock.outlines.labels is None
    wait_tiles(dock)
    assert dock.outlines.labels.texts() == ["E44N36"]
    assert QgsProject.instance().mapLayers() == {} and not QgsProject.instance().isDirty()
    # a layer only when the user asks for one
    dock.add_outlines.click()
    (layer,) = QgsProject.instance().mapLayers().values()
    assert [f["tile_id"] for f in layer.getFeatures()] == ["E44N36"] and layer.labelsEnabled()
    dock.close()  # the panel closes: its outlines leave the map
    settle()
    assert dock.outlines.bands == [] and dock.outlines.labels is None
    items = [item for item in iface.canvas.scene().items() if type(item).__name__ in ("TileLabels", "QgsRubberBand")]
    assert items == [] or all(item is dock.aoi._band for item in items)


def assert_tile_id_drawn(dock, iface, tmp_path, tile_id):
    """The map, drawn now, shows `tile_id` in the outline colour where the panel put its label."""
    from clcplus_backbone.ui.maptools import AOI_COLOUR
    iface.canvas.refresh()
    settle(0.3)
    image = iface.canvas.grab().toImage()
    assert image.save(str(tmp_path / "canvas.png"))
    centre = dock.outlines.label_rect(tile_id).center()
    near = [(x, y) for x in range(int(centre.x()) - 40, int(centre.x()) + 40)
            for y in range(int(centre.y()) - 10, int(centre.y()) + 10)
            if QColor(image.pixel(x, y)).name() == AOI_COLOUR.name()]
    assert len(near) > 30, "the tile id is not drawn at the tile's centre"


def test_tile_ids_are_drawn_on_the_map(dock, iface, tmp_path):
    from clcplus_backbone.ui.aoi import TILES
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N36")
    wait_tiles(dock)
    iface.canvas.setExtent(dock.tile_shapes[0][1].boundingBox().buffered(500))
    assert_tile_id_drawn(dock, iface, tmp_path, "E44N36")


def test_tile_ids_follow_a_change_of_the_map_crs(dock, iface, tmp_path):
    """As in a new project: the map in EPSG:4326 while the tiles are listed, then in EPSG:3035 once the first
    layer comes, zoomed to it."""
    from qgis.core import QgsCoordinateReferenceSystem
    from clcplus_backbone.ui.aoi import TILES
    iface.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    iface.canvas.setExtent(_rect(-10, 30, 40, 70))
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N36")
    wait_tiles(dock)
    iface.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3035"))
    iface.canvas.setExtent(dock.tile_shapes[0][1].boundingBox().buffered(500))
    assert_tile_id_drawn(dock, iface, tmp_path, "E44N36")
