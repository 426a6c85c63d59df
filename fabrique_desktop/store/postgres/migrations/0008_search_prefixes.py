"""0008 on a server: nothing to do; a GIN index finds prefixes (``mot:*``) as it is."""


def up(migrator, db):
    pass
