"""What the bundled executables run: StationDesk's own entry point."""

import sys

from stationdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
