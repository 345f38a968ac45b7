"""Can each source be used from here? A few cheap requests per source and the answer in plain words.

Each source checks itself through the requests its fetch() makes (Source.check: the ImageServer's
list of services and a service description; WEkEO's token, the dataset's licence terms and query
options; the CLMS API's token and a catalogue search), with the same HTTP client (core/http.py,
through QGIS's network stack, so QGIS's proxy, SSL and authentication settings apply). A mirror is
asked for one tile's address (a URL) or looked at (a folder). What went wrong is told from the
error the source raised and from the last exchange on the wire (ProbeClient):

    ok              the source answered as fetch() needs
    proxy           QGIS connects through a proxy that refused, was not found, asked for a login
    ssl             the certificate was not trusted (a corporate proxy that inspects HTTPS, a
                    wrong clock)
    dns             the host name did not resolve (offline, or a proxy needed that QGIS does not use)
    unreachable     the connection was refused or dropped (firewall, service down)
    timeout         no answer in time
    no credentials  no (usable) authentication configuration chosen; the service itself answers
    login refused   the service refused the credentials or the account
    terms           the account has not accepted the dataset's licence (WEkEO)
    quota           the service takes no more requests for now (HTTP 429)
    service down    the service answered with a server error (5xx)
    error           anything else, with the service's words

Nothing here orders or downloads data: a check costs no quota of orders (WEkEO counts orders).
"""

import html
import os
import time
from dataclasses import dataclass, field
from typing import List
from urllib.parse import urlsplit

from osgeo import gdal
from qgis.core import QgsNetworkAccessManager, QgsSettings
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkProxy, QNetworkProxyQuery, QNetworkReply

from .. import grid, product
from ..i18n import translate
from ..http import Canceled, HttpClient, HttpPolicy
from ..redact import public_url
from . import years as offered
from .base import FetchOptions, FetchRequest, FetchSession, LoginRefused, SourceError
from .clms_api import ClmsSource
from .credentials import CredentialsError
from .imageserver import ImageServerSource
from .mirror import MirrorSource, is_url
from .pool import run_in_thread
from .wekeo import DATASET_ID, TermsNotAccepted, WekeoSource
from .wekeo_broker import AccessRefused, QuotaReached

gdal.UseExceptions()

OK = "ok"
PROXY = "proxy"
SSL = "ssl"
DNS = "dns"
UNREACHABLE = "unreachable"
TIMEOUT = "timeout"
NO_CREDENTIALS = "no credentials"
LOGIN = "login refused"
TERMS = "terms"
QUOTA = "quota"
DOWN = "service down"
ERROR = "error"
CANCELED = "canceled"
KINDS = (OK, PROXY, SSL, DNS, UNREACHABLE, TIMEOUT, NO_CREDENTIALS, LOGIN, TERMS, QUOTA, DOWN, ERROR, CANCELED)

CHECKED_KEYS = (ImageServerSource.KEY, WekeoSource.KEY, ClmsSource.KEY, MirrorSource.KEY)
# A check is a diagnosis, not a download: two tries, short waits.
CHECK_POLICY = HttpPolicy(timeout=20.0, attempts=2, backoff=0.5, backoff_max=1.0, retry_after_max=5.0)

_NE = QNetworkReply.NetworkError
_PROXY_ERRORS = {_NE.ProxyConnectionRefusedError, _NE.ProxyConnectionClosedError, _NE.ProxyNotFoundError,
                 _NE.ProxyTimeoutError, _NE.ProxyAuthenticationRequiredError, _NE.UnknownProxyError}
_PROXIED = (QNetworkProxy.ProxyType.HttpProxy, QNetworkProxy.ProxyType.HttpCachingProxy,
            QNetworkProxy.ProxyType.Socks5Proxy)


def settings_place():
    """Where QGIS's proxy settings are, as the user's QGIS names the menu."""
    return translate("CLCplusCheck", "Settings › Options › Network")


@dataclass
class CheckSpec:
    """One source to check: its KEY and what fetch would be given for it."""
    key: str
    service_url: str = ""
    authcfg: str = ""
    mirror: str = ""


