"""Qt6 / QGIS 4 rules over every Python file of the project, tests, sample/, bench/ and resources/
included (a Qt6 QGIS runs them too). The rules are in qt6_rules.py; test_qt6_rules_planted.py shows
each catches a planted offence; test_compat.py proves compat.py against QGIS 4's names."""

import os

from qt6_rules import (
    FILES, SKIP_DIRS, parsed, rule_qt_through_qgis_pyqt, rule_no_qtwebkit, rule_qaction_from_qtwidgets,
    rule_no_compiled_resources, rule_no_exec_underscore, rule_no_renamed_enums, rule_no_qvariant_types,
    rule_no_null_qvariant, rule_no_qapp, rule_no_qregexp, rule_no_qdesktopwidget, rule_no_fontmetrics_width,
    rule_no_activated_str, rule_no_qdatetime_from_parts, rule_no_fragile_add_action, rule_scoped_enums,
)
from repo import ROOT


def _check(rule):
    """Run `rule` (tree -> [(node, message)]) over every file; 'path:line message' for each offence."""
    found = []
    for path in FILES:
        found += ["{}:{} {}".format(os.path.relpath(path, ROOT), node.lineno, message)
                  for node, message in rule(parsed(path))]
    return found


def test_every_part_of_the_project_is_checked():
    folders = {os.path.relpath(p, ROOT).split(os.sep)[0] for p in FILES}
    assert {"core", "processing", "ui", "tests", "sample", "bench", "resources", "compat.py",
            "plugin.py", "__init__.py"} <= folders, folders
    assert os.path.join(ROOT, "tests", "servers", "base.py") in FILES


def test_qt_only_through_qgis_pyqt():
    bad = _check(rule_qt_through_qgis_pyqt)
    assert not bad, "\n".join(bad)


def test_no_qtwebkit():
    bad = _check(rule_no_qtwebkit)
    assert not bad, "\n".join(bad)


def test_qaction_from_qtwidgets():
    bad = _check(rule_qaction_from_qtwidgets)
    assert not bad, "\n".join(bad)


def test_no_compiled_resources():
    bad = _check(rule_no_compiled_resources)
    for base, dirs, names in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS and not d.startswith(".")]
        bad += [os.path.relpath(os.path.join(base, n), ROOT) + ": a .qrc file" for n in names if n.endswith(".qrc")]
    assert not bad, "\n".join(bad)


def test_no_exec_underscore():
    bad = _check(rule_no_exec_underscore)
    assert not bad, "\n".join(bad)


def test_no_renamed_enums():
    bad = _check(rule_no_renamed_enums)
    assert not bad, "\n".join(bad)


def test_no_qvariant_types():
    bad = _check(rule_no_qvariant_types)
    assert not bad, "\n".join(bad)


def test_no_null_qvariant():
    bad = _check(rule_no_null_qvariant)
    assert not bad, "\n".join(bad)


def test_no_qapp():
    bad = _check(rule_no_qapp)
    assert not bad, "\n".join(bad)


def test_no_qregexp():
    bad = _check(rule_no_qregexp)
    assert not bad, "\n".join(bad)


def test_no_qdesktopwidget():
    bad = _check(rule_no_qdesktopwidget)
    assert not bad, "\n".join(bad)


def test_no_fontmetrics_width():
    bad = _check(rule_no_fontmetrics_width)
    assert not bad, "\n".join(bad)


def test_no_activated_str():
    bad = _check(rule_no_activated_str)
    assert not bad, "\n".join(bad)


def test_no_qdatetime_from_parts():
    bad = _check(rule_no_qdatetime_from_parts)
    assert not bad, "\n".join(bad)


def test_no_fragile_add_action():
    bad = _check(rule_no_fragile_add_action)
    assert not bad, "\n".join(bad)


def test_enums_are_fully_scoped():
    bad = _check(rule_scoped_enums)
    assert not bad, "\n".join(bad)
