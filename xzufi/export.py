"""Pages → the XZuFi JSON form (FIM Portal's field names), one dict per object.

Everything is read from live pages only, all language editions of one object (Wagtail
translations sharing a translation key) merged into one XZuFi object whose texts carry
their language codes. Objects are returned sorted by id, so two exports of the same
content are identical byte for byte.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from django.conf import settings
from wagtail.models import Locale, Page
from wagtail.query import PageQuerySet

from catalogue.models import AuthorityPage, Duration, ServicePage, split_keywords
from communes.models import CommunePage, CommuneServicePage

from . import mapping
from .codec import EXTRA_XML, complete
from .models import XzufiObject, XzufiTombstone

ARS_SCHEME = "urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:rs"


def agency() -> str:
    return settings.XZUFI_SCHEME_AGENCY_ID


def ident(value: str, scheme_agency_id: str | None = None, **extra: str) -> dict:
    """An Identifikator in the FIM Portal's form (every attribute present)."""
    result = dict.fromkeys(
        (
            "scheme_agency_id",
            "scheme_agency_name",
            "scheme_data_uri",
            "scheme_id",
            "scheme_name",
            "scheme_uri",
            "scheme_version_id",
        )
    )
    result.update(scheme_agency_id=scheme_agency_id, **extra)
    result["value"] = value
    return result


def gebiet(ars: str) -> dict:
    return ident(ars, scheme_uri=ARS_SCHEME)


def localized(pairs: Iterable[tuple[str, str]]) -> list[dict]:
    return [{"language_code": lang, "_value": text} for lang, text in pairs if text]


def hyperlinks(editions: dict[str, list[dict]]) -> list[dict]:
    return [
        {
            "language_code": lang,
            "uri": link["url"],
            "titel": link["title"],
            "beschreibung": None,
            "position_darstellung": position,
        }
        for lang, links in editions.items()
        for position, link in enumerate(links)
    ]


def language_order(pages: Iterable[Page]) -> list[Page]:
    """The default language first, then the others by code: a stable order."""
    default = Locale.get_default().language_code
    return sorted(
        pages, key=lambda p: (p.locale.language_code != default, p.locale.language_code)
    )


def grouped_live(
    model: type[Page], queryset: PageQuerySet | None = None
) -> list[list[Page]]:
    """Live pages of `model` grouped by translation key, each group in language order."""
    groups: dict = defaultdict(list)
    pages = (queryset if queryset is not None else model.objects.all()).live()
    for page in pages.select_related("locale").order_by("path"):
        groups[page.translation_key].append(page)
    return [language_order(group) for group in groups.values()]


@dataclass
class Identities:
    """Ids already given to our objects (imported ones keep theirs)."""

    known: dict[tuple[str, object], XzufiObject] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Identities:
        objects = XzufiObject.objects.exclude(translation_key=None)
        return cls({(o.klasse, o.translation_key): o for o in objects})

    def of(self, klasse: str, translation_key: UUID, local_part: str) -> dict:
        known = self.known.get((klasse, translation_key))
        if known:
            return ident(known.object_id, known.scheme_agency_id)
        kind = mapping.ID_KINDS[klasse]
        return ident(f"{agency()}.{kind}.{local_part}", agency())

    def decorate(self, klasse: str, translation_key: UUID, value: dict) -> dict:
        """Add what an import kept of the object (unmapped parts, unknown elements)."""
        known = self.known.get((klasse, translation_key))
        extra = known.extra if known else {}
        for key, kept in extra.get("json", {}).items():
            if isinstance(kept, list) and isinstance(value.get(key), list):
                value[key] = value[key] + kept
            else:
                value[key] = kept
        if extra.get("xml"):
            value[EXTRA_XML] = extra["xml"]
        return value


def _zugang(version: str, module: dict) -> dict:
    # 2.3.1 modules name their access channel; 000 = every channel.
    return {"zugangskanal": "000", **module} if version == "2.3.1" else module


def _one_or_list(version: str, modules: list[dict]) -> object:
    # 2.2.0 holds at most one structured module, 2.3.1 a list.
    if version == "2.3.1":
        return modules
    return modules[0] if modules else None


def _prefix(version: str, name: str) -> str:
    return f"fimportal__xzufi__xzufi{version.replace('.', '')}__leistung__{name}"


def text_module(version: str, code: str, inhalt: list, links: list) -> dict:
    return complete(
        _zugang(
            version,
            {"leika_textmodul": code, "inhalt": inhalt, "weiterfuehrender_link": links},
        ),
        _prefix(version, "Textmodul"),
    )


