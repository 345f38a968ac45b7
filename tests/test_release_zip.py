"""`make zip`: the archive the official plugin repository takes, and that QGIS installs."""

import zipfile

from clcplus_backbone.sample.qgis_process import PLUGIN_NAME, QgisProcess

# release_zip: the fixture in conftest.py (tests/test_desktop.py installs the same archive)


def test_one_top_folder_and_no_developer_files(release_zip):
    names = zipfile.ZipFile(release_zip).namelist()
    assert all(n.startswith(PLUGIN_NAME + "/") for n in names)
    for needed in ("metadata.txt", "__init__.py", "plugin.py", "compat.py", "LICENSE", "README.md",
                   "processing/provider.py", "core/product.py", "resources/icons/clcplus.png",
                   "resources/icons/clcplus.svg", "i18n/clcplus_de.qm", "i18n/clcplus_fr.qm",
                   "resources/models/clcplus_area_report.model3", "resources/styles/clcplus_landcover.qml",
                   "ui/dock.py"):
        assert PLUGIN_NAME + "/" + needed in names, needed
    for unwanted in ("tests/", "sample/", "bench/", "Makefile", ".ci/", "requirements-dev.txt", ".venv/",
                     "build/", "__pycache__", "docs/", ".ts", "make_"):
        assert not any(unwanted in n for n in names), unwanted


def test_qgis_loads_the_installed_zip(release_zip, tmp_path):
    zipfile.ZipFile(release_zip).extractall(tmp_path / "unpacked")
    qgis = QgisProcess(tmp_path / "config", plugin_dir=tmp_path / "unpacked" / PLUGIN_NAME)
    assert "* " + PLUGIN_NAME in [line.strip() for line in qgis.call("plugins").stdout.splitlines()]
    out = qgis.call("list").stdout
    assert "clcplus:gridtiles" in out and "clcplus:areastatistics" in out
