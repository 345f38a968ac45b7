"""The dock's data source: a mirror address is saved without its password or token, which stay for
the QGIS session only (issue 13)."""

import pytest
from qgis.core import QgsSettings

from clcplus_backbone.ui import settings


@pytest.fixture
def clean(processing_registry):
    settings.clear()
    yield
    settings.clear()


@pytest.mark.parametrize("typed, saved", [
    ("https://alice:hunter2@tiles.example.org/clcplus", "https://tiles.example.org/clcplus"),
    ("https://tiles.example.org/{year}/{tile}.tif?token=s3cr3t&v=2", "https://tiles.example.org/{year}/{tile}.tif?v=2"),
    ("https://h.example.org/t.zip?X-Amz-Signature=ab&X-Amz-Credential=cd&x=1%20y", "https://h.example.org/t.zip?x=1%20y"),
    ("https://h.example.org/x?api_key=k&key=k2", "https://h.example.org/x"),
    ("https://h.example.org/{year}?layer={layer}", "https://h.example.org/{year}?layer={layer}"),
    ("/home/alice/tiles", "/home/alice/tiles"),
    ("", ""),
])
def test_credentials_are_taken_out_of_an_address(typed, saved):
    assert settings.without_credentials(typed) == saved
    assert settings.has_credentials(typed) == (typed != saved)


def test_the_mirror_is_saved_without_credentials_and_kept_for_the_session(clean, qgis_app):
    from clcplus_backbone.ui.source import SourceWidget
    typed = "https://alice:hunter2@tiles.example.org/{year}/{name}?token=s3cr3t"
    widget = SourceWidget()
    try:
        widget.set_source("mirror", typed)
        stored = QgsSettings().value(settings.PREFIX + "mirror")
        assert stored == "https://tiles.example.org/{year}/{name}"
        assert "hunter2" not in str(QgsSettings().allKeys()) and "s3cr3t" not in stored
        assert widget.parameters()["MIRROR"] == typed  # this fetch uses what was typed
        assert widget.mirror_note.isVisibleTo(widget)
        # Another panel in the same session gets the full address back...
        again = SourceWidget()
        assert again.mirror.text() == typed
        again.deleteLater()
        # ... the next session (the memory gone) only the address without its credentials.
        settings._SESSION.clear()
        fresh = SourceWidget()
        assert fresh.mirror.text() == "https://tiles.example.org/{year}/{name}"
        assert not fresh.mirror_note.isVisibleTo(fresh)
        fresh.deleteLater()
        # An address without credentials shows no note.
        widget.set_source("mirror", "https://tiles.example.org/{year}/{name}")
        assert not widget.mirror_note.isVisibleTo(widget)
    finally:
        widget.deleteLater()
