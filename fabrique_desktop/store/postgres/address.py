"""Whether a location names a server rather than a file (no driver imported for that)."""

from __future__ import annotations

import re


def is_server_address(location: object) -> bool:
    return isinstance(location, str) and re.match(r"postgres(ql)?://", location) is not None
