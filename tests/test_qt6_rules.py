"""Qt6 / QGIS 4 rules over every Python file of the project, tests, sample/, bench/ and resources/
included (a Qt6 QGIS runs them too).

QGIS's own migration checker is scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py in the qgis/QGIS repository.
It cannot run here: it needs a Qt6 QGIS (or the enums.json it writes from one) and tokenize_rt. These
rules are our equivalent: each looks for what that script rewrites or warns about, with the script's
own patterns, and names the file and line it objects to. Where the script needs Qt6 to know an enum's
scope, the enum rule asks this Qt5 QGIS by introspection instead (a value of a sip enum or a Python
enum reached through a class that is not its enum). Every rule has a companion test that plants an
offence and one correct spelling. compat.py, the one place for the QGIS 3/4 spellings, is proved
importable against a namespace that holds QGIS 4's names only.
"""

import ast
import builtins
import enum
import importlib
import os
import re
import textwrap
import types

import pytest

from repo import ROOT

SKIP_DIRS = {".git", ".venv", "build", "__pycache__", "demo-output"}


def _python_files():
    """Every Python file of the checkout but the virtualenv and build output."""
    files = []
    for base, dirs, names in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        files += [os.path.join(base, n) for n in names if n.endswith(".py")]
    return sorted(files)


FILES = _python_files()
_TREES = {}


def _tree(path):
    if path not in _TREES:
        with open(path, encoding="utf-8") as f:
            _TREES[path] = ast.parse(f.read(), path)
    return _TREES[path]


def _check(rule):
    """Run `rule` (tree -> [(node, message)]) over every file; 'path:line message' for each offence."""
    found = []
    for path in FILES:
        found += ["{}:{} {}".format(os.path.relpath(path, ROOT), node.lineno, message)
                  for node, message in rule(_tree(path))]
    return found


def _planted(rule, source):
    """The messages `rule` gives on a planted snippet."""
    return [message for _node, message in rule(ast.parse(textwrap.dedent(source)))]


def test_every_part_of_the_project_is_checked():
    folders = {os.path.relpath(p, ROOT).split(os.sep)[0] for p in FILES}
    assert {"core", "processing", "ui", "tests", "sample", "bench", "resources", "compat.py",
            "plugin.py", "__init__.py"} <= folders, folders
    assert os.path.join(ROOT, "tests", "servers", "base.py") in FILES


# --- imports ---------------------------------------------------------------------------------------

def _imported_modules(node):
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if isinstance(node, ast.ImportFrom) and node.module and not node.level:
        return [node.module]
    return []


def rule_qt_through_qgis_pyqt(tree):
    """pyqt5_to_pyqt6 rewrites `from PyQt5.X` to `from qgis.PyQt.X` and `qgis.PyQt.Qt` to QtCore:
    PyQt5, PyQt6 and sip only through qgis.PyQt (`from qgis.PyQt import sip`)."""
    bad = []
    for node in ast.walk(tree):
        for module in _imported_modules(node):
            if module.split(".")[0] in ("PyQt5", "PyQt6", "sip"):
                bad.append((node, "import {}: use qgis.PyQt".format(module)))
            elif module == "qgis.PyQt.Qt":
                bad.append((node, "qgis.PyQt.Qt is gone in Qt6: import Qt from qgis.PyQt.QtCore"))
    return bad


def test_qt_only_through_qgis_pyqt():
    bad = _check(rule_qt_through_qgis_pyqt)
    assert not bad, "\n".join(bad)


def test_the_import_rule_catches_direct_pyqt_and_sip():
    assert len(_planted(rule_qt_through_qgis_pyqt, """
        from PyQt5.QtCore import Qt
        import PyQt6.QtGui
        import sip
        from PyQt5 import sip as s
        from qgis.PyQt.Qt import Qt
    """)) == 5
    assert not _planted(rule_qt_through_qgis_pyqt, """
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt import sip
    """)


WEBKIT = re.compile(r"QtWebKit|^QWeb(View|Page|Frame|Settings|Inspector|Element)")


