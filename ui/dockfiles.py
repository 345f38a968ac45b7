"""The files the dock writes beside the tile cache (its "dock" folder): the VRT mosaic of each area and year, the
change rasters, which mosaic is which, and their removal once no layer of the project uses them."""

import os
import time

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from .tasks import StepError

KEEP_DAYS = 30  # mosaics and change rasters the dock wrote are removed after this long, unless a layer uses them


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


class DockFiles:
    """The mosaics and change rasters of one panel. `source` is the panel's data-source widget (its cache folder);
    `tile_size` the size of the tiles fetched."""

    def __init__(self, source, tile_size):
        self.source = source
        self.tile_size = tile_size
        self.mosaics = {}  # (area key, year, cache folder, tile size) -> VRT path
        self._cleaned = set()  # dock folders cleaned of old mosaics this session
        self._written = set()  # files this panel wrote: removed at the next run when no layer uses them

    def key(self, aoi, year, layer=0):
        return (aoi.key, year, self.source.cache_dir(), self.tile_size) + (("confidence",) if layer else ())

    def folder(self):
        """The dock folder of the chosen cache, cleaned of old files the first time this session."""
        folder = os.path.join(self.source.cache_dir(), "dock")
        os.makedirs(folder, exist_ok=True)
        if folder not in self._cleaned:
            self._cleaned.add(folder)
            clean_dock_folder(folder)
        return folder

    def mosaic_path(self, aoi, year, layer=0):
        """Where the land cover (layer 0) or the confidence (1) mosaic of `year` for the area is written."""
        vrt = os.path.join(self.folder(), "{}_{}_{}.vrt".format(("landcover", "confidence")[layer], year, aoi.key))
        self._written.add(os.path.basename(vrt))
        return vrt

    def change_path(self, aoi, earlier, later):
        """A new file for the change raster of `earlier` → `later` for the area."""
        raster = os.path.join(self.folder(), "change_{}_{}_{}_{}.tif".format(
            earlier, later, aoi.key, time.strftime("%Y%m%d%H%M%S")))
        self._written.add(os.path.basename(raster))
        return raster

    def has_mosaic(self, aoi, year, layer=0):
        path = self.mosaics.get(self.key(aoi, year, layer))
        return bool(path) and os.path.exists(path)

    def mosaic(self, aoi, year, layer=0):
        path = self.mosaics.get(self.key(aoi, year, layer))
        if not path:
            raise StepError(QCoreApplication.translate(
                "CLCplusDock", "The {} map of the area is missing; fetch it first.").format(year))
        return path

    def clean_written(self, aoi):
        """Remove the mosaics and change rasters this panel wrote that no layer shows any more, but the mosaics of
        `aoi` (the run about to start reads them)."""
        keep = {os.path.basename(path) for key, path in self.mosaics.items() if key[0] == aoi.key}
        removed = clean_dock_folder(self.folder(), days=0, names=self._written - keep)
        self._written -= set(removed)
        self.mosaics = {key: path for key, path in self.mosaics.items() if os.path.exists(path)}