@dataclass
class CheckResult:
    key: str
    name: str
    status: str  # one of KINDS
    message: str  # what worked, or what is wrong and what to do
    url: str = ""  # the address checked (without query or credentials)
    proxy: str = ""  # how QGIS reaches it
    years: tuple = ()  # the reference years the source offers, where it said
    notes: List[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self):
        return self.status == OK

    @property
    def label(self):
        return status_label(self.status)


def status_label(status):
    labels = {
        OK: translate("CLCplusCheck", "works"),
        PROXY: translate("CLCplusCheck", "proxy problem"),
        SSL: translate("CLCplusCheck", "certificate (SSL) problem"),
        DNS: translate("CLCplusCheck", "name not found (DNS)"),
        UNREACHABLE: translate("CLCplusCheck", "unreachable"),
        TIMEOUT: translate("CLCplusCheck", "no answer (timeout)"),
        NO_CREDENTIALS: translate("CLCplusCheck", "no credentials"),
        LOGIN: translate("CLCplusCheck", "login refused"),
        TERMS: translate("CLCplusCheck", "licence not accepted"),
        QUOTA: translate("CLCplusCheck", "quota reached"),
        DOWN: translate("CLCplusCheck", "service down"),
        ERROR: translate("CLCplusCheck", "problem"),
        CANCELED: translate("CLCplusCheck", "canceled")}
    return labels.get(status, status)


# --- the wire ------------------------------------------------------------------------------------

@dataclass
class Exchange:
    url: str
    status: object  # HTTP status or None
    error: object  # QNetworkReply.NetworkError
    error_text: str
    timed_out: bool


class ProbeClient(HttpClient):
    """core/http.py's client, remembering its last exchange for the diagnosis."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.last = None

    def _exchange(self, method, url, *args, **kwargs):
        exchange = super()._exchange(method, url, *args, **kwargs)
        self.last = Exchange(public_url(url), exchange.status, exchange.error, exchange.error_text,
                             exchange.timed_out)
        return exchange


class CheckSession(FetchSession):
    """A FetchSession without cache or staging whose HTTP clients remember their last exchange."""

    def __init__(self, request, is_canceled):
        super().__init__(request, None, None, is_canceled)
        self.probes = []

    def http(self):
        client = getattr(self._local, "client", None)
        if client is None:
            client = ProbeClient(self.options.http, self.is_canceled, self.info)
            self._local.client = client
            with self._lock:
                self._clients.append(client)
                self.probes.append(client)
        return client

    def last_exchange(self):
        with self._lock:
            found = [p.last for p in self.probes if p.last is not None]
        return found[-1] if found else None


# --- the proxy -----------------------------------------------------------------------------------

def proxy_for(url):
    """The proxy QGIS's network access manager uses for `url` (a QNetworkProxy), or None (direct)."""
    manager = QgsNetworkAccessManager.instance()
    factory = manager.proxyFactory()
    proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(url))) if factory is not None else [manager.proxy()]
    for proxy in proxies:
        if proxy.type() in _PROXIED:
            return proxy
    return None


def describe_proxy(url):
    """How QGIS reaches `url`, in words: through which proxy, or directly (and why)."""
    settings = QgsSettings()
    enabled = settings.value("proxy/proxyEnabled", False, type=bool)
    system = enabled and settings.value("proxy/proxyType", "") == "DefaultProxy"
    proxy = proxy_for(url) if url and is_url(url) else None
    if proxy is not None:
        kind = "SOCKS5" if proxy.type() == QNetworkProxy.ProxyType.Socks5Proxy else "HTTP"
        text = translate("CLCplusCheck", "{} proxy {}:{}").format(kind, proxy.hostName(), proxy.port())
        return (translate("CLCplusCheck", "{} (the system's proxy settings)").format(text) if system else text), True
    if system:
        return translate("CLCplusCheck", "no proxy (the system's proxy settings give none for this address)"), False
    if enabled:
        return translate("CLCplusCheck", "no proxy (the address is on QGIS's list of exceptions)"), False
    return translate("CLCplusCheck", "no proxy"), False