def fee_entries(version: str, editions: list[tuple[str, list[dict]]]) -> list[dict]:
    """Kosten: amounts from the first edition, descriptions from every edition."""
    _, first = editions[0]
    entries = []
    for position, fee in enumerate(first):
        amount, amount_max = fee.get("amount"), fee.get("amount_max")
        currency = fee.get("currency") or "EUR"
        # Fix (betrag) or variable (bounds, each may be absent): one choice, two shapes.
        choice: dict[str, Any]
        if amount is not None and amount_max is None:
            choice = {"betrag": {"currency_code": currency, "value": float(amount)}}
        else:
            choice = {
                "betrag_untergrenze": None
                if amount is None
                else {"currency_code": currency, "value": float(amount)},
                "betrag_obergrenze": None
                if amount_max is None
                else {"currency_code": currency, "value": float(amount_max)},
                "beschreibung_variabilitaet": [],
            }
        descriptions = localized(
            (lang, fees[position]["description"])
            for lang, fees in editions
            if position < len(fees)
        )
        entries.append(
            complete(
                {
                    "typ": mapping.FEE_TYPE,
                    "kostenauswahl": choice,
                    "beschreibung": descriptions,
                    "link_kostenbildung": [] if version == "2.3.1" else None,
                    "position_darstellung": position,
                },
                _prefix(version, "Kosten"),
            )
        )
    return entries


def frist_entries(duration: Duration | None, *, typed: bool) -> list[dict]:
    """A structured duration as one Frist (with its type) or Bearbeitungsdauer entry."""
    if duration is None:
        return []
    unit = mapping.UNIT_CODES[duration.unit]
    entry: dict[str, Any] = {
        "fristauswahl": {
            "dauer": duration.amount,
            "einheit": unit,
            "dauer_bis": duration.amount_max,
            "einheit_bis": None if duration.amount_max is None else unit,
        },
        "beschreibung": [],
        "position_darstellung": 0,
        "gueltigkeit": [],
    }
    if typed:
        return [complete({"typ": mapping.DEADLINE_TYPE, **entry}, "FristMitTyp")]
    return [complete(entry, "FristOhneTyp")]


def documents(version: str, editions: list[tuple[str, list[str]]]) -> list[dict]:
    count = max((len(docs) for _, docs in editions), default=0)
    result = []
    for position in range(count):
        names = localized(
            (lang, docs[position]) for lang, docs in editions if position < len(docs)
        )
        kind = {"code": None, "nicht_gelisteter_wert": None}
        if version == "2.2.0":
            result.append(
                complete(
                    {"typ": kind, "bezeichnung": names}, _prefix(version, "Dokument")
                )
            )
        else:
            document = complete(
                {"art": kind, "bezeichnung": names}, _prefix(version, "Dokument")
            )
            result.append(complete({"dokument": document}, "DokumentEingehend"))
    return result


def sprachversionen(version: str, pages: list[Page]) -> list[dict]:
    result = []
    for page in pages:
        code = page.locale.language_code
        german, native = mapping.LANGUAGE_NAMES.get(code, (None, None))
        entry = {
            "language_code": code,
            "sprachbezeichnung_deutsch": german,
            "sprachbezeichnung_nativ": native,
        }
        if version == "2.3.1":
            entry["kennzeichen_maschinelle_uebersetzung"] = False
            name = "fimportal__xzufi__xzufi231__common__Sprachversion"
        else:
            name = "fimportal__xzufi__common__Sprachversion"
        result.append(complete(entry, name))
    return result


