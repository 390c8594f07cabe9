"""The audit trail: append-only, hash-chained, keyed by a secret outside the database."""
