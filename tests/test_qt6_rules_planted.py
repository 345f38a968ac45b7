"""Each Qt6 / QGIS 4 rule of qt6_rules.py catches an offence planted in a snippet and passes one
correct spelling (the offences are text here, so the rules over every file do not see them)."""

import ast
import enum
import textwrap

from qt6_rules import (
    is_enum_value, rule_qt_through_qgis_pyqt, rule_no_qtwebkit, rule_qaction_from_qtwidgets,
    rule_no_compiled_resources, rule_no_exec_underscore, rule_no_renamed_enums, rule_no_qvariant_types,
    rule_no_null_qvariant, rule_no_qapp, rule_no_qregexp, rule_no_qdesktopwidget, rule_no_fontmetrics_width,
    rule_no_activated_str, rule_no_qdatetime_from_parts, rule_no_fragile_add_action, rule_scoped_enums,
)


def _planted(rule, source):
    """The messages `rule` gives on a planted snippet."""
    return [message for _node, message in rule(ast.parse(textwrap.dedent(source)))]


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


def test_the_webkit_rule_catches_qtwebkit():
    assert len(_planted(rule_no_qtwebkit, """
        from qgis.PyQt.QtWebKitWidgets import QWebView
        from qgis.PyQt import QtWebKit
        page = QWebPage()
    """)) >= 3
    assert not _planted(rule_no_qtwebkit, "from qgis.PyQt.QtWidgets import QTextBrowser\n")


def test_the_qaction_rule_catches_qtgui():
    assert _planted(rule_qaction_from_qtwidgets, "from qgis.PyQt.QtGui import QIcon, QAction\n")
    assert not _planted(rule_qaction_from_qtwidgets, "from qgis.PyQt.QtWidgets import QAction\n")


def test_the_resources_rule_catches_resources_rc():
    assert len(_planted(rule_no_compiled_resources, """
        from . import resources_rc
        import resources_rc
        from .resources_rc import qInitResources
    """)) == 3
    assert not _planted(rule_no_compiled_resources, "from . import resources\n")


def test_the_exec_rule_catches_call_and_definition():
    assert len(_planted(rule_no_exec_underscore, """
        dialog.exec_()
        loop = app.exec_
        class Dialog:
            def exec_(self):
                pass
    """)) == 3
    assert not _planted(rule_no_exec_underscore, "dialog.exec()\nspec.loader.exec_module(module)\n")


def test_the_renamed_enum_rule_catches_each_of_them():
    assert len(_planted(rule_no_renamed_enums, """
        a = Qt.MidButton
        b = Qt.ItemDataRole.TextColorRole
        c = Qt.BackgroundColorRole
        painter.setRenderHint(QPainter.HighQualityAntialiasing)
    """)) == 4
    assert not _planted(rule_no_renamed_enums, "a = Qt.MouseButton.MiddleButton\n")


def test_the_qvariant_type_rule_catches_field_types():
    assert len(_planted(rule_no_qvariant_types, """
        field = QgsField("area", QVariant.Double)
        kind = QVariant.Type.Int
        other = QtCore.QVariant.String
    """)) == 3
    assert not _planted(rule_no_qvariant_types, "field = QgsField('area', compat.FIELD_DOUBLE)\n")


def test_the_null_qvariant_rule_catches_both_forms():
    assert len(_planted(rule_no_null_qvariant, """
        empty = QVariant()
        typed = QVariant(QVariant.Int)
    """)) == 2
    assert not _planted(rule_no_null_qvariant, "from qgis.core import NULL\nempty = NULL\nv = QVariant(3)\n")


def test_the_qapp_rule_catches_qapp():
    assert len(_planted(rule_no_qapp, """
        from qgis.PyQt.QtWidgets import qApp
        qApp.processEvents()
    """)) >= 2
    assert not _planted(rule_no_qapp, "QApplication.instance().processEvents()\n")


def test_the_qregexp_rule_catches_qregexp():
    assert _planted(rule_no_qregexp, "from qgis.PyQt.QtCore import QRegExp\n")
    assert _planted(rule_no_qregexp, "v = QtGui.QRegExpValidator()\n")
    assert not _planted(rule_no_qregexp, "from qgis.PyQt.QtCore import QRegularExpression\n")


def test_the_qdesktopwidget_rule_catches_it():
    assert len(_planted(rule_no_qdesktopwidget, """
        from qgis.PyQt.QtWidgets import QDesktopWidget
        rect = QApplication.desktop().screenGeometry()
    """)) == 2
    assert not _planted(rule_no_qdesktopwidget, "rect = QApplication.primaryScreen().availableGeometry()\n")


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


def test_the_activated_rule_catches_activated_str():
    assert _planted(rule_no_activated_str, "combo.activated[str].connect(slot)\n")
    assert not _planted(rule_no_activated_str, "combo.textActivated.connect(slot)\n")


def test_the_qdatetime_rule_catches_both_forms():
    assert len(_planted(rule_no_qdatetime_from_parts, """
        a = QDateTime(2024, 1, 2, 3, 4, 5, 0, Qt.TimeSpec.UTC)
        b = QDateTime(QDate(2024, 1, 2))
    """)) == 2
    assert not _planted(rule_no_qdatetime_from_parts,
                        "a = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt.TimeSpec.UTC)\n")


def test_the_add_action_rule_catches_four_arguments():
    assert _planted(rule_no_fragile_add_action, "menu.addAction(icon, 'Run', self.run, 'Ctrl+R')\n")
    assert not _planted(rule_no_fragile_add_action, "menu.addAction(action)\nmenu.addAction(icon, 'Run')\n")


def test_the_enum_rule_sees_sip_and_python_enums():
    from qgis.PyQt.QtCore import Qt
    assert is_enum_value(Qt.AlignmentFlag.AlignLeft)  # the same value as the unscoped Qt.AlignLeft
    assert not is_enum_value(Qt.AlignmentFlag) and not is_enum_value(3) and not is_enum_value(True)

    class Colour(enum.Enum):
        RED = 1
    assert is_enum_value(Colour.RED) and not is_enum_value(Colour)


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
