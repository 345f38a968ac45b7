"""The one small interface every source meets, and what a fetch carries around.

A source (imageserver, wekeo, clms_api, mirror) is a class with:

    KEY                      "imageserver" | "wekeo" | "clms" | "mirror"
    DEFAULT_URL              the real service (PRODUCT.md); tests pass a 127.0.0.1 base URL
    name()                   the name a person reads
    layers(year)             the product layers it serves for `year` (empty: not that year)
    prepare(request)         in the caller's thread, no network: credentials, settings, checks
    fetch(session, tiles)    in a worker QThread: put every tile of `tiles` into the cache
                             through session.install(), or report it with
                             session.unavailable() / session.failed()
    offered_years(session)   in a worker QThread: the reference years the service publishes
    check(session)           in a worker QThread: whether the source can be used (connection check)

core/sources/fetch.py drives them: it looks in the cache first, hands only the missing tiles to
fetch(), runs it off the caller's thread and passes messages and progress back to the caller.
"""

import abc
import os
import threading
from dataclasses import dataclass, field
from typing import List, Optional, Sequence

from qgis.PyQt.QtCore import QCoreApplication

from .. import product
from ..cache import FULL_TILES, TileLayout
from ..http import Canceled, HttpClient, HttpPolicy
from .pool import WorkerPool

GIB = 1 << 30

# What happened to one tile.
CACHED = "cached"  # already in the cache: no request made
DOWNLOADED = "downloaded"  # fetched, verified and installed now
IN_PLACE = "in place"  # read from a local mosaic, nothing copied
UNAVAILABLE = "unavailable"  # the source has no such tile (outside its coverage)
FAILED = "failed"
CANCELED = "canceled"



class SourceError(RuntimeError):
    """A source cannot be used as asked (credentials, year, layer, service answer); the message
    says what to do."""


class LoginRefused(SourceError):
    """The service refused the credentials (user name and password, or service key)."""


@dataclass
class Checked:
    """What a source's check() found: the reference years it offers (None: it cannot tell) and
    lines for the user (what was asked, what answered)."""
    years: Optional[tuple] = None
    notes: List[str] = field(default_factory=list)


@dataclass
class FetchOptions:
    workers: int = 3  # downloads at the same time
    http: HttpPolicy = field(default_factory=HttpPolicy)
    poll_interval: float = 10.0  # seconds between two looks at an order's state
    order_timeout: float = 3600.0  # seconds an order may stay queued or in progress
    max_zip_member: int = 4 * GIB
    max_zip_total: int = 16 * GIB
    accept_terms: bool = False  # WEkEO: accept the Copernicus land licence when needed
    refresh: bool = False  # fetch again even tiles already in the cache


@dataclass
class FetchRequest:
    year: int
    tiles: Sequence  # grid.TileId
    cache_dir: str
    source: str = "auto"  # a source KEY, or "auto" (ImageServer where it serves the year, else WEkEO)
    layer: product.Layer = product.LAND_COVER
    authcfg: str = ""  # WEkEO: Basic user/password; CLMS: the service key
    mirror: str = ""  # mirror source: URL or path template, folder, or a local mosaic file
    service_url: str = ""  # another base URL for the source (default: the real service)
    layout: TileLayout = FULL_TILES
    options: FetchOptions = field(default_factory=FetchOptions)


@dataclass
class TileOutcome:
    tile: object
    status: str
    path: Optional[str] = None
    message: str = ""


@dataclass
class FetchResult:
    year: int
    layer: product.Layer
    source: str
    outcomes: List[TileOutcome]
    mosaic: Optional[str] = None  # a local pan-European mosaic used in place
    requests: int = 0  # HTTP requests made

    def by_status(self, *statuses):
        return [o for o in self.outcomes if o.status in statuses]

    @property
    def paths(self):
        """The tile files, cached or new, in tile order."""
        return [o.path for o in sorted(self.outcomes, key=lambda o: o.tile) if o.path]

    @property
    def ok(self):
        return not self.by_status(FAILED, CANCELED)

    @property
    def canceled(self):
        return bool(self.by_status(CANCELED))


