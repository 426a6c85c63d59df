"""A realistic, deterministic demonstration data set for the Fabrique of Amiens Métropole."""

from .generator import build_demo

__all__ = ["build_demo"]
