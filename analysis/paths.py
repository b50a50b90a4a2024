"""Where the project's folders are, so notebooks never depend on the folder they run from."""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
BUNDLED_CORPUS = PROJECT_ROOT / "corpus"
FIGURES_DIR = PROJECT_ROOT / "figures"
BUILD_DIR = PROJECT_ROOT / "build"
TABLES_DIR = BUILD_DIR / "tables"
