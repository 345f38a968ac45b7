"""The CLCplus Backbone dock: choose an area and the years, then fetch and show the map, count the class
areas, or compare two years, with a click.

Every piece of work is one of the plugin's Processing algorithms run as a background task
(ui/tasks.py), so the numbers are the toolbox's, the task manager shows the work and the GUI stays
responsive. Results go into the project in groups named for the years (ui/layers.py), and into the
dock's two result pages (ui/results.py).
"""

import html
import os
import time

from qgis.core import Qgis, QgsGeometry, QgsProcessingFeatureSourceDefinition, QgsProcessingUtils, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtWidgets import (QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QProgressBar,
                                 QPushButton, QScrollArea, QTabWidget, QToolButton, QVBoxLayout, QWidget)

from ..core import grid, legend, product, stats
from ..core.cache import TileCache, TileLayout
from ..core.sources import default_source
from ..core.sources.years import available_years
from ..processing.areastatistics import UNIT_KEYS
from . import layers, settings
from .aoi import AoiError, AoiWidget
from .check import ConnectionCheck
from .outlines import TileOutlines
from .widgets import breakable, narrow, wrap
from .results import ChangePanel, StatsPanel
from .source import SourceWidget
from .tables import DECIMALS, localised_decimals, number_text, rows_from_layer
from .tasks import Step, StepError, TaskChain

KEEP_DAYS = 30  # mosaics and change rasters the dock wrote are removed after this long, unless a layer uses them
PREVIEW_DELAY_MS = 400  # wait this long after the last change of the area before listing its tiles
LISTED_TILES = 6  # tile ids named in the panel; more are counted


