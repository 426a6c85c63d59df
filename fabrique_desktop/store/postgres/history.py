"""The change history and its seal on PostgreSQL: the rows SQLite's triggers write.

One PL/pgSQL function serves every tracked table: it compares the old and new row
column by column (:data:`..history.UNTRACKED_COLUMNS` and the server's own search
columns left out) and writes one ``change_log`` row ``{"column": [old, new]}`` signed
with the staff member the app named (:func:`..history.set_actor`), which reaches the
trigger as the session setting :data:`ACTOR_SETTING`.

The seal: SQLite's authorizer refuses, per connection, a hand-written entry, an edit or
a deletion of the log. Here triggers refuse UPDATE, DELETE and TRUNCATE of the log, and
an INSERT that does not come from a trigger (``pg_trigger_depth``); privileges do the
rest (:mod:`.roles`: staff roles own nothing, so they can create or drop no trigger, and
may only read the log, which the history function writes with its owner's rights).
"""

from __future__ import annotations

from peewee import Database

from .. import history

ACTOR_SETTING = "fabrique.actor"
#: Columns a server table has that its SQLite twin does not: the search index's key and
#: its words (migration 0002), never part of a record's history.
SERVER_COLUMNS = ("rowid", "search_words")
_UNTRACKED = sorted({*history.UNTRACKED_COLUMNS, *SERVER_COLUMNS})

#: SECURITY DEFINER: it writes the log with its owner's rights, which staff roles do not
#: have (:mod:`.roles`); its search path is fixed so that no one can slip a table in.
HISTORY_FUNCTION = f"""CREATE OR REPLACE FUNCTION fabrique_history() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    key text := TG_ARGV[0];
    old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN '{{}}' ELSE to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN '{{}}' ELSE to_jsonb(NEW) END;
    changes jsonb;
BEGIN
    -- Truth values as SQLite has them (1, 0): the same entries on both backends.
    SELECT COALESCE(jsonb_object_agg(col, jsonb_build_array(
        CASE WHEN jsonb_typeof(old_row -> col) = 'boolean'
             THEN to_jsonb((old_row ->> col)::boolean::int) ELSE old_row -> col END,
        CASE WHEN jsonb_typeof(new_row -> col) = 'boolean'
             THEN to_jsonb((new_row ->> col)::boolean::int) ELSE new_row -> col END
    )), '{{}}')
    INTO changes
    FROM (SELECT jsonb_object_keys(old_row || new_row) AS col) AS columns
    WHERE col <> key AND col <> ALL (ARRAY[{", ".join(f"'{c}'" for c in _UNTRACKED)}])
      AND (old_row -> col) IS DISTINCT FROM (new_row -> col);
    IF changes <> '{{}}' THEN
        INSERT INTO change_log (staff_id, action, table_name, record_id, changes)
        VALUES (NULLIF(current_setting('{ACTOR_SETTING}', true), ''), TG_OP, TG_TABLE_NAME,
                CASE WHEN TG_OP = 'DELETE' THEN old_row ELSE new_row END ->> key,
                changes::text);
    END IF;
    RETURN NULL;
END
$$"""

#: Set, for one statement, by :data:`REWRITE_FUNCTION` alone (only the owner may
#: UPDATE the log: whoever else sets it gains nothing).
REWRITE_SETTING = "fabrique.log_rewrite"

#: Refuses a change of the log, and an entry written by hand (outside a history trigger).
#: The one exception: an erasure (RGPD) rewriting the values of an entry through
#: :data:`REWRITE_FUNCTION`, its number, date, author, table and record unchanged.
GUARD_FUNCTION = f"""CREATE OR REPLACE FUNCTION fabrique_refuse_log_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND pg_trigger_depth() > 1 THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND current_setting('{REWRITE_SETTING}', true) = 'on'
       AND (NEW.id, NEW.at, NEW.staff_id, NEW.action, NEW.table_name, NEW.record_id)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.at, OLD.staff_id, OLD.action, OLD.table_name, OLD.record_id) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'L''historique ne peut être ni modifié ni effacé.';
END
$$"""

#: The erasure's path through the seal (:class:`...scrub.LogRewriter`): one entry's values
#: replaced, with its owner's rights; staff may call it (:mod:`.roles`), no one else.
REWRITE_FUNCTION = f"""CREATE OR REPLACE FUNCTION fabrique_rewrite_log_entry(
    new_changes text, entry bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM set_config('{REWRITE_SETTING}', 'on', true);
    UPDATE change_log SET changes = new_changes WHERE id = entry;
    PERFORM set_config('{REWRITE_SETTING}', '', true);
END
$$"""
REWRITE_SIGNATURE = "fabrique_rewrite_log_entry(text, bigint)"

