"""CLI commands of the web area (registered on import)."""
