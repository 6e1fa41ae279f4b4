"""Helpers of the XZuFi tests: an export written to disk, an emptied catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest
from wagtail.models import Page

from catalogue.models import AuthorityPage, ServicePage
from communes.models import CommuneServicePage
from xzufi.models import XzufiObject
from xzufi.services import export_to_directory


def empty_catalogue() -> None:
    """Remove every service, adaptation and office (all languages) and their XZuFi ids.

    What stays is what XZuFi does not carry: the catalogue's and the communes' roots
    and index pages (master data), so the import has somewhere to write to.
    """
    for model in (CommuneServicePage, ServicePage, AuthorityPage):
        for page in model.objects.all().order_by("-depth"):
            Page.objects.get(pk=page.pk).delete()
    XzufiObject.objects.all().delete()


@pytest.fixture
def emptied():
    return empty_catalogue


@pytest.fixture
def exported(tmp_path):
    def run(version: str, fmt: str, name: str) -> Path:
        directory = tmp_path / name
        export_to_directory(version, fmt, directory)
        return directory / f"xzufi-{version}.xml" if fmt == "xml" else directory

    return run
