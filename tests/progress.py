"""A progress callback for tests of long work that can be stopped."""

from __future__ import annotations


class Stopped(Exception):
    """What :class:`StopAt` raises, standing for a user who cancelled."""


class StopAt:
    """Records the shares reported and raises :class:`Stopped` at the ``n``-th report."""

    def __init__(self, n: int):
        self.n = n
        self.shares: list[float] = []

    def __call__(self, share: float) -> None:
        self.shares.append(share)
        if len(self.shares) == self.n:
            raise Stopped
