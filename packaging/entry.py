"""Entry point of the frozen program (PyInstaller runs this file as __main__)."""

import sys

from clinic_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
