"""The desktop smoke test's user, run inside the real QGIS by tests/test_desktop.py (`qgis --code smoke.py`).

A user opens the CLCplus Backbone panel with its toolbar button, takes the sample folder as a mirror, types a
tile id, fetches and shows the map, counts the classes and compares two years. After each action the event
loop runs (QTimer polling) until the panel and QGIS's task manager are idle and the map is drawn, then the
screen is photographed. What the panel shows goes into a JSON result for the test to judge; then QGIS is quit
as a user quits it (Project > Exit QGIS). A question QGIS asks at quitting is recorded and answered, so QGIS
still ends; a failure or a time-out in a step is recorded and QGIS is quit too.

CLCPLUS_SMOKE_CONFIG names a JSON file: mirror, tile, years [earlier, later], tile_size, shots (folder),
result (file), deadline_s; scenario ("first": the steps above and a cancel; "restart": tests/desktop/restart.py),
area ("tiles" or "drawn"), width (the panel's width in pixels, or null for QGIS's default), slow_mirror (a URL
whose server keeps the fetch waiting, for the cancel). At each photographed step the panel is checked for
clipped text (tests/desktop/clipping.py) at its width and at the other one; a modal dialog seen at any time is
recorded and closed. Qt only through qgis.PyQt, fully scoped enums: QGIS 3.22 to 3.44.
"""

import json
import os
import sys
import time
import traceback

import qgis.utils
from qgis.core import Qgis, QgsApplication, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QColor, QGuiApplication
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDialog, QDockWidget, QMessageBox

sys.path.insert(0, os.environ["CLCPLUS_SMOKE_DIR"])  # this folder: the modules below
import clipping  # noqa: E402
import looks  # noqa: E402
from looks import font_installed, qgis_own_font_warnings  # noqa: E402
import restart  # noqa: E402

PLUGIN = "clcplus_backbone"
DOCK_NAME = "CLCplusBackboneDock"
POLL_MS = 100
EXIT_GRACE_S = 60  # after Exit QGIS, this long for QGIS to end before it is made to
NARROW = 280  # pixels: the narrowest panel the layout must serve


class SmokeError(Exception):
    """A check in QGIS failed; the message says what the user would have seen."""


def check(condition, message):
    if not condition:
        raise SmokeError(message)


def until(what, condition, timeout=60):
    """What a step yields: wait (the event loop running) until `condition()` is true."""
    return what, condition, timeout


def settle(rounds=20):
    """Let a resize run its course: the layouts, the table fitting its rows and the charts their height (timers of
    0 ms, each asking the layouts again), as the event loop does for a user in the next milliseconds."""
    for _ in range(rounds):
        QApplication.processEvents()
        time.sleep(0.005)


def enum_value(value):
    return int(getattr(value, "value", value))


def describe(widget):
    return {"class": widget.metaObject().className(), "title": widget.windowTitle(), "modal": widget.isModal(),
            "text": widget.text() if isinstance(widget, QMessageBox) else ""}


