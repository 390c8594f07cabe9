"""Personal data (Law 91/2025): retention and purging, and everything held about one person."""
