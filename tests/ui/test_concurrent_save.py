"""Two people on the same need: the second « Enregistrer » says who saved it and when,
shows their title under the field, keeps what was typed; saving again replaces theirs."""

import datetime as dt

from fabrique_desktop.domain.models import Need, database
from fabrique_desktop.domain.services import needs as need_services
from fabrique_desktop.store import history
from fabrique_desktop.ui import needs

from ..factories import need_values
from .actions import click, type_into


def test_the_second_saver_sees_who_saved_and_their_version(qtbot, session, need, territory):
    screen = needs.build(session)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    form = screen.form
    form.load(Need.get_by_id(need.id))
    title = form.fields.editors["title"]
    title.clear()
    type_into(qtbot, title, "Ressourcerie d'Amiens")
    # Meanwhile a colleague saves the same need from her workstation.
    history.set_actor(database, session.staff.id)
    colleague_copy = Need.get_by_id(need.id)
    need_services.update_need(colleague_copy, need_values(territory, title="Recyclerie de Camon"))
    now = dt.datetime.now().astimezone()

    click(qtbot, form.save_button)

    clock = f"{now.hour:02d} h {now.minute:02d}"
    assert not form.fields.banner.isHidden()
    assert f"modifiée par {session.staff.name} à {clock}" in form.fields.banner.text()
    assert form.fields.message("title") == (
        f"Modifié par {session.staff.name} à {clock} : « Recyclerie de Camon »."
    )
    assert title.value() == "Ressourcerie d'Amiens"  # nothing typed is lost
    assert Need.get_by_id(need.id).title == "Recyclerie de Camon"  # nothing overwritten

    click(qtbot, form.save_button)  # having seen theirs, save again: ours replaces it
    assert Need.get_by_id(need.id).title == "Ressourcerie d'Amiens"
    assert form.fields.banner.isHidden()