class Smoke:
    def __init__(self, config):
        self.config = config
        self.iface = qgis.utils.iface
        self.canvas = self.iface.mapCanvas()
        self.dock = None
        self.default_width = None
        self.check = check
        self.started = time.monotonic()
        self.result = {"qgis_version": Qgis.QGIS_VERSION, "steps": [], "durations": {}, "screenshots": [],
                       "error": None, "exit_prompts": [], "modals": [], "clipped": {}, "dock_widths": {},
                       # QGIS's own Python: its bindings' package and the folder of its core plugins
                       "qgis_python_dirs": [os.path.dirname(qgis.__file__),
                                            os.path.join(QgsApplication.pkgDataPath(), "python")]}
        self.renders = 0  # renders of the map canvas started
        self.last_render_done = True  # the last one started has finished
        self.canvas.renderStarting.connect(self._render_starting)
        self.canvas.mapCanvasRefreshed.connect(self._refreshed)
        self.flow = self.scenario()
        self.waiting = None  # (what, condition, deadline, timeout)
        self.step = "start"
        self.advancing = False
        self.finished = False
        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.exit_timer = QTimer()
        self.exit_timer.setInterval(200)
        self.exit_timer.timeout.connect(self._watch_exit)
        self.exit_started = None
        self.painted_now = False

    # --- the runner: a generator of waits, advanced by a polling timer ------------------------------

    def start(self):
        self.timer.start()
        QTimer.singleShot(0, self._advance)

    def _render_starting(self):
        self.renders += 1
        self.last_render_done = False

    def _refreshed(self):
        self.last_render_done = True

    def _advance(self):
        self.advancing = True
        try:
            what, condition, timeout = next(self.flow)
            self.waiting = (what, condition, time.monotonic() + timeout, timeout)
        except StopIteration:
            self.waiting = None
            self._finish()
        except Exception as e:  # anything a step raises ends the run, recorded
            self._fail(e)
        finally:
            self.advancing = False

    def _poll(self):
        if self.advancing or self.waiting is None or self.finished:
            return
        modal = QApplication.activeModalWidget()
        if modal is not None:  # nothing of this scenario asks the user anything: recorded, then closed
            self.result["modals"].append(dict(describe(modal), step=self.step))
            self.shot("modal_" + self.step)
            modal.reject() if isinstance(modal, QDialog) else modal.close()
            return
        what, condition, deadline, timeout = self.waiting
        try:
            done = condition()
        except Exception as e:
            self._fail(e)
            return
        if done:
            self.waiting = None
            self._advance()
        elif time.monotonic() > deadline:
            self._fail(SmokeError("waited {} s for {}".format(timeout, what)))
        elif time.monotonic() - self.started > self.config["deadline_s"]:
            self._fail(SmokeError("the whole run took longer than {} s (waiting for {})".format(
                self.config["deadline_s"], what)))

    def _fail(self, error):
        self.waiting = None
        self.result["error"] = {"step": self.step, "message": str(error),
                                "traceback": "" if isinstance(error, SmokeError) else traceback.format_exc()}
        try:
            self.shot("failed_" + self.step)
        except Exception:  # the error above is the one to report
            pass
        self._finish()

    # --- the user ----------------------------------------------------------------------------------

    def scenario(self):
        if self.config["scenario"] == "restart":
            steps = restart.steps(self)
        else:
            steps = (("start", self.step_start), ("open_dock", self.step_open_dock), ("area", self.step_area),
                     ("fetch", self.step_fetch), ("count", self.step_count),
                     ("cancel", lambda: restart.step_cancel(self)), ("compare", self.step_compare))
        for name, step in steps:
            self.step = name
            began = time.monotonic()
            yield from step()
            self.result["steps"].append(name)
            self.result["durations"][name] = round(time.monotonic() - began, 2)

    def step_start(self):
        window = self.iface.mainWindow()
        window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())  # as if maximised
        yield until("the main window", window.isVisible, 30)
        self.record_plugin()
        check(self.find_dock() is None, "the panel exists before its button was clicked")
        yield from self.painted()
        self.shot("qgis_started")

    def record_plugin(self):
        plugin = qgis.utils.plugins.get(PLUGIN)
        check(plugin is not None, "QGIS did not load the plugin; loaded: {}".format(sorted(qgis.utils.plugins)))
        self.result["plugin_file"] = sys.modules[PLUGIN].__file__
        self.result["active_plugins"] = sorted(qgis.utils.active_plugins)
        self.result["provider"] = QgsApplication.processingRegistry().providerById("clcplus") is not None
        self.result["locale"] = QgsApplication.locale()
        self.result["qgis_font_warnings"] = qgis_own_font_warnings()

    def set_width(self):
        """The panel at the width the scenario asks for (QGIS's own when none)."""
        yield from self.painted()
        self.default_width = self.dock.width()
        if self.config["width"]:
            self.iface.mainWindow().resizeDocks([self.dock], [self.config["width"]], Qt.Orientation.Horizontal)
            yield from self.painted()
        self.result["dock_widths"] = {"default": self.default_width, "now": self.dock.width()}

    def clipped_at(self, width):
        """What the clipping check finds with the panel `width` pixels wide."""
        if width != self.dock.width():
            self.iface.mainWindow().resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
            settle()
        return {"width": self.dock.width(), "problems": clipping.problems(self.dock)}

    def step_open_dock(self):
        action = qgis.utils.plugins[PLUGIN].action
        self.result["menu_entry"] = [menu.title() for menu in self.menus_holding(action, self.iface.rasterMenu())]
        toolbar = self.iface.pluginToolBar()  # shown in a fresh profile, as it is
        button = toolbar.widgetForAction(action)
        self.result["toolbar_button_visible"] = bool(button is not None and button.isVisible()
                                                     and toolbar.isVisible())
        check(self.result["toolbar_button_visible"], "the plugin's button is not on a visible toolbar")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        yield until("the panel to open", lambda: self.find_dock() is not None and self.find_dock().isVisible(), 30)
        self.dock = self.find_dock()
        self.result["action_checked"] = action.isChecked()
        self.result["dock_area"] = enum_value(self.iface.mainWindow().dockWidgetArea(self.dock))
        yield from self.set_width()
        self.shot("panel_open")

    def step_area(self):
        dock, config = self.dock, self.config
        earlier, later = config["years"]
        check(dock.tile_size == config["tile_size"], "the panel fetches tiles of {} pixels, the sample has {}".format(
            dock.tile_size, config["tile_size"]))
        dock.source.set_source("mirror", config["mirror"])
        dock.year.setCurrentIndex(dock.year.findData(later))
        dock.compare_year.setCurrentIndex(dock.compare_year.findData(earlier))
        if config["area"] == "drawn":  # as the rectangle tool leaves it: the tile, 10 m inside its edges
            restart.draw_tile(dock, config["tile"])
        else:
            dock.aoi.mode.setCurrentIndex(dock.aoi.mode.findData("tiles"))
            dock.aoi.tile_ids.clear()
            QTest.keyClicks(dock.aoi.tile_ids, config["tile"])
        yield until("the tiles of the area to be listed", lambda: dock.tiles == [config["tile"]]
                    and not self.previewing(), 60)
        self.result["tiles"] = list(dock.tiles)
        self.result["tiles_text"] = dock.tiles_label.text()
        # the outlines are drawn on the map, not added to the project: nothing to save
        self.result["project_layers_after_preview"] = [layer.name() for layer in
                                                       QgsProject.instance().mapLayers().values()]
        self.result["project_dirty_after_preview"] = QgsProject.instance().isDirty()
        self.result["canvas_shown"] = restart.canvas_shown(self)
        labels = dock.outlines.labels
        check(labels is not None and labels.texts() == [config["tile"]], "the panel did not label the tile on the map")
        self.result["outline_label_font"] = {"family": labels.font.family(), "bold": labels.font.bold(),
                                             "size": labels.font.pointSizeF(),
                                             "installed": font_installed(labels.font.family())}
        yield from self.painted()  # no layer yet: the outlines are canvas items, drawn without a render
        self.shot("area_and_tiles")

    def step_fetch(self):
        yield from self.click_and_wait(self.dock.fetch, "Fetch & show")
        self.result["fetch_status"] = self.dock.status.text()
        self.result["tiles_text_after_fetch"] = self.dock.tiles_label.text()
        self.result["layers_after_fetch"] = self.layer_tree()
        rasters = [layer for layer in QgsProject.instance().mapLayers().values() if isinstance(layer, QgsRasterLayer)]
        check(len(rasters) == 1, "Fetch & show added {} raster layers".format(len(rasters)))
        self.iface.setActiveLayer(rasters[0])  # the layer's context menu: Zoom to Layer
        self.iface.zoomToActiveLayer()
        yield from self.map_drawn()
        self.result["map_colours"] = self.canvas_colours()
        self.result["map_extent"] = self.canvas.extent().toString(0)
        self.shot("map_fetched")
        # the whole 100 km tile (the sample fills a corner of it): its outline and its id in the middle
        self.canvas.setExtent(self.dock.tile_shapes[0][1].boundingBox().buffered(5000))
        yield from self.map_drawn()
        self.result["tile_label_drawn"] = self.label_drawn(self.config["tile"])
        self.shot("tile_outline")

    def step_count(self):
        dock = self.dock
        self.click_tab(dock.stats)
        yield from self.click_and_wait(dock.stats.count, "Count classes")
        rows = dock.stats.model.rows
        self.result["count_status"] = dock.status.text()
        self.result["class_counts"] = {str(r["code"]): r["pixels"] for r in rows}
        self.result["class_table"] = {"rows": dock.stats.table.model().rowCount(),
                                      "visible": dock.stats.table.isVisible(),
                                      "summary": dock.stats.summary.text(), "bars": len(dock.stats.chart.bars),
                                      "first_row": [dock.stats.table.model().index(0, column).data()
                                                    for column in range(dock.stats.table.model().columnCount())]}
        rasters = [layer for layer in QgsProject.instance().mapLayers().values() if isinstance(layer, QgsRasterLayer)]
        if rasters:  # the map of the area beside its numbers (the README's picture)
            self.canvas.setExtent(self.canvas.mapSettings().layerExtentToOutputExtent(rasters[0], rasters[0].extent()))
            yield from self.map_drawn()
        dock.widget().ensureWidgetVisible(dock.stats.table)
        yield from self.painted()
        self.shot("class_areas")

    def step_compare(self):
        dock = self.dock
        self.click_tab(dock.change)
        self.result["compare_button"] = dock.change.compare.text()
        yield from self.click_and_wait(dock.change.compare, "Compare")
        self.result["compare_status"] = dock.status.text()
        self.result["matrix"] = [[r["from_code"], r["to_code"], r["pixels"]] for r in dock.change.matrix_rows]
        self.result["change"] = {"visible": dock.change.results.isVisible(), "summary": dock.change.summary.text(),
                                 "cells": len(dock.change.heat_map.cells), "net_bars": len(dock.change.net.bars),
                                 "current_tab": dock.tabs.currentIndex() == dock.tabs.indexOf(dock.change)}
        self.result["layers_after_compare"] = self.layer_tree()
        yield from self.map_drawn()
        dock.widget().ensureWidgetVisible(dock.change.heat_map)
        yield from self.painted()
        self.shot("change")

    # --- helpers -----------------------------------------------------------------------------------

    def find_dock(self):
        return self.iface.mainWindow().findChild(QDockWidget, DOCK_NAME)

    def previewing(self):
        chain = self.dock.preview_chain
        return self.dock.preview_timer.isActive() or (chain is not None and chain.running)

    def idle(self):
        """No work running, and the list of the area's tiles (redone after each run) up to date."""
        return not self.dock.is_busy() and not self.previewing() \
            and QgsApplication.taskManager().countActiveTasks() == 0

    def menus_holding(self, action, menu):
        """The menus from `menu` down to the one holding `action`; [] when it is in none."""
        for entry in menu.actions():
            if entry is action:
                return [menu]
            if entry.menu() is not None:
                below = self.menus_holding(action, entry.menu())
                if below:
                    return [menu] + below
        return []

    def click_tab(self, page):
        bar = self.dock.tabs.tabBar()
        self.dock.widget().ensureWidgetVisible(bar)
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         bar.tabRect(self.dock.tabs.indexOf(page)).center())
        check(self.dock.tabs.currentWidget() is page, "clicking the tab did not show its page")

    def click_and_wait(self, button, label, timeout=240):
        """Click `button` as the user does and wait until the panel and the task manager are idle."""
        self.dock.widget().ensureWidgetVisible(button)
        check(button.isEnabled(), "{} is disabled; the panel says: {}".format(label, self.dock.tiles_label.text()))
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        check(self.dock.is_busy(), "{} started nothing; the panel says: {}".format(label, self.dock.status.text()))
        yield until("{} to finish (panel: {!r})".format(label, self.dock.status.text()), self.idle, timeout)
        bad = (enum_value(Qgis.MessageLevel.Warning), enum_value(Qgis.MessageLevel.Critical))
        bar = self.message_bar()
        check(not [m for m in bar if m["level"] in bad and not self.qgis_own(m)],
              "{}: the message bar says {}".format(label, bar))

    def map_drawn(self, timeout=60):
        """Redraw the map and wait until a render started after this call has finished."""
        before = self.renders
        self.canvas.refresh()
        yield until("the map to be drawn", lambda: self.renders > before and self.last_render_done
                    and not self.canvas.isDrawing(), timeout)
        yield from self.painted()

    def painted(self):
        """One pass of the event loop after pending paints and layouts, then the window painted now."""
        self.painted_now = False
        QTimer.singleShot(0, lambda: setattr(self, "painted_now", True))
        yield until("the event loop to run", lambda: self.painted_now, 10)
        self.iface.mainWindow().repaint()
        QApplication.processEvents()

    def shot(self, name):
        """The whole screen (the main window and any dialog over it) as PNG, and the panel alone; the panel is
        checked for clipped text at its width and at the other one (default, narrow) first."""
        path = os.path.join(self.config["shots"], "{:02d}_{}.png".format(len(self.result["screenshots"]), name))
        if self.dock is not None and self.dock.isVisible() and self.default_width and not name.startswith("modal"):
            own = self.config["width"] or self.default_width
            other = self.default_width if self.config["width"] else NARROW
            self.result["clipped"][name] = [self.clipped_at(other), self.clipped_at(own)]
            settle()
            self.iface.mainWindow().repaint()
            QApplication.processEvents()
            self.dock.grab().save(path[:-4] + "_panel.png")
        pixmap = QGuiApplication.primaryScreen().grabWindow(0)
        if pixmap.isNull():
            pixmap = self.iface.mainWindow().grab()
        check(pixmap.save(path), "could not save the screenshot " + path)
        self.result["screenshots"].append(path)

    def label_drawn(self, tile):
        """Whether the tile's id is drawn on the map: pixels of the outline colour around the tile's centre."""
        labels = self.dock.outlines.labels
        if labels is None:
            return {"drawn": False, "why": "no label item"}
        rect = self.dock.outlines.label_rect(tile)
        if rect is None:
            return {"drawn": False, "why": "no label for " + tile}
        image = self.canvas.grab().toImage()
        colour = self.dock.outlines.colour.name()
        centre = rect.center()
        near = sum(1 for x in range(int(centre.x()) - 40, int(centre.x()) + 40)
                   for y in range(int(centre.y()) - 10, int(centre.y()) + 10)
                   if 0 <= x < image.width() and 0 <= y < image.height() and QColor(image.pixel(x, y)).name() == colour)
        return {"drawn": near > 30, "pixels": near, "centre": [centre.x(), centre.y()],
                "visible": labels.isVisible(), "in_scene": labels.scene() is self.canvas.scene(),
                "pos": [labels.pos().x(), labels.pos().y()], "size": [labels.boundingRect().width(),
                                                                     labels.boundingRect().height()]}

    def canvas_colours(self):
        return looks.canvas_colours(self.canvas)

    def layer_tree(self):
        return looks.layer_tree()

    def qgis_own(self, message):
        """Whether a message bar item is one of QGIS's own font warnings (qgis_own_font_warnings), exactly."""
        return message["title"] == "" and message["level"] == enum_value(Qgis.MessageLevel.Warning) \
            and message["text"] in self.result.get("qgis_font_warnings", [])

    def message_bar(self):
        return [{"title": item.title(), "text": item.text(), "level": enum_value(item.level())}
                for item in self.iface.messageBar().items()]

    # --- the end ------------------------------------------------------------------------------------

    def _finish(self):
        if self.finished:
            return
        self.finished = True
        self.timer.stop()
        modal = QApplication.activeModalWidget()
        self.result["modal"] = describe(modal) if modal is not None else None
        self.result["dialogs"] = [describe(w) for w in QApplication.topLevelWidgets()  # dialogs on screen
                                  if w.isVisible() and (isinstance(w, QDialog) or w.isModal())]
        self.result["message_bar"] = self.message_bar()
        self.result["active_tasks"] = QgsApplication.taskManager().countActiveTasks()
        self.result["seconds"] = round(time.monotonic() - self.started, 2)
        self.write()
        for dialog in QApplication.topLevelWidgets():  # recorded above; they must not stop QGIS quitting
            if dialog.isVisible() and isinstance(dialog, QDialog):
                dialog.reject()
        QgsProject.instance().setDirty(False)  # nothing to save: the project is made of the run
        self.exit_started = time.monotonic()
        self.exit_timer.start()
        QTimer.singleShot(0, self.iface.actionExit().trigger)

    def _watch_exit(self):
        """Answer a question QGIS asks while quitting (recorded for the test); end QGIS if it hangs."""
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            self.result["exit_prompts"].append(describe(modal))
            self.write()
            button = modal.button(QMessageBox.StandardButton.Yes) or modal.button(QMessageBox.StandardButton.Ok) \
                or modal.button(QMessageBox.StandardButton.Discard)
            if button is not None:
                button.click()
            else:
                modal.accept()
        elif time.monotonic() - self.exit_started > EXIT_GRACE_S:
            self.result["exit_forced"] = describe(modal) if modal is not None else "QGIS did not quit"
            self.write()
            QgsApplication.exit(3)

    def write(self):
        path = self.config["result"]
        with open(path + ".part", "w", encoding="utf-8") as f:
            json.dump(self.result, f, indent=1, ensure_ascii=False)
        os.replace(path + ".part", path)


def main():
    if getattr(sys, "_clcplus_smoke", None) is not None:
        return
    with open(os.environ["CLCPLUS_SMOKE_CONFIG"], encoding="utf-8") as f:
        config = json.load(f)
    sys._clcplus_smoke = Smoke(config)  # kept alive for the rest of the session
    sys._clcplus_smoke.start()


main()
