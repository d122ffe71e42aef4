"""Enter presses the focused button everywhere (not only Space), and never flips a check box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from ui import keyboard
from ui.main_window import MainWindow


def _host(qtbot, qapp):  # noqa: ANN001, ANN202
    keyboard.install(qapp)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    button = QPushButton("Press me")
    box = QCheckBox("Tick me")
    layout.addWidget(button)
    layout.addWidget(box)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    return host, button, box


def test_enter_and_keypad_enter_press_the_focused_button(qtbot, qapp) -> None:  # noqa: ANN001
    _host_widget, button, _box = _host(qtbot, qapp)
    pressed = []
    button.clicked.connect(lambda: pressed.append(1))
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.keyClick(button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert pressed == [1, 1]
    button.setEnabled(False)
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert pressed == [1, 1]


def test_enter_does_not_flip_a_check_box(qtbot, qapp) -> None:  # noqa: ANN001
    _host_widget, _button, box = _host(qtbot, qapp)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()


def test_enter_on_a_page_button_in_the_window(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.show_area("home")
    window.activateWindow()
    target = next(b for b in window.page("home").findChildren(QPushButton) if b.isVisible() and b.isEnabled()
                  and "scam" in b.text().lower())
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert window.current_page() is window.page("scam")
