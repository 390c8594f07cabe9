"""Reusable widgets: fields that check themselves, the procedure picker."""
