"""The method of a Fabrique à initiatives: models, rules and the services that change data.

Nothing here imports Qt, so every rule runs headless, in the CLI and in CI.
"""