def clean_dock_folder(folder, days=KEEP_DAYS, project=None, names=None):
    """Remove what the dock wrote into `folder` (VRT mosaics, change rasters and their side files) more than `days`
    ago (of `names` only, when given), except files a layer of the project uses; the names removed."""
    project = project or QgsProject.instance()
    used = {os.path.abspath(layer.source()) for layer in project.mapLayers().values()}
    limit = time.time() - days * 86400
    removed = []
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        main = os.path.abspath(path[:-len(".aux.xml")] if path.endswith(".aux.xml") else path)
        if not name.startswith(("landcover_", "confidence_", "change_")) or main in used:
            continue
        if names is not None and os.path.basename(main) not in names:
            continue
        try:
            if os.path.isfile(path) and (days <= 0 or os.path.getmtime(path) < limit):
                os.remove(path)
                removed.append(name)
        except OSError:
            pass  # in use by another program, or gone already
    return removed


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
        self.mosaics = {}  # (area key, year, cache folder, tile size) -> VRT path
        self.last_parameters = {}  # algorithm id -> parameters of its last run (for tests and support)
        self.tile_size = settings.sample_tile_size()  # the product's tiles, or the sample's
        self._cleaned = set()  # dock folders cleaned of old mosaics this session
        self._written = set()  # files this panel wrote: removed at the next run when no layer uses them
        self._build()
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

        self.status_frame = QFrame()
        status = QVBoxLayout(self.status_frame)
        status.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the running task; tiles fetched so far stay in the cache."))
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        status.addLayout(row)
        self.status = QLabel()
        wrap(self.status)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addWidget(self.status)
        self.detail = QLabel()  # the running step's latest news: tiles done, a retry, a wait
        wrap(self.detail)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        status.addWidget(self.detail)
        layout.addWidget(self.status_frame)
        self._show_running(False)

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
            self.status.setText("")
            self._show_running(False)
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

    def _mosaic_key(self, aoi, year, layer=0):
        return (aoi.key, year, self.source.cache_dir(), self.tile_size) + (("confidence",) if layer else ())

    def _output_dir(self):
        folder = os.path.join(self.source.cache_dir(), "dock")
        os.makedirs(folder, exist_ok=True)
        if folder not in self._cleaned:
            self._cleaned.add(folder)
            clean_dock_folder(folder)
        return folder

    def _fetch_step(self, aoi, year, layer=0):
        """Fetch the land cover (layer 0) or the confidence layer (1) of `year` for the area."""
        key = self._mosaic_key(aoi, year, layer)
        vrt = os.path.join(self._output_dir(), "{}_{}_{}.vrt".format(("landcover", "confidence")[layer], year,
                                                                     aoi.key))
        parameters = dict(aoi.fetch_parameters(), YEAR=str(year), TILE_SIZE=self.tile_size, OUTPUT=vrt, LAYER=layer)
        self._written.add(os.path.basename(vrt))
        parameters.update(self.source.parameters())
        label = self.tr("Fetching the {} tiles").format(year) if not layer else \
            self.tr("Fetching the {} confidence tiles").format(year)

        def done(results, context, feedback):
            path = results.get("OUTPUT")
            if not path or not os.path.exists(path):
                raise StepError(self.tr("{}: no mosaic was written; no tile of the area is available.").format(label))
            self.mosaics[key] = path
            if layer:  # read by the comparison, not shown
                return
            name = self.tr("Land cover {year} ({area})").format(year=year, area=aoi.label)
            if layers.add_raster(path, name, layers.year_group_title(year), legend.landcover_entries()) is None:
                raise StepError(self.tr("QGIS could not open the mosaic {}.").format(path))
            self.last_parameters["clcplus:fetchtiles"] = parameters
        return Step("fetch_{}".format(year), "clcplus:fetchtiles", label, parameters, done)

    def _fetch_steps(self, aoi, years, always=False, layer=0):
        """Fetch steps for the years whose mosaic of the area is not there yet (all with `always`)."""
        steps = []
        for year in years:
            path = self.mosaics.get(self._mosaic_key(aoi, year, layer))
            if always or not path or not os.path.exists(path):
                steps.append(self._fetch_step(aoi, year, layer))
        return steps

    def mosaic(self, aoi, year, layer=0):
        path = self.mosaics.get(self._mosaic_key(aoi, year, layer))
        if not path:
            raise StepError(self.tr("The {} map of the area is missing; fetch it first.").format(year))
        return path

    def _zone_parameters(self, aoi):
        zones = self.stats.zone_layer()
        if zones is None:
            return aoi.area_parameters()
        return {"ZONES": QgsProcessingFeatureSourceDefinition(zones.id(), False),
                "ZONE_FIELD": self.stats.zone_field.currentField() or None}

    def _clean_written(self, aoi):
        """Remove the mosaics and change rasters this panel wrote that no layer shows any more, but the mosaics of
        `aoi` (the run about to start reads them)."""
        keep = {os.path.basename(path) for key, path in self.mosaics.items() if key[0] == aoi.key}
        removed = clean_dock_folder(self._output_dir(), days=0, names=self._written - keep)
        self._written -= set(removed)
        self.mosaics = {key: path for key, path in self.mosaics.items() if os.path.exists(path)}

    def fetch_and_show(self):
        aoi = self._area_or_warn()
        if aoi is not None:
            self._clean_written(aoi)
            self.run_steps(self._fetch_steps(aoi, [self.reference_year()], always=True),
                           self.tr("The {} map of the area is in the layer panel.").format(self.reference_year()))

    def count_classes(self):
        aoi = self._area_or_warn()
        if aoi is None:
            return
        year, unit = self.reference_year(), self.unit_key()
        zones = self.stats.zone_layer()

        def parameters(_results):
            values = dict(self._zone_parameters(aoi), INPUT=self.mosaic(aoi, year), UNIT=UNIT_KEYS.index(unit),
                          OUTPUT="TEMPORARY_OUTPUT")
            self.last_parameters["clcplus:areastatistics"] = values
            return values

        def done(results, context, feedback):
            rows = rows_from_layer(QgsProcessingUtils.mapLayerFromString(results["OUTPUT"], context))
            where = zones.name() if zones is not None else aoi.label
            summary = self.tr("{year}, {where}: {area} {unit} of land cover (classes 1–11).").format(
                year=year, where=where, area=number_text(results["TOTAL_LAND_COVER_AREA"], DECIMALS[unit]),
                unit=stats.UNIT_LABELS[unit])
            summary += "".join("<br>⚠ " + html.escape(localised_decimals(w)) for w in feedback.warnings)
            self.stats.show_rows(rows, unit, stats.UNIT_LABELS[unit], summary)
            self.tabs.setCurrentWidget(self.stats)

        steps = self._fetch_steps(aoi, [year])
        steps.append(Step("stats", "clcplus:areastatistics", self.tr("Counting the class areas of {}").format(year),
                          parameters, done))
        self.run_steps(steps, self.tr("Class areas of {} counted.").format(year))

    def compare_years(self):
        aoi = self._area_or_warn()
        if aoi is None:
            return
        earlier, later = sorted((self.reference_year(), self.other_year()))
        unit = self.unit_key()
        folder = self._output_dir()
        self._clean_written(aoi)
        raster = os.path.join(folder, "change_{}_{}_{}_{}.tif".format(
            earlier, later, aoi.key, time.strftime("%Y%m%d%H%M%S")))
        self._written.add(os.path.basename(raster))
        sure = self.change.confidence.used_years()

        def parameters(_results):
            values = dict(aoi.area_parameters(), EARLIER=self.mosaic(aoi, earlier), LATER=self.mosaic(aoi, later),
                          EARLIER_YEAR=str(earlier), LATER_YEAR=str(later), UNIT=UNIT_KEYS.index(unit),
                          OUTPUT_RASTER=raster, OUTPUT="TEMPORARY_OUTPUT", OUTPUT_BALANCE="TEMPORARY_OUTPUT")
            if sure:
                values.update(CONFIDENCE_THRESHOLD=self.change.confidence.value(), **{
                    "{}_CONFIDENCE".format(which): self.mosaic(aoi, year, 1)
                    for which, year in (("EARLIER", earlier), ("LATER", later)) if year in sure})
            self.last_parameters["clcplus:changedetection"] = values
            return values

        def done(results, context, feedback):
            matrix = rows_from_layer(QgsProcessingUtils.mapLayerFromString(results["OUTPUT"], context))
            balance = rows_from_layer(QgsProcessingUtils.mapLayerFromString(results["OUTPUT_BALANCE"], context))
            label, decimals = stats.UNIT_LABELS[unit], DECIMALS[unit]
            compared, changed = results["COMPARED_AREA"], results["CHANGED_AREA"]
            summary = self.tr("{earlier} → {later}, {area}: {changed} {unit} changed class, {pct} % of the "
                              "{compared} {unit} compared.").format(
                earlier=earlier, later=later, area=aoi.label, changed=number_text(changed, decimals),
                compared=number_text(compared, decimals), unit=label,
                pct=number_text(100.0 * changed / compared if compared else 0.0, 1))
            if results.get("UNCERTAIN_AREA"):
                summary += " " + self.tr("Uncertain change: {} {}.").format(
                    number_text(results["UNCERTAIN_AREA"], decimals), label)
            # what the algorithm found in this comparison first, then the product's general caveats
            general = [product.translate(text) for text in product.CHANGE_CAVEATS]
            for year in (earlier, later):
                general += [product.translate(text) for text in product.reference_year(year).notes]
            caveats = list(dict.fromkeys([localised_decimals(w) for w in feedback.warnings if w not in general]
                                         + general))
            self.change.show_change(earlier, later, matrix, balance, unit, label, summary, caveats)
            self.tabs.setCurrentWidget(self.change)

        def legend_entries(results):  # in the background: counts every pixel of the change raster
            return legend.legend_for(results["change"]["OUTPUT_RASTER"], legend.CHANGE)[1]

        def add_layer(entries, _context, _feedback):
            name = self.tr("Change {} → {} ({})").format(earlier, later, aoi.label)
            if layers.add_raster(raster, name, layers.change_group_title(earlier, later), entries) is None:
                raise StepError(self.tr("QGIS could not open the change raster {}.").format(raster))

        steps = self._fetch_steps(aoi, [earlier, later]) + self._fetch_steps(aoi, sure, layer=1)
        steps.append(Step("change", "clcplus:changedetection", self.tr("Comparing {} with {}").format(earlier, later),
                          parameters, done))
        steps.append(Step("legend", None, self.tr("Styling the change layer"), legend_entries, add_layer))
        self.run_steps(steps, self.tr("{} and {} compared; the change layer is in the layer panel.").format(
            earlier, later))

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
            self.status.setText(self.tr("Canceling…"))

    def _progress(self, percent, number, count, label):
        """The bar: the running step's own progress; the line: which step of how many."""
        if number != getattr(self, "_step_number", None):
            self._step_number = number
            self.detail.setText("")
        self.progress.setValue(int(round(percent)))
        text = html.escape(label) + "…"
        if count > 1:
            text = self.tr("Step {n} of {count}: {step}").format(n=number, count=count, step=text)
        self.status.setText(text)

    def _news(self, text):
        self.detail.setText(breakable(text.strip()))
        self.detail.setVisible(bool(text.strip()))

    def _finished(self, ok, message, success_text):
        self._show_running(False)
        if ok:
            self.status.setText("✔ " + html.escape(success_text))
        elif message:
            self.show_error(message)
        else:
            self.status.setText(html.escape(self.tr("Canceled. Tiles fetched so far stay in the cache.")))
        self._update_buttons()
        self.preview_timer.start()  # the cache may hold more tiles now

    def _show_running(self, running):
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.detail.setText("")
        self.detail.setVisible(False)
        self._step_number = None
        self.status.setVisible(running or bool(self.status.text()))
        if running:
            self.progress.setValue(0)
            self.status.setText(self.tr("Starting…"))

    def plain_error(self, message):
        """The reason in the panel's words: where the core says "in this tool", the panel's own control."""
        text = str(message).strip()
        core = QCoreApplication.translate(  # core/sources/credentials.py, written for the Processing dialog
            "CLCplusFetch", "{} needs an authentication configuration: add one in Settings › "
                            "Options › Authentication and choose it in this tool")
        tail = core.split("{}")[-1]
        if tail and tail in text:
            self.source.setCollapsed(False)
            text = text.replace(tail, self.tr(": open Data source in this panel and choose your login under Account "
                                              "(the + button beside it adds one)"))
        return text

    def show_error(self, message):
        """The reason where the user looks: in the panel, under its buttons; in the message bar only when the
        panel is not shown."""
        text = self.plain_error(message)
        self.status.setText("⚠ " + breakable(html.escape(text)).replace("\n", "<br>"))
        self.status.setVisible(True)
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
