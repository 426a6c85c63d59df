"""Scrubbing the file after an erasure: a contentless search index (the kind issue 19
brings) loses the words of an overwritten value too, not only an external-content one."""

from __future__ import annotations

from fabrique_desktop.store import history, scrub


def test_a_contentless_index_keeps_no_word_of_an_overwritten_value(db, db_path):
    with history.unsealed(db):
        db.execute_sql("CREATE TABLE note (id TEXT PRIMARY KEY, body TEXT)")
        db.execute_sql("CREATE VIRTUAL TABLE note_search USING fts5(body, content='')")
        db.execute_sql(
            "CREATE TRIGGER note_search_update AFTER UPDATE OF body ON note BEGIN "
            "INSERT INTO note_search(note_search, rowid, body)"
            " VALUES ('delete', old.rowid, old.body);"
            "INSERT INTO note_search(rowid, body) VALUES (new.rowid, new.body); END"
        )
        db.execute_sql("INSERT INTO note VALUES ('a', 'zorglub')")
        db.execute_sql("INSERT INTO note_search(rowid, body) SELECT rowid, body FROM note")
        db.execute_sql("UPDATE note SET body = 'neutre'")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"zorglub" in db_path.read_bytes()  # the old segment still holds the word

    assert scrub.scrub_file(db, {"note"})

    assert b"zorglub" not in db_path.read_bytes()
    assert db.execute_sql(
        "SELECT rowid FROM note_search WHERE note_search MATCH 'neutre'"
    ).fetchall()
