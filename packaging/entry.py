"""The bundle's entry point (PyInstaller starts this file)."""

import sys

from netzjournal.cli import main

if __name__ == "__main__":
    sys.exit(main())
