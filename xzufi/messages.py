"""XZuFi messages: write an export as XML or JSON form, read a message back.

Reading checks everything (well-formed, version, structure against the schemas, every
pluggable validator) and returns plain operations; nothing is written to the database
here. Errors name the element path.
"""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree as SafeET

from . import mapping
from .codec import EXTRA_XML, MessageError, from_xml, local_name, to_xml
from .export import Export
from .schema import VALIDATORS, class_schema_name, json_schema_errors

# XZuFi class ⇄ element inside `schreibe`.
ELEMENTS = {
    "Leistung": "leistung",
    "LeistungSpezialisierung": "spezialisierung",
    "Organisationseinheit": "organisationseinheit",
    "Zustaendigkeit": "zustaendigkeitTransferObjekt",
}
CLASSES = {element: klasse for klasse, element in ELEMENTS.items()}
JSON_FILES = {
    "Leistung": "leistungen.json",
    "LeistungSpezialisierung": "spezialisierungen.json",
    "Organisationseinheit": "organisationseinheiten.json",
    "Zustaendigkeit": "zustaendigkeiten.json",
}
ROOT = "xzufiNachricht"


@dataclass
class Operation:
    action: str  # "schreibe" | "loesche"
    klasse: str
    value: dict  # the object (schreibe) or its Identifikator (loesche)
    path: str


@dataclass
class Message:
    version: str
    operations: list[Operation] = field(default_factory=list)


def _schema_ref(klasse: str, version: str) -> dict:
    return {"$ref": "#/components/schemas/" + class_schema_name(klasse, version)}


def _id_schema() -> dict:
    return {"$ref": "#/components/schemas/Identifikator"}


# --- writing ---------------------------------------------------------------------


def write_xml(
    version: str, export: Export, deletions: Sequence[tuple[str, dict]] = ()
) -> str:
    """One message: schreibe for every object, then loesche for `deletions`."""
    ns = mapping.NAMESPACES[version]
    ET.register_namespace("xzufi", ns)
    root = ET.Element(f"{{{ns}}}{ROOT}", {"xzufiVersion": version})
    root.set("produkthersteller", "Lebenslagen CMS")
    root.set("produktbezeichnung", "Lebenslagen CMS XZuFi-Export")
    root.set("produktversion", "1")
    head = ET.SubElement(root, f"{{{ns}}}nachrichtenkopf")
    body = []
    for klasse, objects in export.classes():
        for obj in objects:
            schreibe = ET.Element(f"{{{ns}}}schreibe")
            to_xml(schreibe, ns, ELEMENTS[klasse], obj, _schema_ref(klasse, version))
            body.append(schreibe)
    for klasse, identifier in deletions:
        loesche = ET.Element(f"{{{ns}}}loesche", {"klasse": klasse})
        to_xml(loesche, ns, "id", identifier, _id_schema())
        body.append(loesche)
    content = "".join(ET.tostring(e, encoding="unicode") for e in body)
    # The message id is the content's hash: the same content gives the same file.
    ET.SubElement(head, f"{{{ns}}}nachrichtID").text = hashlib.sha256(
        content.encode()
    ).hexdigest()[:32]
    root.extend(body)
    ET.indent(root)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n"
    )


def json_objects(objects: list[dict]) -> list[dict]:
    """The JSON form holds exactly the FIM Portal's fields: no XML fragments."""
    return [{k: v for k, v in obj.items() if k != EXTRA_XML} for obj in objects]