def _identifiers(tree):
    """(node, identifier) for every name, attribute, imported module and imported name."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            yield node, node.id
        elif isinstance(node, ast.Attribute):
            yield node, node.attr
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for module in modules:
                for part in module.split("."):
                    yield node, part
            for alias in node.names:
                yield node, alias.name
                if alias.asname:
                    yield node, alias.asname


def rule_no_qtwebkit(tree):
    """QtWebKit is gone from Qt6 and from Debian 13's PyQt5 (tests render HTML with tests/html_render.py)."""
    return [(node, "{}: QtWebKit is gone in Qt6 and Debian 13".format(name))
            for node, name in _identifiers(tree) if WEBKIT.search(name)]


def test_no_qtwebkit():
    bad = _check(rule_no_qtwebkit)
    assert not bad, "\n".join(bad)


def test_the_webkit_rule_catches_qtwebkit():
    assert len(_planted(rule_no_qtwebkit, """
        from qgis.PyQt.QtWebKitWidgets import QWebView
        from qgis.PyQt import QtWebKit
        page = QWebPage()
    """)) >= 3
    assert not _planted(rule_no_qtwebkit, "from qgis.PyQt.QtWidgets import QTextBrowser\n")


def rule_qaction_from_qtwidgets(tree):
    """QAction is in QtGui in Qt6, in QtWidgets in Qt5; qgis.PyQt.QtWidgets has it with both."""
    return [(node, "import QAction from qgis.PyQt.QtWidgets")
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("QtGui")
            and any(a.name in ("QAction", "QActionGroup") for a in node.names)]


def test_qaction_from_qtwidgets():
    bad = _check(rule_qaction_from_qtwidgets)
    assert not bad, "\n".join(bad)


def test_the_qaction_rule_catches_qtgui():
    assert _planted(rule_qaction_from_qtwidgets, "from qgis.PyQt.QtGui import QIcon, QAction\n")
    assert not _planted(rule_qaction_from_qtwidgets, "from qgis.PyQt.QtWidgets import QAction\n")


def rule_no_compiled_resources(tree):
    """pyqt5_to_pyqt6 warns on `resources_rc`: compiled resources are gone with Qt6 (no pyrcc);
    load icons by file path and .ui files with uic.loadUiType."""
    nodes = {node: None for node, name in _identifiers(tree)
             if isinstance(node, (ast.Import, ast.ImportFrom)) and name == "resources_rc"}
    return [(node, "resources_rc: compiled Qt resources are gone in Qt6") for node in nodes]


def test_no_compiled_resources():
    bad = _check(rule_no_compiled_resources)
    for base, dirs, names in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS and not d.startswith(".")]
        bad += [os.path.relpath(os.path.join(base, n), ROOT) + ": a .qrc file" for n in names if n.endswith(".qrc")]
    assert not bad, "\n".join(bad)


def test_the_resources_rule_catches_resources_rc():
    assert len(_planted(rule_no_compiled_resources, """
        from . import resources_rc
        import resources_rc
        from .resources_rc import qInitResources
    """)) == 3
    assert not _planted(rule_no_compiled_resources, "from . import resources\n")


# --- renamed and removed API --------------------------------------------------------------------------

def rule_no_exec_underscore(tree):
    """pyqt5_to_pyqt6 renames `exec_` calls and definitions to `exec` (exec_ is gone in PyQt6)."""
    bad = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "exec_":
            bad.append((node, "exec_: use exec()"))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == "exec_":
            bad.append((node, "def exec_: name it exec"))
    return bad


def test_no_exec_underscore():
    bad = _check(rule_no_exec_underscore)
    assert not bad, "\n".join(bad)


def test_the_exec_rule_catches_call_and_definition():
    assert len(_planted(rule_no_exec_underscore, """
        dialog.exec_()
        loop = app.exec_
        class Dialog:
            def exec_(self):
                pass
    """)) == 3
    assert not _planted(rule_no_exec_underscore, "dialog.exec()\nspec.loader.exec_module(module)\n")


