"""clcplus:fetchtiles - the AOI's 100 km tiles from a distribution service into the local cache,
with a VRT mosaic of the AOI and the tile outlines."""

from qgis.core import (QgsCoordinateReferenceSystem, QgsFeature, QgsField, QgsFields, QgsGeometry,
                       QgsProcessingException, QgsProcessingOutputMultipleLayers,
                       QgsProcessingOutputNumber, QgsProcessingParameterAuthConfig,
                       QgsProcessingParameterBoolean, QgsProcessingParameterEnum,
                       QgsProcessingParameterExtent, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFile,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterString, QgsRectangle)

from .. import compat
from ..core import cache, product
from ..core.http import HttpPolicy
from ..core.redact import secrets_of
from ..core.sources import (CACHED, CANCELED, DOWNLOADED, FAILED, UNAVAILABLE, FetchOptions, FetchRequest, SourceError,
                            aoi_bounds, fetch_tiles, write_mosaic)
from . import aoi
from .base import CLCplusAlgorithm

SOURCE_KEYS = ("auto", "imageserver", "wekeo", "clms", "mirror")
LAYERS = (product.LAND_COVER, product.CONFIDENCE)


class VrtDestination(QgsProcessingParameterRasterDestination):
    """A raster destination written as VRT (a window onto the cached tiles, nothing copied)."""

    def defaultFileExtension(self):  # noqa: N802 - QGIS API
        return "vrt"

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802 - QGIS API
        return ["vrt", "tif"]

    def createFileFilter(self):  # noqa: N802 - QGIS API
        return "VRT (*.vrt *.VRT);;GeoTIFF (*.tif *.TIF *.tiff)"

    def clone(self):
        copy = VrtDestination(self.name(), self.description(), self.defaultValue(), True, self.createByDefault())
        copy.setFlags(self.flags())
        copy.setHelp(self.help())
        return copy


