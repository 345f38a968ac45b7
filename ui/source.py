"""Where the dock fetches from: the source of clcplus:fetchtiles (its own choices, same words), a mirror
or folder, the credentials (QGIS's authentication configuration selector) and the cache folder."""

from qgis.core import QgsApplication
from qgis.gui import QgsAuthConfigSelect, QgsCollapsibleGroupBox, QgsFileWidget
from qgis.PyQt.QtCore import Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, \
    QToolButton, QWidget

from ..core import cache
from ..processing.fetchtiles import SOURCE_KEYS
from . import settings
from .widgets import WrappedCheckBox, narrow, wrap

NEEDS_ACCOUNT = ("auto", "wekeo", "clms")


class SourceWidget(QgsCollapsibleGroupBox):
    """Source, mirror, credentials, cache; collapsed, its title says the source chosen."""

    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.source = QComboBox()
        definition = QgsApplication.processingRegistry().algorithmById("clcplus:fetchtiles") \
            .parameterDefinition("SOURCE")
        for index, (key, text) in enumerate(zip(SOURCE_KEYS, definition.options())):
            short = self.short_name(key)  # the algorithm's words may be too long for a narrow panel
            self.source.addItem(short[:1].upper() + short[1:], key)
            self.source.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
        self.source.setToolTip(definition.help())
        narrow(self.source)

        self.mirror = QLineEdit()
        self.mirror.setPlaceholderText(self.tr("URL, folder or mosaic file"))
        self.mirror.setToolTip(QgsApplication.processingRegistry().algorithmById("clcplus:fetchtiles")
                               .parameterDefinition("MIRROR").help())
        browse = QToolButton()
        browse.setText("…")
        browse.setToolTip(self.tr("Choose a folder"))
        browse.clicked.connect(self._browse_mirror)
        self.mirror_row = QWidget()
        row = QHBoxLayout(self.mirror_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mirror, 1)
        row.addWidget(browse)
        self.mirror_note = QLabel(self.tr("The password or token in this address is used for this QGIS session "
                                          "only: it is not saved with your settings, so type it again after "
                                          "restarting QGIS."))
        wrap(self.mirror_note)

        self.auth = QgsAuthConfigSelect()
        self.auth.setToolTip(self.tr("WEkEO: a configuration of the method Basic with your WEkEO user name and "
                                     "password. CLMS: one holding your service key (password = the key's JSON). "
                                     "Credentials stay in QGIS's authentication database."))
        self.accept_terms = WrappedCheckBox(self.tr("Accept the Copernicus licence on WEkEO"))
        self.cache = QgsFileWidget()
        self.cache.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.cache.lineEdit().setPlaceholderText(cache.default_cache_dir())
        self.cache.setToolTip(self.tr("Where fetched tiles are kept and reused; the dock also writes its "
                                      "mosaics and change rasters there (folder 'dock')."))

        for combo in self.auth.findChildren(QComboBox):  # QGIS's selector grows to its longest name otherwise
            narrow(combo)
            combo.model().rowsInserted.connect(lambda *args, c=combo: QTimer.singleShot(0, lambda: self._short_none(c)))
            self._short_none(combo)
        form = QFormLayout(self)
        # labels above their fields: the fields get the whole width of the panel, whatever the language
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Source"), self.source)
        self.mirror_label = QLabel(self.tr("Mirror"))
        form.addRow(self.mirror_label, self.mirror_row)
        form.addRow(self.mirror_note)
        self.auth_label = QLabel(self.tr("Account"))
        form.addRow(self.auth_label, self.auth)
        form.addRow(self.accept_terms)
        form.addRow(self.tr("Cache folder"), self.cache)

        self._restore()
        self.source.currentIndexChanged.connect(self._changed)
        self.mirror.editingFinished.connect(self._changed)
        self.mirror.textChanged.connect(self._update_note)
        self.auth.selectedConfigIdChanged.connect(self._changed)
        self.accept_terms.toggled.connect(self._changed)
        self.cache.fileChanged.connect(self._changed)
        self._update()
        self.setCollapsed(True)
        # QgsCollapsibleGroupBox shows every child when it opens: hide again the rows the source does not use
        self.collapsedStateChanged.connect(lambda collapsed: None if collapsed else self._update())

    # --- values -------------------------------------------------------------------------------------

    def key(self):
        return self.source.currentData()

    def cache_dir(self):
        return self.cache.filePath().strip() or cache.default_cache_dir()

    def parameters(self):
        """The clcplus:fetchtiles parameters of the source."""
        return {"SOURCE": self.source.currentIndex(), "MIRROR": self.mirror.text().strip(),
                "AUTHCFG": self._account(), "ACCEPT_TERMS": self.accept_terms.isChecked(),
                "CACHE_DIR": self.cache_dir()}

    def _account(self):
        """The chosen account, for the sources that log in only: a WEkEO or CLMS login is never sent to a
        mirror (the mirror's own password is an authentication configuration in the algorithm)."""
        return (self.auth.configId() or "") if self.key() in NEEDS_ACCOUNT else ""

    def set_source(self, key, mirror=""):
        self.source.setCurrentIndex(SOURCE_KEYS.index(key))
        self.mirror.setText(mirror)
        self._changed()

    # --- reactions ----------------------------------------------------------------------------------

    def _browse_mirror(self):
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with the tiles"), self.mirror.text())
        if folder:
            self.mirror.setText(folder)
            self._changed()

    def _changed(self, *args):
        settings.set_value("source", self.source.currentIndex())
        settings.set_session_value("mirror", self.mirror.text().strip())  # never its credentials
        settings.set_value("authcfg", self.auth.configId() or "")
        settings.set_value("accept_terms", self.accept_terms.isChecked())
        settings.set_value("cache_dir", self.cache.filePath().strip())
        self._update()
        now = self.parameters()
        if now != getattr(self, "_emitted", None):  # leaving the mirror's field unchanged changes nothing
            self._emitted = now
            self.changed.emit()

    def _update(self):
        key = self.key()
        if self.isCollapsed():  # shown again when the box opens; shown now, they would squeeze into nothing
            self._update_title()
            return
        for widget in (self.mirror_label, self.mirror_row):
            widget.setVisible(key == "mirror")
        for widget in (self.auth_label, self.auth):
            widget.setVisible(key in NEEDS_ACCOUNT)
        self.accept_terms.setVisible(key in ("auto", "wekeo"))
        self._update_note()
        self._update_title()

    def _update_title(self):
        """"Data source: <source>" where it fits on one line, else "Data source" (the box is opened to see it)."""
        full = self.tr("Data source: {}").format(self.short_name(self.key()))
        room = self.width() - 48  # the collapse arrow and the frame
        fits = self.width() <= 0 or self.fontMetrics().horizontalAdvance(full) * 1.1 <= room
        self.setTitle(full if fits else self.tr("Data source"))

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        """What the rows need, not the title: QGroupBox would ask for the whole title's width."""
        hint = super().minimumSizeHint()
        if self.layout() is not None:
            margins = self.contentsMargins()
            hint.setWidth(min(hint.width(), self.layout().minimumSize().width() + margins.left() + margins.right()))
        return hint

    def resizeEvent(self, event):  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._update_title()

    def _short_none(self, combo):
        """QGIS's "No authentication" as "No account" (its words, in German, do not fit a narrow panel)."""
        try:
            short = self.tr("No account")
            if combo.count() and str(combo.itemData(0) or "") in ("", "0") and combo.itemText(0) != short:
                combo.setItemData(0, combo.itemText(0), Qt.ItemDataRole.ToolTipRole)
                combo.setItemText(0, short)
        except RuntimeError:  # the selector is gone (the panel closed)
            pass

    def _update_note(self, *args):
        self.mirror_note.setVisible(self.key() == "mirror" and settings.has_credentials(self.mirror.text().strip()))

    def short_name(self, key):
        return {"auto": self.tr("automatic"), "imageserver": self.tr("EEA ImageServer"), "wekeo": self.tr("WEkEO"),
                "clms": self.tr("CLMS API"), "mirror": self.tr("mirror or folder")}[key]

    def _restore(self):
        index = settings.value("source")
        if 0 <= index < self.source.count():
            self.source.setCurrentIndex(index)
        self.mirror.setText(settings.session_value("mirror"))
        if settings.value("authcfg"):
            self.auth.setConfigId(settings.value("authcfg"))
        self.accept_terms.setChecked(settings.value("accept_terms"))
        self.cache.setFilePath(settings.value("cache_dir"))