RENAMED_ENUMS = {  # pyqt5_to_pyqt6's deprecated_renamed_enums
    "MidButton": "Qt.MouseButton.MiddleButton",
    "TextColorRole": "Qt.ItemDataRole.ForegroundRole",
    "BackgroundColorRole": "Qt.ItemDataRole.BackgroundRole",
    "HighQualityAntialiasing": "QPainter.RenderHint.Antialiasing",
}


def rule_no_renamed_enums(tree):
    """Enum values Qt6 dropped, reached scoped or not (Qt.MidButton, Qt.MouseButton.MidButton)."""
    return [(node, "{} is gone in Qt6: use {}".format(node.attr, RENAMED_ENUMS[node.attr]))
            for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr in RENAMED_ENUMS]


def test_no_renamed_enums():
    bad = _check(rule_no_renamed_enums)
    assert not bad, "\n".join(bad)


def test_the_renamed_enum_rule_catches_each_of_them():
    assert len(_planted(rule_no_renamed_enums, """
        a = Qt.MidButton
        b = Qt.ItemDataRole.TextColorRole
        c = Qt.BackgroundColorRole
        painter.setRenderHint(QPainter.HighQualityAntialiasing)
    """)) == 4
    assert not _planted(rule_no_renamed_enums, "a = Qt.MouseButton.MiddleButton\n")


def _is_qvariant(node):
    return (isinstance(node, ast.Name) and node.id == "QVariant") or \
        (isinstance(node, ast.Attribute) and node.attr == "QVariant")


def rule_no_qvariant_types(tree):
    """pyqt5_to_pyqt6 turns every `QVariant.Int` into `QMetaType.Type.Int` (QVariant.Type is gone in
    PyQt6, and QgsField takes QMetaType.Type from QGIS 3.38 on): field types come from compat.FIELD_*,
    which ask for QMetaType where QGIS has it."""
    return [(node, "QVariant.{}: use compat.FIELD_* (or QMetaType.Type)".format(node.attr))
            for node in ast.walk(tree) if isinstance(node, ast.Attribute) and _is_qvariant(node.value)]


def test_no_qvariant_types():
    bad = _check(rule_no_qvariant_types)
    assert not bad, "\n".join(bad)


def test_the_qvariant_type_rule_catches_field_types():
    assert len(_planted(rule_no_qvariant_types, """
        field = QgsField("area", QVariant.Double)
        kind = QVariant.Type.Int
        other = QtCore.QVariant.String
    """)) == 3
    assert not _planted(rule_no_qvariant_types, "field = QgsField('area', compat.FIELD_DOUBLE)\n")


def rule_no_null_qvariant(tree):
    """pyqt5_to_pyqt6 rewrites `QVariant()` and `QVariant(QVariant.Int)` to qgis.core.NULL."""
    return [(node, "QVariant() as a null value: use qgis.core.NULL")
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and _is_qvariant(node.func) and not node.keywords
            and (not node.args or (len(node.args) == 1 and isinstance(node.args[0], ast.Attribute)
                                   and _is_qvariant(node.args[0].value)))]


def test_no_null_qvariant():
    bad = _check(rule_no_null_qvariant)
    assert not bad, "\n".join(bad)


def test_the_null_qvariant_rule_catches_both_forms():
    assert len(_planted(rule_no_null_qvariant, """
        empty = QVariant()
        typed = QVariant(QVariant.Int)
    """)) == 2
    assert not _planted(rule_no_null_qvariant, "from qgis.core import NULL\nempty = NULL\nv = QVariant(3)\n")


def rule_no_qapp(tree):
    """pyqt5_to_pyqt6 rewrites `qApp` to QApplication.instance() (qApp is gone in PyQt6)."""
    return [(node, "qApp: use QApplication.instance()") for node, name in _identifiers(tree) if name == "qApp"]


def test_no_qapp():
    bad = _check(rule_no_qapp)
    assert not bad, "\n".join(bad)


def test_the_qapp_rule_catches_qapp():
    assert len(_planted(rule_no_qapp, """
        from qgis.PyQt.QtWidgets import qApp
        qApp.processEvents()
    """)) >= 2
    assert not _planted(rule_no_qapp, "QApplication.instance().processEvents()\n")


