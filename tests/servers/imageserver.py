"""An ArcGIS ImageServer: `?f=json` describes the service, `exportImage` returns GeoTIFF windows
cut pixel for pixel from a source raster, within maxImageWidth x maxImageHeight.

What it speaks, and where that is written down:

- The service description (`GET .../ImageServer?f=json`): name, extent with its spatialReference,
  pixelSizeX/Y, bandCount, pixelType - ArcGIS REST API, "Image Service"
  (https://developers.arcgis.com/rest/services-reference/enterprise/image-service/: "basic
  information associated with the image service, such as the service description, its name, its
  extent, pixel sizes, and band counts"). maxImageWidth / maxImageHeight are fields of that
  description on real services (15000 / 4100 on many: an observation of real services'
  descriptions, not a documented default). `described` overrides or removes (ABSENT) fields.
- `exportImage` - ArcGIS REST API, "Export Image"
  (https://developers.arcgis.com/rest/services-reference/enterprise/export-image/):
  `bbox=<xmin>,<ymin>,<xmax>,<ymax>` in `bboxSR`; `size=<width>,<height>` in pixels;
  `imageSR` the spatial reference of the image; `format=tiff`; `pixelType=U8`;
  `interpolation=RSP_NearestNeighbor`; `compression=LZ77` ("how to compress the image when
  exporting to TIFF format: None, JPEG, or LZ77"); `adjustAspectRatio=false` (by default the bbox
  is adjusted to the size's aspect ratio); `noData`, "the pixel value representing no
  information"; `f=image`: "the server responds by directly streaming the image bytes".
  Pixels the source has nothing for are filled with the asked noData value and the GeoTIFF is
  tagged with it. Without noData the server fills with 0 and writes no tag (inferred: ArcGIS's
  own background, not documented); `honour_nodata=False` makes it fill with 0 even when asked
  (a service that ignores the parameter), `nodata_tag` writes another tag or none.
- A request larger than the limits is refused: ArcGIS Server SOAP API, "ExportImage" ("If the
  size of the image in terms of number of columns and rows exceeds the limit defined in the image
  service configuration, this method will return an error"). The answer's shape,
  `{"error": {"code", "message", "details"}}` with HTTP 200, is what ArcGIS REST clients check
  for (ArcGIS REST JS `checkForErrors`); the message text here is made up.
- The folder's list of services (`GET /arcgis/rest/services/CLC_plus?f=json`) -> {"currentVersion",
  "folders": [], "services": [{"name": "CLC_plus/<service>", "type": "ImageServer"}, ...]}: ArcGIS
  REST API, "Catalog" (https://developers.arcgis.com/rest/services-reference/enterprise/catalog/:
  "a catalog of published folders and services", each service as {"name", "type"}). That a
  service in a folder is named "<folder>/<service>" is how ArcGIS servers list them (observed on
  public servers, not in that page); `other_services` adds services of other kinds beside them.
- The CRS written into the GeoTIFF is not documented. `export_crs` is an EPSG code or a WKT:
  ESRI_LAEA is EPSG:3035 as Esri's projection engine writes it (what GDAL's MorphToESRI gives),
  without EPSG code; `geotiff_keys` "ESRI_PE" stores it as GDAL does for an ESRI PE string
  (GeoTIFF citation keys, GDAL's GTiff creation option GEOTIFF_KEYS_FLAVOR), "STANDARD" as
  user-defined GeoTIFF keys. Either way the window carries no EPSG code.
"""

import numpy as np
from osgeo import gdal, osr

from clcplus_backbone.core import product
from clcplus_backbone.core.sources.imageserver import service_name

from .base import Reply, TestServer, json_reply, not_found

PREFIX = "/arcgis/rest/services/CLC_plus/"

# EPSG:3035 as an ESRI WKT (Esri's name ETRS_1989_LAEA), no EPSG code anywhere.
ESRI_LAEA = (
    'PROJCS["ETRS_1989_LAEA",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",'
    'SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],'
    'UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Azimuthal_Equal_Area"],'
    'PARAMETER["False_Easting",4321000.0],PARAMETER["False_Northing",3210000.0],'
    'PARAMETER["Central_Meridian",10.0],PARAMETER["Latitude_Of_Origin",52.0],UNIT["Meter",1.0]]')
# The same name and projection centred on 9 degrees east: another CRS behind the same label.
ESRI_LAEA_9E = ESRI_LAEA.replace('"Central_Meridian",10.0', '"Central_Meridian",9.0')

ABSENT = "<absent>"  # in `described`: leave the field out of the description
ASKED = "<asked>"  # nodata_tag: the noData value the request asked for


