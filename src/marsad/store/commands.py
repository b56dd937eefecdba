"""CLI commands of the store: build, search, serve, export (filled in by the store work)."""
COMMANDS: list = []
