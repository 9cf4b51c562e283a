"""Build shim: everything is configured in pyproject.toml except one mapping it cannot express.

The repository keeps bundled fonts in ``resources/`` at the top level; a wheel must carry them inside
the package as ``ecomap_desktop/_resources`` (found at run time by ecomap_desktop.resources). The
package list is found under src/ as usual, plus that one mapped folder.
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages("src") + ["ecomap_desktop._resources"],
    package_dir={"": "src", "ecomap_desktop._resources": "resources"},
)
