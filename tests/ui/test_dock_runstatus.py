"""What the dock says of its work: the step and its news beside the progress, a fetch canceled or the dock
closed while it works (a slow loopback mirror), errors and a missing login told in the panel, not in the
message bar.
"""

import os
import time

import pytest
from qgis.core import QgsApplication, QgsProject

from clcplus_backbone.core import product
from dock_driver import group_layers, _rect, shot, wait_idle, wait_tiles
from qt_events import settle, wait_until

pytestmark = pytest.mark.usefixtures("own_settings")  # tests/ui/conftest.py


def test_progress_tells_the_step_and_the_news(dock):
    dock._show_running(True)
    dock._progress(40.0, 2, 3, "Comparing 2018 with 2023")
    assert dock.progress.value() == 40 and "2 of 3" in dock.status.text() and "Comparing" in dock.status.text()
    dock._news("WEkEO is busy (HTTP 503); trying again in 8.0 s")
    assert dock.detail.isVisibleTo(dock) and "8.0 s" in dock.detail.text()
    dock._progress(0.0, 3, 3, "Styling the change layer")
    assert dock.detail.text() == ""  # a new step: the last one's news is gone
    dock._show_running(False)


def test_feedback_relays_the_fetch_news(qgis_app):
    from clcplus_backbone.ui.tasks import Feedback
    feedback, said = Feedback(), []
    feedback.messageChanged.connect(said.append)
    feedback.setProgressText("2 of 4 tile(s) done")
    feedback.pushInfo("E44N36: timed out; trying again in 8.0 s")
    assert said == ["2 of 4 tile(s) done", "E44N36: timed out; trying again in 8.0 s"]


@pytest.fixture
def slow_mirror(sample):
    """An HTTP mirror of the 2023 sample tiles that takes 30 s to answer each."""
    from servers.base import Fault
    from servers.mirror import MirrorServer
    server = MirrorServer()
    for tile in ("E44N35", "E44N36", "E45N35", "E45N36"):
        name = product.tile_file_name(2023, tile)
        with open(os.path.join(sample[0], "tiles", "2023", name), "rb") as f:
            server.put("/tiles/2023/" + name, f.read())
        server.fail("/tiles/2023/" + name, Fault("slow", delay=30))
    server.start()
    yield server
    server.stop()


def test_cancel_a_running_fetch(dock, iface, slow_mirror, tmp_path):
    dock.source.set_source("mirror", slow_mirror.url("/tiles"))
    dock.fetch.click()
    wait_until(lambda: QgsApplication.taskManager().countActiveTasks() > 0 and slow_mirror.requests(), 20)
    assert dock.is_busy() and dock.cancel_button.isVisible()
    assert "Fetching the 2023 tiles" in dock.status.text()
    shot(dock, tmp_path, "dock_5_fetching", 360)
    started = time.monotonic()
    dock.cancel_button.click()
    wait_idle(dock, 20)
    assert time.monotonic() - started < 10
    assert dock.status.text().startswith("Canceled")
    assert iface.messages() == []
    assert group_layers("CLCplus Backbone 2023") == []
    assert dock.fetch.isEnabled() and not dock.cancel_button.isVisible()


def test_closing_the_dock_while_it_works(dock, iface, slow_mirror):
    """The plugin unloads (or QGIS quits) during a download: the task stops, nothing is added later."""
    dock.source.set_source("mirror", slow_mirror.url("/tiles"))
    dock.fetch.click()
    wait_until(lambda: slow_mirror.requests(), 20)
    dock.cleanup()
    wait_until(lambda: QgsApplication.taskManager().countActiveTasks() == 0, 20)
    settle(0.3)
    assert group_layers("CLCplus Backbone 2023") == [] and iface.messages() == []
    assert not [layer for layer in QgsProject.instance().mapLayers().values()
                if layer.customProperty("clcplus/temporary")]


def test_errors_are_told_in_the_panel(dock, iface, tmp_path):
    from clcplus_backbone.ui.aoi import TILES
    missing = str(tmp_path / "no such folder")
    dock.source.set_source("mirror", missing)
    dock.fetch.click()
    wait_idle(dock)
    assert iface.messages() == []  # the panel is where the user looks: the reason is there, not in the bar
    assert dock.status.text().startswith("⚠") and "does not exist" in dock.status.text()
    # the path as it was typed, breakable after its slashes (zero-width spaces) so the panel does not grow
    assert missing in dock.status.text().replace("\u200b", "") and dock.status.isVisibleTo(dock)
    shot(dock, tmp_path, "dock_6_error", 360)
    # an area that is not complete yet is explained in the panel, and nothing can start
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E99N99")
    wait_tiles(dock)
    assert "outside" in dock.tiles_label.text()
    assert not dock.fetch.isEnabled() and not dock.stats.count.isEnabled()
    # a map view where the product has no tiles: clcplus:gridtiles says so, in the panel
    from clcplus_backbone.ui.aoi import EXTENT
    dock.aoi.set_mode(EXTENT)
    iface.canvas.setExtent(_rect(100_000, 100_000, 120_000, 120_000))
    wait_tiles(dock)
    assert dock.tiles == [] and "⚠" in dock.tiles_label.text()
    assert not dock.fetch.isEnabled() and iface.messages() == []
    assert dock.status.text() == "" and not dock.status.isVisibleTo(dock)  # the old error went with the old area


def test_a_missing_login_is_told_in_the_panel_before_any_request(dock, iface):
    from clcplus_backbone.ui.aoi import TILES
    dock.source.set_source("wekeo")
    dock.aoi.set_mode(TILES)
    dock.aoi.tile_ids.setText("E44N36")
    wait_tiles(dock)
    assert dock.run_steps(dock._fetch_steps(dock.current_aoi, [2023], always=True), "done") is None
    assert not dock.is_busy() and iface.messages() == []
    assert "Account" in dock.status.text() and not dock.source.isCollapsed()
    # the core's words for the Processing dialog become the panel's
    text = dock.plain_error("WEkEO needs an authentication configuration: add one in Settings › Options › "
                            "Authentication and choose it in this tool")
    assert "in this tool" not in text and "Account" in text
