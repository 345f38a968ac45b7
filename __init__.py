"""CLCplus Backbone: Copernicus 10 m land cover for QGIS (tiles, legend, class areas, change)."""


def classFactory(iface):  # noqa: N802 - the name QGIS calls
    from .plugin import CLCplusPlugin
    return CLCplusPlugin(iface)
