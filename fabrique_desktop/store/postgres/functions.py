"""The SQL functions the schema relies on, written for PostgreSQL.

SQLite gets them from Python on each connection (:func:`..schema.add_functions`); on a
server they live in the database and are built from the same rules, so that a search
or a sort gives the same answer on both:

- ``search_fold`` is :func:`fabrique_desktop.domain.text.fold`: NFKD, combining marks
  dropped, the letters of ``text._LETTERS`` replaced, lower case (ICU's, whatever the
  server's locale) and a final sigma as Python's ``casefold`` gives it. Not the
  ``unaccent`` extension: it also turns « ŋ » into « n », « × » into « * »…, which
  the folding of what is typed does not, so « ŋ » typed would not find « ŋ » indexed;
- ``search_vector`` is what FTS5's ``unicode61`` tokenizer indexes: the folded words;
- ``fr_sort`` is :func:`fabrique_desktop.domain.text.french_sort_key`, byte for byte;
- ``instr`` is SQLite's, which :func:`fabrique_desktop.domain.search.containing` calls.
"""

from __future__ import annotations

from ...domain.text import _LETTERS, _WHOLE_LETTERS

#: Combining marks NFKD splits off (the blocks Python's ``unicodedata.combining`` covers
#: for Latin, Greek and Cyrillic text).
_COMBINING = r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _letters(expression: str) -> str:
    """``expression`` with the letters Unicode does not decompose replaced as in Python."""
    letters = {chr(code): target for code, target in _LETTERS.items()}
    single = {a: b for a, b in letters.items() if len(b) == 1}
    sources, targets = _literal("".join(single)), _literal("".join(single.values()))
    folded = f"translate({expression}, {sources}, {targets})"
    for letter, target in letters.items():
        if len(target) > 1:
            folded = f"replace({folded}, {_literal(letter)}, {_literal(target)})"
    return folded


def _whole_letters(expression: str) -> str:
    for letter, base in (*_WHOLE_LETTERS, ("ß", "ss")):
        expression = f"replace({expression}, {_literal(letter)}, {_literal(base)})"
    return expression


SEARCH_FOLD = f"""CREATE OR REPLACE FUNCTION search_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT replace(lower(regexp_replace(
        {_letters("normalize(coalesce(value, ''), NFKD)")}, '{_COMBINING}', '', 'g'
    ) COLLATE "und-x-icu"), 'ς', 'σ')
$$"""

SEARCH_VECTOR = r"""CREATE OR REPLACE FUNCTION search_vector(VARIADIC parts text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT array_to_tsvector(array_remove(
        regexp_split_to_array(
            search_fold(array_to_string(parts, ' ')) COLLATE "und-x-icu", '[^[:alnum:]_]+'
        ), ''
    ))
$$"""

FR_SORT = f"""CREATE OR REPLACE FUNCTION fr_sort(value text) RETURNS bytea
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN value IS NULL THEN ''::bytea ELSE
        convert_to(regexp_replace(normalize(
            {_whole_letters('lower(value COLLATE "und-x-icu")')}, NFKD), '[^\\x01-\\x7f]', '', 'g'
        ), 'UTF8') || '\\x00'::bytea || convert_to(value, 'UTF8')
    END
$$"""

INSTR = """CREATE OR REPLACE FUNCTION instr(haystack text, needle text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT strpos(haystack, needle) $$"""

STATEMENTS = (
    SEARCH_FOLD,
    SEARCH_VECTOR,
    FR_SORT,
    INSTR,
)


def install(db) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
