"""The Tableau de bord screen: the activity figures, their charts, the lists behind them."""

from .screen import build

__all__ = ["build"]
