"""The connection check against the loopback servers: every answer it can give - works, login
refused, no credentials, licence not accepted, quota reached, service down, unreachable port, name
not found, untrusted certificate, a proxy that refuses, asks for a login, or works - and the
clcplus:checkconnection algorithm. Where each service behaviour comes from: tests/servers/*.py."""

import json
import os

import pytest
from qgis.core import QgsNetworkAccessManager, QgsProcessingUtils, QgsSettings

from clcplus_backbone.core import product
from clcplus_backbone.core.sources import check, years
from clcplus_backbone.core.sources.credentials import store_service_key
from servers import data, rsa
from servers.base import Fault
from servers.clms import ClmsServer
from servers.fixtures import Feedback, auth_config, ensure_master_password
from servers.imageserver import PREFIX, ImageServer
from servers.mirror import MirrorServer
from servers.netfaults import ProxyServer, TlsServer, closed_port, self_signed
from servers.wekeo import API, WekeoServer

QUICK = check.HttpPolicy(timeout=3.0, attempts=2, backoff=0.01, backoff_max=0.02, retry_after_max=1.0)
PROXY_KEYS = ("proxyEnabled", "proxyType", "proxyHost", "proxyPort", "proxyExcludedUrls", "noProxyUrls")

pytestmark = pytest.mark.usefixtures("fresh_answers")


@pytest.fixture
def imageserver(sample):
    s = ImageServer({2018: data.mosaic_path(sample, 2018), 2021: data.mosaic_path(sample, 2021)}).start()
    yield s
    s.stop()


@pytest.fixture
def wekeo(sample):
    s = WekeoServer(sample).start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def alice(qgis_app):
    return auth_config("WEkEO alice (check)", username="alice", password="s3cret-pass")


@pytest.fixture(scope="module")
def key():
    return rsa.generate(1024, seed=21)


@pytest.fixture
def clms(key):
    ensure_master_password()
    s = ClmsServer({}, key).start()
    yield s
    s.stop()


@pytest.fixture
def qgis_proxy(qgis_app):
    """Set QGIS's proxy (Settings > Options > Network) for a test; put the old settings back after."""
    settings = QgsSettings()
    old = {k: settings.value("proxy/" + k) for k in PROXY_KEYS}

    def use(host, port):
        settings.setValue("proxy/proxyEnabled", True)
        settings.setValue("proxy/proxyType", "HttpProxy")
        settings.setValue("proxy/proxyHost", host)
        settings.setValue("proxy/proxyPort", str(port))
        QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
    yield use
    for name, value in old.items():
        if value is None:
            settings.remove("proxy/" + name)
        else:
            settings.setValue("proxy/" + name, value)
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()


def run(key, **spec):
    feedback = Feedback()
    [result] = check.check_sources([check.CheckSpec(key, **spec)], QUICK, feedback)
    return result, feedback


# --- the sources as they should be -----------------------------------------------------------------

def test_the_imageserver_works(imageserver):
    result, feedback = run("imageserver", service_url=imageserver.service_url())
    assert (result.status, result.label) == (check.OK, "works")
    assert result.years == (2018, 2021) and years.available_years() == product.YEARS
    assert "EPSG:3035, 10 m pixels" in result.message and "2018, 2021" in result.message
    assert result.url == imageserver.url(PREFIX.rstrip("/")) and result.proxy.startswith("no proxy")
    assert [r.path for r in imageserver.requests()] == [PREFIX.rstrip("/"), PREFIX + "CLMS_CLCplus_RASTER_2021_010m_eu"
                                                        "/ImageServer"]
    assert imageserver.exports == []  # nothing downloaded
    assert feedback.infos and feedback.infos[0].startswith("EEA ImageServer: works - ")


def test_wekeo_works_without_searching_or_ordering(wekeo, alice):
    result, _feedback = run("wekeo", service_url=wekeo.base_url, authcfg=alice)
    assert result.status == check.OK, result.message
    assert result.years == product.YEARS
    assert "Signed in" in result.message and "licence of EO:EEA:DAT:CLC-PLUS is accepted" in result.message
    assert wekeo.requests(API + "/dataaccess/search") == [] and wekeo.requests(API + "/dataaccess/download") == []


def test_wekeo_works_even_when_its_query_options_cannot_be_read(wekeo, alice):
    wekeo.fail(API + "/dataaccess/queryable/", Fault("status", 404, body=b'{"detail": "Not found"}'))
    result, _feedback = run("wekeo", service_url=wekeo.base_url, authcfg=alice)
    assert result.status == check.OK and result.years == ()
    assert "query options could not be read" in result.message


