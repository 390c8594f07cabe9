"""`motcua`, the desk's command line: a front end that parses arguments, calls `Desk`, prints.

The entry point is :func:`desktop.cli.main.main`. Nothing in `desktop/` imports this package
(the layer test says so).
"""