def leistung(version: str, pages: list[ServicePage], identities: Identities) -> dict:
    """One central service, all its editions, as Leistung220 / Leistung231."""
    first = pages[0]
    langs = [(p.locale.language_code, p) for p in pages]
    modules = []
    for code, name, _ in mapping.TEXT_MODULES:
        if name in mapping.LINK_FIELDS:
            links = hyperlinks(
                {lang: ServicePage.link_list(getattr(p, name)) for lang, p in langs}
            )
            if links:
                modules.append(text_module(version, code, [], links))
            continue
        inhalt = localized(
            (
                lang,
                p.title
                if name == "title"
                else p.module_html(name)
                if name != "teaser"
                else p.teaser,
            )
            for lang, p in langs
        )
        if inhalt:
            modules.append(text_module(version, code, inhalt, []))
    online = hyperlinks(
        {lang: ServicePage.link_list(p.online_services) for lang, p in langs}
    )
    individual = []
    if online:
        individual.append(
            complete(
                _zugang(
                    version,
                    {
                        "individuelles_textmodultyp": {
                            "list_uri": mapping.OWN_TEXT_MODULE_LIST_URI,
                            "list_version_id": "1",
                            "code": mapping.ONLINE_SERVICES_CODE,
                            "name": "Onlinedienste",
                        },
                        "inhalt": [],
                        "weiterfuehrender_link": online,
                    },
                ),
                _prefix(version, "TextmodulIndividuell"),
            )
        )
    value: dict = {
        "id": identities.of("Leistung", first.translation_key, first.leika_key),
        "leistungsadressat": [mapping.AUDIENCE_CODES[first.audience]],
        "modul_text": modules,
        "modul_text_individuell": individual,
    }
    if version == "2.2.0":
        value["referenz_leika"] = [
            {
                "list_uri": mapping.LEIKA_LIST_URI,
                "list_version_id": "",
                "code": first.leika_key,
                "name": None,
            }
        ]
    else:
        value["referenz_leistungsschluessel"] = [
            ident(first.leika_key, scheme_uri=mapping.LEIKA_LIST_URI)
        ]
    fees = [(lang, p.fee_list) for lang, p in langs]
    kosten = fee_entries(version, fees) if fees[0][1] else []
    value["modul_kosten"] = _one_or_list(
        version,
        [
            complete(
                _zugang(version, {"kosten": kosten}), _prefix(version, "Kostenmodul")
            )
        ]
        if kosten
        else [],
    )
    for key, field_name, schema_name, inner, prefix in (
        ("modul_frist", "deadlines", "Fristmodul", "frist", "deadline"),
        (
            "modul_bearbeitungsdauer",
            "processing_time",
            "Bearbeitungsdauermodul",
            "bearbeitungsdauer",
            "processing",
        ),
    ):
        text = localized((lang, p.module_html(field_name)) for lang, p in langs)
        entries = frist_entries(first.duration(prefix), typed=inner == "frist")
        value[key] = _one_or_list(
            version,
            [
                complete(
                    _zugang(version, {inner: entries, "beschreibung": text}),
                    _prefix(version, schema_name),
                )
            ]
            if text or entries
            else [],
        )
    docs = documents(version, [(lang, p.required_document_list) for lang, p in langs])
    value["modul_dokument"] = _one_or_list(
        version,
        [
            complete(
                _zugang(version, {"dokument_eingehend": docs}),
                _prefix(version, "Dokumentmodul"),
            )
        ]
        if docs
        else [],
    )
    terms = [
        {"begriff": {"language_code": lang, "_value": keyword}, "typ": None}
        for lang, p in langs
        for keyword in split_keywords(p.keywords)
    ]
    value["modul_begriff_im_kontext"] = (
        [
            complete(
                _zugang(version, {"begriff_im_kontext": terms}),
                _prefix(version, "BegriffImKontextModul"),
            )
        ]
        if terms
        else []
    )
    reviewed = first.last_reviewed
    value["modul_fachliche_freigabe"] = _one_or_list(
        version,
        [
            complete(
                _zugang(version, {"fachlich_freigegeben_am": reviewed.isoformat()}),
                _prefix(version, "FachlicheFreigabeModul"),
            )
        ]
        if reviewed
        else [],
    )
    value["sprachversion"] = sprachversionen(version, pages)
    value = complete(value, f"Leistung{version.replace('.', '')}")
    return identities.decorate("Leistung", first.translation_key, value)


def _commune_of(page: Page) -> CommunePage | None:
    commune = CommunePage.objects.ancestor_of(page).first()
    return commune


def _adapting_commune(page: Page) -> CommunePage:
    """The commune an adaptation belongs to; its ARS is part of the adaptation's ids."""
    commune = _commune_of(page)
    if commune is None:
        raise ValueError(f"„{page.title}“ (#{page.pk}) liegt unter keiner Gemeinde")
    return commune


