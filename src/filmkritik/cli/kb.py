"""CLI commands of the kb area (registered on import)."""