def rule_no_qregexp(tree):
    """pyqt5_to_pyqt6: QRegExp is removed in Qt6, use QRegularExpression (QRegExpValidator likewise)."""
    return [(node, "{}: use QRegularExpression".format(name))
            for node, name in _identifiers(tree) if name.startswith("QRegExp")]


def test_no_qregexp():
    bad = _check(rule_no_qregexp)
    assert not bad, "\n".join(bad)


def test_the_qregexp_rule_catches_qregexp():
    assert _planted(rule_no_qregexp, "from qgis.PyQt.QtCore import QRegExp\n")
    assert _planted(rule_no_qregexp, "v = QtGui.QRegExpValidator()\n")
    assert not _planted(rule_no_qregexp, "from qgis.PyQt.QtCore import QRegularExpression\n")


def rule_no_qdesktopwidget(tree):
    """pyqt5_to_pyqt6 warns on `.desktop()`: QDesktopWidget is removed in Qt6 (use QScreen)."""
    bad = [(node, "QDesktopWidget is gone in Qt6: use QScreen")
           for node, name in _identifiers(tree) if name == "QDesktopWidget"]
    bad += [(node, ".desktop(): QDesktopWidget is gone in Qt6, use QScreen")
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "desktop" and not node.args]
    return bad


def test_no_qdesktopwidget():
    bad = _check(rule_no_qdesktopwidget)
    assert not bad, "\n".join(bad)


def test_the_qdesktopwidget_rule_catches_it():
    assert len(_planted(rule_no_qdesktopwidget, """
        from qgis.PyQt.QtWidgets import QDesktopWidget
        rect = QApplication.desktop().screenGeometry()
    """)) == 2
    assert not _planted(rule_no_qdesktopwidget, "rect = QApplication.primaryScreen().availableGeometry()\n")


def rule_no_fontmetrics_width(tree):
    """pyqt5_to_pyqt6 warns on QFontMetrics.width(): gone in Qt6, use horizontalAdvance(). Its patterns:
    `m = QFontMetrics(...)` then `m.width`, `QFontMetrics(...).width`, `x.fontMetrics().width`."""
    def makes_metrics(call):
        return isinstance(call, ast.Call) and (
            (isinstance(call.func, ast.Name) and call.func.id in ("QFontMetrics", "QFontMetricsF"))
            or (isinstance(call.func, ast.Attribute) and call.func.attr in ("QFontMetrics", "QFontMetricsF",
                                                                              "fontMetrics")))
    metrics = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and makes_metrics(node.value):
            metrics.update(ast.unparse(t) for t in node.targets)
        elif isinstance(node, ast.AnnAssign) and node.value is not None and makes_metrics(node.value):
            metrics.add(ast.unparse(node.target))
    return [(node, "QFontMetrics.width() is gone in Qt6: use horizontalAdvance()")
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and node.attr == "width"
            and (makes_metrics(node.value) or ast.unparse(node.value) in metrics)]


def test_no_fontmetrics_width():
    bad = _check(rule_no_fontmetrics_width)
    assert not bad, "\n".join(bad)


def test_the_fontmetrics_rule_catches_width():
    assert len(_planted(rule_no_fontmetrics_width, """
        metrics = QFontMetrics(font)
        a = metrics.width("text")
        b = QFontMetricsF(font).width("text")
        c = self.fontMetrics().width("text")
        self.metrics = QFontMetrics(font)
        d = self.metrics.width("x")
    """)) == 4
    assert not _planted(rule_no_fontmetrics_width, """
        metrics = QFontMetrics(font)
        a = metrics.horizontalAdvance("text")
        b = metrics.boundingRect("text").width()
        c = rect.width()
    """)


def rule_no_activated_str(tree):
    """pyqt5_to_pyqt6 warns on `activated[str]`: gone in Qt6, use activated or textActivated."""
    bad = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) \
                and node.value.attr == "activated":
            index = node.slice.value if type(node.slice).__name__ == "Index" else node.slice  # Python < 3.9
            if isinstance(index, ast.Name) and index.id == "str":
                bad.append((node, "activated[str] is gone in Qt6: use textActivated"))
    return bad


