"""Choosing communes from the official list: whole intercommunalités (EPCI) or
départements, or communes one by one, found as you type. Before anything is typed, the
list offers the Fabrique's own département and its largest communes (of France when the
file does not tell where the Fabrique is)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...domain.official_communes import Area, OfficialCommune, official_list
from ...domain.services.territories import home_departments
from ..common.plain import PlainLabel

#: Results shown for one search: enough to find a commune, few enough to read.
SHOWN = 60
KEY_ROLE = Qt.ItemDataRole.UserRole


class OfficialPicker(QWidget):
    """A search box over the official list and the matching areas and communes, each
    with a box to tick; ``chosen_communes()`` gives every commune ticked, directly or
    through an area."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.official = official_list()
        #: What the user ticked, kept while the results change with the search.
        self.areas: dict[tuple[str, str], Area] = {}
        self.communes: dict[str, OfficialCommune] = {}
        self.departments = home_departments()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setObjectName("official_search")
        self.search.setPlaceholderText(
            self.tr("Intercommunalité, département, commune or postal code: e.g. Amiens")
        )
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.hint = PlainLabel(self)
        self.hint.setObjectName("official_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.hint)
        self.results = QListWidget(self)
        self.results.setObjectName("official_results")
        layout.addWidget(self.results, 1)
        self.summary = PlainLabel(self)
        self.summary.setObjectName("official_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        source = PlainLabel(
            self.tr("Official list: %1 (Etalab), delivered with the application.").replace(
                "%1", self.official.source
            ),
            self,
        )
        source.setTextFormat(Qt.TextFormat.PlainText)
        source.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(source)
        # Searching 35,000 names takes a few milliseconds: wait for a pause in the typing.
        self.typing = QTimer(self, singleShot=True, interval=150)
        self.typing.timeout.connect(self.show_results)
        self.search.textChanged.connect(self.typing.start)
        self.results.itemChanged.connect(self._ticked)
        self.show_results()

    def show_results(self) -> None:
        text = self.search.text().strip()
        self.results.blockSignals(True)
        self.results.clear()
        if text:
            areas = self.official.find_areas(text)[:SHOWN]
            communes = self.official.find_communes(text, SHOWN)
        else:  # what is ticked, so a user can untick it, then what is likely wanted
            areas, communes = list(self.areas.values()), list(self.communes.values())
            areas += [
                area
                for code in self.departments
                if ("departement", code) not in self.areas
                and (area := self.official.area("departement", code)) is not None
            ]
            communes += [
                commune
                for commune in self.official.largest(self.departments, SHOWN)
                if commune.insee_code not in self.communes
            ]
        self.hint.setVisible(not text)
        self.hint.setText(self._suggestion_hint())
        for area in areas:
            what = (
                self.tr("département")
                if area.kind == "departement"
                else self.tr("intercommunalité")
            )
            label = self.tr("%1 — %2, %n commune(s)", "", len(area.members))
            self._add(label.replace("%1", area.label).replace("%2", what), ("area", area))
        for commune in communes:
            label = f"{commune.name} — {commune.postal_code or commune.insee_code} "
            label += f"({commune.department})"
            area = self._area_of(commune)
            item = self._add(label, ("commune", commune))
            if area is not None:  # already chosen with its area: shown ticked, not editable
                included = self.tr("(in %1)").replace("%1", area.label)
                item.setText(f"{label} {included}")
                item.setCheckState(Qt.CheckState.Checked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.results.blockSignals(False)
        self._summarise()

    def _suggestion_hint(self) -> str:
        if not self.departments:
            return self.tr("The most populated communes of France; type to search the whole list.")
        if len(self.departments) == 1:
            return self.tr(
                "Your département and its most populated communes; type to search the whole list."
            )
        return self.tr(
            "Your départements and their most populated communes; type to search the whole list."
        )

    def _area_of(self, commune: OfficialCommune) -> Area | None:
        return next((a for a in self.areas.values() if commune.insee_code in a.members), None)

    def _add(self, label: str, entry: tuple[str, object]) -> QListWidgetItem:
        item = QListWidgetItem(label, self.results)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setData(KEY_ROLE, entry)
        kind, value = entry
        ticked = (
            (value.kind, value.code) in self.areas
            if kind == "area"
            else value.insee_code in self.communes
        )
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        return item

    def _ticked(self, item: QListWidgetItem) -> None:
        kind, value = item.data(KEY_ROLE)
        on = item.checkState() == Qt.CheckState.Checked
        if kind == "area":
            key = (value.kind, value.code)
            if on:
                self.areas[key] = value
            else:
                self.areas.pop(key, None)
        elif on:
            self.communes[value.insee_code] = value
        else:
            self.communes.pop(value.insee_code, None)
        self._summarise()
        if kind == "area":  # its communes shown as included, once this signal is over
            QTimer.singleShot(0, self.show_results)
        self.selection_changed.emit()

    def chosen_communes(self) -> list[OfficialCommune]:
        codes = set(self.communes)
        for area in self.areas.values():
            codes.update(area.members)
        return [self.official.communes[code] for code in sorted(codes)]

    def choose_area(self, kind: str, code: str) -> None:
        """Tick an area as a user would (the set-up assistant's suggestion, tests)."""
        area = self.official.area(kind, code)
        if area is not None:
            self.areas[(kind, code)] = area
            self.show_results()
            self.selection_changed.emit()

    def _summarise(self) -> None:
        count = len(self.chosen_communes())
        if count:
            self.summary.setText(self.tr("%n commune(s) chosen", "", count))
        else:
            self.summary.setText(self.tr("No commune chosen yet: tick an area or communes."))
