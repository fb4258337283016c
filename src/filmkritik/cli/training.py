"""CLI commands of the training area (registered on import)."""
