"""Shared fixtures: the package vocabulary (loaded once) and a few article texts."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# A short news paragraph in each language, long enough to read as a body.
ARTICLE_ID = ("Jakarta (ANTARA) - Kepala BNPT Komjen Pol. Boy Rafli Amar mengatakan Badan Nasional "
              "Penanggulangan Terorisme bertemu dengan delegasi Australia pada 3 Mei 2024 untuk membahas "
              "program deradikalisasi dan kerja sama penanggulangan terorisme.\n")
ARTICLE_EN = ("Jakarta - The head of the National Counter Terrorism Agency met an Australian delegation on "
              "3 May 2024 to discuss deradicalisation programmes and counter-terrorism cooperation with the "
              "United Nations Office of Counter-Terrorism.\n")


@pytest.fixture(scope="session")
def vocabulary():
    from analysis.vocabulary import load_vocabulary

    return load_vocabulary()
