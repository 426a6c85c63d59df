"""0009 on a server: nothing to do; the server's index holds folded words since 0002."""


def up(migrator, db):
    pass