# --- checking ------------------------------------------------------------------------------------

def make(spec):
    if spec.key == MirrorSource.KEY:
        return MirrorSource(spec.mirror)
    classes = {ImageServerSource.KEY: ImageServerSource, WekeoSource.KEY: WekeoSource, ClmsSource.KEY: ClmsSource}
    if spec.key not in classes:
        raise SourceError(translate(
            "CLCplusCheck", "Unknown source '{}'; choose one of {}").format(spec.key, ", ".join(CHECKED_KEYS)))
    return classes[spec.key](spec.service_url)


def address(source, year=None):
    """The address a check of `source` asks first."""
    if isinstance(source, ImageServerSource):
        return source.folder_url() or source.service_url(year or max(
            y for y in product.YEARS if product.reference_year(y).on_imageserver))
    if isinstance(source, MirrorSource):
        if not is_url(source.template):
            return source.template
        tile = grid.parse_tile_id("E44N36")
        return source.locations(year or product.YEARS[-1], product.LAND_COVER, tile)[0]
    return source.base_url


def check_sources(specs, policy=None, feedback=None):
    """[CheckResult] for every CheckSpec, in order; messages go to `feedback` (pushInfo for what
    works, pushWarning for what does not) as they come."""
    results = []
    for spec in specs:
        if feedback is not None and feedback.isCanceled():
            raise Canceled(translate("CLCplusCheck", "Canceled"))
        result = check_one(spec, policy, feedback)
        results.append(result)
        if feedback is not None:
            line = "{}: {} - {}".format(result.name, result.label, result.message)
            (feedback.pushInfo if result.ok else feedback.pushWarning)(line)
    return results


def check_one(spec, policy=None, feedback=None):
    """The CheckResult of one source."""
    started = time.monotonic()
    is_canceled = feedback.isCanceled if feedback is not None else (lambda: False)
    options = FetchOptions(workers=1, http=policy or CHECK_POLICY)
    request = FetchRequest(year=product.YEARS[-1], tiles=[], cache_dir="", source=spec.key, authcfg=spec.authcfg,
                           mirror=spec.mirror, service_url=spec.service_url, options=options)
    try:
        source = make(spec)
    except SourceError as e:
        return CheckResult(spec.key, spec.key, ERROR, str(e))
    url = address(source)
    proxy_text, proxied = describe_proxy(url)
    result = CheckResult(source.KEY, source.name(), OK, "", public_url(url) if is_url(url) else url, proxy_text)
    session = CheckSession(request, is_canceled)

    def relay():
        messages, _fraction = session.drain()
        if feedback is not None:
            for _kind, message in messages:
                feedback.pushInfo("{}: {}".format(source.name(), message))

    try:
        if isinstance(source, MirrorSource):
            checked_notes, found_years = run_in_thread(lambda: _check_mirror(source, session), on_idle=relay)
            result.notes += checked_notes
            result.years = found_years
        else:
            try:
                source.prepare(request)
            except CredentialsError as e:
                result.status, result.message = NO_CREDENTIALS, str(e)
                found = run_in_thread(lambda: _reach(source, session), on_idle=relay)
                result.years = tuple(found or ())
                result.notes.append(translate(
                    "CLCplusCheck", "{} itself answers at {}").format(source.name(), result.url))
                return _finish(result, started, relay)
            checked = run_in_thread(lambda: source.check(session), on_idle=relay)
            offered.remember(source, checked.years)
            result.years = tuple(checked.years or ())
            result.notes += checked.notes
        result.message = _ok_message(result)
    except Canceled:
        result.status, result.message = CANCELED, translate("CLCplusCheck", "Canceled")
    except Exception as e:  # noqa: BLE001 - every failure becomes a diagnosis, never a traceback
        if result.status == NO_CREDENTIALS:  # and the service does not answer either: that comes first
            status, message = diagnose(e, session.last_exchange(), source, proxy_text, proxied, options.http)
            if status in (PROXY, SSL, DNS, UNREACHABLE, TIMEOUT, DOWN):
                result.status, result.message = status, "{} {}".format(message, result.message)
            else:
                result.message = "{} {}".format(result.message, message)
        else:
            result.status, result.message = diagnose(e, session.last_exchange(), source, proxy_text, proxied,
                                                     options.http)
    return _finish(result, started, relay)


