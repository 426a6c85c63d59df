"""Attached files, driven through the real box of each form: picked in the file dialog or
dropped, opened from a private copy, saved elsewhere, removed; refusals in French."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from fabrique_desktop.domain.models import MAX_ATTACHMENT_BYTES, Attachment, CommitteeKind
from fabrique_desktop.domain.services import committees
from fabrique_desktop.ui import committees as committee_screen
from fabrique_desktop.ui import holders, needs, projects
from fabrique_desktop.ui.common.attachments import private_folder, write_private_copy

from ..factories import days_ago, opened_project
from .actions import answer, answer_noting, click

CONTENT = bytes(range(256)) * 6 + "Étude d'opportunité — Amiens".encode()


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home with a Documents folder, where every file dialog must start."""
    home = tmp_path / "maison"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home


@pytest.fixture
def box(qtbot, session, need, home):
    screen = needs.build(session)
    qtbot.addWidget(screen)
    screen.open_record(need.id)
    box = screen.form.attachments
    box.screen_kept_alive = screen
    box.opened = []
    box.opener = lambda url: box.opened.append(Path(url.toLocalFile())) or True
    return box


def pick(path: Path, seen: list):
    """Choose ``path`` in the file dialog, noting what the dialog showed first."""

    def act(dialog: QFileDialog) -> None:
        seen.append(
            (
                dialog.windowTitle(),
                dialog.directory().absolutePath(),
                dialog.nameFilters(),
                dialog.labelText(QFileDialog.DialogLabel.FileType),
            )
        )
        dialog.selectFile(str(path))
        dialog.accept()

    return act


