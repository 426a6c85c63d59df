"""The numbered migrations on a server: the same names and order as SQLite's, each run
as :func:`.migrations.server_migration` says (its server version, or SQLite's
translated), each in one transaction."""

from __future__ import annotations

from playhouse.migrations import Runner

from .migrations import server_migration


class ServerRunner(Runner):
    def _run(self, name, module, direction, fake=False):
        super()._run(name, server_migration(name), direction, fake)
