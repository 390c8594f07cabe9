"""`motcua`, the desk's command line: a front end that parses arguments, calls `Desk`, prints.

Nothing in `desktop/` imports this package (the layer test says so).
"""

from desktop.cli.main import main

__all__ = ["main"]