def write_json(version: str, export: Export, directory: Path) -> list[Path]:
    """leistungen.json (FIM Portal form) and one file per other class, plus index.json."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for klasse, objects in export.classes():
        path = directory / JSON_FILES[klasse]
        path.write_text(_dumps(json_objects(objects)), encoding="utf-8")
        written.append(path)
    index = {
        "xzufi_version": version.replace(".", "_"),
        "dateien": {klasse: JSON_FILES[klasse] for klasse, _ in export.classes()},
    }
    (directory / "index.json").write_text(_dumps(index), encoding="utf-8")
    return [*written, directory / "index.json"]


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


# --- reading ---------------------------------------------------------------------


def read_xml(data: bytes) -> Message:
    try:
        root = SafeET.fromstring(data)
    except ET.ParseError as error:
        raise MessageError(f"/: kein wohlgeformtes XML ({error})") from None
    except Exception as error:  # defusedxml refuses entities and DTDs
        raise MessageError(f"/: XML abgelehnt ({error})") from None
    path = "/" + local_name(root.tag)
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    version = root.get("xzufiVersion")
    if version not in mapping.VERSIONS:
        raise MessageError(
            f"{path}/@xzufiVersion: Version „{version}“ wird nicht unterstützt "
            f"(erwartet {' oder '.join(mapping.VERSIONS)})"
        )
    if namespace != mapping.NAMESPACES[version]:
        raise MessageError(
            f"{path}: Namensraum „{namespace}“ passt nicht zu Version {version} "
            f"({mapping.NAMESPACES[version]})"
        )
    message = Message(version)
    counts: dict[str, int] = {}
    for child in root:
        name = local_name(child.tag)
        counts[name] = counts.get(name, 0) + 1
        child_path = f"{path}/{name}[{counts[name]}]"
        if name in ("nachrichtenkopf", "transaktionID", "transaktionPosition"):
            continue
        if name == "schreibe":
            message.operations.append(_read_schreibe(child, version, child_path))
        elif name == "loesche":
            message.operations.append(_read_loesche(child, child_path))
        else:
            raise MessageError(f"{child_path}: unerwartetes Element")
    for validator in VALIDATORS:
        if problems := validator("xml", version, data):
            raise MessageError("; ".join(problems))
    return message


def _read_schreibe(element: ET.Element, version: str, path: str) -> Operation:
    children = list(element)
    if len(children) != 1:
        raise MessageError(f"{path}: genau ein Objekt erwartet")
    child = children[0]
    name = local_name(child.tag)
    klasse = CLASSES.get(name)
    if klasse is None:
        raise MessageError(f"{path}/{name}: Objektklasse wird nicht unterstützt")
    value = from_xml(child, _schema_ref(klasse, version), f"{path}/{name}")
    _lift_extras(value, value)
    return Operation("schreibe", klasse, value, f"{path}/{name}")


def _lift_extras(value: object, top: dict) -> None:
    # Unknown elements are kept per object: nested ones are collected on the object.
    if isinstance(value, dict):
        for key, child in list(value.items()):
            if key == EXTRA_XML and value is not top:
                top.setdefault(EXTRA_XML, []).extend(value.pop(key))
            else:
                _lift_extras(child, top)
    elif isinstance(value, list):
        for item in value:
            _lift_extras(item, top)


def _read_loesche(element: ET.Element, path: str) -> Operation:
    klasse = element.get("klasse")
    # Onlinedienste are not held here; deleting one is tolerated like an unknown id.
    if klasse not in (*ELEMENTS, "Onlinedienst"):
        raise MessageError(f"{path}/@klasse: unbekannte Klasse „{klasse}“")
    ids = [c for c in element if local_name(c.tag) == "id"]
    if len(ids) != 1:
        raise MessageError(f"{path}/id: genau eine id erwartet")
    value = from_xml(ids[0], _id_schema(), f"{path}/id")
    return Operation("loesche", klasse, value, path)


def read_json_dir(directory: Path) -> Message:
    """A JSON-form export directory (index.json names the version and the files)."""
    try:
        index = json.loads((directory / "index.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise MessageError(f"index.json: nicht lesbar ({error})") from None
    version = str(index.get("xzufi_version", "")).replace("_", ".")
    if version not in mapping.VERSIONS:
        raise MessageError(
            f"index.json/xzufi_version: Version „{version}“ wird nicht unterstützt"
        )
    message = Message(version)
    for klasse, filename in index.get("dateien", {}).items():
        if klasse not in JSON_FILES:
            raise MessageError(f"index.json/dateien/{klasse}: unbekannte Klasse")
        try:
            objects = json.loads((directory / filename).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise MessageError(f"{filename}: nicht lesbar ({error})") from None
        if not isinstance(objects, list):
            raise MessageError(f"{filename}: eine Liste von Objekten erwartet")
        schema_name = class_schema_name(klasse, version)
        for position, obj in enumerate(objects):
            path = f"{filename}[{position}]"
            if errors := json_schema_errors(schema_name, obj):
                raise MessageError(f"{path}{errors[0].removeprefix('$')}")
            message.operations.append(Operation("schreibe", klasse, obj, path))
    for validator in VALIDATORS:
        if problems := validator("json", version, index):
            raise MessageError("; ".join(problems))
    return message


def read_leistungen_json(path: Path) -> Message:
    """A bare list of Leistung objects in the FIM Portal's form (as the FIM library
    hands them out); the version is the one whose schema every object satisfies."""
    try:
        objects = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise MessageError(f"{path.name}: nicht lesbar ({error})") from None
    if not isinstance(objects, list):
        raise MessageError(f"{path.name}: eine Liste von Leistungen erwartet")
    problems = {}
    for version in reversed(mapping.VERSIONS):
        schema_name = class_schema_name("Leistung", version)
        for position, obj in enumerate(objects):
            if errors := json_schema_errors(schema_name, obj):
                problems[version] = (
                    f"{path.name}[{position}]{errors[0].removeprefix('$')}"
                )
                break
        else:
            message = Message(version)
            message.operations = [
                Operation("schreibe", "Leistung", obj, f"{path.name}[{i}]")
                for i, obj in enumerate(objects)
            ]
            return message
    raise MessageError(
        " / ".join(f"als {version}: {problem}" for version, problem in problems.items())
    )


def read_path(path: Path) -> Message:
    if path.is_dir():
        return read_json_dir(path)
    if path.suffix == ".json":
        return read_leistungen_json(path)
    return read_xml(path.read_bytes())
