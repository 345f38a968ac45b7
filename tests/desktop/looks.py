"""What the desktop test reads off QGIS's screen and project (tests/desktop/smoke.py): fonts, the map's
colours, the layer tree."""

from qgis.core import QgsApplication, QgsFontUtils, QgsProject, QgsRasterLayer, QgsStyle
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor


def font_installed(family):
    """What QgsTextFormat::readXml asks before it replaces a font family or tries to download it."""
    return bool(QgsFontUtils.fontFamilyMatchOnSystem(family)[0])


def qgis_own_font_warnings():
    """The message bar warning QGIS (3.28 and later) gives by itself, whatever plugin runs, when the font family its
    own default text format names is not installed and cannot be downloaded.

    QGIS reads its default style (symbology-style.xml, text format "Default", font family "Open Sans") while its
    main window is built, before any plugin is loaded; QgsTextFormat::readXml asks
    QgsFontManager::tryToDownloadFontFamily to fetch the missing family, and offline QGIS says "Open Sans font
    installation failed" (qgisapp.cpp, on fontDownloadErrorOccurred), as on Debian 13 without fonts-open-sans.
    Only that exact text is QGIS's own; the panel's labels are checked apart (outline_label_font: installed)."""
    if not hasattr(QgsApplication, "fontManager"):  # QGIS < 3.28 downloads no font
        return []
    family = QgsStyle.defaultStyle().defaultTextFormat().font().family()
    if font_installed(family):
        return []
    # qgisapp.cpp: tr( "%1 font installation failed" ), in QGIS's language
    said = QCoreApplication.translate("QgisApp", "%1 font installation failed").replace("%1", family)
    return sorted({"{} font installation failed".format(family), said})


def canvas_colours(canvas, step=4):
    """Share of the map canvas's pixels by colour (every `step`-th pixel), largest first."""
    image = canvas.grab().toImage()
    counts = {}
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            name = QColor(image.pixel(x, y)).name()
            counts[name] = counts.get(name, 0) + 1
    total = float(sum(counts.values())) or 1.0
    return {name: round(n / total, 4) for name, n in sorted(counts.items(), key=lambda kv: -kv[1])[:40]}


def layer_tree():
    """Top-level groups -> their layers: name, kind, renderer, legend classes (paletted)."""
    tree = {}
    for group in QgsProject.instance().layerTreeRoot().findGroups():
        layers = []
        for node in group.findLayers():
            layer = node.layer()
            entry = {"name": layer.name(), "valid": layer.isValid(), "visible": node.isVisible(),
                     "raster": isinstance(layer, QgsRasterLayer)}
            renderer = layer.renderer() if entry["raster"] else None
            if renderer is not None:
                entry["renderer"] = renderer.type()
                if renderer.type() == "paletted":
                    entry["classes"] = [[c.value, c.color.name(), c.label] for c in renderer.classes()]
            layers.append(entry)
        tree[group.name()] = layers
    return tree
