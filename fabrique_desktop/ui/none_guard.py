"""None made immortal on Python 3.11, as Python 3.12 makes it (PEP 683).

PySide6 6.12 on Python 3.11 hands None back from every Qt call that returns nothing
(``setText()``, ``show()``…) and from getters answering None without taking the
reference it gives away: each call leaves None one reference short. None starts a
session with some thousands; a morning of typing spends them, and the interpreter then
aborts (« Fatal Python error: none_dealloc »), losing what was being typed. Ten thousand
``QLabel.setText()`` calls were enough to abort a bare script.

Python 3.12 and later never free None, so the dropped references are harmless there. On
3.11 the same is obtained by giving None a reserve of references no session can spend;
None is never freed anyway, so a reserve changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

#: 2**40 references: a million Qt calls a second would spend them in twelve days.
RESERVE = 1 << 40


def make_none_immortal() -> None:
    """Give None its reserve, once per process, where its count can run out."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    # The count is the object's first field in every release build; a build laid out
    # otherwise (Py_TRACE_REFS) would not read as None's count, and is left alone.
    if count.value >= RESERVE or abs(count.value - (sys.getrefcount(None) - 1)) > 2:
        return
    count.value += RESERVE