LOG_GUARDS = {
    "UPDATE": 'CREATE TRIGGER "change_log_refuse_UPDATE" BEFORE UPDATE ON change_log '
    "FOR EACH ROW EXECUTE FUNCTION fabrique_refuse_log_change()",
    "DELETE": 'CREATE TRIGGER "change_log_refuse_DELETE" BEFORE DELETE ON change_log '
    "FOR EACH ROW EXECUTE FUNCTION fabrique_refuse_log_change()",
    "TRUNCATE": 'CREATE TRIGGER "change_log_refuse_TRUNCATE" BEFORE TRUNCATE ON change_log '
    "FOR EACH STATEMENT EXECUTE FUNCTION fabrique_refuse_log_change()",
    "INSERT": 'CREATE TRIGGER "change_log_refuse_INSERT" BEFORE INSERT ON change_log '
    "FOR EACH ROW EXECUTE FUNCTION fabrique_refuse_log_change()",
}


def tables(db: Database) -> list[str]:
    """The tables of the schema in use, by name."""
    return [
        row[0]
        for row in db.execute_sql(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
            "ORDER BY table_name"
        ).fetchall()
    ]


def primary_key(db: Database, table: str) -> list[str]:
    return [
        row[0]
        for row in db.execute_sql(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a "
            "ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
            "WHERE i.indrelid = %s::regclass AND i.indisprimary",
            (f'"{table}"',),
        ).fetchall()
    ]


def tracked_tables(db: Database) -> dict[str, str]:
    """Each tracked table and its one key column (as SQLite's :func:`..history.tracked_tables`)."""
    tracked = {}
    for table in tables(db):
        if table.startswith(history.UNTRACKED_PREFIXES):
            continue
        key = primary_key(db, table)
        if len(key) == 1:
            tracked[table] = key[0]
    return tracked


def expected_triggers(db: Database) -> dict[str, str]:
    """Each history trigger's name and the table it belongs to."""
    return {
        f"{table}_history_{action}": table
        for table in tracked_tables(db)
        for action in history.ACTIONS
    }


def install_triggers(db: Database) -> None:
    db.execute_sql(HISTORY_FUNCTION)
    for table, key in tracked_tables(db).items():
        for action in history.ACTIONS:
            name = f"{table}_history_{action}"
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}" ON "{table}"')
            db.execute_sql(
                f'CREATE TRIGGER "{name}" AFTER {action} ON "{table}" '
                f"FOR EACH ROW EXECUTE FUNCTION fabrique_history('{key}')"
            )


def drop_triggers(db: Database) -> None:
    for name, table in expected_triggers(db).items():
        db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}" ON "{table}"')


def install_log_guards(db: Database) -> None:
    db.execute_sql(GUARD_FUNCTION)
    for action, sql in LOG_GUARDS.items():
        db.execute_sql(f'DROP TRIGGER IF EXISTS "change_log_refuse_{action}" ON change_log')
        db.execute_sql(sql)


def install_log_rewrite(db: Database) -> None:
    """The erasure's rewrite of entries (migration 0029), callable by no one by default
    (PostgreSQL lets every role run a new function): :mod:`.roles` grants it to staff."""
    db.execute_sql(REWRITE_FUNCTION)
    db.execute_sql(f"REVOKE ALL ON FUNCTION {REWRITE_SIGNATURE} FROM PUBLIC")


def drop_log_guard(db: Database, action: str) -> None:
    db.execute_sql(f'DROP TRIGGER IF EXISTS "change_log_refuse_{action}" ON change_log')


def present_triggers(db: Database) -> set[str]:
    """The names of the enabled triggers of the schema in use."""
    return {
        row[0]
        for row in db.execute_sql(
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE c.relnamespace = current_schema()::regnamespace "
            "AND NOT t.tgisinternal AND t.tgenabled <> 'D'"
        ).fetchall()
    }


def problems(db: Database) -> list[str]:
    """What :func:`..integrity.history_problems` reports, for a server: a history trigger
    missing or disabled, a guard missing, the history function rewritten. (Entry numbers
    are not checked for gaps: a server's sequence never gives back a rolled-back number.)
    """
    from ..integrity import HISTORY_ACTIONS

    present = present_triggers(db)
    found = []
    for name, table in expected_triggers(db).items():
        if name not in present:
            action = name.rpartition("_history_")[2]
            found.append(
                f"Historique : les {HISTORY_ACTIONS[action]} dans « {table} » ne sont plus "
                "notées (déclencheur absent ou désactivé)."
            )
    body = db.execute_sql(
        "SELECT prosrc FROM pg_proc WHERE proname = 'fabrique_history' "
        "AND pronamespace = current_schema()::regnamespace"
    ).fetchone()
    if body is None or body[0] != HISTORY_FUNCTION.split("$$")[1]:
        found.append("Historique : la fonction qui l'écrit a été modifiée ou supprimée.")
    if any(f"change_log_refuse_{action}" not in present for action in LOG_GUARDS):
        found.append(
            "Historique : il n'est plus protégé contre les modifications "
            "(déclencheur absent ou désactivé)."
        )
    return found
