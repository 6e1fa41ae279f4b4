"""Entry points of the XZuFi exchange used by the commands, the feed and the admin."""

from __future__ import annotations

from pathlib import Path

from .export import export_all
from .messages import write_json, write_xml
from .models import XzufiRun


def export_to_directory(version: str, fmt: str, directory: Path) -> XzufiRun:
    """Write one export into `directory` and record the run."""
    export = export_all(version)
    directory.mkdir(parents=True, exist_ok=True)
    if fmt == "xml":
        target = directory / f"xzufi-{version}.xml"
        target.write_text(write_xml(version, export), encoding="utf-8")
    else:
        write_json(version, export, directory)
        target = directory
    return XzufiRun.objects.create(
        kind=XzufiRun.Kind.EXPORT,
        xzufi_version=version,
        source=str(target),
        counts={klasse: len(objects) for klasse, objects in export.classes()},
    )
