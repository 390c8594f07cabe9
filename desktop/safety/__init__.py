"""Keeping the office's only record safe: backups, restores, integrity checks, data folder."""
