"""Export the catalogue, the communes and their editorial history as one JSON file."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.management.base import BaseCommand
from django.core.serializers.json import DjangoJSONEncoder

# What a restore needs, in an order where every reference points backwards. Content
# types and permissions are recreated by `migrate` and referenced by natural keys.
EXPORTED_MODELS = [
    "wagtailcore.locale",
    "wagtailcore.collection",
    "auth.group",
    "auth.user",
    "wagtailimages.image",
    "wagtaildocs.document",
    "wagtailcore.page",
    "catalogue.*",
    "communes.*",
    "wagtailcore.revision",
    "wagtailcore.site",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtailcore.grouppagepermission",
    "wagtailcore.groupcollectionpermission",
    "wagtailcore.task",
    "wagtailcore.groupapprovaltask",
    "wagtailcore.workflow",
    "wagtailcore.workflowtask",
    "wagtailcore.workflowpage",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.pagelogentry",
    "wagtailredirects.redirect",
]


def exported_models() -> list:
    models = []
    for label in EXPORTED_MODELS:
        app_label, _, model_name = label.partition(".")
        if model_name == "*":
            app_models = apps.get_app_config(app_label).get_models()
            # Parents before the pages and inlines that point at them.
            models += sorted(
                app_models, key=lambda m: (not hasattr(m, "path"), m.__name__)
            )
        else:
            models.append(apps.get_model(app_label, model_name))
    return models


class FullPrecisionEncoder(DjangoJSONEncoder):
    """Keeps microseconds: Django's default encoder rounds times to milliseconds."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


def export_data() -> list[dict]:
    """All exported rows as Django's serialised form, in a stable order."""
    data: list[dict] = []
    for model in exported_models():
        queryset = model._base_manager.order_by("pk")
        data += json.loads(
            serializers.serialize(
                "json",
                queryset,
                use_natural_foreign_keys=True,
                use_natural_primary_keys=False,
                cls=FullPrecisionEncoder,
            )
        )
    return data


class Command(BaseCommand):
    help = (
        "Export life situations, services, authorities, communes with their adaptations "
        "and pages, revisions, workflows, groups, users and media records as JSON. "
        "Media files are backed up separately (see README). The file contains password "
        "hashes: store it like a database backup."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path", help="Where to write the JSON file ('-' for stdout)."
        )

    def handle(self, *args, path: str, **options):
        text = json.dumps(export_data(), ensure_ascii=False, indent=1, sort_keys=True)
        if path == "-":
            self.stdout.write(text)
            return
        Path(path).write_text(text, encoding="utf-8")
        self.stderr.write(self.style.SUCCESS(f"Exported to {path}"))