def test_no_activated_str():
    bad = _check(rule_no_activated_str)
    assert not bad, "\n".join(bad)


def test_the_activated_rule_catches_activated_str():
    assert _planted(rule_no_activated_str, "combo.activated[str].connect(slot)\n")
    assert not _planted(rule_no_activated_str, "combo.textActivated.connect(slot)\n")


def rule_no_qdatetime_from_parts(tree):
    """pyqt5_to_pyqt6 rewrites QDateTime(y, m, d, h, M, s, ms, ts) and QDateTime(QDate(...)), which
    PyQt6 no longer takes, to QDateTime(QDate(...), QTime(...), ts)."""
    bad = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QDateTime":
            if len(node.args) == 8:
                bad.append((node, "QDateTime with 8 arguments: use QDateTime(QDate(...), QTime(...), spec)"))
            elif len(node.args) == 1 and isinstance(node.args[0], ast.Call) \
                    and isinstance(node.args[0].func, ast.Name) and node.args[0].func.id == "QDate":
                bad.append((node, "QDateTime(QDate(...)): add the time, QDateTime(QDate(...), QTime(0, 0))"))
    return bad


def test_no_qdatetime_from_parts():
    bad = _check(rule_no_qdatetime_from_parts)
    assert not bad, "\n".join(bad)


def test_the_qdatetime_rule_catches_both_forms():
    assert len(_planted(rule_no_qdatetime_from_parts, """
        a = QDateTime(2024, 1, 2, 3, 4, 5, 0, Qt.TimeSpec.UTC)
        b = QDateTime(QDate(2024, 1, 2))
    """)) == 2
    assert not _planted(rule_no_qdatetime_from_parts,
                        "a = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt.TimeSpec.UTC)\n")


def rule_no_fragile_add_action(tree):
    """pyqt5_to_pyqt6 warns on addAction(...) with 4 or more arguments: the overloads differ in Qt6;
    make the QAction, then addAction(action)."""
    return [(node, "addAction with {} arguments: build the QAction, then addAction(action)".format(len(node.args)))
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "addAction" and len(node.args) >= 4]


def test_no_fragile_add_action():
    bad = _check(rule_no_fragile_add_action)
    assert not bad, "\n".join(bad)


def test_the_add_action_rule_catches_four_arguments():
    assert _planted(rule_no_fragile_add_action, "menu.addAction(icon, 'Run', self.run, 'Ctrl+R')\n")
    assert not _planted(rule_no_fragile_add_action, "menu.addAction(action)\nmenu.addAction(icon, 'Run')\n")


# --- scoped enums -------------------------------------------------------------------------------------

