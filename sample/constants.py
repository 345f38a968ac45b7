"""The sample's fixed numbers: where it lies, its classes by name, the change kinds, and the shapes
and shares of its landscape. sample/generate.py says what the sample is."""

import numpy as np

from ..core import product
from ..core.grid import parse_tile_id


DEFAULT_SEED = 3544

SAMPLE_TILES = tuple(parse_tile_id(t) for t in ("E44N35", "E45N35", "E44N36", "E45N36"))
# The corner the four sample cells share; the coast passes through it and small windows touch it.
CENTRE = ((min(t.east for t in SAMPLE_TILES) + 1) * product.TILE_SIZE_M,
          (min(t.north for t in SAMPLE_TILES) + 1) * product.TILE_SIZE_M)

# --- Land-cover classes by name (codes come from core/product.py only) --------------------------

_CODE = {c.name: c.code for c in product.LAND_COVER_CLASSES}
SEALED = _CODE["Sealed"]
NEEDLE = _CODE["Woody needle leaved trees"]
BROADLEAVED = _CODE["Woody broadleaved deciduous trees"]
EVERGREEN = _CODE["Woody broadleaved evergreen trees"]
LOW_WOODY = _CODE["Low-growing woody plants"]
GRASSLAND = _CODE["Permanent herbaceous"]
CROPLAND = _CODE["Periodically herbaceous"]
LICHENS = _CODE["Lichens and mosses"]
SPARSE = _CODE["Non and sparsely vegetated"]
WATER = _CODE["Water"]
SNOW = _CODE["Snow and ice"]

# What a misclassified pixel of each class is mistaken for (two choices; see product.WEAK_CLASSES).
_CONFUSED = {SEALED: (SPARSE, GRASSLAND), NEEDLE: (BROADLEAVED, LOW_WOODY),
             BROADLEAVED: (NEEDLE, GRASSLAND), EVERGREEN: (BROADLEAVED, NEEDLE),
             LOW_WOODY: (GRASSLAND, BROADLEAVED), GRASSLAND: (CROPLAND, LOW_WOODY),
             CROPLAND: (GRASSLAND, SPARSE), LICHENS: (GRASSLAND, SPARSE),
             SPARSE: (GRASSLAND, SEALED), WATER: (SPARSE, GRASSLAND), SNOW: (SPARSE, LICHENS)}
_FLIP = np.tile(np.arange(256, dtype=np.uint8), (2, 1))
for _c, (_a, _b) in _CONFUSED.items():
    _FLIP[0, _c], _FLIP[1, _c] = _a, _b

# Change kinds: names as the manifest spells them. 0 is "no change".
KIND_NAMES = ("clear-cut", "regrowth", "grassland-cropland", "urban sprawl", "drought water",
              "noise", "coastal buffer", "no data")
(K_CLEARCUT, K_REGROWTH, K_SWAP, K_SPRAWL, K_DROUGHT, K_NOISE, K_COAST, K_NODATA) = range(1, 9)
PLANTED_KINDS = KIND_NAMES[:5]
UNEXPLAINED = "unexplained"  # a change no kind accounts for: always 0 (the tests check it)

# --- The landscape's numbers ------------------------------------------------------------------

CELL = 2 * product.PIXEL_SIZE_M  # fields are computed on a 20 m grid and upsampled

COAST_COARSE = ((48000, 9000), (20000, 7000), (9000, 6000), (4000, 3500), (1800, 1300))
COAST_FINE = ((800, 450), (350, 180), (150, 70))
COAST_BOW = 2.5e-6  # the coast bends away north-east from the centre: more land in the corners
BUFFER_M = 1000.0  # width of the coastal seawater buffer
FOREST = ((24000, .35), (9000, .3), (3500, .2), (1400, .1), (500, .05), (200, .025))
FOREST_TYPE = ((6000, .5), (2200, .3), (800, .15), (300, .05))
LAKES = ((7000, .4), (2800, .3), (1100, .18), (450, .08), (180, .04))
URBAN_NOISE = ((900, .6), (350, .3), (140, .1))
HEATH = ((5000, .4), (1800, .35), (600, .25), (200, .1))
QUARRY = ((2500, .6), (700, .3), (200, .1))
EVERGREEN_NOISE = ((1500, .6), (500, .3), (200, .1))
BEACH = ((6000, .6), (1500, .4))
HIGHLAND_NOISE = ((1800, .45), (700, .35), (250, .2))
AGRICULTURE = ((16000, .5), (6000, .3), (2000, .2))
DROUGHT = ((8000, .6), (3000, .4))
CONFIDENCE_NOISE = ((5000, .5), (1800, .3), (600, .2))

T_FOREST = 0.60
T_NEEDLE = 0.525
T_LAKE = 0.70
T_HEATH = 0.75
T_QUARRY = 0.81
T_EVERGREEN = 0.755

TOWN_CELL = 7000.0
TOWN_P = 0.72
FARM_CELL = 700.0
FARM_P = 0.3
ISLAND_CELL = 10000.0
HIGHLAND = (CENTRE[0] - 9500.0, CENTRE[1] - 11000.0, 2200.0)  # x, y, radius (m) of its core
# A harbour town just inland of the centre corner and a coastal city (x, y, radius in m).
FIXED_TOWNS = ((CENTRE[0] - 3500.0, CENTRE[1] - 2600.0, 1900.0),
               (CENTRE[0] - 38000.0, CENTRE[1] + 50000.0, 5500.0))
# Rivers: (start, end, width in pixels, meander amplitude m).
RIVERS = (((HIGHLAND[0], HIGHLAND[1]), (CENTRE[0] + 4000.0, CENTRE[1] + 6000.0), 3, 900.0),
          ((CENTRE[0] + 30000.0, CENTRE[1] - 95000.0), (CENTRE[0] + 27000.0, CENTRE[1] + 5000.0), 6,
           2500.0),
          ((CENTRE[0] - 95000.0, CENTRE[1] - 60000.0), (CENTRE[0] - 40000.0, CENTRE[1] + 60000.0), 4,
           2000.0))
# A strip of missing data along the north edge of E44N35, west of the centre, in one year.
NODATA_YEAR = product.YEARS[1]
NODATA_BOX = (CENTRE[0] - 4000.0, CENTRE[1] - 8 * product.PIXEL_SIZE_M, CENTRE[0], CENTRE[1])

P_CLEARCUT = 0.04  # share of forest compartments cut per period
P_REGROW = 0.45  # share of the previous period's cuts (to shrubs) that regrow to broadleaved trees
P_SWAP = 0.06  # share of field parcels that switch between grassland and cropland per period
P_SPRAWL = 0.18  # share of urban-edge blocks built over per period
SALT_PEPPER_PER_1024 = 6  # static per-pixel classification noise (same every year)
NOISE_PER_4096 = 4  # per-year classification noise flips (about 0.1 % of pixels per year)
CONF_NOISE_MAX = 50  # noise flips get confidence 10..50, everything else at least CONF_FLOOR
CONF_FLOOR = 55
