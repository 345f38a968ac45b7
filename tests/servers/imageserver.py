"""An ArcGIS ImageServer: `?f=json` describes the service, `exportImage` returns GeoTIFF windows
cut pixel for pixel from a source raster, within maxImageWidth x maxImageHeight."""

import numpy as np
from osgeo import gdal, osr

from clcplus_backbone.core import product
from clcplus_backbone.core.sources.imageserver import service_name

from .base import Reply, TestServer, json_reply, not_found

PREFIX = "/arcgis/rest/services/CLC_plus/"


class ImageServer(TestServer):
    def __init__(self, sources, max_size=(40, 40)):
        """`sources`: {year: path of a raster in EPSG:3035 at 10 m} (a mosaic or a VRT)."""
        super().__init__()
        self.sources = dict(sources)
        self.max_width, self.max_height = max_size
        self.export_epsg = product.CRS_EPSG  # the CRS the windows are labelled with
        self.exports = []  # (bbox, size) of every exportImage answered

    def service_url(self):
        return self.url(PREFIX + "{service}/ImageServer")

    def _year(self, service):
        for year in self.sources:
            if service_name(year) == service:
                return year
        return None

    def route(self, method, path, query, headers, body):
        if not path.startswith(PREFIX):
            return not_found(path)
        parts = path[len(PREFIX):].split("/")
        year = self._year(parts[0])
        if year is None or len(parts) < 2 or parts[1] != "ImageServer":
            return json_reply({"error": {"code": 404, "message": "Service not found", "details": []}})
        dataset = gdal.Open(self.sources[year])
        x0, dx, _rx, y0, _ry, dy = dataset.GetGeoTransform()
        extent = (x0, y0 + dy * dataset.RasterYSize, x0 + dx * dataset.RasterXSize, y0)
        if len(parts) == 2:
            if query.get("f") != "json":
                return Reply(200, b"<html>ImageServer</html>", {"Content-Type": "text/html"})
            return json_reply({
                "name": parts[0], "serviceDataType": "esriImageServiceDataTypeThematic",
                "extent": {"xmin": extent[0], "ymin": extent[1], "xmax": extent[2], "ymax": extent[3],
                           "spatialReference": {"wkid": 3035, "latestWkid": 3035}},
                "pixelSizeX": 10, "pixelSizeY": 10, "bandCount": 1, "pixelType": "U8",
                "maxImageWidth": self.max_width, "maxImageHeight": self.max_height})
        if parts[2:] != ["exportImage"]:
            return not_found(path)
        return self._export(dataset, query)

    def _export(self, dataset, query):
        try:
            xmin, ymin, xmax, ymax = (float(v) for v in query["bbox"].split(","))
            width, height = (int(v) for v in query["size"].split(","))
        except (KeyError, ValueError):
            return json_reply({"error": {"code": 400, "message": "Invalid bbox or size", "details": []}})
        for key, wanted in (("bboxSR", "3035"), ("imageSR", "3035"), ("format", "tiff"), ("f", "image"),
                            ("interpolation", "RSP_NearestNeighbor")):
            if query.get(key) != wanted:
                return json_reply({"error": {"code": 400, "message": "{} must be {}".format(key, wanted)}})
        if width > self.max_width or height > self.max_height:
            return json_reply({"error": {"code": 400, "message": "Requested image exceeds the size limit",
                                         "details": ["{}x{} > {}x{}".format(width, height, self.max_width,
                                                                            self.max_height)]}})
        self.exports.append(((xmin, ymin, xmax, ymax), (width, height)))
        x0, _dx, _rx, y0, _ry, _dy = dataset.GetGeoTransform()
        col, row = int(round((xmin - x0) / 10)), int(round((y0 - ymax) / 10))
        window = np.full((height, width), int(query.get("noData", product.NO_DATA)), dtype=np.uint8)
        sx0, sy0 = max(col, 0), max(row, 0)
        sx1, sy1 = min(col + width, dataset.RasterXSize), min(row + height, dataset.RasterYSize)
        if sx1 > sx0 and sy1 > sy0:
            window[sy0 - row:sy1 - row, sx0 - col:sx1 - col] = \
                dataset.GetRasterBand(1).ReadAsArray(sx0, sy0, sx1 - sx0, sy1 - sy0)
        path = "/vsimem/export_{}.tif".format(id(window))
        options = ["COMPRESS=DEFLATE"] if query.get("compression") == "LZ77" else []
        out = gdal.GetDriverByName("GTiff").Create(path, width, height, 1, gdal.GDT_Byte, options)
        out.SetGeoTransform((xmin, (xmax - xmin) / width, 0, ymax, 0, -(ymax - ymin) / height))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(self.export_epsg)
        out.SetProjection(srs.ExportToWkt())
        out.GetRasterBand(1).WriteArray(window)
        out = None
        f = gdal.VSIFOpenL(path, "rb")
        gdal.VSIFSeekL(f, 0, 2)
        size = gdal.VSIFTellL(f)
        gdal.VSIFSeekL(f, 0, 0)
        data = bytes(gdal.VSIFReadL(1, size, f))
        gdal.VSIFCloseL(f)
        gdal.Unlink(path)
        return Reply(200, data, {"Content-Type": "image/tiff"})
