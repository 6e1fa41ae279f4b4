"""Portable export and restore of the whole platform's content (`export_catalogue`,
`import_catalogue`).

The file is JSON: a header (format, version, the migrations of the schema it was
written with, the number of rows per model) and every row of every model that holds
something an editor or admin created, in Django's serialised form. Which models those
are is read from the app registry: everything except the models in `EXCLUDED_MODELS`,
each excluded for a stated reason, so a model added later is exported without anyone
remembering to list it.

The export reads one consistent snapshot of the database (REPEATABLE READ, read only)
and appears under its name only when complete. The import checks the whole file —
format, schema, completeness of every row, every reference — before it writes anything.
"""

from __future__ import annotations

import datetime
import json
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from django.apps import apps
from django.core import serializers
from django.core.exceptions import ObjectDoesNotExist
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.python import Serializer as PythonSerializer
from django.db import DatabaseError, connection, models, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader

FORMAT = "lebenslagen-export"
FORMAT_VERSION = 2

# label → why its rows are not in the file. Everything else is exported.
EXCLUDED_MODELS: dict[str, str] = {
    "contenttypes.contenttype": "created by `migrate`; rows refer to it by natural key",
    "auth.permission": "created by `migrate`; rows refer to it by natural key",
    "sessions.session": "logins, not content: a restore must not revive them",
    "axes.accessattempt": "login lockout bookkeeping, expires by itself",
    "axes.accessattemptexpiration": "login lockout bookkeeping, expires by itself",
    "axes.accesslog": "login history of the security log, not content",
    "axes.accessfailurelog": "login history of the security log, not content",
    "wagtailcore.referenceindex": "derived: rebuilt by the import",
    "wagtailsearch.indexentry": "derived: the search index is rebuilt by the import",
    "wagtailsearch.sqliteftsindexentry": "derived: the search index (SQLite only)",
    "wagtailimages.rendition": "derived from the original images, made again on use",
    "wagtailadmin.editingsession": "who has a page open right now",
    "wagtailadmin.formstate": "unsaved form state of open previews, expires",
    "wagtail_headless_preview.pagepreview": "short-lived preview tokens",
    "wagtailcore.uploadedfile": "uploads waiting for their title during an upload",
    "graphql_schema.responsecachegeneration": "the response cache's counter: the "
    "restored database counts on from its own, and the import itself advances it, so "
    "no answer cached before the restore is served",
}


class ExportFileError(Exception):
    """The file cannot be restored; the message says why and what to do."""


def exported_models() -> list[type[models.Model]]:
    """Every model whose rows the file holds, from the app registry, parents first."""
    chosen = [
        model
        for model in apps.get_models()
        if model._meta.managed
        and not model._meta.proxy
        and model._meta.label_lower not in EXCLUDED_MODELS
    ]
    # Multi-table children (page types, tasks) after the parent they extend.
    return sorted(chosen, key=lambda model: len(model._meta.get_parent_list()))


def _is_serialised(field: models.Field | models.ManyToManyField) -> bool:
    # Django's own flag for "the serialiser writes this field"; django-stubs omit it.
    return bool(field.serialize)  # type: ignore[union-attr]


def _target(field: models.Field | models.ManyToManyField) -> type[models.Model]:
    """The model a relation points to (Django has resolved "self" and lazy names)."""
    model = field.related_model
    assert isinstance(model, type)
    return model


def _auto_created_through(field: models.ManyToManyField) -> type[models.Model] | None:
    """The table Django made for a plain many-to-many field (None for explicit ones)."""
    through = field.remote_field.through
    return through if through is not None and through._meta.auto_created else None


def serialised_fields(model: type[models.Model]) -> set[str]:
    """The field names Django's serialiser writes for one row of `model`."""
    fields = {field.name for field in model._meta.local_fields if _is_serialised(field)}
    fields |= {
        field.name
        for field in model._meta.local_many_to_many
        if _is_serialised(field) and _auto_created_through(field)
    }
    return fields


def schema_migrations() -> dict[str, list[str]]:
    """The latest migration of every app, as this code defines the schema."""
    leaves: dict[str, list[str]] = defaultdict(list)
    for app_label, name in MigrationLoader(
        None, ignore_no_migrations=True
    ).graph.leaf_nodes():
        leaves[app_label].append(name)
    return {app_label: sorted(names) for app_label, names in sorted(leaves.items())}


class FullPrecisionEncoder(DjangoJSONEncoder):
    """Keeps microseconds: Django's default encoder rounds times to milliseconds."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


# References to these are written as natural keys: `migrate` creates their rows, with
# ids that differ between databases. Every other reference is written as the id.
BY_NATURAL_KEY = {"contenttypes.contenttype", "auth.permission"}


class RowSerializer(PythonSerializer):
    """Django's serialiser, with natural keys only for the rows `migrate` creates."""

    def handle_fk_field(self, obj, field):
        self.use_natural_foreign_keys = _by_natural_key(field)
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self.use_natural_foreign_keys = _by_natural_key(field)
        super().handle_m2m_field(obj, field)