def spezialisierung(pages: list[CommuneServicePage], identities: Identities) -> dict:
    """A commune's adaptation: only its local values, the use of each explicit."""
    first = pages[0]
    commune = _adapting_commune(first)
    central = {p.locale_id: p for p in first.service.get_translations(inclusive=True)}
    langs = [(p.locale.language_code, p) for p in pages]
    modules = []
    titles = localized(
        (lang, p.title)
        for lang, p in langs
        if central.get(p.locale_id) is None or p.title != central[p.locale_id].title
    )
    if titles:
        modules.append(_spez_modul("02", "replace", titles, []))
    for name in ServicePage.NARRATIVE_MODULES:
        texts = localized((lang, p.local_text(name)) for lang, p in langs)
        if texts:
            mode = next(p.local_mode(name) for _, p in langs if p.local_text(name))
            modules.append(_spez_modul(_spez_code(name), mode, texts, []))
    for name, code in (
        ("forms", "14"),
        ("online_services", mapping.ONLINE_SERVICES_CODE),
    ):
        links = hyperlinks(
            {
                lang: ServicePage.link_list(getattr(p, f"local_{name}"))
                for lang, p in langs
            }
        )
        if links:
            modules.append(_spez_modul(code, "supplement", [], links))
    fees = [(lang, [dict(b.value) for b in p.local_fees]) for lang, p in langs]
    value = complete(
        {
            "id": identities.of(
                "LeistungSpezialisierung",
                first.translation_key,
                f"{commune.ars}.{first.service.leika_key}",
            ),
            # Translations share the translation key: any edition names the Leistung.
            "leistung_id": identities.of(
                "Leistung", first.service.translation_key, first.service.leika_key
            ),
            "gebiet_id": [gebiet(commune.ars)],
            "modul": modules,
            "modul_kosten": fee_entries("2.3.1", fees) if fees[0][1] else [],
        },
        "Spezialisierung",
    )
    return identities.decorate("LeistungSpezialisierung", first.translation_key, value)


def _spez_code(name: str) -> str:
    return {"deadlines": "frist", "processing_time": "bearbeitungsdauer"}.get(
        name, mapping.CODE_BY_FIELD.get(name, name)
    )


def _spez_modul(code: str, mode: str, inhalt: list, links: list) -> dict:
    return {
        "modul": code,
        "verwendung": mapping.USAGE_CODES[mode],
        "inhalt": inhalt,
        "weiterfuehrender_link": links,
    }


def organisationseinheit(
    pages: list[AuthorityPage],
    identities: Identities,
    nested: list[dict] | None = None,
) -> dict:
    """An office; with `nested` (2.2.0) its Zuständigkeiten inside it, in id order."""
    first = pages[0]
    commune = _commune_of(first)
    ars = commune.ars if commune else settings.XZUFI_STATE_ARS
    langs = [(p.locale.language_code, p) for p in pages]
    contact = [
        {"kanal": kanal, "kennung": value}
        for kanal, value in (
            ("telefon", first.phone),
            ("email", first.email),
            ("web", first.website),
        )
        if value
    ]
    hours = [dict(block.value) for block in first.opening_hours]
    notes = {
        lang: [dict(b.value).get("note") or "" for b in p.opening_hours]
        for lang, p in langs
    }
    value = complete(
        {
            "id": identities.of(
                "Organisationseinheit", first.translation_key, f"{ars}.{first.slug}"
            ),
            "name": {"name": localized((lang, p.title) for lang, p in langs)},
            "anschrift": localized((lang, p.address) for lang, p in langs),
            "kommunikation": contact,
            "oeffnungszeit": [
                {
                    "wochentag": h["weekday"],
                    "von": f"{h['opens']:%H:%M}",
                    "bis": f"{h['closes']:%H:%M}",
                    "hinweis": localized(
                        (lang, n[i]) for lang, n in notes.items() if i < len(n)
                    ),
                }
                for i, h in enumerate(hours)
            ],
            "gebiet_id": [gebiet(ars)],
        },
        "Organisationseinheit",
    )
    if nested is not None:
        value["zustaendigkeit"] = sorted(nested, key=lambda z: z["id"]["value"])
    return identities.decorate("Organisationseinheit", first.translation_key, value)


def zustaendigkeiten(
    adaptation: CommuneServicePage, identities: Identities, oe_ids: dict
) -> list[dict]:
    """The adaptation's offices for its commune's area (the ARS as gebietID)."""
    commune = _adapting_commune(adaptation)
    leistung_id = identities.of(
        "Leistung", adaptation.service.translation_key, adaptation.service.leika_key
    )
    result = []
    links = adaptation.authority_links.select_related("authority").order_by(
        "sort_order"
    )
    for position, link in enumerate(links):
        oe = oe_ids.get(link.authority.translation_key)
        if oe is None:  # an office that is not live is not announced
            continue
        local = f"{commune.ars}.{adaptation.service.leika_key}.{position + 1}"
        result.append(
            {
                "uebergeordnetes_objekt_id": oe,
                "zustaendigkeit": {
                    "id": ident(f"{agency()}.ZS.{local}", agency()),
                    "leistung_id": leistung_id,
                    "gebiet_id": [gebiet(commune.ars)],
                    "rolle": mapping.RESPONSIBILITY_ROLE,
                    "position_darstellung": position,
                },
            }
        )
    return result


