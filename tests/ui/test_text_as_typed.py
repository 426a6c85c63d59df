"""What a user types is saved as typed: no-break spaces of multi-line fields kept."""

from fabrique_desktop.domain.models import Need
from fabrique_desktop.domain.services import needs as need_services
from fabrique_desktop.ui import needs

from ..factories import need_values
from .actions import click, type_into


def test_multi_line_fields_keep_no_break_spaces(qtbot, session, territory):
    need = need_services.create_need(need_values(territory, title="Épicerie"))
    screen = needs.build(session)
    qtbot.addWidget(screen)
    screen.open_record(need.id)
    typed = "Budget\u00a0: 12\u00a0000\u00a0€\nune «\u00a0épicerie\u00a0» de quartier"
    type_into(qtbot, screen.form.fields.editors["description"], typed)
    click(qtbot, screen.form.save_button)
    assert Need.get_by_id(need.id).description == typed
