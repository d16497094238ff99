"""credproof rules package."""
