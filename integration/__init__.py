"""Integration with other systems: webhook delivery from the event outbox, exports of confirmed credits.

May import `review`, `models`, and `ingest.runtime` (the process's database sessions and Redis queue, which
webhook delivery jobs run on). Nothing in `ingest/` or `review/` imports this package.
"""
