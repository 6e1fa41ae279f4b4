"""Plain dicts (see plain.py) → pages: the writing half of the import.

Kept small and separate on purpose: it only knows our page types and Wagtail's revision,
publishing and workflow API, so it can later be replaced by the shared dict → page
importer. Every change is a revision: with `publish` it is published, otherwise an
update of a live page is submitted to the page's workflow and a new page stays a draft.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import slugify
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page
from wagtail.rich_text import expand_db_html

from catalogue.models import (
    AuthorityIndexPage,
    AuthorityPage,
    CatalogueRootPage,
    ServiceIndexPage,
    ServicePage,
    is_state_office,
)
from communes.models import (
    CommunePage,
    CommuneServiceAuthority,
    CommuneServiceIndexPage,
    CommuneServicePage,
)

from .codec import MessageError
from .models import XzufiObject

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser

Key = tuple[str, str]
PageT = TypeVar("PageT", bound=Page)


def _found(page: PageT | None, what: str) -> PageT:
    """`page`, which check() has made sure exists; a clear error should it not."""
    if page is None:
        raise MessageError(f"{what}: nicht gefunden")
    return page


SERVICE_TEXTS = (
    "title",
    "teaser",
    "full_text",
    "prerequisites",
    "deadlines",
    "processing_time",
    "procedure",
    "further_information",
    "notes",
    "keywords",
)
LINK_STREAMS = ("legal_basis", "forms", "online_services")
DURATION_FIELDS = tuple(
    f"{prefix}_{part}"
    for prefix in ServicePage.DURATIONS
    for part in ("duration", "duration_max", "unit")
)


@dataclass
class Report:
    """What one message did, for the command's output and the admin report."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    unpublished: int = 0
    submitted: int = 0
    unknown_deletes: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "angelegt": self.created,
            "geändert": self.updated,
            "unverändert": self.unchanged,
            "zurückgezogen": self.unpublished,
            "zur Freigabe eingereicht": self.submitted,
            "unbekannte Löschungen": len(self.unknown_deletes),
        }


def _own(key: Key) -> tuple[str, str] | None:
    """Kind and local part of an id we formed ourselves (<agency>.<kind>.<local>)."""
    agency, value = key
    prefix = f"{agency}."
    if not agency or not value.startswith(prefix):
        return None
    kind, _, local = value.removeprefix(prefix).partition(".")
    return kind, local


def _default_locale() -> Locale:
    return Locale.get_default()


def _commune(ars: str) -> CommunePage | None:
    return CommunePage.objects.filter(ars=ars, locale=_default_locale()).first()


def _stored(klasse: str, key: Key) -> XzufiObject | None:
    return XzufiObject.objects.filter(
        klasse=klasse, scheme_agency_id=key[0], object_id=key[1]
    ).first()


def _base(model: type[Page], translation_key: UUID | str | None) -> Page | None:
    return model.objects.filter(
        translation_key=translation_key, locale=_default_locale()
    ).first()


class Resolver:
    """Finds the page an XZuFi id stands for: stored identity, else our id scheme."""

    def __init__(self, pending: dict[str, dict[Key, dict]]):
        self.pending = pending  # objects of the message being imported, by class

    def service(self, key: Key, leika_key: str | None = None) -> ServicePage | None:
        stored = _stored("Leistung", key)
        if stored and (page := _base(ServicePage, stored.translation_key)):
            return page
        if leika_key is None and (own := _own(key)) and own[0] == "LB":
            leika_key = own[1]
        if leika_key is None and key in self.pending["Leistung"]:
            leika_key = self.pending["Leistung"][key]["leika_key"]
        if not leika_key:
            return None
        return ServicePage.objects.filter(
            leika_key=leika_key, locale=_default_locale()
        ).first()

    def authority(self, key: Key, ars: str | None = None) -> AuthorityPage | None:
        stored = _stored("Organisationseinheit", key)
        if stored and (page := _base(AuthorityPage, stored.translation_key)):
            return page
        own = _own(key)
        if not own or own[0] != "OE":
            return None
        own_ars, _, slug = own[1].partition(".")
        parent = authority_index(own_ars)
        if parent is None:
            return None
        child = parent.get_children().filter(slug=slug).first()
        return child.specific if child else None

    def adaptation(
        self, key: Key | None, service: ServicePage | None, ars: str
    ) -> CommuneServicePage | None:
        stored = key and _stored("LeistungSpezialisierung", key)
        if stored and (page := _base(CommuneServicePage, stored.translation_key)):
            return page
        commune = _commune(ars)
        if commune is None or service is None:
            return None
        return (
            CommuneServicePage.objects.descendant_of(commune)
            .filter(service=service, locale=_default_locale())
            .first()
        )


