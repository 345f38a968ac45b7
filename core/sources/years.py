"""Which reference years the sources publish, asked cheaply and kept for the session.

core/product.py knows the facts of the years it was written for (2018, 2021, 2023) and the rule
for a newer one (tiles named like the latest year's; see product.fallback_year). Whether a source
offers a year is the source's to say, one cheap request each (Source.offered_years):

- EEA ImageServer: the folder's list of services (`.../rest/services/CLC_plus?f=json`), whose
  services named like product.IMAGESERVER_SERVICE_PATTERN are the years (anonymous);
- WEkEO: the dataset's query options (`GET /dataaccess/queryable/EO:EEA:DAT:CLC-PLUS`), whose
  `year` values are the years (a token, so credentials);
- CLMS API: a catalogue search (`@search?portal_type=DataSet&SearchableText=Backbone`), whose
  raster datasets name their year in the title (anonymous).

The answers are kept for OFFERED_TTL seconds in this process (a QGIS session), per source and
service address. A year the model knows is fetched as before, without asking: a new year costs
one request per session, a known one none.
"""

import dataclasses
import threading
import time

from qgis.PyQt.QtCore import QCoreApplication

from .. import product
from ..http import Canceled, HttpError
from .base import FetchSession, LoginRefused, SourceError
from .imageserver import ImageServerSource
from .mirror import MirrorSource
from .pool import run_in_thread
from .wekeo import WekeoSource
from .wekeo_broker import AccessRefused, QuotaReached

OFFERED_TTL = 6 * 3600.0  # seconds an answer is reused
_CACHE = {}  # (source KEY, base URL) -> (time.monotonic() of the answer, years)
_LOCK = threading.Lock()


def _key(source):
    return (source.KEY, getattr(source, "base_url", "") or "")


def remember(source, years):
    """Keep what `source` said it offers (a tuple of years; None is not kept)."""
    if years is None:
        return
    with _LOCK:
        _CACHE[_key(source)] = (time.monotonic(), tuple(sorted(int(y) for y in years)))


def cached(source):
    """The years `source` offered this session (not older than OFFERED_TTL), or None."""
    with _LOCK:
        hit = _CACHE.get(_key(source))
    if hit is None or time.monotonic() - hit[0] > OFFERED_TTL:
        return None
    return hit[1]


def forget():
    """Forget every answer (tests; a new session)."""
    with _LOCK:
        _CACHE.clear()


def offered(source, session):
    """In a worker thread: the years `source` offers, from the cache or asked once."""
    years = cached(source)
    if years is None:
        years = source.offered_years(session)
        remember(source, years)
    return years


def available_years():
    """The years to offer a user: those the model knows and the newer ones a source offered this
    session."""
    with _LOCK:
        answers = [years for _when, years in _CACHE.values()]
    newer = {y for years in answers for y in years if product.is_possible_year(y)}
    return tuple(sorted(set(product.YEARS) | newer))


def default_source(year, service_url=""):
    """The source 'auto' means for `year`: the anonymous ImageServer where it serves the year (for
    a year newer than the model: where its list, asked this session, names it), WEkEO otherwise.
    No request is made here."""
    facts = product.reference_year(year)
    if facts.known:
        return ImageServerSource.KEY if facts.on_imageserver else WekeoSource.KEY
    years = cached(ImageServerSource(service_url))
    return ImageServerSource.KEY if years and int(year) in years else WekeoSource.KEY


def settle(request, feedback=None):
    """The request as fetch_tiles runs it. A year the model knows: unchanged, no request. A newer
    year: 'auto' becomes the ImageServer if its list names the year, WEkEO otherwise, and the
    chosen source is asked (once a session) which years it offers; SourceError if not this one."""
    facts = product.reference_year(request.year)
    if facts.known:
        return request
    if request.source in ("", "auto"):
        imageserver = ImageServerSource(request.service_url)
        try:
            years = ask(imageserver, request, feedback)
        except (SourceError, HttpError) as e:  # then WEkEO, which has every year
            _say(feedback, QCoreApplication.translate(
                "CLCplusFetch", "The EEA ImageServer could not say which years it serves ({}); trying WEkEO").format(e))
            years = None
        key = ImageServerSource.KEY if years and request.year in years else WekeoSource.KEY
        request = dataclasses.replace(request, source=key)
    if request.source == MirrorSource.KEY:  # a mirror holds the files or it does not
        return request
    from .fetch import make_source  # here, not above: fetch.py imports this module
    source = make_source(request)
    source.prepare(request)
    try:
        years = ask(source, request, feedback)
    except (LoginRefused, QuotaReached, AccessRefused, Canceled):
        raise
    except HttpError as e:
        if e.status is None:  # no connection: the fetch cannot work either
            raise SourceError(str(e)) from None
        years = None
        _say(feedback, QCoreApplication.translate(
            "CLCplusFetch", "{} did not say which years it offers ({}); trying {} anyway").format(
            source.name(), e, request.year))
    except SourceError as e:
        years = None
        _say(feedback, QCoreApplication.translate(
            "CLCplusFetch", "{} did not say which years it offers ({}); trying {} anyway").format(
            source.name(), e, request.year))
    if years is not None and request.year not in years:
        raise SourceError(not_offered_message(source, request.year, years))
    if years is not None:
        _say(feedback, QCoreApplication.translate(
            "CLCplusFetch", "{} offers {}, a year newer than this plugin's product facts: {}").format(
            source.name(), request.year, product.translate(product.NEW_YEAR_NOTE)))
    return request


def not_offered_message(source, year, years):
    offers = ", ".join(str(y) for y in years) or QCoreApplication.translate("CLCplusFetch", "no year")
    return QCoreApplication.translate(
        "CLCplusFetch", "{} does not offer CLCplus Backbone {} (yet); it offers: {}. Try again once the year is "
                        "published there, or choose another source").format(source.name(), year, offers)


def ask(source, request, feedback=None):
    """source.offered_years through the cache, in a worker thread, as fetch_tiles would ask."""
    years = cached(source)
    if years is not None:
        return years
    is_canceled = feedback.isCanceled if feedback is not None and hasattr(feedback, "isCanceled") else (lambda: False)
    session = FetchSession(request, None, None, is_canceled)
    try:
        return run_in_thread(lambda: offered(source, session))
    finally:
        messages, _fraction = session.drain()
        for _kind, message in messages:
            _say(feedback, message)


def _say(feedback, message):
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(message)