def drop(widget, paths: list[Path]) -> None:
    """What the window system sends when files are dragged from a file manager."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    for kind in (QDragEnterEvent, QDropEvent):
        event = kind(
            QPointF(widget.rect().center()),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)
        assert event.isAccepted(), kind.__name__


def rows(box) -> list[list[str]]:
    items = [box.list.topLevelItem(i) for i in range(box.list.topLevelItemCount())]
    return [[item.text(c) for c in range(3)] for item in items]


def select(box, row: int) -> None:
    box.list.setCurrentItem(box.list.topLevelItem(row))


def test_round_trip_keeps_every_byte(qtbot, box, home, tmp_path, dialogs):
    source = tmp_path / "étude d'opportunité.pdf"
    source.write_bytes(CONTENT)
    seen = []
    dialogs.next(pick(source, seen))
    click(qtbot, box.add_button)
    assert seen == [
        (
            "Joindre des fichiers",
            str(home / "Documents"),
            [
                "Documents et images (*.pdf *.odt *.ods *.odp *.doc *.docx *.xls *.xlsx *.ppt "
                "*.pptx *.rtf *.txt *.csv *.jpg *.jpeg *.png)",
                "Tous les fichiers (*)",
            ],
            "Fichiers de &type\u00a0:",
        )
    ]
    stored = Attachment.get()
    assert (stored.need_id, stored.file_name, bytes(stored.content)) == (
        box.owner.id,
        "étude d'opportunité.pdf",
        CONTENT,
    )
    [[name, size, added]] = rows(box)
    assert (name, size) == ("étude d'opportunité.pdf", "1,5\u00a0Ko")
    assert added.startswith(days_ago(0).strftime("%d/%m/%Y "))

    select(box, 0)
    copy = home / "Documents" / "copie.pdf"
    seen.clear()
    dialogs.next(pick(copy, seen))
    click(qtbot, box.save_button)
    assert seen[0][:2] == ("Enregistrer le fichier sous", str(home / "Documents"))
    assert seen[0][2] == ["Fichiers pdf (*.pdf)", "Tous les fichiers (*)"]
    assert copy.read_bytes() == CONTENT

    click(qtbot, box.open_button)
    [opened] = box.opened
    assert opened.name == "étude d'opportunité.pdf"
    assert opened.read_bytes() == CONTENT
    assert stat.S_IMODE(opened.stat().st_mode) == 0o600
    assert stat.S_IMODE(opened.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(opened.parent.parent.stat().st_mode) == 0o700
    assert not box.message.isVisibleTo(box)


def test_saving_over_a_file_asks_first_and_a_full_disk_keeps_it(
    qtbot, box, home, dialogs, monkeypatch
):
    box.add_files([_file(home, "statuts.odt", b"nouveaux statuts")])
    select(box, 0)
    target = _file(home / "Documents", "statuts.odt", b"anciens statuts")
    questions = []

    dialogs.next(pick(target, []))
    dialogs.next(answer_noting(QMessageBox.StandardButton.No, questions))
    click(qtbot, box.save_button)
    assert questions == [
        (Qt.TextFormat.PlainText, "« statuts.odt » existe déjà dans ce dossier. Le remplacer ?")
    ]
    assert target.read_bytes() == b"anciens statuts"

    def full_disk(descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    dialogs.next(pick(target, []))
    dialogs.next(lambda dialog: answer(dialog, QMessageBox.StandardButton.Yes))
    click(qtbot, box.save_button)
    assert target.read_bytes() == b"anciens statuts"
    assert sorted(p.name for p in target.parent.iterdir()) == ["statuts.odt"]
    assert box.message.text() == (
        f"« {target} » n'a pas pu être écrit (No space left on device) ; rien n'a été modifié."
    )

    monkeypatch.undo()
    dialogs.next(pick(target, []))
    dialogs.next(lambda dialog: answer(dialog, QMessageBox.StandardButton.Yes))
    click(qtbot, box.save_button)
    assert target.read_bytes() == b"nouveaux statuts"


def test_removal_says_what_goes_and_waits_for_yes(qtbot, box, home, dialogs):
    box.add_files([_file(home, "CV Łucja.pdf", b"x" * 3_000_000)])
    select(box, 0)
    questions = []

    dialogs.next(answer_noting(QMessageBox.StandardButton.No, questions))
    click(qtbot, box.remove_button)
    assert questions == [
        (
            Qt.TextFormat.PlainText,
            "Retirer « CV Łucja.pdf » (2,9\u00a0Mo) de cette fiche ? Le fichier est supprimé "
            "de la base ; les copies enregistrées ailleurs restent.",
        )
    ]
    assert Attachment.select().count() == 1
    dialogs.next(lambda dialog: answer(dialog, QMessageBox.StandardButton.Yes))
    click(qtbot, box.remove_button)
    assert Attachment.select().count() == 0
    assert rows(box) == []


def test_refusals_are_explained_and_the_good_files_kept(qtbot, box, home, monkeypatch):
    big = home / "film.mp4"
    with big.open("wb") as stream:
        stream.truncate(MAX_ATTACHMENT_BYTES + 1)  # sparse: refused on its size, never read
    folder = home / "Dossier"
    folder.mkdir()
    vanished = home / "parti.pdf"
    locked = _file(home, "confidentiel.pdf", b"secret")
    blank = _file(home, "   ", b"sans nom")
    good = _file(home, "budget.ods", b"PK budget")
    real_open = Path.open

    def guarded(path, *args, **kwargs):
        if path == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded)
    drop(box, [big, folder, vanished, locked, blank, good])
    assert box.message.textFormat() == Qt.TextFormat.PlainText
    assert box.message.text().split("\n") == [
        "« film.mp4 » pèse 10,0 Mo ; une pièce jointe est limitée à 10 Mo. Déposez les "
        "fichiers plus lourds sur le partage de la structure.",
        "« Dossier » n'a pas pu être lu : c'est un dossier ; joignez les fichiers qu'il contient.",
        "« parti.pdf » n'a pas pu être lu : il n'existe plus (déplacé ou supprimé ?).",
        "« confidentiel.pdf » n'a pas pu être lu : vous n'avez pas le droit de le lire.",
        "Le nom du fichier doit compter de 1 à 255 caractères.",
    ]
    assert [(a.file_name, bytes(a.content)) for a in Attachment.select()] == [
        ("budget.ods", b"PK budget")
    ]
    assert [r[0] for r in rows(box)] == ["budget.ods"]


@pytest.mark.sqlite_only
def test_a_full_disk_attaches_nothing_and_says_so(qtbot, box, home):
    from fabrique_desktop.domain.models import database

    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages}")
    drop(box, [_file(home, "rapport d'étude.pdf", CONTENT * 20)])
    assert box.message.text().startswith("L'enregistrement a échoué : le disque est plein.")
    assert rows(box) == []
    database.execute_sql("PRAGMA max_page_count = 1073741823")
    assert Attachment.select().count() == 0


def test_a_file_no_application_opens_is_explained(qtbot, box, home):
    box.add_files([_file(home, "plan.xyz", b"?")])
    box.opener = lambda url: False
    select(box, 0)
    click(qtbot, box.open_button)
    assert box.message.text() == (
        "Aucune application de cet ordinateur n'ouvre « plan.xyz » ; utilisez "
        "« Enregistrer sous… » et ouvrez-le depuis là."
    )


def test_a_new_record_has_nothing_to_attach_to(qtbot, session, home):
    screen = needs.build(session)
    qtbot.addWidget(screen)
    screen.new_record()
    box = screen.form.attachments
    assert not box.add_button.isEnabled()
    assert box.add_button.toolTip() == "Enregistrez d'abord la fiche."
    assert not box.acceptDrops()


@pytest.fixture
def records(need, holder, staff):
    kind = CommitteeKind.get(CommitteeKind.name == "Comité de pilotage")
    meeting = committees.create_committee(
        {"kind": kind.id, "meeting_on": days_ago(3), "place": "Amiens"}
    )
    return {
        "need": (needs, need),
        "project": (projects, opened_project(need, staff)),
        "holder": (holders, holder),
        "committee": (committee_screen, meeting),
    }


@pytest.mark.parametrize("owner", ["need", "project", "holder", "committee"])
def test_each_form_keeps_its_own_files(qtbot, session, records, home, owner):
    module, record = records[owner]
    screen = module.build(session)
    qtbot.addWidget(screen)
    screen.open_record(record.id)
    drop(screen.form.attachments, [_file(home, "compte-rendu.pdf", CONTENT)])
    stored = Attachment.get()
    assert getattr(stored, f"{owner}_id") == record.id
    assert bytes(stored.content) == CONTENT
    assert [r[0] for r in rows(screen.form.attachments)] == ["compte-rendu.pdf"]


def test_deleting_a_holder_says_their_files_go_too(qtbot, session, holder, home, dialogs):
    screen = holders.build(session)
    qtbot.addWidget(screen)
    screen.open_record(holder.id)
    drop(screen.form.attachments, [_file(home, "CV.pdf", CONTENT)])
    questions = []

    dialogs.next(answer_noting(QMessageBox.StandardButton.Yes, questions))
    screen.delete_current()
    assert [text for _, text in questions] == [
        "Supprimer le porteur « Łucja Kowalczyk », ses coordonnées et ses pièces jointes ? "
        "Un porteur qui a des candidatures ne peut pas être supprimé."
    ]
    assert Attachment.select().count() == 0


def test_a_private_copy_never_leaves_its_folder():
    first = write_private_copy("../../etc/passwd", b"x")
    second = write_private_copy("Compte rendu : comité ?.pdf", b"y")
    again = write_private_copy("Compte rendu : comité ?.pdf", b"z")
    assert first.parent.parent == private_folder()
    assert (first.name, second.name) == ("_.._etc_passwd", "Compte rendu _ comité _.pdf")
    assert again != second and (second.read_bytes(), again.read_bytes()) == (b"y", b"z")


def _file(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path
