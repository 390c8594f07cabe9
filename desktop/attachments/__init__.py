"""The papers of a dossier as files: checked, combined into one PDF per item, stored by their
SHA-256, listed for the province (DOMAIN.md §9, SYNC.md §2.1 and §3)."""
