"""The Fabrique's own settings, kept in its file: its name and territory print on dossiers."""

from __future__ import annotations

from peewee import CharField, Model, TextField

from .base import database


class FabriqueSetting(Model):
    """One setting of this Fabrique (a key and its text value)."""

    key = CharField(max_length=60, primary_key=True)
    value = TextField()

    class Meta:
        database = database
        table_name = "fabrique_setting"
