"""Review: suggestions as records, the review queue and reviewers' actions, transcripts, accounts, the audit log.

May import `rules` and `models`. Events are announced through the outbox in `models.outbox`, never by
importing `integration/`.
"""
