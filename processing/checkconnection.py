"""clcplus:checkconnection - can each data source be reached and used from this computer?
A few cheap requests per source (core/sources/check.py) and the answer in plain words."""

from qgis.core import (QgsFeature, QgsField, QgsFields, QgsProcessingOutputNumber, QgsProcessingOutputString,
                       QgsProcessingParameterAuthConfig, QgsProcessingParameterEnum,
                       QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)

from .. import compat
from ..core import files
from ..core.http import HttpPolicy
from ..core.sources import check
from .base import CLCplusAlgorithm


class CheckConnectionAlgorithm(CLCplusAlgorithm):
    NAME = "checkconnection"
    GROUP_ID = "tiles"

    SOURCES = "SOURCES"
    WEKEO_AUTHCFG = "WEKEO_AUTHCFG"
    CLMS_AUTHCFG = "CLMS_AUTHCFG"
    MIRROR = "MIRROR"
    IMAGESERVER_URL = "IMAGESERVER_URL"
    WEKEO_URL = "WEKEO_URL"
    CLMS_URL = "CLMS_URL"
    TIMEOUT = "TIMEOUT"
    OUTPUT = "OUTPUT"
    OUTPUT_HTML = "OUTPUT_HTML"
    SUMMARY = "SUMMARY"
    OK_COUNT = "OK_COUNT"
    PROBLEM_COUNT = "PROBLEM_COUNT"

    KEYS = check.CHECKED_KEYS  # imageserver, wekeo, clms, mirror: the order of the SOURCES choices

    def displayName(self):  # noqa: N802 - QGIS API
        return self.tr("Check the connection to the data sources")

    def group(self):
        return self.tr("Tiles")

    def shortHelpString(self):  # noqa: N802 - QGIS API
        return self.tr(
            "Asks each chosen data source a few cheap questions, as fetching would, and says in plain words "
            "what works and what does not, before you fetch 40 tiles: whether QGIS goes through a proxy "
            "(Settings › Options › Network) and whether that proxy works; certificate (SSL) errors, as "
            "behind a company proxy that inspects HTTPS; a name that does not resolve or a service that "
            "cannot be reached; credentials missing or refused; the WEkEO licence not accepted; a quota "
            "reached; a service that is down.\n\n"
            "EEA ImageServer: its list of services and one service description. WEkEO: sign-in, the "
            "dataset's licence terms and its query options. CLMS download API: sign-in with the service key "
            "and one catalogue search. Mirror: one tile's address (a URL), or the folder or mosaic file. "
            "Nothing is ordered or downloaded, so no quota is used. The reference years each source "
            "offers are listed, and a year newer than the plugin becomes available in the dock.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        def add(parameter, help_text, advanced=False):
            parameter.setHelp(help_text)
            if advanced:
                parameter.setFlags(parameter.flags() | compat.PARAMETER_ADVANCED)
            self.addParameter(parameter)

        add(QgsProcessingParameterEnum(
            self.SOURCES, self.tr("Sources to check"),
            [self.tr("EEA ImageServer"), self.tr("WEkEO Harmonised Data Access"), self.tr("CLMS download API"),
             self.tr("Mirror or folder")], allowMultiple=True, defaultValue=[0, 1, 2]),
            self.tr("The sources to ask; the mirror only with a mirror URL or folder."))
        add(QgsProcessingParameterAuthConfig(self.WEKEO_AUTHCFG, self.tr("WEkEO authentication configuration"),
                                             optional=True),
            self.tr("A configuration of the method Basic with your WEkEO user name and password. Without it "
                    "only whether WEkEO answers is checked."))
        add(QgsProcessingParameterAuthConfig(self.CLMS_AUTHCFG, self.tr("CLMS API authentication configuration"),
                                             optional=True),
            self.tr("A configuration holding your CLMS service key (password = the key's JSON). Without it "
                    "only the anonymous catalogue search is checked."))
        add(QgsProcessingParameterString(self.MIRROR, self.tr("Mirror URL, folder or mosaic file"), optional=True),
            self.tr("For the mirror source: the URL (or template) or folder clcplus:fetchtiles would be given."))
        for name, text in ((self.IMAGESERVER_URL, self.tr("ImageServer URL")),
                           (self.WEKEO_URL, self.tr("WEkEO broker URL")), (self.CLMS_URL, self.tr("CLMS API URL"))):
            add(QgsProcessingParameterString(name, text, optional=True),
                self.tr("Another base URL for this source (as in clcplus:fetchtiles); empty for the official "
                        "service."), advanced=True)
        add(QgsProcessingParameterNumber(self.TIMEOUT, self.tr("Network timeout (seconds)"), compat.NUMBER_DOUBLE,
                                         check.CHECK_POLICY.timeout, minValue=0.1),
            self.tr("A service that sends nothing for this long counts as not answering."), advanced=True)
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Connection check"), compat.SOURCE_VECTOR,
                                              optional=True),
            self.tr("One row per source: its answer, the message, the address asked, the proxy and the years "
                    "it offers."))
        add(QgsProcessingParameterFileDestination(self.OUTPUT_HTML, self.tr("Report"), self.tr("HTML files (*.html)"),
                                                  optional=True, createByDefault=False),
            self.tr("The same as an HTML page."))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, self.tr("Summary")))
        self.addOutput(QgsProcessingOutputNumber(self.OK_COUNT, self.tr("Sources that work")))
        self.addOutput(QgsProcessingOutputNumber(self.PROBLEM_COUNT, self.tr("Sources with a problem")))

    def process(self, parameters, context, feedback):
        chosen = [self.KEYS[i] for i in self.parameterAsEnums(parameters, self.SOURCES, context)]
        urls = {"imageserver": self.parameterAsString(parameters, self.IMAGESERVER_URL, context),
                "wekeo": self.parameterAsString(parameters, self.WEKEO_URL, context),
                "clms": self.parameterAsString(parameters, self.CLMS_URL, context)}
        authcfg = {"wekeo": self.parameterAsString(parameters, self.WEKEO_AUTHCFG, context),
                   "clms": self.parameterAsString(parameters, self.CLMS_AUTHCFG, context)}
        mirror = (self.parameterAsString(parameters, self.MIRROR, context) or "").strip()
        specs = [check.CheckSpec(key, urls.get(key) or "", authcfg.get(key) or "", mirror) for key in chosen]
        if not specs:
            specs = [check.CheckSpec(key) for key in self.KEYS[:3]]
        timeout = self.parameterAsDouble(parameters, self.TIMEOUT, context)
        policy = HttpPolicy(timeout=timeout, attempts=check.CHECK_POLICY.attempts, backoff=check.CHECK_POLICY.backoff,
                            backoff_max=check.CHECK_POLICY.backoff_max,
                            retry_after_max=check.CHECK_POLICY.retry_after_max)
        results = check.check_sources(specs, policy, feedback)
        outputs = {self.SUMMARY: check.summary(results), self.OK_COUNT: sum(1 for r in results if r.ok),
                   self.PROBLEM_COUNT: sum(1 for r in results if not r.ok)}
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        if html_path:
            files.write_text(html_path, check.html_report(results))
            outputs[self.OUTPUT_HTML] = html_path
        table = self._table(parameters, context, results)
        if table is not None:
            outputs[self.OUTPUT] = table
        return outputs

    def _table(self, parameters, context, results):
        fields = QgsFields()
        for name, kind in (("source", compat.FIELD_STRING), ("name", compat.FIELD_STRING),
                           ("status", compat.FIELD_STRING), ("answer", compat.FIELD_STRING),
                           ("message", compat.FIELD_STRING), ("url", compat.FIELD_STRING),
                           ("proxy", compat.FIELD_STRING), ("years", compat.FIELD_STRING),
                           ("seconds", compat.FIELD_DOUBLE)):
            fields.append(QgsField(name, kind))
        sink, dest = self.createSink(parameters, self.OUTPUT, context, fields, required=False)
        if sink is None:
            return None
        features = []
        for r in results:
            feature = QgsFeature(fields)
            feature.setAttributes([r.key, r.name, r.status, r.label, r.message, r.url, r.proxy,
                                   ",".join(str(y) for y in r.years), r.seconds])
            features.append(feature)
        return self.writeFeatures(sink, dest, self.OUTPUT, features)
