"""clcplus:landaccounts - land take and the ecosystem extent account between two reference years.

It takes what clcplus:changedetection takes (the same parameters, built by the same code) and reads
the accounts from the one comparison it runs (core/accounts.py): no change raster, no second pass.
"""

from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterFileDestination
from qgis.PyQt.QtCore import QCoreApplication

from ..core import accounts, files, stats
from .changedetection import ChangeDetectionAlgorithm


class LandAccountsAlgorithm(ChangeDetectionAlgorithm):
    NAME = "landaccounts"
    GROUP_ID = "change"

    OUTPUT_LAND_TAKE = "OUTPUT_LAND_TAKE"
    OUTPUT_EXTENT = "OUTPUT_EXTENT"
    OUTPUT_EXTENT_WIDE = "OUTPUT_EXTENT_WIDE"
    OUTPUT_HTML = "OUTPUT_HTML"
    LAND_TAKE = "LAND_TAKE"
    RETURNED = "RETURNED"
    NET_LAND_TAKE = "NET_LAND_TAKE"

    def tr(self, text):
        # The comparison's parameters are ChangeDetectionAlgorithm's: their texts are translated there.
        translated = QCoreApplication.translate(type(self).__name__, text)
        if translated == text:
            translated = QCoreApplication.translate(ChangeDetectionAlgorithm.__name__, text)
        return translated

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Land take and ecosystem extent accounts")

    def group(self):
        return self.tr("Change")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "The indicators reported from a comparison of two CLCplus Backbone years, per zone and in total.\n\n"
            "Land take (EEA indicator, 'no net land take by 2050'): the area that became sealed (class 1), by "
            "the class it came from; returned: sealed area that became another class; net land take = land "
            "take - returned; per year (divided by the years between the reference years; empty when a year "
            "is not known) and as a % of the zone's land (its compared area without water in the earlier "
            "year).\n\n"
            "Ecosystem extent account (SEEA Ecosystem Accounting): per class the opening extent, additions, "
            "reductions, net change and closing extent, long (one row per zone, class and item) and wide (the "
            "SEEA layout: items as rows, classes as columns). Opening + additions - reductions = closing, and "
            "the additions of all classes equal their reductions, exactly in pixels.\n\n"
            "The same inputs, rules and caveats as Change between years: only pixels that are land cover in both "
            "years enter the accounts; change in patches below the minimum mapping unit counts as unchanged; "
            "uncertain change (confidence below the threshold) is left out of the accounts, opening and closing "
            "alike, as it is left out of the change matrix.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self._add_comparison_parameters()
        self.parameterDefinition(self.ZONES).setHelp(self.tr(
            "Polygons in any CRS; 'selected features only' is honoured. With zones the accounts are per zone, "
            "and in total (the sum of the zones)."))
        self.parameterDefinition(self.MMU).setHelp(self.tr(
            "Patches of change smaller than this count as unchanged in the accounts. 0 keeps every changed "
            "pixel."))
        csv_filter = self.tr("CSV files (*.csv)")
        self._add(QgsProcessingParameterFileDestination(
            self.OUTPUT_LAND_TAKE, self.tr("Land take (CSV)"), csv_filter, optional=True, createByDefault=True),
            self.tr("One row per zone and one for the total: land area, land take, returned, net land take, per "
                    "year, % of land, the land take from each class and the land returned to each class."))
        self._add(QgsProcessingParameterFileDestination(
            self.OUTPUT_EXTENT, self.tr("Ecosystem extent account, long (CSV)"), csv_filter, optional=True,
            createByDefault=True),
            self.tr("One row per zone, class and item (opening, additions, reductions, net_change, closing): "
                    "pixels and area."))
        self._add(QgsProcessingParameterFileDestination(
            self.OUTPUT_EXTENT_WIDE, self.tr("Ecosystem extent account, wide (CSV)"), csv_filter, optional=True,
            createByDefault=False),
            self.tr("The SEEA layout: per zone the items as rows, the classes as columns, and their total."))
        self._add(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=True),
            self.tr("Land take per zone with a bar of its origin classes, the extent accounts with opening and "
                    "closing bars per class, and the caveats of the years compared."))
        self.addOutput(QgsProcessingOutputNumber(self.LAND_TAKE, self.tr("Land take")))
        self.addOutput(QgsProcessingOutputNumber(self.RETURNED, self.tr("Returned (sealed land that became "
                                                                        "another class)")))
        self.addOutput(QgsProcessingOutputNumber(self.NET_LAND_TAKE, self.tr("Net land take")))

    def process(self, parameters, context, feedback):
        result, layers, unit, _zones = self._compare(parameters, context, feedback)
        account = accounts.from_change(result)
        for warning in account.warnings:
            feedback.pushWarning(warning)
        total = account.land_take_rows(unit)[-1]
        outputs = {self.LAND_TAKE: total["land_take"], self.RETURNED: total["returned"],
                   self.NET_LAND_TAKE: total["net_land_take"]}
        writers = ((self.OUTPUT_LAND_TAKE, account.write_land_take_csv),
                   (self.OUTPUT_EXTENT, account.write_extent_csv),
                   (self.OUTPUT_EXTENT_WIDE, account.write_extent_wide_csv))
        for name, write in writers:
            path = self.parameterAsFileOutput(parameters, name, context)
            if path:
                outputs[name] = write(path, unit)
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if html_path:
            files.write_text(html_path, accounts.html_report(
                account, unit, source=" / ".join(layer.name() for layer in layers)))
            outputs[self.OUTPUT_HTML] = html_path
        feedback.pushInfo(self.tr("Land take: {:.2f} {unit}, returned: {:.2f} {unit}, net land take: {:.2f} {unit}")
                          .format(total["land_take"], total["returned"], total["net_land_take"],
                                  unit=stats.UNIT_LABELS[unit]))
        return outputs