class ImageServer(TestServer):
    def __init__(self, sources, max_size=(40, 40)):
        """`sources`: {year: path of a raster in EPSG:3035 at 10 m} (a mosaic or a VRT)."""
        super().__init__()
        self.sources = dict(sources)
        self.max_width, self.max_height = max_size  # the limits exportImage enforces
        self.described = {}  # description fields to show instead (ABSENT: leave out)
        self.export_crs = product.CRS_EPSG  # the CRS written into the windows: EPSG code or WKT
        self.geotiff_keys = "STANDARD"  # or "ESRI_PE"
        self.honour_nodata = True  # fill "no information" with the noData asked for (else 0)
        self.nodata_tag = ASKED  # the window's nodata tag: ASKED, None (no tag) or a value
        self.pixel_type = gdal.GDT_Byte  # the answer's data type
        self.exports = []  # (bbox, size) of every exportImage answered
        self.other_services = [{"name": "CLC_plus/CLMS_CLCplus_VECTOR_2018_eu", "type": "MapServer"}]

    def service_url(self):
        return self.url(PREFIX + "{service}/ImageServer")

    def _year(self, service):
        for year in self.sources:
            if service_name(year) == service:
                return year
        return None

    def route(self, method, path, query, headers, body):
        if path == PREFIX.rstrip("/"):
            if query.get("f") != "json":
                return Reply(200, b"<html>Folder: CLC_plus</html>", {"Content-Type": "text/html"})
            services = [{"name": "CLC_plus/" + service_name(year), "type": "ImageServer"}
                        for year in sorted(self.sources)]
            return json_reply({"currentVersion": 10.91, "folders": [], "services": services + self.other_services})
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
            description = {
                "name": parts[0], "serviceDataType": "esriImageServiceDataTypeThematic",
                "extent": {"xmin": extent[0], "ymin": extent[1], "xmax": extent[2], "ymax": extent[3],
                           "spatialReference": {"wkid": 3035, "latestWkid": 3035}},
                "pixelSizeX": 10, "pixelSizeY": 10, "bandCount": 1, "pixelType": "U8",
                "maxImageWidth": self.max_width, "maxImageHeight": self.max_height}
            for key, value in self.described.items():
                if value == ABSENT:
                    description.pop(key, None)
                else:
                    description[key] = value
            return json_reply(description)
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
                            ("interpolation", "RSP_NearestNeighbor"), ("adjustAspectRatio", "false")):
            if query.get(key) != wanted:
                return json_reply({"error": {"code": 400, "message": "{} must be {}".format(key, wanted)}})
        if width > self.max_width or height > self.max_height:
            return json_reply({"error": {"code": 400, "message": "Requested image exceeds the size limit",
                                         "details": ["{}x{} > {}x{}".format(width, height, self.max_width,
                                                                            self.max_height)]}})
        if abs((xmax - xmin) / width - 10) > 1e-9 or abs((ymax - ymin) / height - 10) > 1e-9:
            return json_reply({"error": {"code": 400, "message": "this test server serves 10 m pixels only"}})
        self.exports.append(((xmin, ymin, xmax, ymax), (width, height)))
        asked = query.get("noData")
        fill = int(asked) if asked not in (None, "") and self.honour_nodata else 0
        x0, _dx, _rx, y0, _ry, _dy = dataset.GetGeoTransform()
        col, row = int(round((xmin - x0) / 10)), int(round((y0 - ymax) / 10))
        window = np.full((height, width), fill, dtype=np.uint8)
        sx0, sy0 = max(col, 0), max(row, 0)
        sx1, sy1 = min(col + width, dataset.RasterXSize), min(row + height, dataset.RasterYSize)
        if sx1 > sx0 and sy1 > sy0:
            window[sy0 - row:sy1 - row, sx0 - col:sx1 - col] = \
                dataset.GetRasterBand(1).ReadAsArray(sx0, sy0, sx1 - sx0, sy1 - sy0)
        path = "/vsimem/export_{}.tif".format(id(window))
        options = ["GEOTIFF_KEYS_FLAVOR={}".format(self.geotiff_keys)]
        if query.get("compression") == "LZ77":
            options.append("COMPRESS=DEFLATE")
        out = gdal.GetDriverByName("GTiff").Create(path, width, height, 1, self.pixel_type, options)
        out.SetGeoTransform((xmin, (xmax - xmin) / width, 0, ymax, 0, -(ymax - ymin) / height))
        srs = osr.SpatialReference()
        if isinstance(self.export_crs, int):
            srs.ImportFromEPSG(self.export_crs)
        else:
            srs.ImportFromWkt(self.export_crs)
        out.SetSpatialRef(srs)
        band = out.GetRasterBand(1)
        tag = (int(asked) if asked not in (None, "") and self.honour_nodata else None) \
            if self.nodata_tag == ASKED else self.nodata_tag
        if tag is not None:
            band.SetNoDataValue(tag)
        band.WriteArray(window)
        band = None
        out = None
        f = gdal.VSIFOpenL(path, "rb")
        gdal.VSIFSeekL(f, 0, 2)
        size = gdal.VSIFTellL(f)
        gdal.VSIFSeekL(f, 0, 0)
        data = bytes(gdal.VSIFReadL(1, size, f))
        gdal.VSIFCloseL(f)
        gdal.Unlink(path)
        return Reply(200, data, {"Content-Type": "image/tiff"})
