"""The plugin as QGIS meets it: loaded with an interface and without one (qgis_process)."""

import configparser
import os

import pytest
from qgis.core import QgsApplication

import clcplus_backbone
from clcplus_backbone import plugin as plugin_module
from repo import ROOT


class StubIface:
    """The parts of QgisInterface a plugin touches, recording what was added and removed."""

    def __init__(self):
        self.added, self.removed = [], []

    def __getattr__(self, name):
        if name.startswith(("add", "insert", "register")):
            return lambda *args: self.added.append((name, args))
        if name.startswith(("remove", "unregister")):
            return lambda *args: self.removed.append((name, args))
        raise AttributeError(name)


def _providers():
    return [p.id() for p in QgsApplication.processingRegistry().providers()]


@pytest.fixture
def without_provider(qgis_app):
    """The registry as QGIS has it before the plugin loads (other tests may have added ours)."""
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("clcplus")
    if existing is not None:
        registry.removeProvider(existing)
    yield
    if existing is not None and registry.providerById("clcplus") is None:
        from clcplus_backbone.processing.provider import CLCplusProvider
        registry.addProvider(CLCplusProvider())


@pytest.mark.parametrize("iface", [None, StubIface()], ids=["qgis_process", "desktop"])
def test_load_and_unload_leave_nothing_behind(without_provider, iface):
    before = _providers()
    plugin = clcplus_backbone.classFactory(iface)
    if iface is None:
        plugin.initProcessing()
    else:
        plugin.initGui()
    provider = QgsApplication.processingRegistry().providerById("clcplus")
    assert provider is not None
    assert provider.name() == "CLCplus Backbone"
    assert not provider.icon().isNull()
    assert "clcplus:gridtiles" in [a.id() for a in provider.algorithms()]
    plugin.initProcessing()  # a second call must not register twice
    assert _providers().count("clcplus") == 1
    plugin.unload()
    assert _providers() == before
    if iface is not None:
        assert len(iface.added) == len(iface.removed)


def _metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(ROOT, "metadata.txt"), encoding="utf-8")
    return parser["general"]


def test_metadata_is_complete_for_the_plugin_repository():
    meta = _metadata()
    for key in ("name", "description", "about", "version", "author", "email", "repository",
                "tracker", "homepage", "tags", "category", "icon", "changelog"):
        assert meta.get(key, "").strip(), key
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["qgisMaximumVersion"] == "4.99"
    assert meta["hasProcessingProvider"] == "yes"
    assert os.path.isfile(os.path.join(ROOT, meta["icon"]))
    assert meta["version"] in open(os.path.join(ROOT, "CHANGELOG.md"), encoding="utf-8").read()
    assert "Copernicus" in meta["about"]


def test_license_is_gpl2_or_later():
    text = open(os.path.join(ROOT, "LICENSE"), encoding="utf-8").read()
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 2" in text


@pytest.mark.parametrize("setting, expected", [("de_DE", "de"), ("fr", "fr"), ("C", None), ("", None)])
def test_language_follows_the_qgis_setting(qgis_app, monkeypatch, setting, expected):
    from qgis.core import QgsSettings
    QgsSettings().setValue("locale/userLocale", setting)
    try:
        language = plugin_module.user_locale()
        if expected:
            assert language == expected
        else:  # falls back to the application or system locale without crashing
            assert isinstance(language, str) and language != "C"
        clcplus_backbone.classFactory(None).unload()
    finally:
        QgsSettings().remove("locale/userLocale")
