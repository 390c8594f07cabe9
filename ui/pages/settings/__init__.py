"""The tabs of the Cài đặt page: one file each, over :mod:`ui.pages.settings.keyed_tab`."""
