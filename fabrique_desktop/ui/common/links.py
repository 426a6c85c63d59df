"""The links of a form to its related records (« Besoin : … », « Comités : … »): one
line per kind, each record a link; following one asks the main window to open it.

By keyboard, Tab goes from link to link (then on to the first field) and Enter or Space
follows the link that has the focus."""

from __future__ import annotations

import html
from itertools import groupby

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget

from ...domain.related import Related, related


def _captions() -> dict[str, str]:
    return {
        "need": QCoreApplication.translate("RelatedLinks", "Need: %1"),
        "needs": QCoreApplication.translate("RelatedLinks", "Needs: %1"),
        "study": QCoreApplication.translate("RelatedLinks", "Study: %1"),
        "project": QCoreApplication.translate("RelatedLinks", "Project: %1"),
        "projects": QCoreApplication.translate("RelatedLinks", "Projects: %1"),
        "holder": QCoreApplication.translate("RelatedLinks", "Selected holder: %1"),
        "committees": QCoreApplication.translate("RelatedLinks", "Committees: %1"),
    }


class RelatedLinks(QLabel):
    """Shows :func:`related` records of the form's record; hidden when there are none."""

    #: (section, record id): the record a link names.
    follow = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("related_links")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        # Reached by Tab; a click follows the link without taking the focus.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.links: list[Related] = []
        self.linkActivated.connect(self._follow)
        self.hide()

    def show_links(self, record) -> None:
        self.links = related(record) if record is not None else []
        captions = _captions()
        lines = []
        for kind, group in groupby(self.links, key=lambda link: link.kind):
            anchors = ", ".join(
                f'<a href="{index}">{html.escape(link.text)}</a>'
                for index, link in ((self.links.index(g), g) for g in group)
            )
            lines.append(html.escape(captions[kind]).replace("%1", anchors))
        self.setText("<br>".join(lines))
        self.setVisible(bool(lines))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Qt gives the label the focus with no link chosen: one Tab would show nothing.
        if event.reason() == Qt.FocusReason.TabFocusReason:
            self.focusNextPrevChild(True)  # the first link
        elif event.reason() == Qt.FocusReason.BacktabFocusReason:
            self.focusNextPrevChild(False)  # the last one

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Qt follows the focused link on Enter only; Space does as on a button.
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            event = QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier
            )
        super().keyPressEvent(event)

    def _follow(self, href: str) -> None:
        link = self.links[int(href)]
        self.follow.emit(link.section, link.record_id)

    def texts(self) -> list[str]:
        """The lines as a reader sees them (for tests and accessibility)."""
        captions = _captions()
        return [
            captions[kind].replace("%1", ", ".join(link.text for link in group))
            for kind, group in groupby(self.links, key=lambda link: link.kind)
        ]
