"""The only way to change data: one function per action, each in one transaction.

Every function validates its input and raises
:class:`~fabrique_desktop.domain.validation.ValidationError` with French messages per
field; the method's gates (which status may follow which, with which decision) live here.
"""