def _finish(result, started, relay):
    relay()
    result.seconds = round(time.monotonic() - started, 2)
    return result


def _ok_message(result):
    text = "; ".join(result.notes) or translate("CLCplusCheck", "It answers")
    if result.years:
        text += ". " + translate(
            "CLCplusCheck", "Reference years offered: {}").format(", ".join(str(y) for y in result.years))
    return text


def _reach(source, session):
    """Without credentials: one anonymous request showing that the service answers at all; the
    years where that request lists them (the CLMS catalogue search is anonymous)."""
    if isinstance(source, ClmsSource):
        return source.offered_years(session)
    if isinstance(source, WekeoSource):
        session.http().request("GET", "{}/datasets/{}".format(source.base_url, DATASET_ID),
                               accept=tuple(range(200, 500)))
    return None


def _check_mirror(source, session):
    """(notes, years) of a mirror: a folder or mosaic looked at, a URL asked for one tile."""
    template = source.template
    if not template:
        raise SourceError(translate("CLCplusCheck", "No mirror given: enter the URL or folder of the mirror"))
    if not is_url(template):
        if os.path.isfile(template):
            try:
                dataset = gdal.Open(template)
                size = (dataset.RasterXSize, dataset.RasterYSize)
                dataset = None
            except RuntimeError as e:
                raise SourceError(translate(
                    "CLCplusCheck", "The mosaic {} cannot be opened: {}").format(template, e)) from None
            return [translate("CLCplusCheck", "The mosaic file {} opens ({} x {} pixels)").format(template, *size)], ()
        folder = template
        if "{" in template:  # a template: the folder before its first placeholder
            folder = template.split("{", 1)[0]
            folder = folder if folder.endswith(("/", os.sep)) else os.path.dirname(folder)
        if not os.path.isdir(folder):
            raise SourceError(translate("CLCplusCheck", "The folder {} does not exist").format(folder or template))
        if not os.access(folder, os.R_OK | os.X_OK):
            raise SourceError(translate("CLCplusCheck", "The folder {} cannot be read").format(folder))
        years = sorted({int(name) for name in os.listdir(folder) if name.isdigit() and product.is_possible_year(name)})
        notes = [translate("CLCplusCheck", "The folder {} can be read").format(folder)]
        return notes, tuple(years)
    location = address(source)
    answer = session.http().request("HEAD", location, accept=tuple(range(200, 500)))
    if answer.status in (401, 403):
        raise LoginRefused(translate(
            "CLCplusCheck", "The mirror refuses access (HTTP {}) to {}").format(answer.status, public_url(location)))
    if answer.status < 400 or answer.status in (405, 501):
        return [translate("CLCplusCheck", "The mirror answers and has {}").format(public_url(location))], ()
    return [translate(
        "CLCplusCheck", "The mirror answers (HTTP {} for {}: it may hold other tiles than this one)").format(
        answer.status, public_url(location))], ()


