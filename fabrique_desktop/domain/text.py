"""What typed text is: the one folding rule of search, and what a search box may pass on.

Search ignores accents, case and the letters that Unicode does not decompose (Ł, Ø, Œ,
Æ, ß…): « lucja » finds « Łucja », « coeur » finds « cœur », « helene » finds « Hélène »,
however the accent was typed (« é » or « e » followed by a combining accent). The same
:func:`fold` is applied to what is indexed and to what is typed, in SQLite (registered
as the SQL function ``search_fold``) and, later, on any other backend: one rule, one
place.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: Letters that carry their « accent » in their shape, so NFKD leaves them whole.
_LETTERS = str.maketrans(
    {
        "Ł": "L",
        "ł": "l",
        "Ø": "O",
        "ø": "o",
        "Œ": "OE",
        "œ": "oe",
        "Æ": "AE",
        "æ": "ae",
        "ß": "SS",
        "ẞ": "SS",
        "Đ": "D",
        "đ": "d",
        "Ð": "D",
        "ð": "d",
        "Þ": "TH",
        "þ": "th",
        "Ħ": "H",
        "ħ": "h",
        "Ŧ": "T",
        "ŧ": "t",
        "ı": "i",
        "ĸ": "k",
        "ſ": "s",
    }
)

_SHAPED = re.compile("[" + "".join(chr(c) for c in _LETTERS) + "]")

#: What a search box passes on: longer pasted text is cut (SQLite refuses too complex
#: patterns, and nobody searches for a page of text).
SEARCH_LIMIT = 200
#: Words of it that are searched: each is one more condition, and SQLite's parser has a
#: depth limit; twelve words narrow any list enough.
WORD_LIMIT = 12
#: Lone surrogates (which cannot be encoded to UTF-8) and control characters.
_UNENCODABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_WORD = re.compile(r"\w+")


def fold(text: str | None) -> str:
    """The search key of ``text``: NFKD, combining marks removed, Ł→L, Ø→O, Œ→OE, Æ→AE,
    ß→SS and the like, then case-folded. ``None`` stays empty."""
    if not text:
        return ""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.translate(_folding_table()).casefold()


#: Past the last combining mark of Unicode (U+1E94A in Unicode 15; a test watches it).
_MARKS_END = 0x1F000


@functools.cache
def _folding_table() -> dict[int, str | int | None]:
    """The combining marks removed and :data:`_LETTERS` replaced, in one
    ``str.translate`` (C speed: a Python loop over the characters made rebuilding the
    search index of 100,000 needs cost seconds). Built on first use, in about 20 ms."""
    table: dict[int, str | int | None] = {
        code: None for code in range(_MARKS_END) if unicodedata.combining(chr(code))
    }
    table.update(_LETTERS)
    return table


def ascii_fold(text: str) -> str:
    """:func:`fold` for Latin letters, in C-speed steps, with every other script dropped:
    a quick first sieve over many texts (a word it keeps is a word :func:`fold` gives;
    a text it rejects, :func:`fold` would too, for Latin words)."""
    if text.isascii():
        return text.casefold()
    if _SHAPED.search(text):  # rare: translating every text would cost more than the rest
        text = text.translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii").casefold()


def search_text(typed: str | None) -> str:
    """What a search box passes on: NFC, without lone surrogates or control characters,
    at most :data:`SEARCH_LIMIT` characters."""
    if not typed:
        return ""
    cleaned = _UNENCODABLE.sub(" ", typed)
    return unicodedata.normalize("NFC", cleaned)[:SEARCH_LIMIT]


def search_words(typed: str | None, *, punctuation: bool = False) -> list[str]:
    """The folded words of what was typed (at most :data:`WORD_LIMIT`), each to be found
    as a prefix or substring; with ``punctuation``, words are what spaces separate."""
    folded = fold(search_text(typed))
    return (folded.split() if punctuation else _WORD.findall(folded))[:WORD_LIMIT]


#: Letters NFKD does not split into a base letter and an accent.
_WHOLE_LETTERS = (("œ", "oe"), ("æ", "ae"), ("ł", "l"), ("ø", "o"), ("đ", "d"))


def french_sort_key(text: str | None) -> bytes:
    """Order as a French reader does: « Épicerie » beside « epicerie », before
    « Tiers-lieu »; accents and case count only between otherwise equal words.

    SQL ``ORDER BY fr_sort(title)``: one call per row, then SQLite compares bytes. A
    collation would run Python at every comparison (≈ 1.7 million for 100,000 rows).
    """
    if text is None:
        # Empty sorts first, as NULL would. Returning None from an SQL function
        # corrupts None's reference count in Python 3.11's sqlite3 (a crash at exit).
        return b""
    folded = text.casefold()
    if not folded.isascii():
        for letter, base in _WHOLE_LETTERS:
            if letter in folded:
                folded = folded.replace(letter, base)
        folded = unicodedata.normalize("NFKD", folded)  # « é » → « e » + accent
    # The accents, punctuation and other scripts drop out of the first level; the text
    # itself, after a zero byte, breaks the ties.
    return folded.encode("ascii", "ignore") + b"\0" + text.encode()
