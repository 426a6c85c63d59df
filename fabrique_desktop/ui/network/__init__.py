"""The Réseau screen: the network's partners and the Fabrique's staff."""

from .screen import build

__all__ = ["build"]
