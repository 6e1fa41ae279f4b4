"""The committed SDL matches the code, and the schema satisfies the public contract."""

from pathlib import Path

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLObjectType,
    build_schema,
)

from graphql_schema.sdl import current_sdl

ROOT = Path(__file__).resolve().parents[2]
SDL_FILE = ROOT / "graphql_schema" / "schema.graphql"
# The contract is vendored, so the checks below always run; the original lives in the
# shared folder beside the project when it is checked out together with it.
CONTRACT_FILE = ROOT / "graphql_schema" / "api-contract.graphql"
SHARED_CONTRACT_FILE = ROOT.parent / "shared" / "api-contract.graphql"


def test_the_committed_sdl_matches_the_code():
    assert SDL_FILE.read_text() == current_sdl(), (
        "graphql_schema/schema.graphql is out of date: run `make schema` and commit it."
    )


@pytest.mark.skipif(
    not SHARED_CONTRACT_FILE.exists(),
    reason=f"The shared contract is not checked out at {SHARED_CONTRACT_FILE}.",
)
def test_the_vendored_contract_is_the_shared_one():
    assert CONTRACT_FILE.read_text() == SHARED_CONTRACT_FILE.read_text(), (
        "The shared API contract changed: copy it to graphql_schema/api-contract.graphql."
    )


@pytest.fixture(scope="module")
def contract():
    return build_schema(CONTRACT_FILE.read_text())


@pytest.fixture(scope="module")
def ours():
    return build_schema(current_sdl())


def contract_types(contract):
    return {
        name: type_
        for name, type_ in contract.type_map.items()
        if not name.startswith("__")
        and name not in {"String", "Int", "Float", "Boolean", "ID"}
    }


def test_every_contract_type_field_and_argument_exists_with_its_type(contract, ours):
    problems = []
    for name, expected in contract_types(contract).items():
        actual = ours.type_map.get(name)
        if actual is None or type(actual) is not type(expected):
            problems.append(f"type {name} missing or of another kind")
            continue
        if isinstance(expected, GraphQLEnumType):
            missing = set(expected.values) - set(actual.values)
            if missing:
                problems.append(f"enum {name} lacks {sorted(missing)}")
            continue
        if not isinstance(expected, GraphQLObjectType):
            continue
        for field_name, field in expected.fields.items():
            ours_field = actual.fields.get(field_name)
            if ours_field is None:
                problems.append(f"{name}.{field_name} missing")
                continue
            if str(ours_field.type) != str(field.type):
                problems.append(
                    f"{name}.{field_name}: {ours_field.type} instead of {field.type}"
                )
            for arg_name, arg in field.args.items():
                ours_arg = ours_field.args.get(arg_name)
                if ours_arg is None:
                    problems.append(f"{name}.{field_name}({arg_name}) missing")
                elif str(ours_arg.type) != str(arg.type):
                    problems.append(
                        f"{name}.{field_name}({arg_name}): {ours_arg.type} "
                        f"instead of {arg.type}"
                    )
                elif arg.default_value != ours_arg.default_value:
                    problems.append(
                        f"{name}.{field_name}({arg_name}) default "
                        f"{ours_arg.default_value!r} instead of {arg.default_value!r}"
                    )
    assert problems == []


def test_every_contract_field_is_described(contract, ours):
    undocumented = [
        f"{name}.{field_name}"
        for name, expected in contract_types(contract).items()
        if isinstance(expected, GraphQLObjectType)
        for field_name in expected.fields
        if not ours.type_map[name].fields[field_name].description
    ]
    assert undocumented == []