class FetchSession:
    """What a source's fetch() works with: the HTTP client, the pool, the cache and the staging
    folder, and the calls that report each tile. Thread-safe; messages and progress are queued
    and delivered in the caller's thread."""

    def __init__(self, request, cache, staging, is_canceled):
        self.request = request
        self.year = request.year
        self.layer = request.layer
        self.layout = request.layout
        self.options = request.options
        self.cache = cache
        self.staging = staging
        self.is_canceled = is_canceled
        self._lock = threading.Lock()
        self._outcomes = {}
        self._messages = []
        self._fractions = {}
        self._bytes = {}  # tile -> (bytes done, bytes in all) of its download, where the client knows them
        self.cached_count = 0  # tiles found in the cache before the fetch (for "n of m done")
        self._counter = 0
        self._clients = []
        self._local = threading.local()

    # --- tools -------------------------------------------------------------------------------

    def http(self):
        """The calling thread's HTTP client (one per thread)."""
        client = getattr(self._local, "client", None)
        if client is None:
            client = HttpClient(self.options.http, self.is_canceled, self.info)
            self._local.client = client
            with self._lock:
                self._clients.append(client)
        return client

    @property
    def requests_made(self):
        with self._lock:
            return sum(c.requests_made for c in self._clients)

    def map(self, fn, items):
        """fn(item) for every item on the bounded pool; the list of pool Outcomes."""
        pool = WorkerPool(self.options.workers, self.is_canceled, lambda: Canceled(QCoreApplication.translate(
            "CLCplusFetch", "Canceled")))
        return pool.map(fn, items)

    def temp_path(self, name):
        """A fresh path in the staging folder, ending with `name`."""
        with self._lock:
            self._counter += 1
            number = self._counter
        return os.path.join(self.staging, "{:04d}-{}".format(number, name))

    def check_canceled(self):
        if self.is_canceled():
            raise Canceled(QCoreApplication.translate("CLCplusFetch", "Canceled"))

    def sleep(self, seconds):
        self.http().sleep(seconds)

    def tile_extent(self, tile):
        return self.layout.extent(tile)

    # --- reporting ----------------------------------------------------------------------------

    def install(self, tile, staged, sidecars=None):
        """Verify the staged tile file and move it into the cache; VerificationError if bad."""
        path, installed = self.cache.install(staged, self.year, self.layer, tile, sidecars,
                                             replace=self.options.refresh, is_canceled=self.is_canceled)
        message = "" if installed else QCoreApplication.translate(
            "CLCplusFetch", "another fetch put it into the cache meanwhile")
        self._report(TileOutcome(tile, DOWNLOADED, path, message))
        self.progress(tile, 1.0)
        return path

    def unavailable(self, tile, reason):
        self._report(TileOutcome(tile, UNAVAILABLE, None, reason))
        self.progress(tile, 1.0)

    def failed(self, tile, error):
        status = CANCELED if isinstance(error, Canceled) else FAILED
        self._report(TileOutcome(tile, status, None, str(error)))

    def reported(self, tile):
        with self._lock:
            return tile in self._outcomes

    def outcomes(self):
        with self._lock:
            return dict(self._outcomes)

    def _report(self, outcome):
        with self._lock:
            self._outcomes[outcome.tile] = outcome

    def info(self, message):
        with self._lock:
            self._messages.append(("info", message))

    def warning(self, message):
        with self._lock:
            self._messages.append(("warning", message))

    def progress(self, tile, fraction, done=None, total=None):
        """`fraction` of `tile` done; `done` of `total` bytes downloaded, where the download tells."""
        with self._lock:
            self._fractions[tile] = max(0.0, min(1.0, fraction))
            if total:
                self._bytes[tile] = (min(done or 0, total), total)

    def byte_counts(self):
        """(bytes downloaded, bytes of the downloads) over the tiles whose download tells them; None if none."""
        with self._lock:
            counts = list(self._bytes.values())
        return (sum(d for d, _ in counts), sum(t for _, t in counts)) if counts else None

    def drain(self):
        """(messages, overall fraction or None) since the last call; for the caller's thread."""
        with self._lock:
            messages, self._messages = self._messages, []
            fractions = dict(self._fractions)
        wanted = len(self.request.tiles) or 1
        return messages, (sum(fractions.values()) / wanted if fractions else None)


class Source(abc.ABC):
    """Base class of the sources; see the module docstring for the contract."""

    KEY = ""
    DEFAULT_URL = ""
    LAYERS = (product.LAND_COVER.key,)

    def __init__(self, base_url=""):
        self.base_url = (base_url or self.DEFAULT_URL).rstrip("/")

    @abc.abstractmethod
    def name(self):
        """The source's name as the user sees it."""

    def layers(self, year):
        """The layers (product.Layer) served for `year`."""
        year_layers = product.reference_year(year).layers
        return tuple(product.LAYERS[key] for key in self.LAYERS if key in year_layers)

    def prepare(self, request):  # noqa: B027 - an optional hook: most sources need no preparation
        """Checks and credentials, in the caller's thread, without network."""

    def offered_years(self, session):
        """In a worker thread: the reference years the service offers (a sorted tuple of ints),
        asked cheaply; None when the source cannot tell (core/sources/years.py caches it)."""
        return None

    def check(self, session):
        """In a worker thread: one cheap request (or a few) showing whether the source can be used,
        through the same requests fetch() makes; a Checked, or the error fetch() would meet."""
        return Checked(self.offered_years(session))

    @abc.abstractmethod
    def fetch(self, session, tiles):
        """In a worker thread: end each tile in session.install, unavailable or failed."""
