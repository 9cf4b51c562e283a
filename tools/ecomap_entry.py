"""The installer's start script (build_installer.spec): run the `ecomap` command.

PyInstaller runs a script, not a package's __main__, so this imports the package absolutely.
"""

import sys

from ecomap_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
