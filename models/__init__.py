"""credproof models package."""