def state_zustaendigkeit(
    service: ServicePage, identities: Identities, oe_ids: dict
) -> list[dict]:
    """The central default office of a service for the whole state (the state's ARS)."""
    authority = service.state_authority
    if authority is None:
        return []
    oe = oe_ids.get(authority.translation_key)
    if oe is None:  # an office that is not live is not announced
        return []
    state = settings.XZUFI_STATE_ARS
    return [
        {
            "uebergeordnetes_objekt_id": oe,
            "zustaendigkeit": {
                "id": ident(f"{agency()}.ZS.{state}.{service.leika_key}.1", agency()),
                "leistung_id": identities.of(
                    "Leistung", service.translation_key, service.leika_key
                ),
                "gebiet_id": [gebiet(state)],
                "rolle": mapping.RESPONSIBILITY_ROLE,
                "position_darstellung": 0,
            },
        }
    ]


@dataclass
class Export:
    """All objects of one export, per class, in id order."""

    leistungen: list[dict]
    spezialisierungen: list[dict]
    organisationseinheiten: list[dict]
    zustaendigkeiten: list[dict]

    def classes(self) -> list[tuple[str, list[dict]]]:
        return [
            ("Leistung", self.leistungen),
            ("Organisationseinheit", self.organisationseinheiten),
            ("LeistungSpezialisierung", self.spezialisierungen),
            ("Zustaendigkeit", self.zustaendigkeiten),
        ]


def _by_id(objects: list[dict]) -> list[dict]:
    def key(obj: dict) -> tuple:
        identity = obj.get("id") or obj["zustaendigkeit"]["id"]
        return (identity["scheme_agency_id"] or "", identity["value"])

    return sorted(objects, key=key)


def local_part(klasse: str, page: Page) -> str:
    """The part of our id after <agency>.<kind>.: stable master data of the object."""
    if klasse == "Leistung":
        return page.leika_key
    if klasse == "Organisationseinheit":
        office_commune = _commune_of(page)
        ars = office_commune.ars if office_commune else settings.XZUFI_STATE_ARS
        return f"{ars}.{page.slug}"
    return f"{_adapting_commune(page).ars}.{page.service.leika_key}"


EXCHANGED = {
    ServicePage: "Leistung",
    AuthorityPage: "Organisationseinheit",
    CommuneServicePage: "LeistungSpezialisierung",
}


def remember_identity(page: Page) -> None:
    """Fix an object's id when it is first published, so that a later change of its
    slug or LeiKa key does not make it a different object for the PVOG."""
    klasse = EXCHANGED.get(type(page))
    if klasse is None or not page.live:
        return
    if XzufiObject.objects.filter(
        klasse=klasse, translation_key=page.translation_key
    ).exists():
        return
    editions = type(page).objects.filter(translation_key=page.translation_key)
    base = editions.filter(locale=Locale.get_default()).first() or page
    if klasse == "LeistungSpezialisierung" and _commune_of(base) is None:
        return
    identifier = ident(
        f"{agency()}.{mapping.ID_KINDS[klasse]}.{local_part(klasse, base)}"
    )
    XzufiObject.objects.get_or_create(
        scheme_agency_id=agency(),
        object_id=identifier["value"],
        defaults={"klasse": klasse, "translation_key": page.translation_key},
    )


def remember_deletion(page: Page) -> None:
    """Keep the identity of an exchanged page that is being deleted (pre_delete, while
    its tree still stands), if the PVOG may know it: live now, or given an id when it
    was first published. Feed deltas announce it as `loesche`."""
    klasse = EXCHANGED.get(type(page))
    if klasse is None:
        return
    known = XzufiObject.objects.filter(
        klasse=klasse, translation_key=page.translation_key
    ).first()
    if known is not None:
        scheme_agency_id, object_id = known.scheme_agency_id, known.object_id
    elif page.live:
        editions = type(page).objects.filter(translation_key=page.translation_key)
        base = editions.filter(locale=Locale.get_default()).first() or page
        try:
            local = local_part(klasse, base)
        except ValueError:  # an adaptation outside any commune was never exported
            return
        scheme_agency_id = agency()
        object_id = f"{agency()}.{mapping.ID_KINDS[klasse]}.{local}"
    else:
        return  # never published: nothing to withdraw
    XzufiTombstone.objects.create(
        klasse=klasse,
        scheme_agency_id=scheme_agency_id,
        object_id=object_id,
        translation_key=page.translation_key,
    )


