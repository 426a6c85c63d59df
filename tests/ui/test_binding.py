"""The Qt binding keeps Python's reference counts whole.

PySide6 6.12.0 on Python 3.11 returned None from every call that returns nothing (and
from getters answering nothing) without taking a reference to it: None lost one
reference per call, and after some hundred thousand calls — a morning's work, or the
test suite — the interpreter aborted (« none_dealloc: deallocating None ») or crashed.
pyproject.toml keeps that release out; this test fails on any binding that does it.
"""

import gc
import sys

from PySide6.QtWidgets import QLabel, QWidget


def test_calls_returning_nothing_keep_none_whole(qapp):
    label, other = QLabel(), QWidget()
    calls = [
        lambda: label.setText("Épicerie solidaire"),
        lambda: label.setEnabled(True),
        lambda: QWidget.setTabOrder(label, other),
        label.focusProxy,  # a getter answering None
        label.layout,
    ]
    gc.collect()
    gc.disable()  # a collection would free other objects' references to None meanwhile
    try:
        before = sys.getrefcount(None)
        for call in calls:
            for _ in range(1000):
                call()
        lost = before - sys.getrefcount(None)
    finally:
        gc.enable()
    assert lost < 10, f"{lost} references to None lost in 5,000 calls"