def _by_natural_key(field: models.Field) -> bool:
    return _target(field)._meta.label_lower in BY_NATURAL_KEY


def _rows(model: type[models.Model]) -> Iterator[dict]:
    queryset = model._base_manager.order_by("pk").iterator(chunk_size=2000)
    return iter(RowSerializer().serialize(queryset, use_natural_primary_keys=False))


def _write(out: IO[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    header = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "created_at": datetime.datetime.now(datetime.UTC).isoformat(),
        "schema": schema_migrations(),
    }
    out.write("{\n")
    for key, value in header.items():
        out.write(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
    out.write('"objects": [\n')
    first = True
    for model in exported_models():
        counts[model._meta.label_lower] = 0
        for row in _rows(model):
            out.write("" if first else ",\n")
            out.write(
                json.dumps(
                    row, cls=FullPrecisionEncoder, ensure_ascii=False, sort_keys=True
                )
            )
            first = False
            counts[model._meta.label_lower] += 1
    out.write("\n],\n")
    out.write(f'"counts": {json.dumps(counts, sort_keys=True)}\n}}\n')
    return counts


def export_to(path: Path) -> dict[str, int]:
    """Write the platform's content to `path` from one snapshot; rows per model.

    The file is written next to `path` and renamed when complete, so `path` holds
    either the previous export or the new one, never half of one.
    """
    path = Path(path)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".part", dir=path.parent
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            with snapshot():
                counts = _write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return counts


def export_to_stream(out: IO[str]) -> dict[str, int]:
    """The same export written to an open stream (stdout)."""
    with snapshot():
        return _write(out)


@contextmanager
def snapshot() -> Iterator[None]:
    """A read-only transaction that sees the database as of its first query.

    PostgreSQL's REPEATABLE READ: rows that editors change or publish while the export
    runs are read as they were when it started, across every table. Inside a caller's
    transaction (tests) that transaction's view is used as it is.
    """
    if connection.in_atomic_block:
        yield
        return
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"
                )
        yield


# -- reading and checking a file ----------------------------------------------------


def read(path: Path) -> dict:
    """The parsed file, or ExportFileError when it is not a complete export."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError as error:
        raise ExportFileError(f"{path}: no such file.") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ExportFileError(
            f"{path} is not a complete export: it is not valid JSON ({error}). "
            "A file cut short (disk full, interrupted copy) looks like this."
        ) from error
    return data


def problems(data) -> list[str]:
    """Everything that keeps `data` from being restored here, checked without writing."""
    if isinstance(data, list):
        return [
            "The file has no format version: it was written by export_catalogue "
            "before format version 2 and cannot be checked for completeness. Restore "
            "it with the release that wrote it, or restore the database dump instead."
        ]
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return ["The file is not an export of this platform (no 'format' header)."]
    if data.get("version") != FORMAT_VERSION:
        return [
            f"The file has format version {data.get('version')!r}; this release reads "
            f"version {FORMAT_VERSION} only."
        ]
    found = _schema_problems(data.get("schema"))
    if found:
        return found
    objects, counts = data.get("objects"), data.get("counts")
    if not isinstance(objects, list) or not isinstance(counts, dict):
        return ["The file is incomplete: its 'objects' or 'counts' are missing."]
    found = _row_problems(objects, counts)
    return found or _reference_problems(objects)


def _schema_problems(schema) -> list[str]:
    ours = schema_migrations()
    if not isinstance(schema, dict):
        return ["The file does not say which schema it was written with."]
    differing = [
        f"{app}: file {schema.get(app, ['(none)'])}, here {ours.get(app, ['(none)'])}"
        for app in sorted(set(schema) | set(ours))
        if schema.get(app) != ours.get(app)
    ]
    if differing:
        return [
            "The file was written with a different database schema; restore it with "
            "the release that wrote it. Differences: " + "; ".join(differing[:10])
        ]
    return []


def _row_problems(objects: list, counts: dict) -> list[str]:
    found: list[str] = []
    expected_models = {model._meta.label_lower: model for model in exported_models()}
    missing = sorted(set(expected_models) - set(counts))
    unknown = sorted(set(counts) - set(expected_models))
    if missing:
        found.append(f"The file lacks the models {', '.join(missing)}.")
    if unknown:
        found.append(f"The file holds unknown models {', '.join(unknown)}.")
    seen: dict[str, int] = defaultdict(int)
    fields = {
        label: serialised_fields(model) for label, model in expected_models.items()
    }
    for number, row in enumerate(objects):
        label = row.get("model") if isinstance(row, dict) else None
        if label not in expected_models:
            found.append(f"Row {number}: unknown or missing model {label!r}.")
        elif "pk" not in row or not isinstance(row.get("fields"), dict):
            found.append(f"Row {number} ({label}): 'pk' or 'fields' missing.")
        elif set(row["fields"]) != fields[label]:
            lacking = sorted(fields[label] - set(row["fields"]))
            extra = sorted(set(row["fields"]) - fields[label])
            found.append(
                f"Row {number} ({label} {row['pk']}): "
                + (f"fields missing: {', '.join(lacking)}. " if lacking else "")
                + (f"unknown fields: {', '.join(extra)}." if extra else "")
            )
        else:
            seen[label] += 1
        if len(found) >= 20:
            found.append("… (further problems not listed)")
            return found
    for label, count in sorted(counts.items()):
        if label in expected_models and seen[label] != count:
            found.append(
                f"{label}: the header announces {count} rows, the file holds "
                f"{seen[label]}."
            )
    return found


def _reference_problems(objects: list) -> list[str]:
    """Foreign keys and many-to-many values that point at no row of the file."""
    models_by_label = {model._meta.label_lower: model for model in exported_models()}
    rows_by_label: dict[str, list[dict]] = defaultdict(list)
    for row in objects:
        rows_by_label[row["model"]].append(row)
    keys = {
        label: {_key(models_by_label[label], row["pk"]) for row in rows}
        for label, rows in rows_by_label.items()
    }
    migrated: dict[tuple[str, tuple], bool] = {}
    found: list[str] = []
    for row in objects:
        model = models_by_label[row["model"]]
        for field_name, target, value in _references(model, row):
            label = target._meta.label_lower
            if isinstance(value, list):
                # A content type or permission: `migrate` created it here, if the
                # schema matches; look it up once.
                if (label, tuple(value)) not in migrated:
                    migrated[label, tuple(value)] = _exists_by_natural_key(
                        target, value
                    )
                known = migrated[label, tuple(value)]
            else:
                known = _key(target, value) in keys.get(label, set())
            if not known:
                found.append(
                    f"{row['model']} {row['pk']}: {field_name} points at {label} "
                    f"{value}, which the file does not hold."
                )
                if len(found) >= 20:
                    return found + ["… (further problems not listed)"]
    return found


def _concrete(model: type[models.Model]) -> type[models.Model]:
    concrete = model._meta.concrete_model
    assert concrete is not None
    return concrete


def _exists_by_natural_key(model: type[models.Model], value: list) -> bool:
    try:
        model._default_manager.db_manager().get_by_natural_key(*value)  # type: ignore[attr-defined]
    except (ObjectDoesNotExist, TypeError, ValueError):
        return False
    return True


def _key(model: type[models.Model], value) -> str:
    return str(model._meta.pk.to_python(value))


def _references(
    model: type[models.Model], row: dict
) -> Iterable[tuple[str, type[models.Model], object]]:
    """(field, target model, value) of every reference a row makes."""
    for field in model._meta.local_fields:
        if field.is_relation and _is_serialised(field) and field.name in row["fields"]:
            value = row["fields"][field.name]
            if value is not None:
                yield field.name, _concrete(_target(field)), value
    for field in model._meta.local_many_to_many:
        target = _concrete(_target(field))
        for value in row["fields"].get(field.name) or []:
            yield field.name, target, value
    # A page type's row shares its pk with its page row (likewise tasks).
    for parent, link in model._meta.parents.items():
        if link is not None:
            yield link.name, parent, row["pk"]


# -- restoring ----------------------------------------------------------------------


def database_problems() -> list[str]:
    """What keeps the current database from receiving a restore."""
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        return ["The database is not fully migrated: run `manage.py migrate` first."]
    from wagtail.models import Page

    if Page.objects.filter(depth__gt=2).exists():
        return [
            "The database already holds content. Restore into an empty, migrated "
            "database."
        ]
    return []


def restore(data: dict) -> int:
    """Replace the (empty, migrated) database's rows with the file's; rows written.

    `migrate` seeds a few rows of its own (the welcome page, default groups, the root
    collection); those tables are emptied first so the file's rows replace them.
    """
    exported = exported_models()
    tables = [model._meta.db_table for model in exported]
    tables += [
        through._meta.db_table
        for model in exported
        for field in model._meta.local_many_to_many
        if (through := _auto_created_through(field)) is not None
    ]
    written = 0
    with transaction.atomic():
        with connection.cursor() as cursor:
            for statement in connection.ops.sql_flush(
                no_style(), tables, reset_sequences=False, allow_cascade=True
            ):
                cursor.execute(statement)
        try:
            with connection.constraint_checks_disabled():
                for item in serializers.deserialize(
                    "python", data["objects"], ignorenonexistent=False
                ):
                    item.save()
                    written += 1
            connection.check_constraints(table_names=tables)
        except (DeserializationError, DatabaseError) as error:
            raise ExportFileError(
                f"Restore failed, nothing was written: {error}"
            ) from error
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), exported):
                cursor.execute(statement)
    return written
