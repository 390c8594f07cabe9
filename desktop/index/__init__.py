"""The national service index (Decision 766/QĐ-TTg) computed at the commune's desk."""
