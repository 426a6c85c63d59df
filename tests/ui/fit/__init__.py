"""Rendering every screen and dialog on a small screen, and finding what does not fit."""
