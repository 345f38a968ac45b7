"""The Qt6 / QGIS 4 migration rules: each takes a parsed module and returns (node, message) for every
offence in it. test_qt6_rules.py runs each over every Python file of the project (FILES), tests,
sample/, bench/ and resources/ included (a Qt6 QGIS runs them too); test_qt6_rules_planted.py shows
that each catches an offence planted in a snippet and passes one correct spelling.

QGIS's own migration checker is scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py in the qgis/QGIS repository.
It cannot run here: it needs a Qt6 QGIS (or the enums.json it writes from one) and tokenize_rt. These
rules are our equivalent: each looks for what that script rewrites or warns about, with the script's
own patterns, and names the line it objects to. Where the script needs Qt6 to know an enum's scope,
the enum rule asks this Qt5 QGIS by introspection instead (a value of a sip enum or a Python enum
reached through a class that is not its enum).
"""

import ast
import enum
import importlib
import os
import re
import types

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


def parsed(path):
    """The module at `path` parsed, once a session."""
    if path not in _TREES:
        with open(path, encoding="utf-8") as f:
            _TREES[path] = ast.parse(f.read(), path)
    return _TREES[path]


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


WEBKIT = re.compile(r"QtWebKit|^QWeb(View|Page|Frame|Settings|Inspector|Element)")


def identifiers(tree):
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
            for node, name in identifiers(tree) if WEBKIT.search(name)]


def rule_qaction_from_qtwidgets(tree):
    """QAction is in QtGui in Qt6, in QtWidgets in Qt5; qgis.PyQt.QtWidgets has it with both."""
    return [(node, "import QAction from qgis.PyQt.QtWidgets")
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("QtGui")
            and any(a.name in ("QAction", "QActionGroup") for a in node.names)]


def rule_no_compiled_resources(tree):
    """pyqt5_to_pyqt6 warns on `resources_rc`: compiled resources are gone with Qt6 (no pyrcc);
    load icons by file path and .ui files with uic.loadUiType."""
    nodes = {node: None for node, name in identifiers(tree)
             if isinstance(node, (ast.Import, ast.ImportFrom)) and name == "resources_rc"}
    return [(node, "resources_rc: compiled Qt resources are gone in Qt6") for node in nodes]


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


def _is_qvariant(node):
    return (isinstance(node, ast.Name) and node.id == "QVariant") or \
        (isinstance(node, ast.Attribute) and node.attr == "QVariant")


def rule_no_qvariant_types(tree):
    """pyqt5_to_pyqt6 turns every `QVariant.Int` into `QMetaType.Type.Int` (QVariant.Type is gone in
    PyQt6, and QgsField takes QMetaType.Type from QGIS 3.38 on): field types come from compat.FIELD_*,
    which ask for QMetaType where QGIS has it."""
    return [(node, "QVariant.{}: use compat.FIELD_* (or QMetaType.Type)".format(node.attr))
            for node in ast.walk(tree) if isinstance(node, ast.Attribute) and _is_qvariant(node.value)]


def rule_no_null_qvariant(tree):
    """pyqt5_to_pyqt6 rewrites `QVariant()` and `QVariant(QVariant.Int)` to qgis.core.NULL."""
    return [(node, "QVariant() as a null value: use qgis.core.NULL")
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and _is_qvariant(node.func) and not node.keywords
            and (not node.args or (len(node.args) == 1 and isinstance(node.args[0], ast.Attribute)
                                   and _is_qvariant(node.args[0].value)))]


def rule_no_qapp(tree):
    """pyqt5_to_pyqt6 rewrites `qApp` to QApplication.instance() (qApp is gone in PyQt6)."""
    return [(node, "qApp: use QApplication.instance()") for node, name in identifiers(tree) if name == "qApp"]


def rule_no_qregexp(tree):
    """pyqt5_to_pyqt6: QRegExp is removed in Qt6, use QRegularExpression (QRegExpValidator likewise)."""
    return [(node, "{}: use QRegularExpression".format(name))
            for node, name in identifiers(tree) if name.startswith("QRegExp")]


def rule_no_qdesktopwidget(tree):
    """pyqt5_to_pyqt6 warns on `.desktop()`: QDesktopWidget is removed in Qt6 (use QScreen)."""
    bad = [(node, "QDesktopWidget is gone in Qt6: use QScreen")
           for node, name in identifiers(tree) if name == "QDesktopWidget"]
    bad += [(node, ".desktop(): QDesktopWidget is gone in Qt6, use QScreen")
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "desktop" and not node.args]
    return bad


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


def rule_no_fragile_add_action(tree):
    """pyqt5_to_pyqt6 warns on addAction(...) with 4 or more arguments: the overloads differ in Qt6;
    make the QAction, then addAction(action)."""
    return [(node, "addAction with {} arguments: build the QAction, then addAction(action)".format(len(node.args)))
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "addAction" and len(node.args) >= 4]


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


def is_enum_value(value):
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
        if value is not _MISSING and is_enum_value(value) and type(value) is not owner:
            bad.append((node, "{}.{}: use {}.{}.{}".format(ast.unparse(node.value), node.attr,
                                                           ast.unparse(node.value), type(value).__name__,
                                                           node.attr)))
    return bad