def authority_index(ars: str) -> AuthorityIndexPage | None:
    if ars == settings.XZUFI_STATE_ARS:
        root = CatalogueRootPage.objects.filter(locale=_default_locale()).first()
    else:
        root = _commune(ars)
    if root is None:
        return None
    return AuthorityIndexPage.objects.child_of(root).first()


# --- checks before writing -------------------------------------------------------


def check(plains: list[tuple[str, dict]], resolver: Resolver) -> None:
    """Refuse dangling references and unknown languages before anything is written."""
    languages = set(Locale.objects.values_list("language_code", flat=True))
    for path, obj in plains:
        for lang in obj.get("editions", {}):
            if lang not in languages:
                raise MessageError(f"{path}: Sprache „{lang}“ ist nicht eingerichtet")
        klasse = obj["klasse"]
        if klasse == "Leistung":
            if not (len(obj["leika_key"]) == 14 and obj["leika_key"].isdigit()):
                raise MessageError(
                    f"{path}/referenz: kein 14-stelliger LeiKa-Schlüssel"
                )
            default = _default_locale().language_code
            if not obj["editions"].get(default, {}).get("title"):
                raise MessageError(
                    f"{path}/modulText: Leistungsbezeichnung (02) in „{default}“ fehlt"
                )
            continue
        if (
            obj.get("ars")
            and klasse != "Organisationseinheit"
            and not _state_wide(obj)
            and not _commune(obj["ars"])
        ):
            raise MessageError(f"{path}/gebietID: keine Kommune mit ARS {obj['ars']}")
        if klasse == "Organisationseinheit" and authority_index(obj["ars"]) is None:
            raise MessageError(
                f"{path}/gebietID: kein Behördenverzeichnis für ARS {obj['ars']}"
            )
        if (
            "service" in obj
            and obj["service"] not in resolver.pending["Leistung"]
            and not resolver.service(obj["service"])
        ):
            raise MessageError(
                f"{path}/leistungID: unbekannte Leistung {obj['service'][1]} "
                f"(schemeAgencyID {obj['service'][0]})"
            )
        if (
            "authority" in obj
            and obj["authority"] not in resolver.pending["Organisationseinheit"]
            and not resolver.authority(obj["authority"])
        ):
            raise MessageError(
                f"{path}/uebergeordnetesObjektID: unbekannte Organisationseinheit "
                f"{obj['authority'][1]}"
            )
        if _state_wide(obj) and not _state_office(obj["authority"], resolver):
            raise MessageError(
                f"{path}/uebergeordnetesObjektID: {obj['authority'][1]} ist keine "
                "Landesbehörde; für das ganze Land zuständig ist nur eine Behörde "
                f"mit gebietID {settings.XZUFI_STATE_ARS}"
            )


def _state_office(key: Key, resolver: Resolver) -> bool:
    """A state authority: in this message with the state's ARS, or one of ours."""
    pending = resolver.pending["Organisationseinheit"].get(key)
    if pending is not None:
        return pending["ars"] == settings.XZUFI_STATE_ARS
    office = resolver.authority(key)
    return office is not None and is_state_office(office)


# --- writing ---------------------------------------------------------------------


def _stream_state(stream) -> list:
    return [
        (b.block_type, dict(b.value) if hasattr(b.value, "items") else b.value)
        for b in stream
    ]


def _state(page: Page, names: list[str]) -> dict[str, Any]:
    """Field values as the export sees them, so equal content compares equal."""
    result = {}
    for name in names:
        value = getattr(page, name)
        if hasattr(value, "stream_block"):
            value = _stream_state(value)
        elif isinstance(page._meta.get_field(name), RichTextField):
            value = expand_db_html(value or "")
        result[name] = value
    return result


