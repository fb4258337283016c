"""CLI commands of the scale area (registered on import)."""
