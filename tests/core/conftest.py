"""Fixtures of the core tests."""

import os

import pytest

from clcplus_backbone.sample.generate import generate


@pytest.fixture(scope="module")
def sample(request, tmp_path_factory):
    """The sample generator's four tiles at the test module's SIZE pixels a side, without mosaics:
    (manifest, path(year, tile, layer="RAS"))."""
    folder = str(tmp_path_factory.mktemp(request.module.__name__ + "-sample"))
    manifest = generate(folder, size=request.module.SIZE, mosaics=False)

    def path(year, tile, layer="RAS"):
        return os.path.join(folder, manifest["tile_files"][str(year)][tile][layer])
    return manifest, path
