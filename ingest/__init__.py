"""credproof ingest package."""