class FetchTilesAlgorithm(CLCplusAlgorithm):
    NAME = "fetchtiles"
    GROUP_ID = "tiles"

    EXTENT = "EXTENT"
    AOI = "AOI"
    YEAR = "YEAR"
    SOURCE = "SOURCE"
    LAYER = "LAYER"
    CACHE_DIR = "CACHE_DIR"
    MIRROR = "MIRROR"
    AUTHCFG = "AUTHCFG"
    ACCEPT_TERMS = "ACCEPT_TERMS"
    SERVICE_URL = "SERVICE_URL"
    REFRESH = "REFRESH"
    TIMEOUT = "TIMEOUT"
    WORKERS = "WORKERS"
    ORDER_TIMEOUT = "ORDER_TIMEOUT"
    TILE_SIZE = "TILE_SIZE"
    OUTPUT = "OUTPUT"
    TILES = "TILES"
    OUTLINES = "OUTLINES"
    TILE_COUNT = "TILE_COUNT"
    DOWNLOADED = "DOWNLOADED"

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Fetch tiles of an area")

    def group(self):
        return self.tr("Tiles")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "Fetches the 100 km tiles of CLCplus Backbone that an area of interest needs into a local "
            "cache, and writes a VRT mosaic of the area onto them (nothing is copied) for the "
            "statistics, change and legend tools.\n\n"
            "Sources: the EEA ImageServer (2018 and 2021, anonymous; assembled pixel for pixel from "
            "its exportImage windows), WEkEO (all years; an authentication configuration of the "
            "method Basic with your WEkEO user name and password), the CLMS download API (a service "
            "key from your CLMS profile stored in the QGIS authentication database: user name "
            "anything, password the key's whole JSON), or a mirror: an http(s) URL or a folder, "
            "optionally a template with {year}, {tile}, {layer}, {name} (official file name) and "
            "{stem}, holding tiles or per-tile zips - or a local copy of a pan-European mosaic, "
            "used in place. 'Automatic' takes the ImageServer for 2018 and 2021 and WEkEO for "
            "2023.\n\n"
            "Tiles already in the cache are used without any request. Every download is checked "
            "(a GeoTIFF in EPSG:3035 at 10 m on the grid cell, only product codes) before it enters "
            "the cache; a failed download never replaces a good tile. Downloads resume after a "
            "dropped connection and retry when a service is busy. Network access goes through "
            "QGIS, so its proxy and SSL settings apply.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        def add(parameter, help_text, flags=None):
            parameter.setHelp(help_text)
            if flags is not None:
                parameter.setFlags(parameter.flags() | flags)
            self.addParameter(parameter)

        add(QgsProcessingParameterExtent(self.EXTENT, self.tr("Area of interest (extent)"), optional=True),
            self.tr("A rectangle in any CRS."))
        add(QgsProcessingParameterFeatureSource(self.AOI, self.tr("Area of interest (layer)"),
                                                [compat.SOURCE_ANY_GEOMETRY], optional=True),
            self.tr("Polygons (or points, lines) in any CRS; with 'selected features only' just the "
                    "selection counts. Only tiles the area really overlaps are fetched."))
        self.addYearParameter(self.YEAR, self.tr("Reference year"),
                              help_text=self.tr("The reference year to fetch."))
        add(QgsProcessingParameterEnum(
            self.SOURCE, self.tr("Source"),
            [self.tr("Automatic (ImageServer for 2018 and 2021, WEkEO for 2023)"),
             self.tr("EEA ImageServer (2018, 2021; anonymous)"),
             self.tr("WEkEO Harmonised Data Access (account)"),
             self.tr("CLMS download API (service key)"),
             self.tr("Mirror, folder or local mosaic")], defaultValue=0),
            self.tr("Where the tiles come from. Tiles already in the cache are reused whatever the source."))
        add(QgsProcessingParameterEnum(self.LAYER, self.tr("Layer"),
                                       [self.tr("Land cover"), self.tr("Confidence")], defaultValue=0),
            self.tr("The land-cover map, or its confidence layer (0-100; 2021 and 2023, from WEkEO, the "
                    "CLMS API or a mirror)."))
        add(QgsProcessingParameterFile(self.CACHE_DIR, self.tr("Cache folder"), compat.FILE_FOLDER,
                                       optional=True),
            self.tr("Where the tiles are kept. Empty: the folder used last time, at first "
                    "clcplus_backbone/cache in the QGIS profile folder."))
        add(QgsProcessingParameterString(self.MIRROR, self.tr("Mirror URL, folder or mosaic file"),
                                         optional=True),
            self.tr("For the mirror source: an http(s) URL or a folder with <year>/<official file name>, "
                    "or a template such as https://example.org/clcplus/{year}/{tile}.zip; or a local "
                    "pan-European mosaic file (read in place)."))
        add(QgsProcessingParameterAuthConfig(self.AUTHCFG, self.tr("Authentication configuration"),
                                             optional=True),
            self.tr("WEkEO: a configuration of the method Basic with your WEkEO user name and password. "
                    "CLMS API: a configuration holding your service key (password = the key's JSON). "
                    "Mirror: a configuration of the method Basic for a mirror behind a password. "
                    "Credentials stay in the QGIS authentication database."))
        add(QgsProcessingParameterBoolean(self.ACCEPT_TERMS, self.tr("Accept the Copernicus licence on WEkEO"),
                                          defaultValue=False),
            self.tr("WEkEO delivers CLCplus Backbone only to accounts that accepted the Copernicus Land "
                    "Monitoring Service data policy once; tick to accept it for your account."),
            compat.PARAMETER_ADVANCED)
        add(QgsProcessingParameterString(self.SERVICE_URL, self.tr("Service URL"), optional=True),
            self.tr("Another base URL for the ImageServer ({year} and {service} are filled in), WEkEO's "
                    "broker or the CLMS API; empty for the official services."),
            compat.PARAMETER_ADVANCED)
        add(QgsProcessingParameterBoolean(self.REFRESH, self.tr("Download again even if cached"),
                                          defaultValue=False),
            self.tr("Fetch every tile anew (for a new version of the data); a cached tile is replaced "
                    "only by a download that passed the checks."), compat.PARAMETER_ADVANCED)
        add(QgsProcessingParameterNumber(self.TIMEOUT, self.tr("Network timeout (seconds)"),
                                         compat.NUMBER_DOUBLE, 60.0, minValue=0.1),
            self.tr("A request that receives nothing for this long is abandoned and tried again."),
            compat.PARAMETER_ADVANCED)
        add(QgsProcessingParameterNumber(self.WORKERS, self.tr("Parallel downloads"), compat.NUMBER_INTEGER,
                                         3, minValue=1, maxValue=6),
            self.tr("How many downloads run at the same time."), compat.PARAMETER_ADVANCED)
        add(QgsProcessingParameterNumber(self.ORDER_TIMEOUT, self.tr("Order timeout (minutes)"),
                                         compat.NUMBER_DOUBLE, 60.0, minValue=0.001),
            self.tr("How long a WEkEO order or CLMS data request may stay queued before giving up "
                    "(CLMS requests take about 10 minutes)."), compat.PARAMETER_ADVANCED)
        add(QgsProcessingParameterNumber(self.TILE_SIZE, self.tr("Tile size in pixels"), compat.NUMBER_INTEGER,
                                         product.TILE_PIXELS, minValue=1, maxValue=product.TILE_PIXELS),
            self.tr("Only for the plugin's small sample data; the product's tiles are 10 000 pixels."),
            compat.PARAMETER_HIDDEN)
        add(VrtDestination(self.OUTPUT, self.tr("Mosaic of the area (VRT)"), None, True),
            self.tr("A VRT onto the cached tiles (or the local mosaic), limited to the area of interest: "
                    "nothing is copied. Give a .tif name for a GeoTIFF copy instead."))
        add(QgsProcessingParameterFeatureSink(self.OUTLINES, self.tr("Tile outlines"), compat.SOURCE_POLYGON,
                                              optional=True),
            self.tr("One polygon per tile with its status (cached, downloaded, unavailable) and file."))
        self.addOutput(QgsProcessingOutputMultipleLayers(self.TILES, self.tr("Tile files")))
        self.addOutput(QgsProcessingOutputNumber(self.TILE_COUNT, self.tr("Number of tiles")))
        self.addOutput(QgsProcessingOutputNumber(self.DOWNLOADED, self.tr("Tiles downloaded now")))

    def process(self, parameters, context, feedback):
        year = self.parameterAsYear(parameters, self.YEAR, context)
        tiles, geometries = set(), []
        extent = self.parameterAsAreaExtent(parameters, self.EXTENT, context)
        if extent is not None:
            crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
            tiles |= aoi.tiles_for_extent(extent, crs)
            geometries.append((QgsGeometry.fromRect(extent).asWkt(), aoi.crs_text(crs)))
        source = self.parameterAsSource(parameters, self.AOI, context)
        if source is not None:
            tiles |= aoi.tiles_for_source(source, feedback)
            crs = aoi.crs_text(source.sourceCrs())
            geometries += [(f.geometry().asWkt(), crs) for f in source.getFeatures()
                           if not f.geometry().isNull()]
        if not tiles:
            raise QgsProcessingException(self.tr("Choose an area of interest: an extent or a layer."))
        cache_dir = self.parameterAsFile(parameters, self.CACHE_DIR, context) or cache.default_cache_dir()
        cache.remember_cache_dir(cache_dir)
        request = FetchRequest(
            year=year, tiles=sorted(tiles), cache_dir=cache_dir,
            source=SOURCE_KEYS[self.parameterAsEnum(parameters, self.SOURCE, context)],
            layer=LAYERS[self.parameterAsEnum(parameters, self.LAYER, context)],
            authcfg=self.parameterAsString(parameters, self.AUTHCFG, context) or "",
            mirror=self.parameterAsString(parameters, self.MIRROR, context) or "",
            service_url=self.parameterAsString(parameters, self.SERVICE_URL, context) or "",
            layout=cache.TileLayout(self.parameterAsInt(parameters, self.TILE_SIZE, context)),
            options=FetchOptions(
                workers=self.parameterAsInt(parameters, self.WORKERS, context),
                http=HttpPolicy(timeout=self.parameterAsDouble(parameters, self.TIMEOUT, context)),
                order_timeout=60.0 * self.parameterAsDouble(parameters, self.ORDER_TIMEOUT, context),
                accept_terms=self.parameterAsBool(parameters, self.ACCEPT_TERMS, context),
                refresh=self.parameterAsBool(parameters, self.REFRESH, context)))
        if request.source == "mirror" and secrets_of(url=request.mirror):
            feedback.pushWarning(self.tr(
                "The mirror URL holds a password or token, and QGIS keeps the parameters of every run in its "
                "Processing history: store the credentials in an authentication configuration (method Basic) "
                "and choose it as the authentication configuration instead"))
        feedback.setProgress(0.0)  # listing the tiles took the bar to 100 %; the fetch starts it again
        try:
            result = fetch_tiles(request, feedback)
        except (SourceError, cache.CacheError) as e:
            raise QgsProcessingException(str(e)) from None
        if feedback.isCanceled() or result.canceled:
            raise QgsProcessingException(self.tr("Canceled; the tiles fetched so far stay in the cache"))
        for outcome in result.by_status(UNAVAILABLE):
            feedback.pushWarning("{}: {}".format(outcome.tile, outcome.message))
        failed = result.by_status(FAILED, CANCELED)
        if failed:
            raise QgsProcessingException(self.tr("{} tile(s) could not be fetched (the others are in the cache; "
                                                 "run again to fetch the rest):\n{}").format(
                len(failed), "\n".join("{}: {}".format(o.tile, o.message) for o in failed)))
        feedback.pushInfo(self.tr("{} tile(s): {} in the cache already, {} downloaded, {} unavailable; "
                                  "{} request(s) made").format(
            len(result.outcomes), len(result.by_status(CACHED)), len(result.by_status(DOWNLOADED)),
            len(result.by_status(UNAVAILABLE)), result.requests))

        outputs = {self.TILES: result.paths, self.TILE_COUNT: len(result.outcomes),
                   self.DOWNLOADED: len(result.by_status(DOWNLOADED))}
        destination = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if destination:
            try:
                outputs[self.OUTPUT] = write_mosaic(result, destination, aoi_bounds(geometries), request.layout)
            except SourceError as e:
                raise QgsProcessingException(str(e)) from None
        outputs.update(self._outlines(parameters, context, result, request.layout))
        return outputs

    def _outlines(self, parameters, context, result, layout):
        fields = QgsFields()
        for name, kind in (("tile_id", compat.FIELD_STRING), ("year", compat.FIELD_INT),
                           ("layer", compat.FIELD_STRING), ("source", compat.FIELD_STRING),
                           ("status", compat.FIELD_STRING), ("file", compat.FIELD_STRING),
                           ("message", compat.FIELD_STRING)):
            fields.append(QgsField(name, kind))
        sink, dest_id = self.createSink(parameters, self.OUTLINES, context, fields, compat.WKB_POLYGON,
                                        QgsCoordinateReferenceSystem(product.CRS_AUTHID), required=False)
        if sink is None:
            return {}
        features = []
        for outcome in result.outcomes:
            xmin, ymin, xmax, ymax = layout.extent(outcome.tile)
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(xmin, ymin, xmax, ymax)))
            feature.setAttributes([str(outcome.tile), result.year, result.layer.key, result.source,
                                   outcome.status, outcome.path or result.mosaic or "", outcome.message])
            features.append(feature)
        return {self.OUTLINES: self.writeFeatures(sink, dest_id, self.OUTLINES, features)}

