"""Change between reference years: the from->to matrix, the change raster, the per-class balance
(Pontius) and, with more than two rasters, trajectories (a -> b -> c).

- inputs.py: the years, types and confidence layers of the rasters checked; the MMU in pixels.
- counting.py: the from->to pairs counted window by window.
- detection.py: change_detection, which runs them and writes the change raster (core/geotiff.py).
- result.py: ChangeResult, the counts and the tables read from them.
- report.py: the HTML report.

What processing/ and ui/ call is here; the rest from the module that holds it.
"""

from .detection import CONNECTIVITIES, DEFAULT_THRESHOLD, change_detection
from .inputs import MMU_UNITS
from .report import html_report
from .result import ChangeResult

__all__ = ["CONNECTIVITIES", "DEFAULT_THRESHOLD", "MMU_UNITS", "ChangeResult", "change_detection", "html_report"]