def _bindings(tree):
    """name -> how to get the object it names, for imports from qgis (qgis.core, qgis.PyQt.QtCore, ...):
    ('module', 'qgis.core') or ('member', 'qgis.PyQt.QtCore', 'Qt')."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and not node.level and (node.module or "").split(".")[0] == "qgis":
            for alias in node.names:
                names[alias.asname or alias.name] = ("member", node.module, alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] != "qgis":
                    continue
                if alias.asname:
                    names[alias.asname] = ("module", alias.name)
                else:
                    names["qgis"] = ("module", "qgis")
    return names


_MISSING = object()


def _load(binding):
    try:
        if binding[0] == "module":
            return importlib.import_module(binding[1])
        module = importlib.import_module(binding[1])
        if hasattr(module, binding[2]):
            return getattr(module, binding[2])
        return importlib.import_module(binding[1] + "." + binding[2])  # a submodule: from qgis.PyQt import QtCore
    except Exception:  # a module this Qt lacks (QtWebKit on Debian 13): nothing to introspect
        return _MISSING


def _attribute(owner, name):
    """owner.name, importing a submodule where owner is a package (qgis.core of `import qgis`)."""
    try:
        return getattr(owner, name)
    except AttributeError:
        if isinstance(owner, types.ModuleType):
            try:
                return importlib.import_module(owner.__name__ + "." + name)
            except ImportError:
                pass
        return _MISSING


def _is_enum_value(value):
    """A value of a Python enum or of a sip (PyQt5) enum; not an enum class, not a plain int."""
    kind = type(value)
    return isinstance(value, enum.Enum) or type(kind).__name__ in ("enumtype", "EnumType") and \
        kind is not int and not isinstance(value, type)


def rule_scoped_enums(tree):
    """pyqt5_to_pyqt6 rewrites `Qt.AlignLeft` to `Qt.AlignmentFlag.AlignLeft` (PyQt6 knows only the
    scoped form). Here: every `Name.Value`, `module.Class.Value` or `qgis.core.Class.Value` whose Name
    comes from qgis.* / qgis.PyQt.* and whose Value is an enum value not reached through its enum."""
    bindings = _bindings(tree)
    resolved = {}
    bad = []

    def resolve(node):
        key = id(node)
        if key not in resolved:
            if isinstance(node, ast.Name):
                resolved[key] = _load(bindings[node.id]) if node.id in bindings else _MISSING
            elif isinstance(node, ast.Attribute):
                owner = resolve(node.value)
                resolved[key] = _MISSING if owner is _MISSING else _attribute(owner, node.attr)
            else:
                resolved[key] = _MISSING
        return resolved[key]

    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        owner = resolve(node.value)
        if owner is _MISSING or not isinstance(owner, type):
            continue
        value = resolve(node)
        # A value reached through its own enum (Qt.AlignmentFlag.AlignLeft, QgsMapLayerType.RasterLayer)
        # is scoped.
        if value is not _MISSING and _is_enum_value(value) and type(value) is not owner:
            bad.append((node, "{}.{}: use {}.{}.{}".format(ast.unparse(node.value), node.attr,
                                                           ast.unparse(node.value), type(value).__name__,
                                                           node.attr)))
    return bad


def test_enums_are_fully_scoped():
    bad = _check(rule_scoped_enums)
    assert not bad, "\n".join(bad)


def test_the_enum_rule_sees_sip_and_python_enums():
    from qgis.PyQt.QtCore import Qt
    assert _is_enum_value(Qt.AlignmentFlag.AlignLeft)  # the same value as the unscoped Qt.AlignLeft
    assert not _is_enum_value(Qt.AlignmentFlag) and not _is_enum_value(3) and not _is_enum_value(True)

    class Colour(enum.Enum):
        RED = 1
    assert _is_enum_value(Colour.RED) and not _is_enum_value(Colour)


def test_the_enum_rule_catches_an_unscoped_enum():
    assert len(_planted(rule_scoped_enums, """
        from qgis.PyQt.QtCore import Qt
        from qgis.core import QgsTask
        from qgis.PyQt.QtWidgets import QSizePolicy as Policy
        a = Qt.AlignLeft | Qt.AlignTop
        b = QgsTask.CanCancel
        c = Policy.Expanding
    """)) == 4
    assert not _planted(rule_scoped_enums, """
        from qgis.PyQt.QtCore import Qt
        from qgis.core import QgsTask, QgsProcessing
        a = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        b = QgsTask.Flag.CanCancel
        c = QgsProcessing.TEMPORARY_OUTPUT
        d = Qt.AlignmentFlag
    """)


def test_the_enum_rule_catches_enums_reached_through_a_module():
    assert len(_planted(rule_scoped_enums, """
        from qgis.PyQt import QtCore
        import qgis.core
        import qgis.PyQt.QtWidgets as widgets
        a = QtCore.Qt.AlignLeft
        b = qgis.core.QgsTask.CanCancel
        c = widgets.QSizePolicy.Expanding
    """)) == 3
    assert not _planted(rule_scoped_enums, """
        from qgis.PyQt import QtCore
        import qgis.core
        a = QtCore.Qt.AlignmentFlag.AlignLeft
        b = qgis.core.QgsTask.Flag.CanCancel
    """)


# --- compat.py against QGIS 4 -------------------------------------------------------------------------

# What each constant of compat.py is on QGIS 4: the spelling QGIS 4 has (and QGIS >= 3.38 too).
QGIS4_SPELLINGS = {
    "SOURCE_ANY_GEOMETRY": "Qgis.ProcessingSourceType.VectorAnyGeometry",
    "SOURCE_POLYGON": "Qgis.ProcessingSourceType.VectorPolygon",
    "SOURCE_VECTOR": "Qgis.ProcessingSourceType.Vector",
    "WKB_POLYGON": "Qgis.WkbType.Polygon",
    "FAST_INSERT": "QgsFeatureSink.Flag.FastInsert",
    "FIELD_INT": "QMetaType.Type.Int",
    "FIELD_INT64": "QMetaType.Type.LongLong",
    "FIELD_DOUBLE": "QMetaType.Type.Double",
    "FIELD_STRING": "QMetaType.Type.QString",
    "ALG_NO_THREADING": "Qgis.ProcessingAlgorithmFlag.NoThreading",
    "NUMBER_INTEGER": "Qgis.ProcessingNumberParameterType.Integer",
    "NUMBER_DOUBLE": "Qgis.ProcessingNumberParameterType.Double",
    "PARAMETER_ADVANCED": "Qgis.ProcessingParameterFlag.Advanced",
    "PARAMETER_HIDDEN": "Qgis.ProcessingParameterFlag.Hidden",
    "FILE_FOLDER": "Qgis.ProcessingFileParameterBehavior.Folder",
    "LAYER_FILTER_POLYGON": "Qgis.LayerFilter.PolygonLayer",
    "GEOMETRY_POLYGON": "Qgis.GeometryType.Polygon",
    "LAYER_TYPE_RASTER": "Qgis.LayerType.Raster",
}
# The number behind each constant: the same on every QGIS, whichever spelling names it.
NUMBERS = {
    "SOURCE_ANY_GEOMETRY": -1, "SOURCE_POLYGON": 2, "SOURCE_VECTOR": 5, "WKB_POLYGON": 3, "FAST_INSERT": 2,
    "FIELD_INT": 2, "FIELD_INT64": 4, "FIELD_DOUBLE": 6, "FIELD_STRING": 10, "ALG_NO_THREADING": 64,
    "NUMBER_INTEGER": 0, "NUMBER_DOUBLE": 1, "PARAMETER_ADVANCED": 2, "PARAMETER_HIDDEN": 4, "FILE_FOLDER": 1,
    "LAYER_FILTER_POLYGON": 16, "GEOMETRY_POLYGON": 2, "LAYER_TYPE_RASTER": 1,
}
# What compat.py may import: modules and names QGIS 4 has.
QGIS4_IMPORTS = {("qgis", "core"), ("qgis.core", "Qgis"), ("qgis.PyQt", "QtCore"), ("qgis.PyQt.QtCore", "QMetaType")}
COMPAT = os.path.join(ROOT, "compat.py")


def _constants(module):
    return {name for name in vars(module) if name.isupper() and not name.startswith("_")}


def _qgis4_modules():
    """Stand-ins for qgis, qgis.core, qgis.PyQt and qgis.PyQt.QtCore holding only QGIS 4's spellings
    of compat's constants (each value is its spelling as text) and QGIS_VERSION_INT 40000."""
    modules = {name: types.ModuleType(name) for name in ("qgis", "qgis.core", "qgis.PyQt", "qgis.PyQt.QtCore")}
    modules["qgis"].core = modules["qgis.core"]
    modules["qgis"].PyQt = modules["qgis.PyQt"]
    modules["qgis.PyQt"].QtCore = modules["qgis.PyQt.QtCore"]
    home = {"Qgis": "qgis.core", "QgsFeatureSink": "qgis.core", "QMetaType": "qgis.PyQt.QtCore"}
    for spelling in QGIS4_SPELLINGS.values():
        head, *path = spelling.split(".")
        owner = modules[home[head]]
        for i, name in enumerate([head] + path[:-1]):
            if not hasattr(owner, name):
                setattr(owner, name, type(".".join(([head] + path)[:i + 1]), (), {}))
            owner = getattr(owner, name)
        setattr(owner, path[-1], spelling)
    modules["qgis.core"].Qgis.QGIS_VERSION_INT = 40000
    return modules


