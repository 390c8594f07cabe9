"""`python -m desktop.cli …` runs the command line."""

from desktop.cli.main import main

raise SystemExit(main())
