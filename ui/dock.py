"""The CLCplus Backbone dock: choose an area and the years, then fetch and show the map, count the class
areas, or compare two years, with a click.

Every piece of work is one of the plugin's Processing algorithms run as a background task
(ui/tasks.py), so the numbers are the toolbox's, the task manager shows the work and the GUI stays
responsive. Results go into the project in groups named for the years (ui/layers.py), and into the
dock's two result pages (ui/results.py). This module lays the panel out and wires it; the steps of its
actions are built in ui/steps.py, the files it writes are kept in ui/dockfiles.py, and what it says of
the running work is shown by ui/runstatus.py.
"""

import html
import os

from qgis.core import Qgis, QgsGeometry, QgsProcessingUtils, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import (QComboBox, QFormLayout, QFrame, QGroupBox, QLabel, QPushButton, QScrollArea,
                                 QTabWidget, QToolButton, QVBoxLayout, QWidget)

from ..core import grid, product, stats
from ..core.cache import TileCache, TileLayout
from ..core.sources import default_source
from ..core.sources.years import available_years
from ..processing.areastatistics import UNIT_KEYS
from . import layers, settings
from .aoi import AoiError, AoiWidget
from .check import ConnectionCheck
from .dockfiles import DockFiles
from .outlines import TileOutlines
from .widgets import narrow, wrap
from .results import ChangePanel, StatsPanel
from .runstatus import RunStatus, plain_error
from .source import SourceWidget
from .steps import DockSteps
from .tables import number_text
from .tasks import Step, TaskChain

PREVIEW_DELAY_MS = 400  # wait this long after the last change of the area before listing its tiles
LISTED_TILES = 6  # tile ids named in the panel; more are counted


