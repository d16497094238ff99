"""credproof api package."""
