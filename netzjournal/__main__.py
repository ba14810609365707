"""``python -m netzjournal``: the same as the ``netzjournal`` command."""

import sys

from netzjournal.cli import main

sys.exit(main())
