"""The two password questions: opening a protected map, and choosing a password to protect one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...i18n import fill, translate as _tr
from ..widgets.reader_language import tell_reader


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(320)
    return field


class PasswordDialog(QDialog):
    """Asks for the password that opens a protected map."""

    def __init__(self, parent: QWidget | None, map_name: str, error: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password needed"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(self.tr("“%1” is protected with a password. Type it to open the map."), map_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error_label = QLabel(error)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(bool(error))
        self.error_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.error_label)
        self.field = _password_field()
        tell_reader(self.field, name=lambda: _tr("PasswordDialog", "Password"))
        form = QFormLayout()
        form.addRow(self.tr("Password:"), self.field)
        layout.addLayout(form)
        show = QCheckBox(self.tr("Show the password"))
        show.toggled.connect(lambda on: self.field.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        layout.addWidget(show)
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Open | buttons.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(self.field.text()))

    def password(self) -> str:
        return self.field.text()


class NewPasswordDialog(QDialog):
    """Asks for a new password twice, and says plainly that a forgotten one cannot be recovered."""

    def __init__(self, parent: QWidget | None, map_name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect the map with a password"))
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(fill(self.tr(
            "“%1” will be saved encrypted: without the password nobody can open it, and nobody can "
            "recover it if the password is forgotten, not even with this app. Keep the password "
            "somewhere safe."), map_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.first = _password_field()
        tell_reader(self.first, name=lambda: _tr("NewPasswordDialog", "New password"))
        self.second = _password_field()
        tell_reader(self.second, name=lambda: _tr("NewPasswordDialog", "Type the password again"))
        form = QFormLayout()
        form.addRow(self.tr("New password:"), self.first)
        form.addRow(self.tr("Type it again:"), self.second)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Save | buttons.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        first, second = self.first.text(), self.second.text()
        ok = bool(first) and first == second
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        if not first:
            self.hint.setText(
                self.tr("A long phrase of several words is easy to remember and hard to guess.")
            )
        elif first != second:
            self.hint.setText(self.tr("The two passwords are not the same yet."))
        elif len(first) < 8:
            self.hint.setText(self.tr("This password is short and could be guessed. A longer one is safer."))
        else:
            self.hint.setText("")

    def password(self) -> str:
        return self.first.text()
