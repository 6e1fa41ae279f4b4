"""XZuFi objects (JSON form) → plain dicts of page fields, per language edition.

This is the reading half of the import; `write.py` turns the plain dicts into pages.
The plain dicts name our model's fields, so the writing side can be swapped for a shared
dict → page importer without touching XZuFi. Parts of an object our model does not hold
are returned under "extra" (JSON parts, and verbatim XML elements) to be kept.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from wagtail.models import Locale

from . import mapping
from .codec import EXTRA_XML

Key = tuple[str, str]  # (schemeAgencyID, id)

# Top-level parts of a Leistung the import maps to fields (the rest is kept as extra).
LEISTUNG_MAPPED = {
    "id",
    "referenz_leika",
    "referenz_leistungsschluessel",
    "leistungsadressat",
    "modul_text",
    "modul_text_individuell",
    "modul_kosten",
    "modul_frist",
    "modul_bearbeitungsdauer",
    "modul_dokument",
    "modul_begriff_im_kontext",
    "modul_fachliche_freigabe",
    "sprachversion",
}


def key(identifier: dict) -> Key:
    return (identifier.get("scheme_agency_id") or "", identifier["value"])


def _modules(value: list[dict] | dict | None) -> list[dict]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _default_language() -> str:
    return Locale.get_default().language_code


def _texts(items: list[dict]) -> dict[str, str]:
    return {item["language_code"]: item["_value"] or "" for item in items}


def _links(links: list[dict]) -> dict[str, list[dict]]:
    default = _default_language()
    result: dict[str, list[dict]] = defaultdict(list)
    for link in sorted(links, key=lambda li: li.get("position_darstellung") or 0):
        result[link.get("language_code") or default].append(
            {"title": link.get("titel") or link["uri"], "url": link["uri"]}
        )
    return result


def _amount(value: dict | None) -> str | None:
    return None if value is None else str(Decimal(str(value["value"])))


def fees(kosten: list[dict]) -> dict[str, list[dict]]:
    """Kosten → our fee blocks per language (descriptions carry the languages)."""
    result: dict[str, list[dict]] = defaultdict(list)
    for entry in sorted(kosten, key=lambda k: k.get("position_darstellung") or 0):
        choice = entry["kostenauswahl"]
        if "betrag" in choice:
            amount, amount_max = _amount(choice["betrag"]), None
            currency = choice["betrag"]["currency_code"]
        elif "betrag_untergrenze" in choice:
            amount = _amount(choice["betrag_untergrenze"])
            amount_max = _amount(choice["betrag_obergrenze"])
            bound = choice["betrag_untergrenze"] or choice["betrag_obergrenze"] or {}
            currency = bound.get("currency_code", "EUR")
        else:  # kostenfrei
            amount, amount_max, currency = "0", None, "EUR"
        for lang, text in _texts(entry["beschreibung"]).items():
            result[lang].append(
                {
                    "description": text,
                    "amount": amount,
                    "amount_max": amount_max,
                    "currency": currency,
                }
            )
    return result


def duration(prefix: str, choice: dict) -> dict:
    """A FristDauer → our <prefix>_duration/_duration_max/_unit; a Stichtag or a span
    whose two ends have different units has no structured form of ours (left empty)."""
    unit = mapping.UNITS.get(choice.get("einheit") or "")
    unit_max = choice.get("einheit_bis")
    if unit is None or (unit_max is not None and mapping.UNITS.get(unit_max) != unit):
        return {}
    return {
        f"{prefix}_duration": choice["dauer"],
        f"{prefix}_duration_max": choice.get("dauer_bis"),
        f"{prefix}_unit": unit,
    }


def _edition(editions: dict, lang: str) -> dict:
    return editions.setdefault(lang, {})


def leistung(obj: dict, version: str) -> dict:
    """A Leistung → {"key", "leika_key", "audience", "editions": {lang: fields}, …}."""
    if version == "2.2.0":
        references = [r["code"] for r in obj["referenz_leika"]]
    else:
        references = [r["value"] for r in obj["referenz_leistungsschluessel"]]
    editions: dict[str, dict] = {}
    kept_modules = []
    for module in obj["modul_text"]:
        field = mapping.FIELD_BY_CODE.get(module["leika_textmodul"])
        if field is None:
            kept_modules.append(module)
            continue
        if field in mapping.LINK_FIELDS:
            for lang, links in _links(module["weiterfuehrender_link"]).items():
                _edition(editions, lang)[field] = links
        else:
            for lang, text in _texts(module["inhalt"]).items():
                _edition(editions, lang)[field] = text
    kept_individual = []
    for module in obj["modul_text_individuell"]:
        if module["individuelles_textmodultyp"]["code"] != mapping.ONLINE_SERVICES_CODE:
            kept_individual.append(module)
            continue
        for lang, links in _links(module["weiterfuehrender_link"]).items():
            _edition(editions, lang)["online_services"] = links
    for module in _modules(obj["modul_kosten"]):
        for lang, values in fees(module["kosten"]).items():
            _edition(editions, lang)["fees"] = values
    durations: dict[str, dict] = {}
    for json_key, field, inner, prefix in (
        ("modul_frist", "deadlines", "frist", "deadline"),
        (
            "modul_bearbeitungsdauer",
            "processing_time",
            "bearbeitungsdauer",
            "processing",
        ),
    ):
        for module in _modules(obj[json_key]):
            for lang, text in _texts(module["beschreibung"]).items():
                _edition(editions, lang)[field] = text
            for entry in module[inner][:1]:
                durations.update(duration(prefix, entry["fristauswahl"]))
    for module in _modules(obj["modul_dokument"]):
        for entry in module["dokument_eingehend"]:
            document = entry.get("dokument", entry)
            for lang, text in _texts(document["bezeichnung"]).items():
                _edition(editions, lang).setdefault("required_documents", []).append(
                    text
                )
    for module in _modules(obj["modul_begriff_im_kontext"]):
        for term in module["begriff_im_kontext"]:
            begriff = term["begriff"]
            edition = _edition(editions, begriff["language_code"])
            edition.setdefault("keyword_list", []).append(begriff["_value"] or "")
    for edition in editions.values():
        edition["keywords"] = ", ".join(edition.pop("keyword_list", []))
    reviewed = next(
        (
            m["fachlich_freigegeben_am"]
            for m in _modules(obj["modul_fachliche_freigabe"])
        ),
        None,
    )
    extra_json = {
        k: v
        for k, v in obj.items()
        if k not in LEISTUNG_MAPPED | {EXTRA_XML} and v not in (None, [])
    }
    if kept_modules:
        extra_json["modul_text"] = kept_modules
    if kept_individual:
        extra_json["modul_text_individuell"] = kept_individual
    audiences = [mapping.AUDIENCES.get(code) for code in obj["leistungsadressat"]]
    return {
        "klasse": "Leistung",
        "key": key(obj["id"]),
        "leika_key": references[0] if references else "",
        "audience": next((a for a in audiences if a), "citizens"),
        "last_reviewed": date.fromisoformat(reviewed) if reviewed else None,
        "durations": durations,
        "languages": [s["language_code"] for s in obj["sprachversion"]],
        "editions": editions,
        "extra": _extra(extra_json, obj),
    }


def _extra(extra_json: dict, obj: dict) -> dict:
    extra = {}
    if extra_json:
        extra["json"] = extra_json
    if obj.get(EXTRA_XML):
        extra["xml"] = obj[EXTRA_XML]
    return extra


SPEZ_FIELDS = {
    "02": "title",
    "frist": "deadlines",
    "bearbeitungsdauer": "processing_time",
    "14": "forms",
    mapping.ONLINE_SERVICES_CODE: "online_services",
    **{mapping.CODE_BY_FIELD[f]: f for f in ("teaser", "full_text", "prerequisites")},
    **{
        mapping.CODE_BY_FIELD[f]: f
        for f in ("procedure", "further_information", "notes")
    },
}


def spezialisierung(obj: dict) -> dict:
    editions: dict[str, dict] = {}
    for module in obj["modul"]:
        field = SPEZ_FIELDS.get(module["modul"])
        if field is None:
            continue
        if field in ("forms", "online_services"):
            for lang, links in _links(module["weiterfuehrender_link"]).items():
                _edition(editions, lang)[f"local_{field}"] = links
        elif field == "title":
            for lang, text in _texts(module["inhalt"]).items():
                _edition(editions, lang)["title"] = text
        else:
            mode = mapping.USAGES[module["verwendung"]]
            for lang, text in _texts(module["inhalt"]).items():
                edition = _edition(editions, lang)
                edition[f"local_{field}"] = text
                edition[f"{field}_mode"] = mode
    for lang, values in fees(obj["modul_kosten"]).items():
        _edition(editions, lang)["local_fees"] = values
    return {
        "klasse": "LeistungSpezialisierung",
        "key": key(obj["id"]),
        "service": key(obj["leistung_id"]),
        "ars": obj["gebiet_id"][0]["value"] if obj["gebiet_id"] else "",
        "editions": editions,
        "extra": _extra({}, obj),
    }


def organisationseinheit(obj: dict) -> dict:
    editions: dict[str, dict] = {}
    for lang, text in _texts(obj["name"]["name"]).items():
        _edition(editions, lang)["title"] = text
    for lang, text in _texts(obj["anschrift"]).items():
        _edition(editions, lang)["address"] = text
    contact = {c["kanal"]: c["kennung"] for c in obj["kommunikation"]}
    hours_by_lang: dict[str, list[dict]] = defaultdict(list)
    for entry in obj["oeffnungszeit"]:
        notes = _texts(entry["hinweis"])
        for lang in editions:
            hours_by_lang[lang].append(
                {
                    "weekday": entry["wochentag"],
                    "opens": entry["von"],
                    "closes": entry["bis"],
                    "note": notes.get(lang, ""),
                }
            )
    for lang, edition in editions.items():
        edition["phone"] = contact.get("telefon", "")
        edition["email"] = contact.get("email", "")
        edition["website"] = contact.get("web", "")
        edition["opening_hours"] = hours_by_lang.get(lang, [])
    return {
        "klasse": "Organisationseinheit",
        "key": key(obj["id"]),
        "ars": obj["gebiet_id"][0]["value"] if obj["gebiet_id"] else "",
        "editions": editions,
        "extra": _extra({}, obj),
        # 2.2.0: the office's Zuständigkeiten, read as if sent on their own.
        "nested": [
            zustaendigkeit(
                {"uebergeordnetes_objekt_id": obj["id"], "zustaendigkeit": z}
            )
            for z in obj.get("zustaendigkeit", [])
        ],
    }


def zustaendigkeit(obj: dict) -> dict:
    inner = obj["zustaendigkeit"]
    return {
        "klasse": "Zustaendigkeit",
        "key": key(inner["id"]),
        "authority": key(obj["uebergeordnetes_objekt_id"]),
        "service": key(inner["leistung_id"]),
        "ars": inner["gebiet_id"][0]["value"] if inner["gebiet_id"] else "",
        "position": inner.get("position_darstellung") or 0,
    }


def plain(klasse: str, obj: dict, version: str) -> dict:
    if klasse == "Leistung":
        return leistung(obj, version)
    return {
        "LeistungSpezialisierung": spezialisierung,
        "Organisationseinheit": organisationseinheit,
        "Zustaendigkeit": zustaendigkeit,
    }[klasse](obj)