def export_all(version: str, only: set | None = None) -> Export:
    """Every live central service, adaptation, office and responsibility (a
    service's state authority for the whole state, an adaptation's offices for its
    commune).

    With `only` (translation keys) just those objects, and the responsibilities of
    the adaptations and services among them: the content of a delta.
    """
    identities = Identities.load()
    if version in mapping.NESTED_RESPONSIBILITIES:
        return _nested_export(version, identities, only)

    def wanted(group: list[Page]) -> bool:
        return only is None or group[0].translation_key in only

    offices = grouped_live(AuthorityPage)
    oe_ids = _office_ids(offices, identities)
    oes = [organisationseinheit(g, identities) for g in offices if wanted(g)]
    adaptations = [g for g in grouped_live(CommuneServicePage) if wanted(g)]
    with_office = ServicePage.objects.select_related("state_authority")
    services = [g for g in grouped_live(ServicePage, with_office) if wanted(g)]
    responsibilities = _responsibilities(identities, oe_ids, adaptations, services)
    return Export(
        leistungen=_by_id([leistung(version, g, identities) for g in services]),
        spezialisierungen=_by_id(
            [spezialisierung(g, identities) for g in adaptations if g[0].service.live]
        ),
        organisationseinheiten=_by_id(oes),
        zustaendigkeiten=_by_id([zust for _, zust in responsibilities]),
    )


def _office_ids(offices: list[list[Page]], identities: Identities) -> dict:
    """The Identifikator of every live office, by translation key."""
    return {
        g[0].translation_key: identities.of(
            "Organisationseinheit",
            g[0].translation_key,
            local_part("Organisationseinheit", g[0]),
        )
        for g in offices
    }


def _responsibilities(
    identities: Identities,
    oe_ids: dict,
    adaptations: list[list[Page]],
    services: list[list[Page]],
) -> list[tuple[UUID, dict]]:
    """The Zuständigkeiten of these adaptations and services, each with the
    translation key of the object it comes from."""
    default = Locale.get_default()
    result = []
    for group in adaptations:
        base = next((p for p in group if p.locale_id == default.pk), group[0])
        for zust in zustaendigkeiten(base, identities, oe_ids):
            result.append((group[0].translation_key, zust))
    for group in services:
        base = next((p for p in group if p.locale_id == default.pk), group[0])
        for zust in state_zustaendigkeit(base, identities, oe_ids):
            result.append((group[0].translation_key, zust))
    return result


def _nested_export(version: str, identities: Identities, only: set | None) -> Export:
    """2.2.0: Zuständigkeiten inside their organisationseinheit. An office is written
    whole, with all its Zuständigkeiten, whenever it or one of them changed."""

    def wanted(group: list[Page]) -> bool:
        return only is None or group[0].translation_key in only

    offices = grouped_live(AuthorityPage)
    oe_ids = _office_ids(offices, identities)
    all_adaptations = grouped_live(CommuneServicePage)
    with_office = ServicePage.objects.select_related("state_authority")
    all_services = grouped_live(ServicePage, with_office)
    by_office: dict[str, list[tuple[UUID, dict]]] = defaultdict(list)
    for source, zust in _responsibilities(
        identities, oe_ids, all_adaptations, all_services
    ):
        by_office[zust["uebergeordnetes_objekt_id"]["value"]].append((source, zust))
    oes = []
    for group in offices:
        own = by_office.get(oe_ids[group[0].translation_key]["value"], [])
        changed = only is not None and any(source in only for source, _ in own)
        if wanted(group) or changed:
            nested = [zust["zustaendigkeit"] for _, zust in own]
            oes.append(organisationseinheit(group, identities, nested))
    adaptations = [g for g in all_adaptations if wanted(g)]
    services = [g for g in all_services if wanted(g)]
    return Export(
        leistungen=_by_id([leistung(version, g, identities) for g in services]),
        spezialisierungen=_by_id(
            [spezialisierung(g, identities) for g in adaptations if g[0].service.live]
        ),
        organisationseinheiten=_by_id(oes),
        zustaendigkeiten=[],
    )