def _unique_slug(parent: Page, base: str) -> str:
    base = slugify(base)[:200] or "seite"
    slug, n = base, 1
    while parent.get_children().filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


class Writer:
    def __init__(self, *, publish: bool, user: AbstractBaseUser | None = None) -> None:
        self.publish = publish
        self.user = user
        self.report = Report()

    def save(
        self,
        page: Page,
        parent: Page | None,
        values: dict[str, Any],
        *,
        fresh: bool = False,
    ) -> Page:
        """Create (under parent) or update `page` with `values` through a revision."""
        if page.pk is None:
            for name, value in values.items():
                setattr(page, name, value)
            if parent is None:
                raise ValueError(
                    f"{page.title}: eine neue Seite braucht eine Elternseite"
                )
            if not page.slug:
                page.slug = _unique_slug(parent, page.title)
            page.live = False
            parent.add_child(instance=page)
            self._revision(page, new=True)
            self.report.created += 1
            return page
        latest = page.get_latest_revision_as_object()
        names = list(values)
        before = _state(latest, names)
        for name, value in values.items():
            setattr(latest, name, value)
        if _state(latest, names) == before:
            self.report.unchanged += 1
            return page
        self._revision(latest, new=fresh)
        if fresh:
            self.report.created += 1
        else:
            self.report.updated += 1
        return page

    def _revision(self, page: Page, *, new: bool) -> None:
        try:
            revision = page.save_revision(user=self.user, log_action=True, clean=True)
        except ValidationError as error:
            raise MessageError(f"{page.title}: {'; '.join(error.messages)}") from None
        if self.publish:
            revision.publish(user=self.user)
        elif not new and page.live and not page.workflow_in_progress:
            workflow = page.get_workflow()
            if workflow:
                workflow.start(page, self.user)
                self.report.submitted += 1

    def editions(
        self,
        base: Page | None,
        parent: Page | None,
        model: type[Page],
        obj: dict,
        values_for: Callable[[str, dict], dict[str, Any]],
    ) -> Page:
        """Write every language edition; the default one first, translations after."""
        default = _default_locale()
        editions = obj["editions"]
        order = sorted(editions, key=lambda lang: lang != default.language_code)
        for lang in order:
            values = values_for(lang, editions[lang])
            if lang == default.language_code:
                base = self.save(base or model(), parent, values)
                continue
            if base is None:
                raise MessageError(
                    f"{model.__name__}: Ausgabe in „{default.language_code}“ fehlt"
                )
            locale = Locale.objects.get(language_code=lang)
            translation = base.get_translation_or_none(locale)
            fresh = translation is None
            if fresh:
                translation = base.copy_for_translation(locale, copy_parents=True)
            self.save(translation, None, values, fresh=fresh)
        return base

    def remember(
        self,
        klasse: str,
        key: Key,
        page: Page | None,
        obj: dict,
        *,
        changed: bool = True,
        **extra: Any,
    ) -> None:
        """Store the object's identity and what the model does not hold; for an
        imported text also its version, as published or waiting as a draft."""
        kept = obj.get("extra", {}).get("json", {})
        info = (
            kept.get("versionsinformationen") or kept.get("versionsinformation") or {}
        )
        label = info.get("version") or f"Import vom {timezone.localdate():%d.%m.%Y}"
        stored = _stored(klasse, key)
        defaults = {
            "klasse": klasse,
            "translation_key": page.translation_key if page else None,
            "extra": obj.get("extra", {}),
            "origin": XzufiObject.Origin.OWN
            if key[0] == settings.XZUFI_SCHEME_AGENCY_ID
            else XzufiObject.Origin.IMPORTED,
        }
        if changed and (
            self.publish or stored is None or page is None or not page.live
        ):
            defaults.update(source_version=label, pending_version="")
        elif changed:
            defaults["pending_version"] = label
        XzufiObject.objects.update_or_create(
            scheme_agency_id=key[0], object_id=key[1], defaults={**defaults, **extra}
        )
        if page is not None:
            # The id the object came with wins over one fixed when it was published.
            XzufiObject.objects.filter(
                klasse=klasse, translation_key=page.translation_key
            ).exclude(scheme_agency_id=key[0], object_id=key[1]).delete()


