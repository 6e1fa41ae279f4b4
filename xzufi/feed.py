"""The PVOG collector feed: an index, a full export and deltas since a given time.

A delta holds every object published or changed since `seit` as `schreibe` and every
object whose last live edition was unpublished or deleted since then as `loesche`
(deleted pages leave an `XzufiTombstone`). Answers are cached under a key that includes
the newest publish/unpublish log entry, tombstone and import, so a publish or delete
anywhere invalidates them and repeated pulls cost a few small queries.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from django.core.cache import cache
from django.db.models import Max
from wagtail.models import Locale, Page, PageLogEntry

from catalogue.models import AuthorityPage, ServicePage
from communes.models import CommuneServicePage

from .export import Identities, export_all, ident, local_part
from .messages import write_xml
from .models import XzufiObject, XzufiTombstone

CLASSES = {
    ServicePage: "Leistung",
    AuthorityPage: "Organisationseinheit",
    CommuneServicePage: "LeistungSpezialisierung",
}
PUBLISHING_ACTIONS = ("wagtail.publish", "wagtail.unpublish")
CACHE_SECONDS = 24 * 3600


def stamp() -> str:
    """Changes whenever the feed's content may have changed."""
    log = PageLogEntry.objects.filter(action__in=PUBLISHING_ACTIONS).aggregate(
        m=Max("pk")
    )
    kept = XzufiObject.objects.aggregate(m=Max("updated_at"))
    deleted = XzufiTombstone.objects.aggregate(m=Max("pk"))
    return f"{log['m']}-{kept['m']}-{deleted['m']}"


def _cache_key(*parts: str) -> str:
    # Hashed: times and stamps hold characters some cache backends refuse.
    return "xzufi:" + hashlib.sha256("|".join(parts).encode()).hexdigest()


def full(version: str) -> str:
    key = _cache_key("voll", version, stamp())
    if (cached := cache.get(key)) is None:
        cached = write_xml(version, export_all(version))
        cache.set(key, cached, CACHE_SECONDS)
    return cached


def delta(version: str, since: datetime) -> str:
    key = _cache_key("delta", version, since.isoformat(), stamp())
    if (cached := cache.get(key)) is None:
        cached = _delta(version, since)
        cache.set(key, cached, CACHE_SECONDS)
    return cached


def _delta(version: str, since: datetime) -> str:
    changed = set()
    deleted: list[tuple[str, dict]] = []
    identities = Identities.load()
    default = Locale.get_default()
    entries = PageLogEntry.objects.filter(
        action__in=PUBLISHING_ACTIONS, timestamp__gt=since
    ).values_list("page_id", flat=True)
    pages = Page.objects.filter(pk__in=set(entries)).specific()
    seen = set()
    for page in pages:
        klasse = CLASSES.get(type(page))
        if klasse is None or page.translation_key in seen:
            continue
        seen.add(page.translation_key)
        editions = type(page).objects.filter(translation_key=page.translation_key)
        if editions.live().exists():
            changed.add(page.translation_key)
            continue
        base = editions.filter(locale=default).first() or page
        deleted.append(
            (
                klasse,
                identities.of(klasse, page.translation_key, local_part(klasse, base)),
            )
        )
    models = {klasse: model for model, klasse in CLASSES.items()}
    for stone in XzufiTombstone.objects.filter(deleted_at__gt=since):
        if stone.translation_key in seen:
            continue
        seen.add(stone.translation_key)
        model = models[stone.klasse]
        if model.objects.filter(translation_key=stone.translation_key).live().exists():
            changed.add(stone.translation_key)  # one edition deleted, others live
            continue
        deleted.append((stone.klasse, ident(stone.object_id, stone.scheme_agency_id)))
    deleted.sort(key=lambda d: (d[0], d[1]["value"]))
    return write_xml(version, export_all(version, only=changed), deleted)
