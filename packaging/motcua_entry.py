"""Entry point of the bundled desk (PyInstaller): the same `motcua` command line."""

from __future__ import annotations

import sys

from desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
