"""Fees paid without cash: the VietQR transfer code printed and shown at the counter."""
