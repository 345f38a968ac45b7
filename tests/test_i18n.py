"""Translations: every language file complete, and the plugin speaking German under a German QGIS."""

import os
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsSettings

import clcplus_backbone
from clcplus_backbone.core import product
from repo import ROOT

LANGUAGES = ("de", "fr")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d")


def _ts(language):
    return os.path.join(ROOT, "i18n", "clcplus_{}.ts".format(language))


def _messages(language):
    root = ET.parse(_ts(language)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            yield name, message.findtext("source"), translation


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_escaped_character_lost_on_the_way(language):
    """pylupdate5 reads "\\u201c" as "u201c": such a message is never found at run time. Write the
    character itself in the code."""
    lost = [source for _context, source, _translation in _messages(language)
            if re.search(r"(?<![0-9A-Za-z])u[0-9a-fA-F]{4}", source or "")]
    assert not lost, lost


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language):
    messages = list(_messages(language))
    assert len(messages) > 300
    for context, source, translation in messages:
        assert translation is not None and translation.get("type") != "unfinished" and translation.text, \
            "{}: untranslated {!r}".format(context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), \
            "{}: placeholders differ in {!r}".format(context, source)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_language_files_are_current(language, tmp_path):
    """A source string without an entry in the .ts file means `make transup` was not run."""
    copy = tmp_path / "check.ts"
    copy.write_bytes(open(_ts(language), "rb").read())
    sources = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.py"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.split()
    sources = [s for s in sources if not s.startswith(("tests/", "bench/", "sample/", "resources/"))]
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(copy)], cwd=ROOT, check=True,
                   capture_output=True)
    unfinished = copy.read_text(encoding="utf-8").count('type="unfinished"')
    assert unfinished == 0, "{} new strings: run `make transup` and translate them".format(unfinished)


def _german(source, context):
    for name, text, translation in _messages("de"):
        if name == context and text == source:
            return translation.text
    raise AssertionError("{!r} not in the German file".format(source))


@pytest.fixture
def german_plugin(qgis_app, tmp_path):
    subprocess.run(["lrelease", "-silent", _ts("de"), "-qm", os.path.join(ROOT, "i18n", "clcplus_de.qm")],
                   check=True)
    settings = QgsSettings()
    settings.setValue("locale/userLocale", "de_DE")
    plugin = clcplus_backbone.classFactory(None)
    yield plugin
    plugin.unload()
    settings.remove("locale/userLocale")


def test_a_german_qgis_gets_german_class_and_algorithm_names(german_plugin):
    assert german_plugin.translator is not None
    sealed = _german("Sealed", product.TR_CONTEXT)
    assert sealed != "Sealed" and product.class_label(1) == sealed
    from clcplus_backbone.processing.areastatistics import AreaStatisticsAlgorithm
    assert AreaStatisticsAlgorithm().displayName() == _german("Class areas", "AreaStatisticsAlgorithm")
    assert AreaStatisticsAlgorithm().displayName() != "Class areas"


def test_english_again_after_unload(german_plugin):
    german_plugin.unload()
    assert product.class_label(1) == "Sealed"
