"""Entry points of the XZuFi exchange used by the commands, the feed and the admin."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from django.db import transaction

from . import write
from .codec import MessageError
from .export import export_all
from .messages import read_path, write_json, write_xml
from .models import XzufiRun
from .plain import key, plain

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser


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


ORDER = (
    "Leistung",
    "Organisationseinheit",
    "LeistungSpezialisierung",
    "Zustaendigkeit",
)
WRITERS = {
    "Leistung": write.write_service,
    "Organisationseinheit": write.write_authority,
    "LeistungSpezialisierung": write.write_adaptation,
    "Zustaendigkeit": write.write_responsibility,
}


def import_message(
    path: Path,
    *,
    publish: bool = False,
    user: AbstractBaseUser | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> XzufiRun:
    """Read, check and write one message atomically; record the run either way.

    Raises MessageError (naming the element path) when the message is refused; then
    nothing has been written.
    """
    version = ""
    try:
        message = read_path(path)
        version = message.version
        pending: dict[str, dict] = {klasse: {} for klasse in ORDER}
        writes: list[tuple[str, dict]] = []
        for operation in message.operations:
            if operation.action == "schreibe":
                value = plain(operation.klasse, operation.value, message.version)
                pending[operation.klasse][value["key"]] = value
                writes.append((operation.path, value))
                # 2.2.0 sends an office's Zuständigkeiten inside it.
                for position, nested in enumerate(value.pop("nested", []), 1):
                    pending["Zustaendigkeit"][nested["key"]] = nested
                    inside = f"{operation.path}/organisationseinheit/zustaendigkeit"
                    writes.append((f"{inside}[{position}]", nested))
        resolver = write.Resolver(pending)
        write.check(writes, resolver)
        writer = write.Writer(publish=publish, user=user)
        deletes = sum(op.action == "loesche" for op in message.operations)
        total, done = len(writes) + deletes, 0
        with transaction.atomic():
            for klasse in ORDER:
                for _, value in (w for w in writes if w[1]["klasse"] == klasse):
                    WRITERS[klasse](writer, resolver, value)
                    done += 1
                    if progress:
                        progress(done, total)
            for operation in message.operations:
                if operation.action == "loesche":
                    write.delete(
                        writer, resolver, operation.klasse, key(operation.value)
                    )
                    done += 1
                    if progress:
                        progress(done, total)
    except MessageError as error:
        XzufiRun.objects.create(
            kind=XzufiRun.Kind.IMPORT,
            xzufi_version=version,
            source=str(path),
            problems=[str(error)],
            succeeded=False,
        )
        raise
    return XzufiRun.objects.create(
        kind=XzufiRun.Kind.IMPORT,
        xzufi_version=version,
        source=str(path),
        counts=writer.report.counts(),
        problems=[
            f"Löschung eines unbekannten Objekts: {label}"
            for label in writer.report.unknown_deletes
        ],
    )
