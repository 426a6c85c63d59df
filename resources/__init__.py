"""Files the application ships: translations, and later fonts, icons and demo material.

Installed as ``fabrique_desktop.resources`` (see pyproject.toml) so that
``importlib.resources`` finds them wherever the application runs from.
"""