def _links(links: list[dict]) -> list[dict]:
    return [
        {
            "type": "link",
            "value": {"title": li["title"], "url": li["url"], "document": None},
        }
        for li in links
    ]


def _fees(fees: list[dict]) -> list[dict]:
    return [{"type": "fee", "value": fee} for fee in fees]


def write_service(writer: Writer, resolver: Resolver, obj: dict) -> ServicePage:
    base = resolver.service(obj["key"], obj["leika_key"])
    parent = ServiceIndexPage.objects.filter(locale=_default_locale()).first()

    def values(lang: str, edition: dict) -> dict:
        result = {name: edition.get(name, "") for name in SERVICE_TEXTS}
        result.update(
            leika_key=obj["leika_key"],
            audience=obj["audience"],
            last_reviewed=obj["last_reviewed"],
            **{
                name: obj["durations"].get(name, "" if name.endswith("unit") else None)
                for name in DURATION_FIELDS
            },
            required_documents=[
                {"type": "document", "value": d}
                for d in edition.get("required_documents", [])
            ],
            fees=_fees(edition.get("fees", [])),
            **{name: _links(edition.get(name, [])) for name in LINK_STREAMS},
        )
        return result

    before = writer.report.created + writer.report.updated
    base = writer.editions(base, parent, ServicePage, obj, values)
    changed = writer.report.created + writer.report.updated > before
    writer.remember("Leistung", obj["key"], base, obj, changed=changed)
    return base


def write_authority(writer: Writer, resolver: Resolver, obj: dict) -> AuthorityPage:
    base = resolver.authority(obj["key"])
    parent = authority_index(obj["ars"])
    own = _own(obj["key"])
    slug = own[1].partition(".")[2] if own and own[0] == "OE" else ""

    def values(lang: str, edition: dict) -> dict:
        result = {
            k: edition.get(k, "")
            for k in ("title", "address", "phone", "email", "website")
        }
        result["opening_hours"] = [
            {"type": "hours", "value": hours}
            for hours in edition.get("opening_hours", [])
        ]
        if base is None and slug and lang == _default_locale().language_code:
            result["slug"] = slug
        return result

    before = writer.report.created + writer.report.updated
    base = writer.editions(base, parent, AuthorityPage, obj, values)
    changed = writer.report.created + writer.report.updated > before
    writer.remember("Organisationseinheit", obj["key"], base, obj, changed=changed)
    return base


def write_adaptation(
    writer: Writer, resolver: Resolver, obj: dict
) -> CommuneServicePage:
    service = _found(resolver.service(obj["service"]), f"Leistung {obj['service']}")
    base = resolver.adaptation(obj["key"], service, obj["ars"])
    commune = _commune(obj["ars"])
    parent = CommuneServiceIndexPage.objects.child_of(commune).first()
    modules = ServicePage.NARRATIVE_MODULES

    def values(lang: str, edition: dict) -> dict:
        locale = Locale.objects.get(language_code=lang)
        central = service.get_translation_or_none(locale) or service
        result = {
            "service": central,
            "title": edition.get("title") or central.title,
            "local_fees": _fees(edition.get("local_fees", [])),
            "local_forms": _links(edition.get("local_forms", [])),
            "local_online_services": _links(edition.get("local_online_services", [])),
        }
        for name in modules:
            result[f"local_{name}"] = edition.get(f"local_{name}", "")
            result[f"{name}_mode"] = edition.get(f"{name}_mode", "supplement")
        return result

    if not obj["editions"]:
        obj = {**obj, "editions": {_default_locale().language_code: {}}}
    before = writer.report.created + writer.report.updated
    base = writer.editions(base, parent, CommuneServicePage, obj, values)
    changed = writer.report.created + writer.report.updated > before
    writer.remember("LeistungSpezialisierung", obj["key"], base, obj, changed=changed)
    return base


def _state_wide(obj: dict) -> bool:
    """A Zuständigkeit for the whole state: the service's central default office."""
    return obj["klasse"] == "Zustaendigkeit" and obj["ars"] == settings.XZUFI_STATE_ARS


