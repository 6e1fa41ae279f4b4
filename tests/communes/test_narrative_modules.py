"""A narrative module is declared once, on the model (`ServicePage.MODULES`): each one
is a field of the API's Service type and is resolved for a commune, with no other
list to extend."""

import pytest
from graphene.utils.str_converters import to_camel_case

from catalogue.models import ServicePage
from communes.models import CommuneServicePage
from communes.resolution import LOCALISABLE_FIELDS, resolve_services
from graphql_schema.public_schema import schema

from .conftest import MUNICIPALITY_ARS, publish

pytestmark = pytest.mark.django_db


def local_text(module: str) -> str:
    return (
        f"Radebeul: {module}." if module == "teaser" else f"<p>Radebeul: {module}.</p>"
    )


@pytest.fixture
def every_module_replaced(scenario):
    adaptation = scenario.municipality_adaptation
    for module in ServicePage.MODULES:
        setattr(adaptation, f"local_{module.name}", local_text(module.name))
        setattr(adaptation, f"{module.name}_mode", "replace")
    publish(adaptation)
    return scenario


def test_every_module_is_a_field_of_the_service_type_with_its_description():
    service_type = schema.graphql_schema.get_type("Service")

    for module in ServicePage.MODULES:
        field = service_type.fields[to_camel_case(module.name)]
        assert field.description == module.description, module.name


def test_every_module_has_a_local_text_and_mode_on_the_adaptation():
    for module in ServicePage.MODULES:
        CommuneServicePage._meta.get_field(f"local_{module.name}")
        CommuneServicePage._meta.get_field(f"{module.name}_mode")


def test_every_module_is_localisable():
    assert set(ServicePage.NARRATIVE_MODULES) <= set(LOCALISABLE_FIELDS)


def test_every_module_is_resolved_for_the_commune(every_module_replaced):
    (resolved,) = resolve_services(
        [every_module_replaced.service], every_module_replaced.municipality
    )

    for module in ServicePage.MODULES:
        assert resolved.modules[module.name] == local_text(module.name)
        assert module.name in resolved.localised_fields


def test_every_module_is_served_resolved_by_the_api(graphql, every_module_replaced):
    names = [to_camel_case(module.name) for module in ServicePage.MODULES]
    query = (
        f'{{ service(leikaKey: "97000000000001", commune: "{MUNICIPALITY_ARS}") '
        f"{{ {' '.join(names)} localisedFields }} }}"
    )

    service = graphql(query).data["service"]

    for module, name in zip(ServicePage.MODULES, names, strict=True):
        assert service[name] == local_text(module.name)
        assert name in service["localisedFields"]