def test_the_clms_api_works(clms, key):
    authcfg = store_service_key(json.dumps(clms.service_key(rsa.pkcs8_pem(key))), "CLMS key (check)")
    result, _feedback = run("clms", service_url=clms.base_url, authcfg=authcfg)
    assert result.status == check.OK, result.message
    assert result.years == product.YEARS and "accepted the service key" in result.message
    assert clms.requests("/@@oauth2-token") and clms.requests("/api/@search")


def test_a_mirror_folder_and_url(sample, tmp_path):
    result, _f = run("mirror", mirror=os.path.join(sample, "tiles"))
    assert result.status == check.OK and result.years == product.YEARS
    server = MirrorServer({"/2023/" + product.tile_file_name(2023, "E44N36"): b"tile"}).start()
    try:
        found, _f = run("mirror", mirror=server.url("/"))
        assert found.status == check.OK and "has " in found.message
        elsewhere, _f = run("mirror", mirror=server.url("/other/{year}/{name}"))
        assert elsewhere.status == check.OK and "HTTP 404" in elsewhere.message
    finally:
        server.stop()
    missing, _f = run("mirror", mirror=str(tmp_path / "nowhere"))
    assert missing.status == check.ERROR and "does not exist" in missing.message
    empty, _f = run("mirror")
    assert empty.status == check.ERROR and "No mirror given" in empty.message


# --- credentials, licence, quota ---------------------------------------------------------------------

def test_a_refused_wekeo_login(wekeo):
    wrong = auth_config("WEkEO wrong (check)", username="alice", password="not-it")
    result, feedback = run("wekeo", service_url=wekeo.base_url, authcfg=wrong)
    assert (result.status, result.label) == (check.LOGIN, "login refused")
    assert "refused the user name or password" in result.message
    assert feedback.warnings and "login refused" in feedback.warnings[0]


def test_wekeo_without_credentials_still_says_whether_it_answers(wekeo):
    result, _f = run("wekeo", service_url=wekeo.base_url)
    assert result.status == check.NO_CREDENTIALS
    assert "needs an authentication configuration" in result.message
    assert any("itself answers" in n for n in result.notes)
    assert wekeo.requests(API + "/datasets/")  # asked, without a token


def test_the_wekeo_licence_not_accepted(sample, alice):
    server = WekeoServer(sample, terms_accepted=False).start()
    try:
        result, _f = run("wekeo", service_url=server.base_url, authcfg=alice)
        assert (result.status, result.label) == (check.TERMS, "licence not accepted")
        assert "Copernicus_Land_Monitoring_Service_Data_Policy" in result.message and "wekeo.eu" in result.message
        assert server.requests(API + "/termsaccepted", "PUT") == []  # a check accepts nothing
    finally:
        server.stop()


def test_a_wekeo_quota_reached(wekeo, alice):
    wekeo.throttled = True
    result, _f = run("wekeo", service_url=wekeo.base_url, authcfg=alice)
    assert (result.status, result.label) == (check.QUOTA, "quota reached")
    assert "HTTP 429" in result.message and "you can go on from" in result.message


def test_a_refused_clms_key_and_none_at_all(clms):
    other = rsa.generate(1024, seed=22)
    authcfg = store_service_key(json.dumps(clms.service_key(rsa.pkcs8_pem(other))), "CLMS other key (check)")
    refused, _f = run("clms", service_url=clms.base_url, authcfg=authcfg)
    assert refused.status == check.LOGIN and "refused the service key" in refused.message
    none, _f = run("clms", service_url=clms.base_url)
    assert none.status == check.NO_CREDENTIALS and none.years == product.YEARS  # the search is anonymous


# --- the network ------------------------------------------------------------------------------------------

def test_a_service_that_is_down(imageserver):
    imageserver.fail("/arcgis", *[Fault("status", 503, body=b"<html>Service Unavailable</html>")] * 6)
    result, _f = run("imageserver", service_url=imageserver.service_url())
    assert (result.status, result.label) == (check.DOWN, "service down")
    assert "HTTP 503" in result.message


def test_an_unreachable_port():
    port = closed_port()
    result, _f = run("imageserver", service_url="http://127.0.0.1:{}/arcgis/rest/services/CLC_plus/{{service}}/"
                                                "ImageServer".format(port))
    assert (result.status, result.label) == (check.UNREACHABLE, "unreachable")
    assert "127.0.0.1 could not be reached (Connection refused)" in result.message
    assert "no proxy" in result.message


def test_a_network_problem_comes_before_missing_credentials():
    result, _f = run("wekeo", service_url="http://127.0.0.1:{}/hda-broker/api/v1".format(closed_port()))
    assert result.status == check.UNREACHABLE
    assert "could not be reached" in result.message and "needs an authentication configuration" in result.message


