"""JSON form ⇄ XML, driven by the schemas, so both directions stay in step.

Element names are the JSON keys in lowerCamelCase (`modul_text` → `modulText`, a final
`_id` as `ID`: `leistung_id` → `leistungID`, as XÖV and the PVOG's parsers write it). Building
blocks follow the XÖV conventions the PVOG's parsers read: an Identifikator is text with
`schemeAgencyID` & co. as attributes, a localised string is text with `languageCode`, a
code value is a child `code` without namespace (a RawCode adds `listURI` and
`listVersionID`), a choice between structures (Kosten fix/frei/variabel, Frist Dauer/
Stichtag) is a child element named after the chosen structure. Elements the schema does
not know are kept verbatim in the object's `_extra_xml` so a re-export loses nothing.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from . import mapping
from .schema import ref_name, resolve

ID_ATTRIBUTES = {
    "scheme_agency_id": "schemeAgencyID",
    "scheme_agency_name": "schemeAgencyName",
    "scheme_data_uri": "schemeDataURI",
    "scheme_id": "schemeID",
    "scheme_name": "schemeName",
    "scheme_uri": "schemeURI",
    "scheme_version_id": "schemeVersionID",
}
# Element names that are not the mechanical camelCase of their key.
RENAMES = {"referenz_leika": "referenzLeiKa"}
LIST_URIS = {"leika_textmodul": mapping.TEXT_MODULE_LIST_URI}
EXTRA_XML = "_extra_xml"


class MessageError(ValueError):
    """A message that cannot be read; the text names the element path."""


def element_name(key: str) -> str:
    if key in RENAMES:
        return RENAMES[key]
    head, *rest = key.split("_")
    if rest and rest[-1] == "id":  # XÖV writes ID: leistungID, gebietID
        return head + "".join(p[:1].upper() + p[1:] for p in rest[:-1]) + "ID"
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _kind(schema: dict) -> str:
    name = ref_name(schema)
    if name == "Identifikator":
        return "id"
    if name in ("StringLocalized", "HtmlStringLocalized"):
        return "localized"
    if name == "RawCode":
        return "rawcode"
    if name == "Amount":
        return "amount"
    target = resolve(schema)
    if "enum" in target:
        return "code"
    return target.get("type", "any")


def _branches(schema: dict) -> list[dict]:
    return [b for b in schema.get("anyOf", [schema]) if b.get("type") != "null"]


def complete(value: dict, schema_name: str) -> dict:
    """Fill every required property we left out with its empty value (null or [])."""
    schema = resolve({"$ref": "#/components/schemas/" + schema_name})
    result = {}
    for key, prop in schema.get("properties", {}).items():
        if key in value:
            result[key] = value[key]
        elif key in schema.get("required", []):
            result[key] = [] if prop.get("type") == "array" else None
    for key in value:
        if key not in result:
            result[key] = value[key]
    return result


# --- JSON form → XML -------------------------------------------------------------


def to_xml(parent: ET.Element, ns: str, key: str, value: Any, schema: dict) -> None:
    """Append `value` (of `schema`) as element(s) named after `key` to `parent`."""
    if value is None or value == []:
        return
    if schema.get("type") == "array":
        for item in value:
            to_xml(parent, ns, key, item, schema["items"])
        return
    branches = _branches(schema)
    tag = f"{{{ns}}}{element_name(key)}"
    object_branches = [b for b in branches if resolve(b).get("type") == "object"]
    if len(object_branches) > 1 and isinstance(value, dict):
        # A choice: wrap in an element named after the chosen structure.
        element = ET.SubElement(parent, tag)
        branch = _matching_branch(object_branches, value)
        name = _structure_name(branch)
        _write_value(element, ns, value, branch, f"{name[:1].lower()}{name[1:]}")
        return
    schema = branches[0] if branches else schema
    element = ET.SubElement(parent, tag)
    _fill(element, ns, key, value, schema)


def _structure_name(branch: dict) -> str:
    """The structure a choice branch names (`…__KostenFix` → `KostenFix`)."""
    name = ref_name(branch)
    if name is None:
        # A choice is told apart by the referenced structure's name; an inline branch has none.
        raise ValueError(f"Auswahlzweig ohne $ref im Schema: {branch!r}")
    return name.split("__")[-1]


def _matching_branch(branches: list[dict], value: dict) -> dict:
    for branch in branches:
        if set(resolve(branch).get("required", [])) == set(value) - {EXTRA_XML}:
            return branch
    raise ValueError(f"Keine passende Struktur für {sorted(value)}")


def _write_value(
    parent: ET.Element, ns: str, value: Any, schema: dict, name: str
) -> None:
    element = ET.SubElement(parent, f"{{{ns}}}{name}")
    _fill(element, ns, name, value, schema)


def _fill(element: ET.Element, ns: str, key: str, value: Any, schema: dict) -> None:
    kind = _kind(schema)
    if kind == "id":
        element.text = value["value"]
        for json_key, attribute in ID_ATTRIBUTES.items():
            if value.get(json_key) is not None:
                element.set(attribute, value[json_key])
    elif kind == "localized":
        element.set("languageCode", value["language_code"])
        element.text = value["_value"] or ""
    elif kind == "rawcode":
        element.set("listURI", value["list_uri"])
        element.set("listVersionID", value["list_version_id"])
        ET.SubElement(element, "code").text = value["code"]
        if value.get("name") is not None:
            ET.SubElement(element, "name").text = value["name"]
    elif kind == "amount":
        element.set("currencyCode", value["currency_code"])
        element.text = _number(value["value"])
    elif kind == "code":
        if key in LIST_URIS:
            element.set("listURI", LIST_URIS[key])
        ET.SubElement(element, "code").text = str(value)
    elif kind == "object":
        target = resolve(schema)
        for child_key, child_schema in target.get("properties", {}).items():
            to_xml(element, ns, child_key, value.get(child_key), child_schema)
        for fragment in value.get(EXTRA_XML, []):
            element.append(ET.fromstring(fragment))
    elif kind == "boolean":
        element.text = "true" if value else "false"
    elif kind in ("integer", "number"):
        element.text = _number(value)
    else:
        element.text = str(value)


def _number(value: float | int) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


# --- XML → JSON form -------------------------------------------------------------


def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def from_xml(element: ET.Element, schema: dict, path: str) -> Any:
    """The JSON form of `element` read as `schema`; unknown children kept verbatim."""
    branches = _branches(schema)
    object_branches = [b for b in branches if resolve(b).get("type") == "object"]
    if len(object_branches) > 1:
        children = list(element)
        if len(children) != 1:
            raise MessageError(f"{path}: genau eine Struktur erwartet")
        child = children[0]
        for branch in object_branches:
            name = _structure_name(branch)
            if local_name(child.tag) == name[:1].lower() + name[1:]:
                return _read(child, branch, f"{path}/{local_name(child.tag)}")
        raise MessageError(f"{path}/{local_name(child.tag)}: unbekannte Struktur")
    return _read(element, branches[0] if branches else schema, path)


def _read(element: ET.Element, schema: dict, path: str) -> Any:
    kind = _kind(schema)
    text = element.text or ""
    if kind == "id":
        if not text.strip():
            raise MessageError(f"{path}: Identifikator ohne Wert")
        value = {key: element.get(attr) for key, attr in ID_ATTRIBUTES.items()}
        return {**value, "value": text.strip()}
    if kind == "localized":
        language_code = element.get("languageCode")
        if not language_code:
            raise MessageError(f"{path}: Attribut languageCode fehlt")
        return {"language_code": language_code, "_value": text}
    if kind == "rawcode":
        code = element.find("code")
        if code is None or element.get("listURI") is None:
            raise MessageError(f"{path}: code und listURI erforderlich")
        name = element.find("name")
        return {
            "list_uri": element.get("listURI"),
            "list_version_id": element.get("listVersionID") or "",
            "code": code.text or "",
            "name": name.text if name is not None else None,
        }
    if kind == "amount":
        return {
            "currency_code": element.get("currencyCode") or "EUR",
            "value": _parse_number(text, path),
        }
    if kind == "code":
        code = element.find("code")
        code_value = (code.text or "").strip() if code is not None else ""
        if not code_value:
            raise MessageError(f"{path}/code: Codewert fehlt")
        allowed = resolve(schema).get("enum")
        if allowed and code_value not in allowed:
            raise MessageError(f"{path}/code: unbekannter Code „{code_value}“")
        return code_value
    if kind == "object":
        return read_object(element, resolve(schema), path)
    if kind == "boolean":
        if text not in ("true", "false"):
            raise MessageError(f"{path}: true oder false erwartet")
        return text == "true"
    if kind == "integer":
        if not re.fullmatch(r"-?\d+", text.strip()):
            raise MessageError(f"{path}: ganze Zahl erwartet")
        return int(text)
    if kind == "number":
        return _parse_number(text, path)
    return text


def _parse_number(text: str, path: str) -> float | int:
    try:
        number = float(text)
    except ValueError:
        raise MessageError(f"{path}: Zahl erwartet") from None
    return int(number) if number.is_integer() else number


def read_object(element: ET.Element, schema: dict, path: str) -> dict:
    properties = schema.get("properties", {})
    by_name = {element_name(key): key for key in properties}
    result: dict[str, Any] = {}
    counts: dict[str, int] = {}
    extra: list[str] = []
    for child in element:
        name = local_name(child.tag)
        counts[name] = counts.get(name, 0) + 1
        child_path = f"{path}/{name}[{counts[name]}]"
        key = by_name.get(name)
        if key is None:
            extra.append(ET.tostring(child, encoding="unicode").strip())
            continue
        prop = properties[key]
        if prop.get("type") == "array":
            result.setdefault(key, []).append(
                from_xml(child, prop["items"], child_path)
            )
        elif key in result:
            raise MessageError(f"{child_path}: darf nur einmal vorkommen")
        else:
            result[key] = from_xml(child, prop, child_path)
    for key in schema.get("required", []):
        if key not in result:
            prop = properties[key]
            if prop.get("type") == "array":
                result[key] = []
            elif any(b.get("type") == "null" for b in prop.get("anyOf", [])):
                result[key] = None
            else:
                raise MessageError(f"{path}/{element_name(key)}: Pflichtelement fehlt")
    if extra:
        result[EXTRA_XML] = extra
    return result
