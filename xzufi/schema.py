"""The FIM Portal's JSON models of XZuFi, plus our own for the classes it does not model.

`fim-portal-openapi.json` (FIM Portal API v0.24.0) models Leistung 2.2.0 and 2.3.1. It
has no Spezialisierung, Organisationseinheit or Zuständigkeit; those are modelled here in
the same style and from the same building blocks (Identifikator, StringLocalized, …).
Validation is pluggable (`VALIDATORS`): when the XSD becomes available, register an XML
validator next to the JSON Schema one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

OPENAPI_PATH = Path(__file__).parent / "schemas" / "fim-portal-openapi.json"
REF_PREFIX = "#/components/schemas/"


def _ref(name: str) -> dict:
    return {"$ref": REF_PREFIX + name}


def _list(name: str) -> dict:
    return {"type": "array", "items": _ref(name)}


def _obj(properties: dict[str, dict]) -> dict:
    return {"type": "object", "required": list(properties), "properties": properties}


_ID = _ref("Identifikator")
_LOCALIZED = _list("StringLocalized")
_HTML = _list("HtmlStringLocalized")

OWN_SCHEMAS: dict[str, dict] = {
    "SpezialisierungModul": _obj(
        {
            "modul": {"type": "string"},
            "verwendung": {"type": "string", "enum": ["ersetzen", "ergaenzen"]},
            "inhalt": _HTML,
            "weiterfuehrender_link": _list("HyperlinkErweitert"),
        }
    ),
    "Spezialisierung": _obj(
        {
            "id": _ID,
            "leistung_id": _ID,
            "gebiet_id": {"type": "array", "items": _ID},
            "modul": _list("SpezialisierungModul"),
            "modul_kosten": _list("fimportal__xzufi__xzufi231__leistung__Kosten"),
        }
    ),
    "OrganisationseinheitName": _obj({"name": _LOCALIZED}),
    "Kommunikation": _obj(
        {
            "kanal": {"type": "string", "enum": ["telefon", "email", "web"]},
            "kennung": {"type": "string"},
        }
    ),
    "Oeffnungszeit": _obj(
        {
            "wochentag": {"type": "string"},
            "von": {"type": "string"},
            "bis": {"type": "string"},
            "hinweis": _LOCALIZED,
        }
    ),
    "Organisationseinheit": _obj(
        {
            "id": _ID,
            "name": _ref("OrganisationseinheitName"),
            "anschrift": _LOCALIZED,
            "kommunikation": _list("Kommunikation"),
            "oeffnungszeit": _list("Oeffnungszeit"),
            "gebiet_id": {"type": "array", "items": _ID},
        }
    ),
    "Organisationseinheit220": _obj(
        {
            "id": _ID,
            "name": _ref("OrganisationseinheitName"),
            "anschrift": _LOCALIZED,
            "kommunikation": _list("Kommunikation"),
            "oeffnungszeit": _list("Oeffnungszeit"),
            "gebiet_id": {"type": "array", "items": _ID},
            "zustaendigkeit": _list("Zustaendigkeit"),
        }
    ),
    "Zustaendigkeit": _obj(
        {
            "id": _ID,
            "leistung_id": _ID,
            "gebiet_id": {"type": "array", "items": _ID},
            "rolle": {"type": "string", "enum": ["01"]},
            "position_darstellung": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
        }
    ),
    "ZustaendigkeitTransferObjekt": _obj(
        {
            "uebergeordnetes_objekt_id": _ID,
            "zustaendigkeit": _ref("Zustaendigkeit"),
        }
    ),
}

# XZuFi class → schema name per version (Leistung differs, the others are shared).
CLASS_SCHEMAS = {
    ("Leistung", "2.2.0"): "Leistung220",
    ("Leistung", "2.3.1"): "Leistung231",
    ("LeistungSpezialisierung", None): "Spezialisierung",
    ("Organisationseinheit", "2.2.0"): "Organisationseinheit220",
    ("Organisationseinheit", None): "Organisationseinheit",
    ("Zustaendigkeit", None): "ZustaendigkeitTransferObjekt",
}


def class_schema_name(klasse: str, version: str) -> str:
    return CLASS_SCHEMAS.get((klasse, version)) or CLASS_SCHEMAS[(klasse, None)]


@cache
def schemas() -> dict[str, dict]:
    """All component schemas by name: the FIM Portal's and ours."""
    document = json.loads(OPENAPI_PATH.read_text(encoding="utf-8"))
    return {**document["components"]["schemas"], **OWN_SCHEMAS}


@cache
def _document() -> dict:
    return {"components": {"schemas": schemas()}}


@cache
def _registry() -> Registry:
    # One resource holds every component, so "#/components/schemas/X" refs resolve.
    resource = Resource.from_contents(
        {"$schema": "https://json-schema.org/draft/2020-12/schema", **_document()}
    )
    return Registry().with_resource("urn:xzufi:components", resource)


def json_schema_errors(schema_name: str, instance: object) -> list[str]:
    """Validation errors of `instance` against one component, each with its JSON path."""
    validator = Draft202012Validator(
        {"$ref": "urn:xzufi:components" + REF_PREFIX + schema_name},
        registry=_registry(),
    )
    return [
        f"{error.json_path}: {error.message}"
        for error in sorted(validator.iter_errors(instance), key=lambda e: e.json_path)
    ]


def resolve(schema: dict) -> dict:
    """Follow a $ref to its component."""
    while "$ref" in schema:
        schema = schemas()[schema["$ref"].removeprefix(REF_PREFIX)]
    return schema


def ref_name(schema: dict) -> str | None:
    ref = schema.get("$ref")
    return ref.removeprefix(REF_PREFIX) if ref else None


# Pluggable validation of a whole message: (format, version, payload) → problems.
Validator = Callable[[str, str, object], list[str]]
VALIDATORS: list[Validator] = []


def register_validator(validator: Validator) -> Validator:
    """Add a message validator (e.g. an XSD check once the XSD is public)."""
    VALIDATORS.append(validator)
    return validator
