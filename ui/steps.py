"""The steps of the dock's three actions: fetch the map of an area, count its class areas, compare two years.

Each step is one of the plugin's Processing algorithms with the parameters the panel's choices give; its `done`
callback turns the results into layers of the project (ui/layers.py) or into the rows and summary a result page
shows. The texts keep the dock's translation context, "CLCplusDock".
"""

import html
import os

from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProcessingUtils
from qgis.PyQt.QtCore import QCoreApplication

from ..core import legend, legendcheck, product, stats
from ..processing.areastatistics import UNIT_KEYS
from . import layers
from .tables import DECIMALS, localised_decimals, number_text, rows_from_layer
from .tasks import Step, StepError


def zone_parameters(aoi, stats_panel):
    """Count by the zones the Class areas page names, else over the area."""
    zones = stats_panel.zone_layer()
    if zones is None:
        return aoi.area_parameters()
    return {"ZONES": QgsProcessingFeatureSourceDefinition(zones.id(), False),
            "ZONE_FIELD": stats_panel.zone_field.currentField() or None}


class DockSteps:
    """Builds the steps. `files` keeps the mosaics (ui/dockfiles.py), `source` is the data-source widget (its
    parameters go to every fetch), `last_parameters` gets each algorithm's parameters (for tests and support)."""

    def __init__(self, files, source, last_parameters):
        self.files = files
        self.source = source
        self.last_parameters = last_parameters

    def fetch_step(self, aoi, year, layer=0):
        """Fetch the land cover (layer 0) or the confidence layer (1) of `year` for the area."""
        key = self.files.key(aoi, year, layer)
        vrt = self.files.mosaic_path(aoi, year, layer)
        parameters = dict(aoi.fetch_parameters(), YEAR=str(year), TILE_SIZE=self.files.tile_size, OUTPUT=vrt,
                          LAYER=layer)
        parameters.update(self.source.parameters())
        label = QCoreApplication.translate("CLCplusDock", "Fetching the {} tiles").format(year) if not layer else \
            QCoreApplication.translate("CLCplusDock", "Fetching the {} confidence tiles").format(year)

        def done(results, context, feedback):
            path = results.get("OUTPUT")
            if not path or not os.path.exists(path):
                raise StepError(QCoreApplication.translate(
                    "CLCplusDock", "{}: no mosaic was written; no tile of the area is available.").format(label))
            self.files.mosaics[key] = path
            if layer:  # read by the comparison, not shown
                return
            name = QCoreApplication.translate("CLCplusDock", "Land cover {year} ({area})").format(
                year=year, area=aoi.label)
            if layers.add_raster(path, name, layers.year_group_title(year), legend.landcover_entries()) is None:
                raise StepError(QCoreApplication.translate(
                    "CLCplusDock", "QGIS could not open the mosaic {}.").format(path))
            self.last_parameters["clcplus:fetchtiles"] = parameters
        return Step("fetch_{}".format(year), "clcplus:fetchtiles", label, parameters, done)

    def fetch_steps(self, aoi, years, always=False, layer=0):
        """Fetch steps for the years whose mosaic of the area is not there yet (all with `always`)."""
        return [self.fetch_step(aoi, year, layer) for year in years
                if always or not self.files.has_mosaic(aoi, year, layer)]

    def count_steps(self, aoi, year, unit, stats_panel, show):
        """Fetch what is missing, then count the class areas of `year` in `unit` (by the zones `stats_panel`
        names, if any); `show(rows, unit, unit label, summary)` puts them on the page."""
        zones = stats_panel.zone_layer()

        def parameters(_results):
            values = dict(zone_parameters(aoi, stats_panel), INPUT=self.files.mosaic(aoi, year),
                          UNIT=UNIT_KEYS.index(unit), OUTPUT="TEMPORARY_OUTPUT")
            self.last_parameters["clcplus:areastatistics"] = values
            return values

        def done(results, context, feedback):
            rows = rows_from_layer(QgsProcessingUtils.mapLayerFromString(results["OUTPUT"], context))
            where = zones.name() if zones is not None else aoi.label
            summary = QCoreApplication.translate(
                "CLCplusDock", "{year}, {where}: {area} {unit} of land cover (classes 1–11).").format(
                year=year, where=where, area=number_text(results["TOTAL_LAND_COVER_AREA"], DECIMALS[unit]),
                unit=stats.UNIT_LABELS[unit])
            summary += "".join("<br>⚠ " + html.escape(localised_decimals(w)) for w in feedback.warnings)
            show(rows, unit, stats.UNIT_LABELS[unit], summary)

        steps = self.fetch_steps(aoi, [year])
        steps.append(Step("stats", "clcplus:areastatistics", QCoreApplication.translate(
            "CLCplusDock", "Counting the class areas of {}").format(year), parameters, done))
        return steps

    def compare_steps(self, aoi, earlier, later, unit, confidence, show):
        """Fetch what is missing, compare `earlier` with `later` (leaving out changes the `confidence` option
        finds uncertain), then add the change layer; `show(earlier, later, matrix, balance, unit, unit label,
        summary, caveats)` puts the tables on the page."""
        self.files.clean_written(aoi)
        raster = self.files.change_path(aoi, earlier, later)
        sure = confidence.used_years()

        def parameters(_results):
            values = dict(aoi.area_parameters(), EARLIER=self.files.mosaic(aoi, earlier),
                          LATER=self.files.mosaic(aoi, later), EARLIER_YEAR=str(earlier), LATER_YEAR=str(later),
                          UNIT=UNIT_KEYS.index(unit), OUTPUT_RASTER=raster, OUTPUT="TEMPORARY_OUTPUT",
                          OUTPUT_BALANCE="TEMPORARY_OUTPUT")
            if sure:
                values.update(CONFIDENCE_THRESHOLD=confidence.value(), **{
                    "{}_CONFIDENCE".format(which): self.files.mosaic(aoi, year, 1)
                    for which, year in (("EARLIER", earlier), ("LATER", later)) if year in sure})
            self.last_parameters["clcplus:changedetection"] = values
            return values

        def done(results, context, feedback):
            matrix = rows_from_layer(QgsProcessingUtils.mapLayerFromString(results["OUTPUT"], context))
            balance = rows_from_layer(QgsProcessingUtils.mapLayerFromString(results["OUTPUT_BALANCE"], context))
            label, decimals = stats.UNIT_LABELS[unit], DECIMALS[unit]
            compared, changed = results["COMPARED_AREA"], results["CHANGED_AREA"]
            summary = QCoreApplication.translate(
                "CLCplusDock", "{earlier} → {later}, {area}: {changed} {unit} changed class, {pct} % of the "
                               "{compared} {unit} compared.").format(
                earlier=earlier, later=later, area=aoi.label, changed=number_text(changed, decimals),
                compared=number_text(compared, decimals), unit=label,
                pct=number_text(100.0 * changed / compared if compared else 0.0, 1))
            if results.get("UNCERTAIN_AREA"):
                summary += " " + QCoreApplication.translate("CLCplusDock", "Uncertain change: {} {}.").format(
                    number_text(results["UNCERTAIN_AREA"], decimals), label)
            # what the algorithm found in this comparison first, then the product's general caveats
            general = [product.translate(text) for text in product.CHANGE_CAVEATS]
            for year in (earlier, later):
                general += [product.translate(text) for text in product.reference_year(year).notes]
            caveats = list(dict.fromkeys([localised_decimals(w) for w in feedback.warnings if w not in general]
                                         + general))
            show(earlier, later, matrix, balance, unit, label, summary, caveats)

        def legend_entries(results):  # in the background: counts every pixel of the change raster
            return legendcheck.legend_for(results["change"]["OUTPUT_RASTER"], legend.CHANGE)[1]

        def add_layer(entries, _context, _feedback):
            name = QCoreApplication.translate("CLCplusDock", "Change {} → {} ({})").format(earlier, later, aoi.label)
            if layers.add_raster(raster, name, layers.change_group_title(earlier, later), entries) is None:
                raise StepError(QCoreApplication.translate(
                    "CLCplusDock", "QGIS could not open the change raster {}.").format(raster))

        steps = self.fetch_steps(aoi, [earlier, later]) + self.fetch_steps(aoi, sure, layer=1)
        steps.append(Step("change", "clcplus:changedetection", QCoreApplication.translate(
            "CLCplusDock", "Comparing {} with {}").format(earlier, later), parameters, done))
        steps.append(Step("legend", None, QCoreApplication.translate("CLCplusDock", "Styling the change layer"),
                          legend_entries, add_layer))
        return steps
