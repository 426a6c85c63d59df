"""The links of a form to its related records (« Besoin : … », « Comités : … »): one
line per kind, each record a link; following one asks the main window to open it."""

from __future__ import annotations

import html
from itertools import groupby

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
        # Followed by a click; the keyboard reaches the same records through the search
        # everywhere (Ctrl+K), so Tab goes from the list straight to the first field.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
