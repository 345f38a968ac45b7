"""Builds the example Processing models shipped with the plugin (run by `make models`).

clcplus_area_report.model3: an area of interest -> its tiles for two reference years -> the later
mosaic styled with the official legend -> class areas per polygon -> change between the years,
with reports.
clcplus_land_take.model3: an area of interest -> its tiles for two reference years -> land take and
the ecosystem extent accounts with the area's polygons as zones -> their tables and report.
The provider offers every .model3 in this folder in the toolbox; the files also open in the
graphical modeler.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL_FILE = os.path.join(HERE, "clcplus_area_report.model3")
LAND_TAKE_FILE = os.path.join(HERE, "clcplus_land_take.model3")


def _builder(name, description):
    """(model, source, child_output, add_child): a new model with the inputs every example model has
    (area, two years, source, mirror, cache folder) and the helpers that fill it."""
    from qgis.core import (QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                           QgsProcessingModelChildDependency, QgsProcessingModelChildParameterSource,
                           QgsProcessingModelOutput,
                           QgsProcessingModelParameter, QgsProcessingParameterEnum,
                           QgsProcessingParameterFeatureSource, QgsProcessingParameterFile,
                           QgsProcessingParameterString)
    from qgis.PyQt.QtCore import QPointF

    from clcplus_backbone import compat
    from clcplus_backbone.core import product

    model = QgsProcessingModelAlgorithm(name, "Models", "models")
    model.setHelpContent({"ALG_DESC": description, "ALG_CREATOR": "CLCplus Backbone plugin"})
    years = [str(y) for y in product.YEARS]

    def add_input(parameter, x, y):
        model.addModelParameter(parameter, QgsProcessingModelParameter(parameter.name()))
        model.parameterComponent(parameter.name()).setPosition(QPointF(x, y))

    add_input(QgsProcessingParameterFeatureSource("AREA", "Area of interest (polygons)", [compat.SOURCE_POLYGON]),
              120, 60)
    add_input(QgsProcessingParameterEnum("EARLIER_YEAR", "Earlier reference year", years,
                                         defaultValue=years[0], usesStaticStrings=True), 340, 60)
    add_input(QgsProcessingParameterEnum("LATER_YEAR", "Later reference year", years,
                                         defaultValue=years[-1], usesStaticStrings=True), 560, 60)
    add_input(QgsProcessingParameterEnum("SOURCE", "Source", [
        "Automatic (ImageServer for 2018 and 2021, WEkEO for 2023)", "EEA ImageServer (2018, 2021; anonymous)",
        "WEkEO Harmonised Data Access (account)", "CLMS download API (service key)",
        "Mirror, folder or local mosaic"], defaultValue=0), 780, 60)
    mirror = QgsProcessingParameterString("MIRROR", "Mirror URL, folder or mosaic file", optional=True)
    add_input(mirror, 1000, 60)
    add_input(QgsProcessingParameterFile("CACHE_DIR", "Cache folder", compat.FILE_FOLDER, optional=True), 1220, 60)

    def source(name):
        return QgsProcessingModelChildParameterSource.fromModelParameter(name)

    def child_output(child, name):
        return QgsProcessingModelChildParameterSource.fromChildOutput(child, name)

    def add_child(child_id, algorithm_id, description, parameters, x, y, outputs=(), after=()):
        child = QgsProcessingModelChildAlgorithm(algorithm_id)
        child.setChildId(child_id)
        child.setDescription(description)
        # As the modeler does: every parameter not given takes its default value.
        for definition in child.algorithm().parameterDefinitions():
            if definition.isDestination() or definition.name() in parameters:
                continue
            if definition.defaultValue() is not None:
                child.addParameterSources(definition.name(), [
                    QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())])
        for name, value in parameters.items():
            child.addParameterSources(name, [value])
        model_outputs = {}
        for name, label in outputs:
            output = QgsProcessingModelOutput(label, label)
            output.setChildId(child_id)
            output.setChildOutputName(name)
            model_outputs[label] = output
        child.setModelOutputs(model_outputs)
        child.setDependencies([QgsProcessingModelChildDependency(a) for a in after])
        child.setPosition(QPointF(x, y))
        model.addChildAlgorithm(child)

    return model, source, child_output, add_child


def _add_fetches(source, add_child):
    for key, year_input, x in (("fetch_earlier", "EARLIER_YEAR", 340), ("fetch_later", "LATER_YEAR", 560)):
        add_child(key, "clcplus:fetchtiles", "Fetch the tiles ({})".format(year_input.split("_")[0].lower()),
                  {"AOI": source("AREA"), "YEAR": source(year_input), "SOURCE": source("SOURCE"),
                   "MIRROR": source("MIRROR"), "CACHE_DIR": source("CACHE_DIR")}, x, 200)


def build():
    """The area report: class areas and change."""
    from qgis.core import QgsProcessingModelChildParameterSource

    model, source, child_output, add_child = _builder(
        "Area report (land cover and change)",
        "For an area of interest: fetches the CLCplus Backbone tiles of two reference years, "
        "styles the later mosaic with the official legend, computes the class areas of each "
        "polygon and the change between the years, with an HTML report of each.")
    _add_fetches(source, add_child)
    add_child("legend", "clcplus:applylegend", "Style the later mosaic",
              {"INPUT": child_output("fetch_later", "OUTPUT"),
               "SAVE_AS_DEFAULT": QgsProcessingModelChildParameterSource.fromStaticValue(True)}, 780, 340)
    add_child("areas", "clcplus:areastatistics", "Class areas per polygon",
              {"INPUT": child_output("fetch_later", "OUTPUT"), "ZONES": source("AREA"),
               "UNIT": QgsProcessingModelChildParameterSource.fromStaticValue(1)}, 560, 480,
              outputs=(("OUTPUT", "Class areas"), ("OUTPUT_HTML", "Class areas report")),
              after=("legend",))
    add_child("change", "clcplus:changedetection", "Change between the years",
              {"EARLIER": child_output("fetch_earlier", "OUTPUT"), "LATER": child_output("fetch_later", "OUTPUT"),
               "ZONES": source("AREA"), "UNIT": QgsProcessingModelChildParameterSource.fromStaticValue(1)},
              340, 480,
              outputs=(("OUTPUT_RASTER", "Change raster"), ("OUTPUT", "Change matrix"),
                       ("OUTPUT_HTML", "Change report")))
    return model


def build_land_take():
    """Land take and the ecosystem extent accounts of the area's polygons between two years."""
    from qgis.core import QgsProcessingModelChildParameterSource

    model, source, child_output, add_child = _builder(
        "Land take report (land take and ecosystem extent)",
        "For an area of interest: fetches the CLCplus Backbone tiles of two reference years and computes, "
        "for each polygon and in total, the land take (area that became sealed, by origin class; returned; "
        "net; per year; % of land) and the ecosystem extent account (opening, additions, reductions, closing "
        "per class), with an HTML report.")
    _add_fetches(source, add_child)
    add_child("accounts", "clcplus:landaccounts", "Land take and extent accounts",
              {"EARLIER": child_output("fetch_earlier", "OUTPUT"), "LATER": child_output("fetch_later", "OUTPUT"),
               "ZONES": source("AREA"), "UNIT": QgsProcessingModelChildParameterSource.fromStaticValue(1)},
              450, 340,
              outputs=(("OUTPUT_LAND_TAKE", "Land take table"), ("OUTPUT_EXTENT", "Extent account"),
                       ("OUTPUT_EXTENT_WIDE", "Extent account (wide)"), ("OUTPUT_HTML", "Land take report")))
    return model


def main():
    from qgis.core import QgsApplication
    app = QgsApplication.instance() or QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing
    Processing.initialize()
    from clcplus_backbone.processing.provider import CLCplusProvider
    registry = QgsApplication.processingRegistry()
    if registry.providerById("clcplus") is None:
        registry.addProvider(CLCplusProvider(models=False))
    for model, path in ((build(), MODEL_FILE), (build_land_take(), LAND_TAKE_FILE)):
        ok, errors = model.validate()
        if not ok:
            raise SystemExit("The model {} is not valid: {}".format(model.name(), "; ".join(errors)))
        if not model.toFile(path):
            raise SystemExit("Cannot write {}".format(path))
        print(path)


if __name__ == "__main__":
    main()
