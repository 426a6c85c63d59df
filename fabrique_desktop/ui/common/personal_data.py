"""The RGPD actions on a person, shared by the forms: « Exporter ses données » and
« Effacer les données personnelles » (with the list of what goes, the backups still
holding the person, and « Purger aussi les sauvegardes »)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import french
from ...domain.models import StaffMember, database
from ...domain.rgpd import restriction, retention
from ...domain.rgpd.export import gather_export
from ...domain.rgpd.persons import Person, is_person, person_of
from ...domain.rgpd.register import add_months
from ...domain.rgpd.restriction import describe
from ...domain.rgpd.retention import describe_retention, kept_past_retention, people_due
from ...domain.services.settings import fabrique_settings
from ...domain.validation import ValidationError
from . import plain
from .background import ProgressTask
from .colours import ALERT
from .plain import PlainLabel


def _database_path() -> Path:
    return Path(database.obj.database).absolute()


def export_person(parent: QWidget, person: Person) -> None:
    """Ask for a folder, write the person's data into it, say where."""
    from ...dossiers.personal_export import write_export  # reportlab: not at start-up

    title = QCoreApplication.translate("PersonalData", "Export personal data")
    folder = QFileDialog.getExistingDirectory(parent, title)
    if not folder:
        return
    try:
        written = write_export(
            gather_export(person),
            Path(folder),
            fabrique_settings()["fabrique_name"],
            describe_retention(person.kind),
            fabrique_settings()["address"],
        )
    except OSError as error:
        plain.warning(
            parent,
            title,
            QCoreApplication.translate("PersonalData", "Nothing could be written: %1").replace(
                "%1", error.strerror or str(error)
            ),
        )
        return
    plain.information(
        parent,
        title,
        QCoreApplication.translate(
            "PersonalData", "%n file(s) written to %2.", "", len(written)
        ).replace("%2", folder),
    )


# Mentions in other records listed one by one in the confirmation; the rest counted.
MENTIONS_SHOWN = 8


