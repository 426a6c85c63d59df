"""A chargée de mission walks one need through the whole method with the real widgets;
after the file is closed and reopened, every step is there."""

import datetime as dt

from PySide6.QtCore import QDate

from fabrique_desktop.domain.enums import (
    CandidacyStatus,
    DecisionKind,
    LegalForm,
    NeedStatus,
    ProjectStage,
    StudyStatus,
)
from fabrique_desktop.domain.models import (
    Candidacy,
    Decision,
    Holder,
    Milestone,
    Need,
    OpportunityStudy,
    Project,
)
from fabrique_desktop.store import close_database, open_database
from fabrique_desktop.ui import holders, needs, projects, studies

from .actions import choose, click, confirm, type_into


def test_from_need_to_enterprise(qtbot, session, territory, db_location, dialogs):
    today = dt.date.today()
    # Step 1: the fiche besoin, then the committee launches the study.
    screen = needs.build(session)
    qtbot.addWidget(screen)
    form = screen.form
    screen.new_record()
    fields = form.fields.editors
    type_into(qtbot, fields["title"], "Épicerie solidaire du quartier Nord")
    choose(fields["territory"], "Amiens")
    choose(fields["sector"], "Alimentation et circuits courts")
    choose(fields["source"], "Habitants")
    type_into(qtbot, fields["description"], "Plus de commerce alimentaire depuis 2019.")
    click(qtbot, form.save_button)
    need = Need.get(Need.title == "Épicerie solidaire du quartier Nord")
    assert screen.count.text() == "1 besoin"
    dialogs.next(confirm)
    click(qtbot, form.study_button)
    assert Need.get_by_id(need.id).status is NeedStatus.STUDY

    # Step 2: the grid, the recommendation, the validation, the project.
    screen = studies.build(session)
    qtbot.addWidget(screen)
    study = OpportunityStudy.get(OpportunityStudy.need == need)
    screen.open_record(study.id)
    form = screen.form
    assert not form.validate_button.isEnabled()
    assert "il manque la note" in form.validate_button.toolTip()
    for name, editor in form.fields.editors.items():
        if name.endswith(".score"):
            choose(editor, "4")
        elif name.endswith(".comment"):
            type_into(qtbot, editor, "Confirmé par les entretiens")
    choose(form.fields.editors["recommendation"], "Favorable")
    click(qtbot, form.save_button)
    assert form.grid.total.text() == "Total\u00a0: 24 / 30 (6 critères notés sur 6)"
    dialogs.next(confirm)
    click(qtbot, form.validate_button)
    assert Need.get_by_id(need.id).status is NeedStatus.VALIDATED
    dialogs.next(confirm)
    click(qtbot, form.project_button)
    project = Project.get(Project.need == need)

    # Step 3: the holder, with the lawful basis for keeping her data.
    screen = holders.build(session)
    qtbot.addWidget(screen)
    form = screen.form
    screen.new_record()
    fields = form.fields.editors
    type_into(qtbot, fields["first_name"], "Thị Mai")
    type_into(qtbot, fields["last_name"], "Nguyễn")
    type_into(qtbot, fields["email"], "thi-mai.nguyen@exemple.fr")
    type_into(qtbot, fields["phone"], "06 12 34 56 78")
    choose(fields["consent_basis"], "Consentement")
    fields["consent_on"].setDate(QDate.currentDate())
    click(qtbot, form.save_button)
    holder = Holder.get(Holder.last_name == "Nguyễn")

    # Her candidacy, its grid, the committee retains her.
    screen = projects.build(session)
    qtbot.addWidget(screen)
    screen.open_record(project.id)
    form = screen.form

    def new_candidacy(dialog):
        choose(dialog.fields.editors["holder"], "Thị Mai Nguyễn")
        confirm(dialog)

    dialogs.next(new_candidacy)
    click(qtbot, form.add_candidacy_button)
    form.candidacy_table.selectRow(0)

    def grade(dialog):
        for name, editor in dialog.fields.editors.items():
            if name.endswith(".score"):
                choose(editor, "5")
        confirm(dialog)

    dialogs.next(grade)
    click(qtbot, form.grid_button)
    form.candidacy_table.selectRow(0)
    dialogs.next(confirm)
    click(qtbot, form.retain_button)
    assert Project.get_by_id(project.id).stage is ProjectStage.SUPPORT

    # Step 4: the support plan, one milestone done, the enterprise created.
    click(qtbot, form.generate_button)
    assert form.milestone_table.rowCount() == 9
    form.milestone_table.cellWidget(0, 2).set_value(today)
    click(qtbot, form.save_button)  # the date is saved with the form, as every field

    def enterprise(dialog):
        fields = dialog.fields.editors
        type_into(qtbot, fields["enterprise_name"], "L'Épicerie du Nord")
        choose(fields["legal_form"], "SCIC")
        fields["created_on"].setDate(QDate.currentDate())
        fields["jobs_fte"].setValue(2.5)
        confirm(dialog)

    dialogs.next(enterprise)
    click(qtbot, form.created_button)
    history = form.history.tree
    assert [history.topLevelItem(r).text(1) for r in range(history.topLevelItemCount())] == [
        "Entreprise créée",
        "Porteur retenu",
        "Projet ouvert",
    ]
    assert history.topLevelItem(0).text(3) == "Claire Vasseur"
    assert "Épicerie solidaire du quartier Nord (Amiens)" in form.status_line.text()

    # Close the database (a file or the server), reopen it: everything is there.
    close_database()
    open_database(db_location)
    assert Need.get_by_id(need.id).status is NeedStatus.IN_PROJECT
    study = OpportunityStudy.get_by_id(study.id)
    assert study.status is StudyStatus.FAVOURABLE
    assert sorted(s.score for s in study.scores) == [4] * 6
    holder = Holder.get_by_id(holder.id)
    assert (holder.consent_on, holder.phone) == (today, "06 12 34 56 78")
    candidacy = Candidacy.get(Candidacy.project == project)
    assert candidacy.status is CandidacyStatus.RETAINED
    project = Project.get_by_id(project.id)
    assert (project.stage, project.legal_form, project.jobs_fte, project.created_on) == (
        ProjectStage.CREATED,
        LegalForm.SCIC,
        2.5,
        today,
    )
    assert project.selected_holder.id == holder.id
    first = Milestone.get((Milestone.project == project) & (Milestone.position == 1))
    assert first.done_on == today
    kinds = [d.kind for d in Decision.select().order_by(Decision.created_at)]
    assert kinds == [
        DecisionKind.STUDY_LAUNCHED,
        DecisionKind.STUDY_FAVOURABLE,
        DecisionKind.PROJECT_OPENED,
        DecisionKind.CANDIDACY_RETAINED,
        DecisionKind.ENTERPRISE_CREATED,
    ]
    assert {d.author.name for d in Decision.select()} == {"Claire Vasseur"}