class CLCplusDock(QgsDockWidget):
    """The dock panel. `iface` needs mapCanvas() and messageBar()."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("CLCplus Backbone"))
        self.setObjectName("CLCplusBackboneDock")
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.chain = None
        self.preview_chain = None
        self.preview_generation = 0
        self.current_aoi = None
        self.tiles = []  # ids the area needs (last preview)
        self.tile_shapes = []  # [(id, QgsGeometry in EPSG:3035, cached)] of the last preview
        self.outlines = TileOutlines(self.canvas)  # on the map, not in the project
        self.last_parameters = {}  # algorithm id -> parameters of its last run (for tests and support)
        self.tile_size = settings.sample_tile_size()  # the product's tiles, or the sample's
        self._build()
        self.files = DockFiles(self.source, self.tile_size)  # the mosaics and change rasters it wrote
        self.steps = DockSteps(self.files, self.source, self.last_parameters)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.preview_tiles)
        self.aoi.changed.connect(self._area_changed)
        self.source.changed.connect(self._area_changed)
        self.year.currentIndexChanged.connect(self._year_changed)
        self.compare_year.currentIndexChanged.connect(self._compare_changed)
        self.unit.currentIndexChanged.connect(lambda i: settings.set_value("unit", i))
        self.tabs.currentChanged.connect(lambda i: settings.set_value("tab", i))
        self.fetch.clicked.connect(self.fetch_and_show)
        self.stats.countRequested.connect(self.count_classes)
        self.change.compareRequested.connect(self.compare_years)
        self.cancel_button.clicked.connect(self.cancel)
        self.add_outlines.clicked.connect(self.add_outline_layer)
        self.closed.connect(self.outlines.clear)  # the panel closed: its outlines leave the map
        self.opened.connect(self.preview_timer.start)
        self._year_changed()
        self._area_changed()

    # --- building ---------------------------------------------------------------------------------

    def _build(self):
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 4, 4)  # a dock is narrow: the room goes to the texts
        intro = QLabel(self.tr("Copernicus land cover at 10 m. Choose an area and a year, then fetch the map, "
                               "count the classes or compare two years."))
        wrap(intro)
        layout.addWidget(intro)

        area_box = QGroupBox(self.tr("1. Area of interest"))
        area_layout = QVBoxLayout(area_box)
        self.aoi = AoiWidget(self.canvas)
        self.tiles_label = QLabel()
        wrap(self.tiles_label)
        self.tiles_label.setTextFormat(Qt.TextFormat.RichText)
        self.tiles_label.setVisible(False)
        self.add_outlines = QToolButton()
        self.add_outlines.setText(self.tr("Add outlines as a layer"))
        self.add_outlines.setToolTip(self.tr("The panel draws the tiles on the map without adding anything to the "
                                             "project; this adds them as a layer (tile ids as labels) to keep, "
                                             "style or export."))
        self.add_outlines.setVisible(False)
        area_layout.addWidget(self.aoi)
        area_layout.addWidget(self.tiles_label)
        area_layout.addWidget(self.add_outlines, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(area_box)

        years_box = QGroupBox(self.tr("2. Years"))
        form = QFormLayout(years_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.year = QComboBox()
        for year in available_years():  # the model's years and the newer ones a source named this session
            self.year.addItem(str(year), year)
        self.year.setToolTip(self.tr("The year whose map is fetched and counted."))
        self.compare_year = QComboBox()
        self.compare_year.setToolTip(self.tr("The year to compare the reference year with (Change page)."))
        self.unit = QComboBox()
        for key in UNIT_KEYS:
            self.unit.addItem(stats.UNIT_LABELS[key], key)
        self.unit.setToolTip(self.tr("Unit of the areas in the tables and charts."))
        for combo in (self.year, self.compare_year, self.unit):
            narrow(combo)
        form.addRow(self.tr("Reference year"), self.year)
        form.addRow(self.tr("Compare with"), self.compare_year)
        form.addRow(self.tr("Area unit"), self.unit)
        self.year_notes = QLabel()
        wrap(self.year_notes)
        form.addRow(self.year_notes)
        layout.addWidget(years_box)

        self.source = SourceWidget()
        layout.addWidget(self.source)
        self.connection = ConnectionCheck(self.source)
        self.connection.yearsChanged.connect(self._years_offered)
        layout.addWidget(self.connection)

        self.fetch = QPushButton()
        self.fetch.setToolTip(self.tr("Fetches the tiles the area needs into the cache (tiles already there are "
                                      "reused) and adds the map of the area, styled, in a group named for the year."))
        layout.addWidget(self.fetch)

        self.status_frame = RunStatus()
        frame = self.status_frame
        self.progress, self.cancel_button, self.status, self.detail = (frame.progress, frame.cancel_button,
                                                                       frame.status, frame.detail)
        layout.addWidget(self.status_frame)

        self.tabs = QTabWidget()
        self.stats = StatsPanel()
        self.change = ChangePanel()
        self.tabs.addTab(self.stats, self.tr("Class areas"))
        self.tabs.addTab(self.change, self.tr("Change"))
        layout.addWidget(self.tabs)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the content fits >= 280 px
        scroll.setWidget(content)
        self.setWidget(scroll)

        self.year.setCurrentIndex(max(0, self.year.findData(settings.value("year"))))
        unit = settings.value("unit")
        self.unit.setCurrentIndex(unit if 0 <= unit < self.unit.count() else 1)
        tab = settings.value("tab")
        self.tabs.setCurrentIndex(tab if 0 <= tab < self.tabs.count() else 0)

    # --- choices ----------------------------------------------------------------------------------

    def reference_year(self):
        return self.year.currentData()

    def other_year(self):
        return self.compare_year.currentData()

    def unit_key(self):
        return self.unit.currentData()

    def _year_changed(self, *args):
        year = self.reference_year()
        settings.set_value("year", year)
        wanted = self.compare_year.currentData() or settings.value("compare_year")
        self.compare_year.blockSignals(True)
        self.compare_year.clear()
        for other in available_years():
            if other != year:
                self.compare_year.addItem(str(other), other)
        index = self.compare_year.findData(wanted)
        self.compare_year.setCurrentIndex(index if index >= 0 else 0)
        self.compare_year.blockSignals(False)
        self.fetch.setText(self.tr("Fetch && show {}").format(year))
        facts = product.reference_year(year)
        notes = [product.translate(n) for n in facts.notes]  # what changes the numbers; how it is delivered: tooltip
        self.year_notes.setText("<small>{}</small>".format("<br>".join(notes)))
        self.year_notes.setVisible(bool(notes))
        delivery = [product.translate(n) for n in facts.delivery_notes]
        self.year.setToolTip("\n".join([self.tr("The year whose map is fetched and counted.")] + delivery))
        self._compare_changed()
        self._area_changed()

    def _years_offered(self):
        """Add the reference years a source named (a connection check) to the year lists."""
        have = [self.year.itemData(i) for i in range(self.year.count())]
        for year in available_years():
            if year not in have:
                self.year.addItem(str(year), year)
        self._year_changed()

    def _compare_changed(self, *args):
        if self.other_year() is not None:
            settings.set_value("compare_year", self.other_year())
        earlier, later = sorted((self.reference_year(), self.other_year()))
        self.change.compare.setText(self.tr("Compare {} → {}").format(earlier, later))
        self.change.confidence.set_years(earlier, later)

    # --- the tiles an area needs --------------------------------------------------------------------

    def _area_changed(self):
        try:
            self.current_aoi = self.aoi.current()
        except AoiError as e:
            self.current_aoi = None
            self._say_tiles(html.escape(str(e)))
        self._forget_tiles()
        if not self.is_busy():  # what the panel said of the last run was about the area before
            self.status_frame.clear()
        self.preview_timer.start()
        self._update_buttons()

    def _forget_tiles(self):
        self.tile_shapes = []
        self.outlines.clear()
        self.add_outlines.setVisible(False)

    def preview_tiles(self):
        """List the tiles of the area (clcplus:gridtiles, in the background) and outline them on the map."""
        self.preview_timer.stop()
        self.preview_generation += 1
        generation = self.preview_generation
        try:
            aoi = self.aoi.current()
        except AoiError as e:
            self.current_aoi, self.tiles = None, []
            self._say_tiles(html.escape(str(e)))
            self._forget_tiles()
            self._update_buttons()
            return
        self.current_aoi = aoi
        self._update_buttons()
        self._say_tiles(self.tr("Finding the tiles of the area…"))
        parameters = dict(aoi.grid_parameters(), YEAR=str(self.reference_year()), OUTPUT="TEMPORARY_OUTPUT")
        step = Step("grid", "clcplus:gridtiles", self.tr("Tiles of the area"), parameters,
                    lambda results, context, _f: self._preview_done(generation, results, context))
        if self.preview_chain is not None:  # an older list is not wanted any more
            self.preview_chain.detach()
            self.preview_chain.deleteLater()
        chain = TaskChain([step], parent=self)
        chain.finished.connect(lambda ok, message: self._preview_finished(generation, ok, message))
        self.preview_chain = chain
        chain.start()

    def _preview_finished(self, generation, ok, message):
        if generation != self.preview_generation or ok:
            return
        self.tiles, self.current_aoi = [], None  # nothing to fetch there
        self._say_tiles("⚠ " + html.escape(message or self.tr("Canceled")))
        self._forget_tiles()
        self._update_buttons()

    def _preview_done(self, generation, results, context):
        if generation != self.preview_generation:
            return
        outlines = QgsProcessingUtils.mapLayerFromString(results["OUTPUT"], context)
        shapes = [(f["tile_id"], QgsGeometry(f.geometry())) for f in outlines.getFeatures()]
        self.tiles = [tile for tile, _ in shapes]
        year = self.reference_year()
        cached = self.cached_tiles(year, self.tiles)
        self.tile_shapes = [(tile, geometry, tile in cached) for tile, geometry in shapes]
        if self.isVisible():
            self.outlines.show(self.tile_shapes)
        self.add_outlines.setVisible(bool(self.tile_shapes))
        self._say_tiles(self.describe_tiles(year, self.tiles, cached))
        self._update_buttons()

    def add_outline_layer(self):
        """The tiles of the area as a layer of the project, on the user's request."""
        if self.tile_shapes:
            return layers.outline_layer(self.tile_shapes)
        return None

    def _say_tiles(self, text):
        self.tiles_label.setText(text)
        self.tiles_label.setVisible(bool(text))

    def cached_tiles(self, year, ids):
        """The ids of `ids` whose land-cover tile of `year` is in the cache (by its file: a quick estimate
        for the panel, even for hundreds of tiles; fetching checks each tile)."""
        cache = TileCache(self.source.cache_dir(), TileLayout(self.tile_size))
        return {tile for tile in ids
                if os.path.isfile(cache.tile_path(year, product.LAND_COVER, grid.parse_tile_id(tile)))}

    def describe_tiles(self, year, ids, cached):
        listed = ", ".join(ids[:LISTED_TILES]) + (", …" if len(ids) > LISTED_TILES else "")
        text = self.tr("<b>{n} tile(s)</b> of 100 km for {year}: {ids}").format(n=len(ids), year=year, ids=listed)
        missing = len(ids) - len(cached)
        mirror = self.source.parameters()["MIRROR"]
        if self.source.key() == "mirror" and os.path.isfile(mirror):
            return text + "<br>" + self.tr("Read in place from the mosaic file; nothing to download.")
        if not missing:
            return text + "<br>" + self.tr("All in the cache already: nothing to download.")
        size_mb = self.tile_size ** 2 / 1e6  # one byte a pixel, before compression
        text += "<br>" + self.tr("{cached} in the cache, {missing} to download (at most about {size} MB; "
                                 "the files are compressed).").format(
            cached=len(cached), missing=missing, size=number_text(missing * size_mb, 0))
        key = self.source.key()
        service = default_source(year) if key == "auto" else key
        if service in ("wekeo", "clms") and not self.source.parameters()["AUTHCFG"]:
            text += "<br>⚠ " + self.tr("{year} comes from {service}, which needs an account: choose your login "
                                      "under Data source.").format(year=year, service=self.source.short_name(service))
        return text

    # --- actions ----------------------------------------------------------------------------------

    def _update_buttons(self):
        idle = self.chain is None or not self.chain.running
        ready = idle and self.current_aoi is not None
        for button in (self.fetch, self.stats.count, self.change.compare):
            button.setEnabled(ready)

    def _area_or_warn(self):
        try:
            self.current_aoi = self.aoi.current()
        except AoiError as e:
            self.show_error(str(e))
            return None
        return self.current_aoi

    def _fetch_steps(self, aoi, years, always=False, layer=0):
        """Fetch steps for the years whose mosaic of the area is not there yet (all with `always`)."""
        return self.steps.fetch_steps(aoi, years, always, layer)

    def fetch_and_show(self):
        aoi = self._area_or_warn()
        if aoi is not None:
            self.files.clean_written(aoi)
            self.run_steps(self._fetch_steps(aoi, [self.reference_year()], always=True),
                           self.tr("The {} map of the area is in the layer panel.").format(self.reference_year()))

    def count_classes(self):
        aoi = self._area_or_warn()
        if aoi is None:
            return
        year = self.reference_year()
        steps = self.steps.count_steps(aoi, year, self.unit_key(), self.stats, self._show_areas)
        self.run_steps(steps, self.tr("Class areas of {} counted.").format(year))

    def compare_years(self):
        aoi = self._area_or_warn()
        if aoi is None:
            return
        earlier, later = sorted((self.reference_year(), self.other_year()))
        steps = self.steps.compare_steps(aoi, earlier, later, self.unit_key(), self.change.confidence,
                                         self._show_change)
        self.run_steps(steps, self.tr("{} and {} compared; the change layer is in the layer panel.").format(
            earlier, later))

    def _show_areas(self, *table):
        self.stats.show_rows(*table)
        self.tabs.setCurrentWidget(self.stats)

    def _show_change(self, *tables):
        self.change.show_change(*tables)
        self.tabs.setCurrentWidget(self.change)

    # --- running ----------------------------------------------------------------------------------

    def run_steps(self, steps, success_text):
        if self.chain is not None and self.chain.running:
            return None
        if self.preview_timer.isActive():  # show the tiles of the area as the work starts
            self.preview_tiles()
        if self.chain is not None:
            self.chain.deleteLater()
        problem = self._login_problem(steps)
        if problem:
            self.show_error(problem)
            return None
        chain = TaskChain(steps, parent=self)
        chain.stepProgressChanged.connect(self._progress)
        chain.messageChanged.connect(self._news)
        chain.finished.connect(lambda ok, message: self._finished(ok, message, success_text))
        self.chain = chain
        self._show_running(True)
        chain.start()
        self._update_buttons()
        return chain

    def cancel(self):
        if self.chain is not None:
            self.chain.cancel()
            self.status_frame.show_canceling()

    def _progress(self, percent, number, count, label):
        self.status_frame.show_progress(percent, number, count, label)

    def _news(self, text):
        self.status_frame.show_news(text)

    def _finished(self, ok, message, success_text):
        self._show_running(False)
        if ok:
            self.status_frame.show_done(success_text)
        elif message:
            self.show_error(message)
        else:
            self.status_frame.show_canceled()
        self._update_buttons()
        self.preview_timer.start()  # the cache may hold more tiles now

    def _show_running(self, running):
        self.status_frame.show_running(running)

    def plain_error(self, message):
        """The reason in the panel's words (ui/runstatus.py); Data source opens when it is about the login."""
        text, about_login = plain_error(message)
        if about_login:
            self.source.setCollapsed(False)
        return text

    def show_error(self, message):
        """The reason where the user looks: in the panel, under its buttons; in the message bar only when the
        panel is not shown."""
        text = self.plain_error(message)
        self.status_frame.show_error(text)
        if not self.isVisible():
            self.iface.messageBar().pushMessage(self.tr("CLCplus Backbone"), text, Qgis.MessageLevel.Critical, 0)

    def _login_problem(self, steps):
        """A message when a fetch needs an account no one chose (before any task starts), else ''."""
        if self.source.parameters()["AUTHCFG"]:
            return ""
        for step in steps:
            if step.algorithm != "clcplus:fetchtiles":
                continue
            year = int(step.parameters["YEAR"])
            key = self.source.key()
            service = default_source(year) if key == "auto" else key
            if service not in ("wekeo", "clms"):
                continue
            if not self.tiles or len(self.cached_tiles(year, self.tiles)) == len(self.tiles):
                continue  # all in the cache (no login needed), or not known yet (the fetch will tell)
            self.source.setCollapsed(False)
            return self.tr("{year} comes from {service}, which needs an account, and tiles of the area are not "
                           "in the cache yet. Open Data source and choose your login under Account (add one with "
                           "the + button beside it).").format(year=year, service=self.source.short_name(service))
        return ""

    def is_busy(self):
        return self.chain is not None and self.chain.running

    # --- the end ----------------------------------------------------------------------------------

    def cleanup(self):
        """Stop the work, remove the map tool, the drawn outline and the temporary layers."""
        self.preview_timer.stop()
        for chain in (self.chain, self.preview_chain):
            if chain is not None:
                chain.detach()
        self.aoi.cleanup()
        self.connection.cleanup()
        layers.remove_temporary(QgsProject.instance())
