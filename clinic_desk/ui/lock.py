"""Idle auto-lock and quick-hide.

One application-wide event filter restarts one timer on every keyboard or mouse input
(KeePassXC's approach). Locking covers EVERY top-level window with an opaque overlay,
blocks input and shortcuts to what is underneath, empties the clipboard if it still
holds something we copied, and asks for the user's own password. Quick-hide covers
every window at once with a neutral panel (no name, no data) and locks."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QMenu,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from clinic_desk.core.errors import ClinicDeskError, TooManyAttempts
from clinic_desk.core.workspace import Workspace
from clinic_desk.ui import messages
from clinic_desk.ui.login import Countdown
from clinic_desk.ui.widgets import (
    PasswordField,
    clipboard_guard,
    icon,
    label,
    make_primary,
    run_task,
)

log = logging.getLogger(__name__)

QUICK_HIDE_KEYS = (QKeySequence(Qt.Key.Key_F12),
                   QKeySequence(Qt.KeyboardModifier.ControlModifier
                                | Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_H))

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})
_BLOCKED_WHEN_LOCKED = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
    QEvent.Type.ContextMenu, QEvent.Type.ShortcutOverride, QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
})

FORM, COVER, NEUTRAL = "form", "cover", "neutral"


def _matches_quick_hide(event: QEvent) -> bool:
    try:
        combo = QKeySequence(event.keyCombination())  # type: ignore[attr-defined]
    except (AttributeError, TypeError):
        return False
    return any(combo.matches(keys) == QKeySequence.SequenceMatch.ExactMatch
               for keys in QUICK_HIDE_KEYS)


class LockScreen(QWidget):
    """What a locked window shows: the password form, a plain cover, or a neutral panel."""

    def __init__(self, window: QWidget, manager: LockManager) -> None:
        super().__init__(window)
        self.window_ = window
        self.manager = manager
        self.mode = COVER
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)

        # 1. the password form
        self.form_page = QWidget()
        self.form_page.setObjectName("lockScreen")
        self.form_page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self.form_page)
        outer.addStretch(1)
        panel = QFrame()
        panel.setObjectName("lockPanel")
        panel.setFixedWidth(400)
        form = QVBoxLayout(panel)
        form.setContentsMargins(28, 24, 28, 24)
        form.setSpacing(10)
        lock_icon = QLabel()
        lock_icon.setPixmap(_white_icon("lock", 40))
        lock_icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        form.addWidget(lock_icon)
        self.title = label(object_name="heading")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.who = label(object_name="muted", wrap=True)
        self.who.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.password = PasswordField()
        self.error = label(object_name="errorLabel", wrap=True)
        self.error.hide()
        self.unlock_button = make_primary(QPushButton())
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton()
        form.addWidget(self.title)
        form.addWidget(self.who)
        form.addSpacing(6)
        form.addWidget(self.password)
        form.addWidget(self.error)
        form.addWidget(self.unlock_button)
        form.addWidget(self.switch_button)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.password.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.switch_button.clicked.connect(manager.switch_user)
        self.countdown = Countdown(self, self.error, [self.unlock_button])

        # 2. a plain cover for the other windows
        self.cover_page = QWidget()
        self.cover_page.setObjectName("lockScreen")
        self.cover_page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        cover = QVBoxLayout(self.cover_page)
        self.cover_label = label(object_name="muted")
        self.cover_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cover.addWidget(self.cover_label)

        # 3. the neutral panel of quick-hide: nothing to read
        self.neutral_page = QWidget()
        self.neutral_page.setObjectName("neutralScreen")
        self.neutral_page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.neutral_page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        for page in (self.form_page, self.cover_page, self.neutral_page):
            self.stack.addWidget(page)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.retranslate()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        page = {FORM: self.form_page, COVER: self.cover_page, NEUTRAL: self.neutral_page}[mode]
        self.stack.setCurrentWidget(page)
        self.setGeometry(self.window_.rect())
        self.show()
        self.raise_()
        if mode == FORM:
            self.password.setFocus()
        elif mode == NEUTRAL:
            self.neutral_page.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.window_ and event.type() in (QEvent.Type.Resize, QEvent.Type.Show,
                                                    QEvent.Type.ChildAdded):
            self.setGeometry(self.window_.rect())
            self.raise_()
        return False

    def mousePressEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        if self.mode == NEUTRAL:
            self.manager.reveal()

    def keyPressEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        if self.mode == NEUTRAL:
            self.manager.reveal()

    def _submit(self) -> None:
        self.manager.try_unlock(self.password.text(), self)

    def show_error(self, exc: BaseException) -> None:
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, TooManyAttempts):
            self.countdown.start(exc.wait_seconds)
        elif isinstance(exc, ClinicDeskError):
            self.error.setText(messages.error_text(exc))
            self.error.show()
        else:
            self.error.setText(self.tr("The password could not be checked."))
            self.error.show()

    def set_busy(self, busy: bool) -> None:
        self.password.setEnabled(not busy)
        self.switch_button.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy and not self.countdown.active)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        actor = self.manager.workspace.actor
        self.title.setText(self.tr("Clinic Desk is locked"))
        self.who.setText(self.tr("{name}, type your password to continue.").format(
            name=actor.full_name if actor else ""))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.switch_button.setText(self.tr("&Switch user"))
        self.cover_label.setText(self.tr("Locked"))


def _white_icon(name: str, size: int) -> object:
    from PySide6.QtGui import QColor, QPainter, QPixmap

    pix = icon(name).pixmap(size, size)
    tinted = QPixmap(pix.size())
    tinted.setDevicePixelRatio(pix.devicePixelRatio())
    tinted.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tinted)
    painter.drawPixmap(0, 0, pix)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(tinted.rect(), QColor("#ffffff"))
    painter.end()
    return tinted


class LockManager(QObject):
    """Auto-lock, manual lock and quick-hide for one logged-in workspace."""

    locked_changed = Signal(bool)
    switch_user_requested = Signal()

    def __init__(self, workspace: Workspace, main_window: QWidget,
                 timeout_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent or main_window)
        self.workspace = workspace
        self.main_window = main_window
        if timeout_ms is None:
            minutes = 5
            try:
                minutes = int(workspace.setting("autolock_minutes") or 5)  # type: ignore[arg-type]
            except (ClinicDeskError, TypeError, ValueError):
                log.warning("auto-lock setting unreadable; using 5 minutes")
            timeout_ms = minutes * 60_000
        self.timeout_ms = timeout_ms
        self.locked = False
        self.hidden = False
        self.screens: dict[QWidget, LockScreen] = {}
        self._saved: dict[QWidget, tuple[str, QWidget | None]] = {}
        self._task = None
        self._active = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.lock("idle"))
        self.quick_hide_action = QAction(icon("eye-off"), "", main_window)
        self.quick_hide_action.setShortcuts(list(QUICK_HIDE_KEYS))
        self.quick_hide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quick_hide_action.triggered.connect(self.quick_hide)
        main_window.addAction(self.quick_hide_action)
        self.retranslate()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start(self.timeout_ms)

    def retranslate(self) -> None:
        self.quick_hide_action.setText(self.tr("&Quick hide"))
        self.quick_hide_action.setToolTip(self.tr("Cover every window at once and lock"))

    def stop(self) -> None:
        """Detach from the application (log out / window closed)."""
        if not self._active:
            return
        self._active = False
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._remove_screens()

    # -- event filter -------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.KeyPress and _matches_quick_hide(event):
            if not event.isAutoRepeat():  # type: ignore[attr-defined]
                self.quick_hide()
            return True
        if not self.locked:
            if kind in _ACTIVITY:
                self.timer.start(self.timeout_ms)
            return False
        if kind == QEvent.Type.Shortcut:
            return obj is not self.quick_hide_action
        if kind == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            if not isinstance(obj, QMenu) and obj not in self.screens and self._coverable(obj):
                QTimer.singleShot(0, lambda w=obj: self._cover_late(w))
            return False
        if kind in _BLOCKED_WHEN_LOCKED and isinstance(obj, QWidget):
            return not self._inside_screen(obj)
        return False

    def _inside_screen(self, widget: QWidget) -> bool:
        current: QWidget | None = widget
        while current is not None:
            if isinstance(current, LockScreen):
                return True
            if current.isWindow():
                return False
            current = current.parentWidget()
        return False

    @staticmethod
    def _coverable(widget: QWidget) -> bool:
        return (widget.isWindow() and widget.isVisible() and not isinstance(widget, QMenu)
                and widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog))

    # -- locking --------------------------------------------------------------------
    def windows(self) -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if self._coverable(w)]

    def _primary(self) -> QWidget:
        modal = QApplication.activeModalWidget()
        return modal if modal is not None and self._coverable(modal) else self.main_window

    def lock(self, reason: str = "manual") -> None:
        if not self._active:
            return
        if self.locked:
            return
        self._cover(neutral=False)
        self._audit("locked", reason=reason)

    def quick_hide(self) -> None:
        if not self._active or (self.locked and self.hidden):
            return
        self._cover(neutral=True)
        self._audit("quick_hide")

    def _cover(self, neutral: bool) -> None:
        was_locked = self.locked
        self.locked = True
        self.hidden = neutral
        self.timer.stop()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        clipboard_guard().clear_if_ours()
        primary = self._primary()
        for window in self.windows():
            self._cover_window(window, primary)
        if not was_locked:
            self.locked_changed.emit(True)

    def _cover_window(self, window: QWidget, primary: QWidget) -> None:
        if window not in self._saved:
            self._saved[window] = (window.windowTitle(), window.focusWidget())
        screen = self.screens.get(window)
        if screen is None:
            screen = LockScreen(window, self)
            self.screens[window] = screen
        if self.hidden:
            window.setWindowTitle(self.tr("Documents"))
            screen.set_mode(NEUTRAL)
        else:
            screen.set_mode(FORM if window is primary else COVER)

    def _cover_late(self, window: QWidget) -> None:
        if self.locked and window not in self.screens and self._coverable(window):
            self._cover_window(window, self._primary_screen_window())

    def _primary_screen_window(self) -> QWidget:
        for window, screen in self.screens.items():
            if screen.mode == FORM:
                return window
        return self.main_window

    def reveal(self) -> None:
        """From the neutral panel to the password form (titles stay neutral)."""
        if not self.locked or not self.hidden:
            return
        self.hidden = False
        primary = self._primary()
        for window, screen in self.screens.items():
            screen.set_mode(FORM if window is primary else COVER)
        self.screens.get(primary, next(iter(self.screens.values()))).password.setFocus()

    def try_unlock(self, password: str, screen: LockScreen) -> None:
        if (self._task is not None and self._task.running) or screen.countdown.active:
            return
        screen.set_busy(True)
        screen.error.hide()

        def done(_result: object) -> None:
            screen.set_busy(False)
            self.unlock()

        def failed(exc: BaseException) -> None:
            screen.set_busy(False)
            if not isinstance(exc, ClinicDeskError):
                log.error("unlock check failed: %s", type(exc).__name__)
            screen.show_error(exc)

        self._task = run_task(self, lambda: self.workspace.check_own_password(password),
                              done, failed)

    def unlock(self) -> None:
        """Remove every cover and restore titles and focus (after the password check)."""
        if not self.locked:
            return
        self._remove_screens()
        self.locked = False
        self.hidden = False
        self.locked_changed.emit(False)
        if self._active:
            self.timer.start(self.timeout_ms)

    def _remove_screens(self) -> None:
        for window, screen in list(self.screens.items()):
            screen.password.clear()
            screen.hide()
            window.removeEventFilter(screen)
            screen.deleteLater()
        for window, (title, focus) in self._saved.items():
            if not shiboken6.isValid(window):
                continue
            window.setWindowTitle(title)
            if focus is not None and shiboken6.isValid(focus) and window.isVisible():
                focus.setFocus()
        self.screens.clear()
        self._saved.clear()

    def switch_user(self) -> None:
        self.switch_user_requested.emit()

    def _audit(self, action: str, **detail: object) -> None:
        try:
            self.workspace.record(action, **detail)
        except Exception as exc:  # noqa: BLE001 - the screen is covered either way
            log.warning("could not audit %s: %s", action, type(exc).__name__)