def diagnose(error, last, source, proxy_text, proxied, policy=CHECK_POLICY):
    """(status, message) for what `error` (raised by a check) and the last exchange show."""
    name = source.name()
    if isinstance(error, Canceled):
        return CANCELED, translate("CLCplusCheck", "Canceled")
    if isinstance(error, CredentialsError):
        return NO_CREDENTIALS, str(error)
    if isinstance(error, TermsNotAccepted):
        return TERMS, str(error)
    if isinstance(error, QuotaReached):
        return QUOTA, str(error)
    if isinstance(error, (LoginRefused, AccessRefused)):
        return LOGIN, str(error)
    host = urlsplit(last.url).hostname if last is not None else ""
    if last is not None and (last.status is None or last.error in _PROXY_ERRORS):
        detail = last.error_text or str(error)
        if last.error in _PROXY_ERRORS or (proxied and last.error in (
                _NE.ConnectionRefusedError, _NE.HostNotFoundError, _NE.RemoteHostClosedError)):
            return PROXY, translate(
                "CLCplusCheck",
                "QGIS connects through the {}, which failed: {}. Check the proxy's address, port and login in "
                "{}, or ask your IT department which proxy to use").format(proxy_text, detail, settings_place())
        if last.error == _NE.SslHandshakeFailedError:
            return SSL, translate(
                "CLCplusCheck",
                "The secure connection to {} failed: QGIS does not trust the certificate it was shown ({}). "
                "Behind a company proxy that inspects HTTPS, add your organisation's root certificate in "
                "Settings › Options › Authentication › Certificate Manager; otherwise check that the "
                "computer's date and time are right").format(host, detail)
        if last.error == _NE.HostNotFoundError:
            return DNS, translate(
                "CLCplusCheck",
                "The name {} could not be found (DNS): the computer is offline, or the network needs a proxy "
                "that QGIS does not use (QGIS uses {}; proxies are set in {})").format(
                host, proxy_text, settings_place())
        if last.timed_out or last.error in (_NE.TimeoutError, _NE.OperationCanceledError):
            return TIMEOUT, translate(
                "CLCplusCheck",
                "{} did not answer within {:g} s: a firewall may drop the connection, or the network needs a "
                "proxy (QGIS uses {}; proxies are set in {})").format(
                host, policy.timeout, proxy_text, settings_place())
        return UNREACHABLE, translate(
            "CLCplusCheck",
            "{} could not be reached ({}): a firewall may block it, the service may be down, or the network "
            "needs a proxy (QGIS uses {}; proxies are set in {})").format(
            host, detail, proxy_text, settings_place())
    status = last.status if last is not None else getattr(error, "status", None)
    if status == 407:
        return PROXY, translate(
            "CLCplusCheck",
            "The {} asks for a login (HTTP 407): enter the proxy's user name and password in {}").format(
            proxy_text, settings_place())
    if status == 429:
        return QUOTA, translate(
            "CLCplusCheck", "{} takes no more requests for now (HTTP 429); try again later: {}").format(name, error)
    if isinstance(status, int) and status >= 500:
        if proxied:
            return DOWN, translate(
                "CLCplusCheck",
                "{} answers through the {}, but with a server error (HTTP {}): the service is down or "
                "overloaded, or the proxy cannot reach it; try again later").format(name, proxy_text, status)
        return DOWN, translate(
            "CLCplusCheck",
            "{} answers, but with a server error (HTTP {}): the service is down or overloaded; try again "
            "later").format(name, status)
    if status in (401, 403):
        return LOGIN, translate("CLCplusCheck", "{} refused access (HTTP {}): {}").format(name, status, error)
    if isinstance(error, SourceError):
        return ERROR, str(error)
    return ERROR, translate("CLCplusCheck", "{} answered something this plugin cannot use: {}").format(name, error)


# --- reports -------------------------------------------------------------------------------------

def summary(results):
    """Plain text, one paragraph per source."""
    return "\n".join("{} - {}: {}".format(r.name, r.label, r.message) for r in results)


def html_report(results):
    """A small HTML page: one row per source with its answer, the address and the proxy."""
    rows = []
    for r in results:
        colour = "#2e7d32" if r.ok else "#c62828"
        rows.append("<tr><td><b>{}</b></td><td style='color:{}'>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            html.escape(r.name), colour, html.escape(r.label), html.escape(r.message), html.escape(r.url),
            html.escape(r.proxy)))
    titles = (translate("CLCplusCheck", "Source"), translate("CLCplusCheck", "Answer"),
              translate("CLCplusCheck", "In plain words"), translate("CLCplusCheck", "Address"),
              translate("CLCplusCheck", "Proxy"))
    head = "".join("<th align='left'>{}</th>".format(html.escape(h)) for h in titles)
    return ("<html><head><meta charset='utf-8'><title>{0}</title></head><body><h3>{0}</h3>"
            "<table border='1' cellspacing='0' cellpadding='4'><tr>{1}</tr>{2}</table></body></html>").format(
        html.escape(translate("CLCplusCheck", "CLCplus Backbone: connection check")), head, "".join(rows))