def _run_on(modules, source, filename):
    """`source` run as a fresh module whose imports of qgis.* see only the stand-ins `modules`."""
    real_import = builtins.__import__

    def qgis_import(name, globals=None, locals=None, fromlist=(), level=0):
        if level or name.split(".")[0] != "qgis":
            return real_import(name, globals, locals, fromlist, level)
        if name not in modules:
            raise ImportError("the QGIS 4 stand-in has no module " + name)
        return modules[name] if fromlist else modules[name.split(".")[0]]

    module = types.ModuleType("on_qgis4")
    module.__dict__["__builtins__"] = dict(vars(builtins), __import__=qgis_import)
    exec(compile(source, filename, "exec"), module.__dict__)
    return module


def _compat_on(modules):
    with open(COMPAT, encoding="utf-8") as f:
        return _run_on(modules, f.read(), COMPAT)


def test_compat_imports_only_names_qgis4_has():
    imported = set()
    for node in ast.walk(_tree(COMPAT)):
        if isinstance(node, ast.ImportFrom):
            imported |= {(node.module, a.name) for a in node.names}
        elif isinstance(node, ast.Import):
            imported |= {(a.name, None) for a in node.names}
    assert imported <= QGIS4_IMPORTS, imported - QGIS4_IMPORTS


def test_compat_on_qgis4_takes_every_new_spelling():
    """Imported where only QGIS 4's names exist, compat.py works and every constant is the new spelling."""
    on_qgis4 = _compat_on(_qgis4_modules())
    assert {name: getattr(on_qgis4, name) for name in _constants(on_qgis4)} == QGIS4_SPELLINGS


