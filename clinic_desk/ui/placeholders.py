"""A calm "coming soon" page for sections that are not built yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clinic_desk.ui.widgets import icon, label


class PlaceholderPage(QWidget):
    """Icon, title and one sentence of what the section will hold.

    `title` and `description` are English source strings translated in `context`."""

    def __init__(self, icon_name: str, title: str, description: str,
                 context: str = "Sections", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._description = description
        self._context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 40, 120, 40)
        layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(72, 72))
        picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(picture)
        layout.addSpacing(12)
        self.title = label(object_name="pageTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.title)
        self.description = label(object_name="pageSubtitle", wrap=True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.description)
        layout.addSpacing(8)
        self.soon = label(object_name="muted")
        self.soon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.soon)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate(self._context, self._title))
        self.description.setText(QCoreApplication.translate(self._context, self._description))
        self.soon.setText(self.tr("This section arrives in a coming version."))

    def changeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:  # type: ignore[attr-defined]
            self.retranslate()
        super().changeEvent(event)  # type: ignore[arg-type]
