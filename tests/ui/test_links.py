"""Links between records (need → study → project → holder → committees, and back) and
the browsing history « Précédent » / « Suivant » of the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from fabrique_desktop.domain.models import AgendaItem, OpportunityStudy, Project

from . import test_home
from .actions import answer_noting, type_into

window = test_home.window  # the demo file's main window, as on the home screen's tests


def linked_project() -> Project:
    """A project with its holder retained and on a committee's agenda."""
    on_agenda = AgendaItem.select(AgendaItem.project).where(AgendaItem.project.is_null(False))
    return (
        Project.select()
        .where(Project.selected_holder.is_null(False) & Project.id.in_(on_agenda))
        .order_by(Project.title)
        .first()
    )


def follow(form, kind_caption: str) -> None:
    """Click the first link of the line starting with ``kind_caption``."""
    links = form.links
    index = next(i for i, link in enumerate(links.links) if kind_caption in link_caption(link))
    links.linkActivated.emit(str(index))


def link_caption(link) -> str:
    return {"need": "Besoin", "study": "Étude", "holder": "Porteur retenu"}.get(link.kind, "")


def test_a_project_links_to_its_need_study_holder_and_committees(qtbot, window):
    project = linked_project()
    window.go_to(3, project.id)
    form = window.current_list().form
    lines = form.links.texts()
    assert lines[0] == f"Besoin : {project.need.title}"
    study = OpportunityStudy.get(OpportunityStudy.need == project.need)
    assert lines[1] == f"Étude : {study.need.title}"
    assert lines[2] == f"Porteur retenu : {project.selected_holder.display_name}"
    assert lines[3].startswith("Comités : ") and " du " in lines[3]
    assert form.links.isVisibleTo(form)

    follow(form, "Porteur retenu")
    assert window.navigation.currentRow() == 4
    holder_form = window.current_list().form
    assert holder_form.record.id == project.selected_holder.id
    assert f"Projets : {project.title}" in holder_form.links.texts()[0]

    # Back to the project, forward to the holder, by the « Déplacements » menu's actions.
    assert window.back_action.shortcut() == QKeySequence("Alt+Left")
    assert window.forward_action.shortcut() == QKeySequence("Alt+Right")
    assert window.back_action.isEnabled() and not window.forward_action.isEnabled()
    window.back_action.trigger()
    assert window.navigation.currentRow() == 3
    assert window.current_list().form.record.id == project.id
    assert window.forward_action.isEnabled()
    window.forward_action.trigger()
    assert (window.navigation.currentRow(), window.current_list().form.record.id) == (
        4,
        project.selected_holder.id,
    )
    assert not window.forward_action.isEnabled()

    # A link from the committee back to the need, through the study.
    follow(window.current_list().form, "")  # the holder's first project
    follow(window.current_list().form, "Étude")
    assert window.navigation.currentRow() == 2
    assert window.current_list().form.record.id == study.id
    follow(window.current_list().form, "Besoin")
    assert window.navigation.currentRow() == 1
    assert window.current_list().form.record.id == project.need.id
    assert window.current_list().form.links.texts()[0] == f"Étude : {study.need.title}"


def test_unsaved_changes_are_asked_about_before_going_back(qtbot, window, dialogs):
    project = linked_project()
    window.go_to(3, project.id)
    follow(window.current_list().form, "Besoin")
    need_form = window.current_list().form
    type_into(qtbot, need_form.fields.editors["title"], "Épicerie de quartier")
    questions = []
    dialogs.next(answer_noting(QMessageBox.StandardButton.Cancel, questions))
    window.back_action.trigger()
    assert [text for _, text in questions] == [
        "Cette fiche contient des modifications non enregistrées. Les enregistrer ?"
    ]
    assert window.navigation.currentRow() == 1  # stayed, with what was typed
    assert need_form.fields.editors["title"].value() == "Épicerie de quartier"
    assert not window.forward_action.isEnabled()

    dialogs.next(answer_noting(QMessageBox.StandardButton.Discard, questions))
    window.back_action.trigger()
    assert window.navigation.currentRow() == 3
    assert window.current_list().form.record.id == project.id
    assert not window.back_action.isEnabled() or window.back_places[-1][0] == 0


def test_going_back_starts_disabled(window):
    assert not window.back_action.isEnabled() and not window.forward_action.isEnabled()
    window.navigation.setCurrentRow(1)
    assert window.back_action.isEnabled()
    window.back_action.trigger()
    assert window.navigation.currentRow() == 0 and not window.back_action.isEnabled()


def test_tab_reaches_each_link_and_enter_or_space_follows_it(qtbot, window):
    project = linked_project()
    window.go_to(3, project.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen = window.current_list()
    form = screen.form
    screen.table.setFocus()

    def tab(times: int = 1, key=Qt.Key.Key_Tab) -> None:
        for _ in range(times):
            qtbot.keyClick(QApplication.focusWidget(), key)

    tab()  # out of the list: the first link, « Besoin »
    assert QApplication.focusWidget() is form.links
    tab(len(form.links.links))  # past the last link: the first field
    assert QApplication.focusWidget() is form.fields.editors["title"]

    screen.table.setFocus()
    tab()
    tab(key=Qt.Key.Key_Return)
    assert window.navigation.currentRow() == 1  # the need
    assert window.current_list().form.record.id == project.need.id
    window.back_action.trigger()
    assert window.current_list().form.record.id == project.id

    screen.table.setFocus()
    tab(3)  # need, study, holder
    tab(key=Qt.Key.Key_Space)
    assert window.navigation.currentRow() == 4
    assert window.current_list().form.record.id == project.selected_holder.id
