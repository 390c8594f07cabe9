"""The reference provincial server of SYNC.md (tests, demos, pilots): stdlib HTTP, no Qt."""