def write_responsibility(writer: Writer, resolver: Resolver, obj: dict) -> None:
    service = _found(resolver.service(obj["service"]), f"Leistung {obj['service']}")
    authority = _found(
        resolver.authority(obj["authority"]),
        f"Organisationseinheit {obj['authority']}",
    )
    if _state_wide(obj):
        _write_state_authority(writer, service, authority)
        writer.remember(
            "Zustaendigkeit",
            obj["key"],
            None,
            obj,
            reference={
                "service": str(service.translation_key),
                "authority": str(authority.translation_key),
            },
        )
        return
    adaptation = resolver.adaptation(None, service, obj["ars"])
    if adaptation is None:  # a responsibility without local texts: an empty adaptation
        adaptation = _empty_adaptation(writer, resolver, obj)
    latest = adaptation.get_latest_revision_as_object()
    current = [link.authority_id for link in latest.authority_links.all()]
    if authority.pk not in current:
        links = list(latest.authority_links.all())
        links.insert(
            min(obj["position"], len(links)),
            CommuneServiceAuthority(authority=authority),
        )
        latest.authority_links = links
        writer._revision(latest, new=False)
        writer.report.updated += 1
    else:
        writer.report.unchanged += 1
    writer.remember(
        "Zustaendigkeit",
        obj["key"],
        None,
        obj,
        reference={
            "adaptation": str(adaptation.translation_key),
            "authority": str(authority.translation_key),
        },
    )


def _write_state_authority(
    writer: Writer, service: ServicePage, authority: AuthorityPage | None
) -> None:
    """Name (or, with None, clear) the service's state authority in every edition:
    the field is synchronised master data, the same office in each language."""
    for edition in service.get_translations(inclusive=True).order_by("pk"):
        writer.save(edition.specific, None, {"state_authority": authority})


def _empty_adaptation(
    writer: Writer, resolver: Resolver, obj: dict
) -> CommuneServicePage:
    service = _found(resolver.service(obj["service"]), f"Leistung {obj['service']}")
    commune = _commune(obj["ars"])
    parent = CommuneServiceIndexPage.objects.child_of(commune).first()
    page = CommuneServicePage(service=service, title=service.title)
    return writer.save(page, parent, {})


def delete(writer: Writer, resolver: Resolver, klasse: str, key: Key) -> None:
    """loesche: unpublish (history stays); a responsibility loses its office link."""
    label = f"{klasse} {key[1]} (schemeAgencyID {key[0]})"
    if klasse == "Zustaendigkeit":
        stored = _stored(klasse, key)
        if stored is None:
            writer.report.unknown_deletes.append(label)
            return
        if "service" in stored.reference:  # the state-wide office of a service
            service = _base(ServicePage, stored.reference["service"])
            if service is None:
                writer.report.unknown_deletes.append(label)
                return
            _write_state_authority(writer, service, None)
            writer.report.unpublished += 1
            stored.delete()
            return
        adaptation = _base(CommuneServicePage, stored.reference.get("adaptation"))
        authority = _base(AuthorityPage, stored.reference.get("authority"))
        if not adaptation or not authority:
            writer.report.unknown_deletes.append(label)
            return
        latest = adaptation.get_latest_revision_as_object()
        latest.authority_links = [
            link
            for link in latest.authority_links.all()
            if link.authority_id != authority.pk
        ]
        writer._revision(latest, new=False)
        writer.report.unpublished += 1
        stored.delete()
        return
    if klasse == "Onlinedienst":
        writer.report.unknown_deletes.append(label)
        return
    finders: dict[str, Callable[[Key], Page | None]] = {
        "Leistung": resolver.service,
        "Organisationseinheit": resolver.authority,
        "LeistungSpezialisierung": lambda k: resolver.adaptation(k, None, ""),
    }
    page = finders[klasse](key)
    if page is None:
        writer.report.unknown_deletes.append(label)
        return
    for edition in page.get_translations(inclusive=True).live():
        edition.specific.unpublish(user=writer.user, log_action=True)
        writer.report.unpublished += 1
