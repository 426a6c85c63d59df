"""The value axis of a chart of counts, shared by the dashboard (Qt Charts) and the
« Bilan d'activité » (reportlab): from 0 to a whole top, ticks at whole, distinct steps.

Both libraries' own « nice numbers » put a small count's ticks at halves or fifths: a
whole-number format then printed « 0 0 0 1 1 1 », a decimal one « 0,5 besoin ».
"""

from __future__ import annotations

import math


def whole_scale(highest: float, room: bool = True, most_ticks: int = 6) -> tuple[int, int]:
    """The top of the axis and the step between its ticks, both whole. ``room``: a fifth
    above the highest bar for its label; at most ``most_ticks`` ticks, 0 included."""
    wanted = max(1.0, highest * 1.2 if room else highest)
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if math.ceil(wanted / step) + 1 <= most_ticks:
                return math.ceil(wanted / step) * step, step
        magnitude *= 10
