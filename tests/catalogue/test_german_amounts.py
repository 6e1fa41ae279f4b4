"""Fees are entered and shown the way German editors write amounts („49,50“)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.blocks.struct_block import StructBlockValidationError

from catalogue.blocks import FeeBlock
from catalogue.models import ServicePage
from catalogue.services import CATALOGUE_EDITORS
from cms.formats import german_amount
from tests.admin_forms import service_form_data
from tests.factories import user_in_groups

PERSONALAUSWEIS = "99089001001000"  # first fee: 46,00 €


def fee_from_form(**fields: str):
    """FeeBlock's value from what the admin form posts, validated as on save."""
    block = FeeBlock()
    data = {"fee-description": "Gebühr", "fee-currency": "EUR"}
    data.update({f"fee-{name}": value for name, value in fields.items()})
    return block.clean(block.value_from_datadict(data, {}, "fee"))


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("49,50", Decimal("49.50")),
        ("49,5", Decimal("49.50")),
        ("49", Decimal("49")),
        ("1.500", Decimal("1500")),
        ("1.234,50 €", Decimal("1234.50")),
        ("49.50", Decimal("49.50")),
        (" 0,00 ", Decimal("0")),
    ],
)
def test_amounts_typed_the_german_way_mean_what_a_german_reader_reads(typed, amount):
    assert fee_from_form(amount=typed)["amount"] == amount


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"amount": "-5,00"}, "amount", "nicht negativ"),
        ({"amount": "4950000"}, "amount", "unplausibel"),
        ({"amount": "49,505"}, "amount", "zwei Stellen nach dem Komma"),
        ({"amount": "neunundvierzig"}, "amount", "z. B. „49,50“"),
        ({"amount": "50,00", "amount_max": "40,00"}, "amount_max", "nicht kleiner"),
        ({"amount_max": "40,00"}, "amount", "auch den Betrag"),
    ],
)
def test_implausible_fees_are_refused_with_a_german_message(fields, field, message):
    with pytest.raises(StructBlockValidationError) as refused:
        fee_from_form(**fields)
    errors = refused.value.block_errors
    assert message in " ".join(errors[field].messages), errors


def test_a_range_may_start_and_end_at_the_same_amount():
    fee = fee_from_form(amount="49,50", amount_max="49,50")
    assert fee["amount"] == fee["amount_max"] == Decimal("49.50")


def test_amounts_are_shown_in_german_notation():
    assert german_amount(Decimal("49.5")) == "49,50"
    assert german_amount(Decimal("1234.5")) == "1.234,50"
    assert german_amount(Decimal("0")) == "0,00"


@pytest.mark.django_db
def test_49_50_typed_in_the_admin_is_published_as_49_50_and_shown_so_again(graphql):
    page = ServicePage.objects.get(leika_key=PERSONALAUSWEIS)
    editor = Client()
    # A platform admin publishes directly (central editors go through review).
    editor.force_login(
        get_user_model().objects.create_superuser("chefin", "chefin@example.org", "pw")
    )
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    data = service_form_data(page)
    data["fees-0-value-amount"] = "49,50"

    response = editor.post(url, {**data, "action-publish": "publish"})
    assert response.status_code == 302, response.content.decode()[-3000:]

    page.refresh_from_db()
    assert page.fees[0].value["amount"] == Decimal("49.50")
    # The form shows the stored amount the way it was typed.
    assert "49,50" in editor.get(url).content.decode()
    served = graphql(
        f'{{ service(leikaKey: "{PERSONALAUSWEIS}") {{ fees {{ amount }} }} }}'
    )
    assert served.data["service"]["fees"][0]["amount"] == 49.5


@pytest.mark.django_db
def test_the_revision_comparison_shows_old_and_new_amount_in_euros():
    page = ServicePage.objects.get(leika_key=PERSONALAUSWEIS)
    before = page.get_latest_revision()
    editor = Client()
    editor.force_login(user_in_groups("anna", CATALOGUE_EDITORS))
    data = service_form_data(page)
    # The admin keeps each block's id, so the comparison pairs the fees up.
    data.update({f"fees-{i}-id": fee.id for i, fee in enumerate(page.fees)})
    data["fees-0-value-amount"] = "49,50"
    editor.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
    page.refresh_from_db()
    after = page.get_latest_revision()
    assert after.pk != before.pk

    compare = reverse(
        "wagtailadmin_pages:revisions_compare",
        args=(page.pk, before.pk, after.pk),
    )
    html = editor.get(compare).content.decode()
    assert (
        '<span class="deletion">46,00 €</span> → <span class="addition">49,50 €</span>'
        in html
    )
    compared = " ".join(re.findall(r'<td class="comparison">(.*?)</td>', html, re.S))
    assert "None" not in compared
    assert "46.0" not in compared
