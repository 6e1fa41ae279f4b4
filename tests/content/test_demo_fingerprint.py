"""`seed_demo` builds the demo it built before the content became data files.

The recorded fingerprint (tests/content/demo_fingerprint.json) holds a hash of every
page's content and of the editorial setup, taken from the Python-literal demo before
issue 14 moved it to YAML. A deliberate change to the demo content is recorded again
with `UPDATE_DEMO_FINGERPRINT=1 pytest tests/content/test_demo_fingerprint.py`.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.content.fingerprint import demo_fingerprint

RECORDED = Path(__file__).with_name("demo_fingerprint.json")


def digest(value) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def hashed(fingerprint: dict) -> dict:
    return {
        "pages": {path: digest(page) for path, page in fingerprint["pages"].items()},
        **{
            name: digest(value)
            for name, value in fingerprint.items()
            if name != "pages"
        },
    }


@pytest.mark.django_db
def test_the_seeded_demo_has_the_recorded_pages_users_groups_and_workflows():
    # As `make run` seeds it: with the admin and the demo users of every role.
    call_command("seed_demo", "--demo-users", "--admin-password", "admin", verbosity=0)

    actual = hashed(demo_fingerprint())

    if os.environ.get("UPDATE_DEMO_FINGERPRINT"):
        RECORDED.write_text(json.dumps(actual, indent=1, sort_keys=True) + "\n")
    recorded = json.loads(RECORDED.read_text())
    assert sorted(actual["pages"]) == sorted(recorded["pages"])
    changed = [
        p for p in recorded["pages"] if actual["pages"][p] != recorded["pages"][p]
    ]
    assert changed == []
    assert {k: v for k, v in actual.items() if k != "pages"} == {
        k: v for k, v in recorded.items() if k != "pages"
    }
