"""The desktop test's second start and its cancel, run inside QGIS by tests/desktop/smoke.py.

Second start (scenario "restart"): QGIS was quit with the panel open; started again with the same profile, the
panel is back by itself with the area of last time, QGIS asks nothing, the project holds no layer. The mirror
folder is gone (tests/test_desktop.py renamed it): every tile is in the cache, so fetching through the mirror
and through the automatic source (which would need a login to download) works from the cache, then counting
and comparing do too.

Cancel (a step of the first start): the fetch of the earlier year through a mirror whose server answers "busy,
retry in 5 s"; the panel shows the wait, the user clicks Cancel during it; the panel says
canceled, no file of the year is half-written in the cache, and the next step (Compare) works.
"""

import html
import os
import time

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QStackedWidget

from clcplus_backbone.core import grid

WAIT_S = 1.5  # the user cancels after this long, while the panel counts down the server's "retry later"
INSIDE_M = 10  # a drawn rectangle ends this far inside the tile: one tile, all of the sample's pixels


def until(what, condition, timeout=60):
    return what, condition, timeout


def draw_tile(dock, tile):
    """The area as the rectangle tool leaves it after a drag over the tile."""
    xmin, ymin, xmax, ymax = grid.parse_tile_id(tile).extent
    rectangle = QgsRectangle(xmin + INSIDE_M, ymin + INSIDE_M, xmax - INSIDE_M, ymax - INSIDE_M)
    dock.aoi.set_mode("drawn")
    dock.aoi.set_drawn(QgsGeometry.fromRect(rectangle), QgsCoordinateReferenceSystem("EPSG:3035"))


def canvas_shown(smoke):
    """Whether the map canvas (not QGIS's welcome page) is what the main window's centre shows."""
    stacks = [stack for stack in smoke.iface.mainWindow().findChildren(QStackedWidget)
              if stack.isAncestorOf(smoke.canvas)]
    return smoke.canvas.isVisible() and all(stack.currentWidget() is not None
                                            and stack.currentWidget().isAncestorOf(smoke.canvas) for stack in stacks)


def leftovers(folder, year):
    """Files under `folder` a canceled fetch of `year` may have left half-written."""
    found = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if ".partial-" in name or name.endswith((".part", ".tmp")) or (str(year) in name and root != folder
                                                                           and "dock" not in root):
                found.append(os.path.relpath(os.path.join(root, name), folder))
    return found


def step_cancel(smoke):
    dock, config = smoke.dock, smoke.config
    earlier = config["years"][0]
    cache = dock.source.cache_dir()
    before = set(os.listdir(os.path.join(cache, "dock"))) if os.path.isdir(os.path.join(cache, "dock")) else set()
    dock.source.set_source("mirror", config["slow_mirror"])
    yield until("the tiles listed for the slow mirror", lambda: not smoke.previewing(), 30)
    smoke.click_tab(dock.change)
    dock.widget().ensureWidgetVisible(dock.change.compare)
    QTest.mouseClick(dock.change.compare, Qt.MouseButton.LeftButton)
    smoke.check(dock.is_busy(), "Compare started nothing; the panel says: {}".format(dock.status.text()))
    began = time.monotonic()
    yield until("the panel to show the server's wait", lambda: time.monotonic() - began > WAIT_S
                and dock.detail.isVisible() and dock.detail.text(), 30)
    smoke.result["cancel_news"] = dock.detail.text()
    smoke.result["cancel_progress_visible"] = dock.progress.isVisible()
    yield from smoke.painted()
    smoke.shot("waiting_for_server")
    dock.widget().ensureWidgetVisible(dock.cancel_button)
    QTest.mouseClick(dock.cancel_button, Qt.MouseButton.LeftButton)
    clicked = time.monotonic()
    yield until("the canceled work to stop", smoke.idle, 30)
    smoke.result["cancel_seconds"] = {"waited": round(clicked - began, 2), "stop": round(time.monotonic() - clicked, 2)}
    smoke.result["cancel_status"] = dock.status.text()
    smoke.result["cancel_said"] = dock.status.text() == html.escape(
        dock.tr("Canceled. Tiles fetched so far stay in the cache."))
    smoke.result["cancel_leftovers"] = leftovers(cache, earlier)
    after = set(os.listdir(os.path.join(cache, "dock"))) if os.path.isdir(os.path.join(cache, "dock")) else set()
    smoke.result["cancel_new_dock_files"] = sorted(after - before)
    yield from smoke.painted()
    smoke.shot("canceled")
    dock.source.set_source("mirror", config["mirror"])  # the next step shows QGIS and the panel still work


def steps(smoke):
    return (("restart", lambda: step_restart(smoke)), ("offline_mirror", lambda: step_fetch_offline(smoke, "mirror")),
            ("offline_auto", lambda: step_fetch_offline(smoke, "auto")), ("count", smoke.step_count),
            ("compare", smoke.step_compare))


def step_restart(smoke):
    window = smoke.iface.mainWindow()
    window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())  # as if maximised
    yield until("the main window", window.isVisible, 30)
    smoke.record_plugin()
    yield until("the panel left open to be back", lambda: smoke.find_dock() is not None
                and smoke.find_dock().isVisible(), 30)
    dock = smoke.dock = smoke.find_dock()
    smoke.result["project_layers_at_restart"] = [layer.name() for layer in QgsProject.instance().mapLayers().values()]
    smoke.result["project_dirty_at_restart"] = QgsProject.instance().isDirty()
    yield from smoke.set_width()
    tile = smoke.config["tile"]
    yield until("the tiles of the area to be listed", lambda: dock.tiles == [tile] and not smoke.previewing(), 60)
    smoke.result["restart_area"] = dock.aoi.current_mode()
    smoke.result["tiles"] = list(dock.tiles)
    smoke.result["tiles_text"] = dock.tiles_label.text()
    smoke.result["source_at_restart"] = [dock.source.key(), dock.source.parameters()["MIRROR"]]
    smoke.result["canvas_shown"] = canvas_shown(smoke)
    yield from smoke.painted()
    smoke.shot("restarted")


def step_fetch_offline(smoke, source):
    dock = smoke.dock
    if source != dock.source.key():
        dock.source.set_source(source, dock.source.parameters()["MIRROR"] if source == "mirror" else "")
    yield until("the tiles of the area to be listed", lambda: not smoke.previewing() and dock.tiles, 30)
    smoke.result["tiles_text_" + source] = dock.tiles_label.text()
    if source == "auto":  # the user looks at the source's rows: account, licence, cache
        dock.source.setCollapsed(False)
    yield from smoke.click_and_wait(dock.fetch, "Fetch & show ({})".format(source))
    smoke.result["fetch_status_" + source] = dock.status.text()
    smoke.result["layers_after_fetch"] = smoke.layer_tree()
    yield from smoke.map_drawn()
    smoke.shot("offline_" + source)