def test_the_qgis4_stand_in_lacks_the_old_spellings():
    modules = _qgis4_modules()
    for old in ("QgsMapLayerType", "QgsWkbTypes", "QgsMapLayerProxyModel", "QgsProcessing"):
        assert not hasattr(modules["qgis.core"], old)
    assert not hasattr(modules["qgis.PyQt.QtCore"], "QVariant")
    # A removed name imported at module level fails, as it would on QGIS 4; so does an old spelling used eagerly.
    with pytest.raises(ImportError):
        _run_on(modules, "from qgis.core import Qgis, QgsMapLayerType\n", "planted.py")
    with pytest.raises(AttributeError):
        _run_on(modules, "from qgis import core\nPOLYGON = core.QgsWkbTypes.Type.Polygon\n", "planted.py")


def _number(value):
    return int(getattr(value, "value", value))


def test_compat_here_keeps_every_name_and_number():
    from clcplus_backbone import compat
    assert _constants(compat) == set(QGIS4_SPELLINGS)
    assert {name: _number(getattr(compat, name)) for name in NUMBERS} == NUMBERS


def test_compat_here_takes_the_new_spelling_where_this_qgis_has_it():
    """On QGIS >= 3.38 (Debian 13 and later) every new spelling exists and compat takes it; on 3.22
    the ones that exist already (QgsFeatureSink.Flag) are taken too."""
    from clcplus_backbone import compat
    from qgis.core import Qgis
    new = Qgis.QGIS_VERSION_INT >= 33800
    present = {}
    for name, spelling in QGIS4_SPELLINGS.items():
        if name.startswith("FIELD_") and not new:
            continue  # QMetaType exists in Qt5 too, but QgsField takes it only from 3.38 on
        try:
            present[name] = compat._resolve(spelling)
        except AttributeError:
            continue
    if new:
        assert set(present) == set(QGIS4_SPELLINGS)
    assert "FAST_INSERT" in present

    def kind(value):
        return type(value), _number(value)
    assert {name: kind(getattr(compat, name)) for name in present} == {n: kind(v) for n, v in present.items()}


def test_no_module_imports_an_old_spelling_itself():
    """The names compat.py exists for are spelled nowhere else."""
    old = {"QgsMapLayerType", "QgsWkbTypes"}
    bad = [(path, name) for path in FILES if path != COMPAT
           for _node, name in _identifiers(_tree(path)) if name in old]
    assert not bad, bad

