"""The outbox: items written in the change's transaction and the wire records they snapshot."""
