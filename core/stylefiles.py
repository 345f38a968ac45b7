"""The legend as style files: QML (QGIS), SLD (GeoServer, MapServer) and CLR (GDAL, ArcGIS) text, the
style files shipped in resources/styles/, and where QGIS looks for a raster's default style."""

import os
from xml.sax.saxutils import escape, quoteattr

from . import product
from .legend import NO_DATA_RGB, change_entries, landcover_entries


def sidecar_style_path(path):
    """Where QGIS looks for a raster's default style: `E44N36.tif` -> `E44N36.qml`."""
    return os.path.splitext(str(path))[0] + ".qml"


def clr_text():
    """The legend as a .clr file (GDAL, ArcGIS): 'code R G B name' per line."""
    return "".join("{} {} {} {} {}\n".format(c.code, *c.rgb, c.name) for c in product.ALL_CLASSES)


def clr_values_text(entries, transparent=()):
    """An ESRI colour map (.clr): 'value R G B' per value, nothing else on the line (ArcGIS's Add
    Colormap and QGIS's 'Load color map from file' both read it). CLR has no opacity: values in
    `transparent` are written in the no-data colour, for the raster's no-data value to hide."""
    rows = {v: e.rgb for e in entries for v in e.values}
    rows.update({v: NO_DATA_RGB for v in transparent})
    return "".join("{} {} {} {}\n".format(v, *rows[v]) for v in sorted(rows))


QML_QGIS_VERSION = "3.22.0"  # the oldest QGIS the plugin supports; newer ones read it


def qml_text(entries, band=1):
    """A QGIS layer style (.qml) with a paletted renderer of `entries`: one palette entry per value,
    the values of a grouped entry sharing its colour and label."""
    rows = []
    for entry in entries:
        for value in entry.values:
            rows.append('        <paletteEntry value="{}" color="{}" alpha="{}" label={}/>'.format(
                value, entry.hex, entry.alpha, quoteattr(entry.label)))
    return "\n".join([
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>",
        '<qgis version="{}" styleCategories="Symbology">'.format(QML_QGIS_VERSION),
        "  <pipe>",
        '    <rasterrenderer type="paletted" band="{}" opacity="1" alphaBand="-1" nodataColor="">'.format(band),
        "      <rasterTransparency/>",
        "      <colorPalette>",
        *rows,
        "      </colorPalette>",
        "    </rasterrenderer>",
        '    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>',
        '    <huesaturation saturation="0" grayscaleMode="0" colorizeOn="0" colorizeStrength="100"'
        ' colorizeRed="255" colorizeGreen="128" colorizeBlue="128"/>',
        '    <rasterresampler maxOversampling="2"/>',
        "  </pipe>",
        "  <blendMode>0</blendMode>",
        "</qgis>",
        ""])


def sld_text(entries, name, title, transparent=()):
    """An SLD 1.0 raster style (GeoServer, MapServer): a ColorMap of type "values" with one entry per
    value; values in `transparent` get opacity 0 (values not listed are not drawn either)."""
    rows = []
    for entry in entries:
        for value in entry.values:
            rows.append((value, entry.hex, entry.label, entry.alpha / 255.0))
    rows += [(v, product.product_class(product.NO_DATA).hex, "", 0.0) for v in transparent]
    rows.sort()
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld"'
        ' xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://www.opengis.net/sld'
        ' http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">',
        "  <NamedLayer>",
        "    <Name>{}</Name>".format(escape(name)),
        "    <UserStyle>",
        "      <Name>{}</Name>".format(escape(name)),
        "      <Title>{}</Title>".format(escape(title)),
        "      <FeatureTypeStyle>",
        "        <Rule>",
        "          <RasterSymbolizer>",
        "            <Opacity>1.0</Opacity>",
        '            <ColorMap type="values"{}>'.format(' extended="true"' if len(rows) > 255 else ""),
    ]
    for value, colour, label, opacity in rows:
        lines.append('              <ColorMapEntry color="{}" quantity="{}" label={} opacity="{:g}"/>'.format(
            colour, value, quoteattr(label), round(opacity, 3)))
    lines += ["            </ColorMap>", "          </RasterSymbolizer>", "        </Rule>",
              "      </FeatureTypeStyle>", "    </UserStyle>", "  </NamedLayer>", "</StyledLayerDescriptor>", ""]
    return "\n".join(lines)


def style_files():
    """File name -> text of the style files shipped in resources/styles/ (English labels)."""
    landcover = landcover_entries(translated=False)
    change = change_entries(None, None, translated=False)
    return {
        "clcplus_landcover.qml": qml_text(landcover),
        "clcplus_landcover.sld": sld_text(landcover, "clcplus_landcover", "CLCplus Backbone land cover",
                                          transparent=(product.NO_DATA,)),
        "clcplus_landcover.clr": clr_values_text(landcover_entries(translated=False), (product.NO_DATA,)),
        "clcplus_change.qml": qml_text(change),
        "clcplus_change.sld": sld_text(change, "clcplus_change",
                                       "CLCplus Backbone change (from × 100 + to)",
                                       transparent=(product.CHANGE_NODATA,)),
        "clcplus_change.clr": clr_values_text(change),
    }
