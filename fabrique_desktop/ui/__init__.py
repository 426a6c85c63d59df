"""The PySide6 user interface: the only layer that imports Qt.

Before any of it calls Qt, None is made immortal (see :mod:`.none_guard`): the binding
drops a reference to None at each call that returns nothing.
"""

from .none_guard import make_none_immortal

make_none_immortal()
