"""The desk's version: shown by `motcua --version`, in the window and the installer's name."""

VERSION = "0.7.0"
