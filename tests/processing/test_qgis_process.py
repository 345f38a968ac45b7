"""The plugin as qgis_process sees it, from a temporary QGIS profile."""

import json

import pytest

from clcplus_backbone.sample.qgis_process import PLUGIN_NAME, QgisProcess



@pytest.fixture(scope="module")
def qgis_process(tmp_path_factory):
    return QgisProcess(tmp_path_factory.mktemp("qgis-config")).call


def test_the_plugin_is_listed_and_loaded(qgis_process):
    lines = qgis_process("plugins").stdout.splitlines()
    assert "* " + PLUGIN_NAME in [line.strip() for line in lines]


def test_the_provider_and_its_algorithms_are_listed(qgis_process):
    out = qgis_process("list").stdout
    assert "CLCplus Backbone" in out
    assert "clcplus:gridtiles" in out


def test_help_describes_the_parameters(qgis_process):
    out = qgis_process("help", "clcplus:gridtiles").stdout
    for word in ("EXTENT", "AOI", "TILE_IDS", "YEAR", "OUTPUT", "TILE_COUNT"):
        assert word in out


def test_run_headless(qgis_process, tmp_path):
    out = tmp_path / "tiles.geojson"
    done = qgis_process("--json", "run", "clcplus:gridtiles", "--",
                        "EXTENT=11.0,12.5,55.0,56.0 [EPSG:4326]", "YEAR=2023", f"OUTPUT={out}")
    results = json.loads(done.stdout)["results"]
    assert results["TILE_IDS"] == "E43N35,E43N36,E44N35,E44N36"
    features = json.loads(out.read_text())["features"]
    assert sorted(f["properties"]["tile_id"] for f in features) == results["TILE_IDS"].split(",")


def test_a_bad_tile_id_fails_with_the_reason(qgis_process):
    done = qgis_process("run", "clcplus:gridtiles", "--", "TILE_IDS=E99N12", "OUTPUT=memory:", check=False)
    assert done.returncode != 0
    assert "outside the CLCplus Backbone grid" in done.stdout + done.stderr