class ErasureDialog(QDialog):
    """The confirmation of an erasure: what goes, what stays, the backups."""

    def __init__(self, plan, holding: int, until, parent=None):
        super().__init__(parent)
        self.setObjectName("erasure_dialog")
        self.setWindowTitle(self.tr("Erase personal data"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        lines = [f"<b>{_escape(plan.person.describe())}</b>", ""]
        lines += [
            f"• {_escape(label)} ({count}) : {_escape(what)}" for label, count, what in plan.items
        ]
        shown = plan.mentions[:MENTIONS_SHOWN]
        lines += [f"&nbsp;&nbsp;– {_escape(m.where)} : « {_escape(m.excerpt)} »" for m in shown]
        if len(plan.mentions) > len(shown):
            lines.append(
                "&nbsp;&nbsp;– " + self.tr("and %n more", "", len(plan.mentions) - len(shown))
            )
        lines += [""] + [_escape(notice) for notice in plan.notices]
        summary = QLabel("<br/>".join(lines), self)
        summary.setObjectName("erasure_summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.purge = QCheckBox(self.tr("Also &purge the backups"), self)
        self.purge.setObjectName("purge_backups")
        if holding:
            backups = QLabel(
                self.tr(
                    "%n backup(s) still hold this person; the rotation removes the last one "
                    "by %2 at the latest.",
                    "",
                    holding,
                ).replace("%2", french.long_date(until)),
                self,
            )
            backups.setWordWrap(True)
            layout.addWidget(backups)
            layout.addWidget(self.purge)
        else:
            self.purge.hide()
        buttons = QDialogButtonBox(self)
        buttons.addButton(
            self.tr("&Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        ).clicked.connect(self.accept)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _escape(text: str) -> str:
    # Names typed by users are shown as text, never as markup.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def erase_person(parent: QWidget, person: Person, actor: StaffMember | None) -> bool:
    """Ask for confirmation, erase, tell the outcome; True when the person was erased."""
    from ...domain.rgpd import erasure
    from ...store import scrub  # with the backups: not at start-up

    title = QCoreApplication.translate("PersonalData", "Erase personal data")
    plan = erasure.erasure_plan(person, actor)
    if plan.refusal:
        plain.information(parent, title, plan.refusal)
        return False
    path = _database_path()
    table = person.record._meta.table_name
    holding = scrub.backups_holding(path, table, person.id.hex)
    dialog = ErasureDialog(plan, len(holding), scrub.last_copy_gone_on(holding), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        done = erasure.erase_person(person, actor)
        if holding and dialog.purge.isChecked():
            scrub.purge_backups(database, path, holding)
            erasure.note_backups(done, None, True)
        elif holding:
            erasure.note_backups(done, scrub.last_copy_gone_on(holding), False)
    except ValidationError as error:
        plain.warning(parent, title, " ".join(error.errors.values()))
        return False
    plain.information(
        parent, title, QCoreApplication.translate("PersonalData", "The personal data were erased.")
    )
    return True


class PersonalDataActions:
    """Mixed into the form of a holder, a partner or a staff member, before
    :class:`~.form.RecordForm`; its ``__init__`` calls :func:`add_actions`."""

    def refresh_actions(self) -> None:
        refresh_actions(self)


def add_actions(form) -> None:
    """« Exporter ses données » and « Effacer les données personnelles » on a person's form
    (a :class:`~.form.RecordForm` of a holder, a partner or a staff member)."""
    form.export_button = form.add_action(
        QCoreApplication.translate("PersonalData", "E&xport their data…"),
        lambda: export_person(form, person_of(form.record)),
        "export_personal_data",
    )
    form.requests_button = form.add_action(
        QCoreApplication.translate("PersonalData", "GDPR re&quests…"),
        lambda: _requests_of(form),
        "personal_data_requests",
    )
    form.erase_button = form.add_action(
        QCoreApplication.translate("PersonalData", "Erase personal data…"),
        lambda: _erase_from(form),
        "erase_personal_data",
    )
    form.restriction_button = form.add_action(
        QCoreApplication.translate("PersonalData", "Opposition…"),
        lambda: _restrict_from(form),
        "restriction",
    )
    # Under the status line: in opposition since…, kept past retention until…
    form.rgpd_status = PlainLabel(form)
    form.rgpd_status.setObjectName("rgpd_status")
    form.rgpd_status.setWordWrap(True)
    form.rgpd_status.setStyleSheet(f"color: {ALERT.name()};")
    outer = form.layout()
    outer.insertWidget(outer.indexOf(form.status_line) + 1, form.rgpd_status)


def refresh_actions(form) -> None:
    person = form.record is not None and is_person(form.record)
    status = ""
    if person:
        who = person_of(form.record)
        status = "\n".join(t for t in (describe(who), kept_past_retention(who)) if t)
    form.rgpd_status.setText(status)
    form.rgpd_status.setVisible(bool(status))
    # Staff data serve accountability: no opposition (the domain says why, in French).
    restrictable = person and not isinstance(form.record, StaffMember)
    form.restriction_button.setVisible(not isinstance(form.record, StaffMember))
    form.restriction_button.setEnabled(restrictable)
    form.restriction_button.setText(
        QCoreApplication.translate("PersonalData", "Lift the opposition…")
        if restrictable and restriction.restriction_of(who) is not None
        else QCoreApplication.translate("PersonalData", "Opposition…")
    )
    for button in (form.export_button, form.requests_button, form.erase_button):
        button.setEnabled(person)
        button.setToolTip(
            ""
            if person
            else QCoreApplication.translate(
                "PersonalData", "Only a saved record of a natural person has personal data."
            )
        )


def _actor(form) -> StaffMember | None:
    session = getattr(form.window(), "session", None)
    return session.staff if session else None


def _requests_of(form) -> None:
    from .requests_dialog import RequestsDialog

    RequestsDialog(person_of(form.record), _actor(form), form).exec()


def _restrict_from(form) -> None:
    """Set, or lift, the person's opposition or restriction: a date and a reason."""
    from .date_reason import DateReasonDialog  # the form's fields: not at start-up

    person, actor = person_of(form.record), _actor(form)
    kinds = [(kind, kind.label) for kind in restriction.KINDS]
    if restriction.restriction_of(person) is None:
        title = QCoreApplication.translate("PersonalData", "Opposition or restriction")
        intro = QCoreApplication.translate(
            "PersonalData",
            "From this date the person no longer appears in the lists, the committee "
            "dossiers or the exports (their lines are masked); the register of requests "
            "keeps the line.",
        )
        submit = restriction.set_restriction
    else:
        title = QCoreApplication.translate("PersonalData", "Lift the opposition")
        intro = describe(person)
        submit = restriction.clear_restriction
    dialog = DateReasonDialog(
        title,
        QCoreApplication.translate("PersonalData", "On"),
        dt.date.today(),
        lambda values: submit(person, {**values, "kind": values["choice"]}, actor),
        kinds,
        QCoreApplication.translate("PersonalData", "Request"),
        intro,
        form,
    )
    if dialog.exec() == QDialog.DialogCode.Accepted:
        form.load(type(form.record).get_by_id(form.record.id))


def _erase_from(form) -> None:
    if erase_person(form, person_of(form.record), _actor(form)):
        form.load(type(form.record).get_by_id(form.record.id))


def add_review_actions(home, grid) -> None:
    """Stretch « Données à revoir » across the home screen, with the bulk anonymisation."""
    box = home.review.parentWidget()
    grid.addWidget(box, 2, 0, 1, 2)
    button = QPushButton(
        QCoreApplication.translate("PersonalData", "&Anonymise the people past retention…"), box
    )
    button.setObjectName("anonymise_due")
    button.clicked.connect(lambda: anonymise_due(home))
    box.layout().addWidget(button)
    extend = QPushButton(QCoreApplication.translate("PersonalData", "E&xtend…"), box)
    extend.setObjectName("extend_retention")
    extend.setToolTip(
        QCoreApplication.translate(
            "PersonalData", "Keep a person past their retention date, with a reason"
        )
    )
    extend.clicked.connect(lambda: extend_retention(home))
    box.layout().addWidget(extend)


def extend_retention(home) -> None:
    """« Prolonger… »: keep one person past retention until a date, for a reason."""
    from .date_reason import DateReasonDialog  # the form's fields: not at start-up

    title = QCoreApplication.translate("PersonalData", "Extend the retention")
    due = {item.person.id.hex: item.person for item in people_due()}
    if not due:
        plain.information(
            home, title, QCoreApplication.translate("PersonalData", "Nobody is past retention.")
        )
        return
    dialog = DateReasonDialog(
        title,
        QCoreApplication.translate("PersonalData", "Keep until"),
        add_months(dt.date.today(), 12),
        lambda values: retention.extend_retention(
            due.get(values["choice"]) or _nobody(),
            {"until": values["on"], "reason": values["reason"]},
            home.session.staff,
        ),
        [(key, person.describe()) for key, person in due.items()],
        QCoreApplication.translate("PersonalData", "Person"),
        parent=home,
    )
    selected = home.review.currentItem()
    entry = selected.data(0, Qt.ItemDataRole.UserRole) if selected else None
    for key, person in due.items():  # the line chosen on the home screen, if a person's
        if entry is not None and entry.title == person.name:
            dialog.choice.set_value(key)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        home.reload()


def _nobody():
    raise ValidationError({"choice": "Choisissez la personne."})


def anonymise_due(home) -> None:
    """Confirm, then erase everyone past retention in the background, with progress."""
    from ...domain.rgpd import erasure

    title = QCoreApplication.translate("PersonalData", "Anonymise the people past retention")
    people = [due.person for due in people_due()]
    if not people:
        plain.information(
            home, title, QCoreApplication.translate("PersonalData", "Nobody is past retention.")
        )
        return
    question = QCoreApplication.translate(
        "PersonalData",
        "Erase the personal data of %n person(s) past their retention period? Their "
        "identifying fields, notes and attachments go; the facts (projects, communes, dates, "
        "jobs) stay. Backups keep older copies until their rotation removes them.",
        "",
        len(people),
    )
    if plain.question(home, title, question) != QMessageBox.StandardButton.Yes:
        return
    actor = home.session.staff

    def work(report):
        return erasure.erase_people(
            people, actor, lambda done, total: report(done / total), scrub_file=False
        )

    def finished(result) -> None:
        erased, refusals = result
        # Here, not in the worker: VACUUM from a second connection is refused while the
        # window's own connection reads.
        erasure.scrub_after(erased)
        text = QCoreApplication.translate("PersonalData", "%n person(s) anonymised.", "", erased)
        plain.information(home, title, "\n".join([text, *refusals]))
        home.reload()

    def failed(message: str) -> None:
        plain.warning(home, title, message)
        home.reload()

    home.anonymising = ProgressTask(
        home,
        title,
        QCoreApplication.translate("PersonalData", "Anonymising…"),
        work,
        finished,
        failed,
    )