def test_a_service_that_does_not_answer_in_time(imageserver):
    imageserver.fail("/arcgis", *[Fault("slow", delay=3.0)] * 4)
    feedback = Feedback()
    policy = check.HttpPolicy(timeout=0.3, attempts=1)
    [result] = check.check_sources([check.CheckSpec("imageserver", service_url=imageserver.service_url())], policy,
                                   feedback)
    assert (result.status, result.label) == (check.TIMEOUT, "no answer (timeout)")
    assert "127.0.0.1 did not answer within 0.3 s" in result.message and result.seconds < 3


def test_a_name_that_does_not_resolve():
    result, _f = run("wekeo", service_url="http://clcplus-check.invalid/hda-broker/api/v1",
                     authcfg=auth_config("WEkEO dns (check)", username="a", password="b"))
    assert result.status == check.DNS, result.message
    assert "clcplus-check.invalid could not be found (DNS)" in result.message and "proxy" in result.message


def test_an_untrusted_certificate(tmp_path):
    certificate = self_signed(str(tmp_path))
    if certificate is None:
        pytest.skip("no openssl to make a certificate")
    server = TlsServer(certificate).start()
    try:
        result, _f = run("imageserver",
                         service_url=server.base + "/arcgis/rest/services/CLC_plus/{service}/ImageServer")
        assert (result.status, result.label) == (check.SSL, "certificate (SSL) problem")
        assert "does not trust the certificate" in result.message and "Certificate Manager" in result.message
        assert server.log == []  # no request got through
    finally:
        server.stop()


def test_a_proxy_that_refuses_the_connection(imageserver, qgis_proxy):
    port = closed_port()
    qgis_proxy("127.0.0.1", port)
    result, _f = run("imageserver", service_url=imageserver.service_url())
    assert (result.status, result.label) == (check.PROXY, "proxy problem")
    assert result.proxy == "HTTP proxy 127.0.0.1:{}".format(port)
    assert "QGIS connects through the HTTP proxy 127.0.0.1:{}, which failed".format(port) in result.message
    assert imageserver.requests() == []


def test_a_proxy_that_asks_for_a_login(imageserver, qgis_proxy):
    proxy = ProxyServer(login_required=True).start()
    try:
        qgis_proxy("127.0.0.1", proxy.port)
        result, _f = run("imageserver", service_url=imageserver.service_url())
        assert result.status == check.PROXY, result.message
        assert proxy.log and imageserver.requests() == []
    finally:
        proxy.stop()


def test_a_working_proxy_is_named(imageserver, qgis_proxy):
    proxy = ProxyServer().start()
    try:
        qgis_proxy("127.0.0.1", proxy.port)
        result, _f = run("imageserver", service_url=imageserver.service_url())
        assert result.status == check.OK, result.message
        assert result.proxy == "HTTP proxy 127.0.0.1:{}".format(proxy.port)
        assert [path for _method, path in proxy.log][0] == imageserver.url(PREFIX.rstrip("/")) + "?f=json"
    finally:
        proxy.stop()


# --- the algorithm ----------------------------------------------------------------------------------------

def test_the_algorithm_reports_every_source(run_algorithm, imageserver, wekeo, alice, tmp_path):
    report = tmp_path / "check.html"
    result = run_algorithm("clcplus:checkconnection", {
        "SOURCES": [0, 1, 3], "WEKEO_AUTHCFG": alice, "IMAGESERVER_URL": imageserver.service_url(),
        "WEKEO_URL": wekeo.base_url, "MIRROR": str(tmp_path / "nowhere"), "TIMEOUT": 3,
        "OUTPUT": "memory:", "OUTPUT_HTML": str(report)})
    assert (result["OK_COUNT"], result["PROBLEM_COUNT"]) == (2, 1)
    layer = result["OUTPUT"]
    layer = QgsProcessingUtils.mapLayerFromString(layer, None) if isinstance(layer, str) else layer
    rows = {f["source"]: f for f in layer.getFeatures()}
    assert [rows[k]["status"] for k in ("imageserver", "wekeo", "mirror")] == ["ok", "ok", "error"]
    assert rows["imageserver"]["years"] == "2018,2021" and rows["wekeo"]["years"] == "2018,2021,2023"
    assert rows["mirror"]["answer"] == "problem" and "does not exist" in rows["mirror"]["message"]
    assert result["SUMMARY"].splitlines()[0].startswith("EEA ImageServer - works: ")
    page = report.read_text(encoding="utf-8")
    assert "connection check" in page and "WEkEO Harmonised Data Access" in page
    assert result["OUTPUT_HTML"] == str(report)


def test_the_algorithm_is_registered_with_help(processing_registry):
    algorithm = processing_registry.algorithmById("clcplus:checkconnection")
    assert algorithm is not None and algorithm.group() == "Tiles" and algorithm.groupId() == "tiles"
    for parameter in algorithm.parameterDefinitions():
        assert parameter.help(), parameter.name()
