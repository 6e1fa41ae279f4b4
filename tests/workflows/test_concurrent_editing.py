"""Two editors save the same page: the second is warned, nothing is overwritten silently."""

import pytest
from django.test import Client
from django.urls import reverse

from catalogue.models import ServicePage
from catalogue.services import CATALOGUE_EDITORS
from tests.admin_forms import service_form_data
from tests.factories import user_in_groups

pytestmark = pytest.mark.django_db


def test_the_second_editor_is_warned_and_both_versions_are_kept():
    page = ServicePage.objects.get(leika_key="99115033001000")
    opened_revision = page.get_latest_revision()
    anna, ben = Client(), Client()
    anna.force_login(user_in_groups("anna", CATALOGUE_EDITORS))
    ben.force_login(user_in_groups("ben", CATALOGUE_EDITORS))
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))

    # Both opened the page at the same revision; Anna saves first.
    anna.post(
        url,
        service_form_data(
            page, teaser="Annas Fassung", loaded_revision_id=opened_revision.pk
        ),
    )
    response = ben.post(
        url,
        service_form_data(
            page, teaser="Bens Fassung", loaded_revision_id=opened_revision.pk
        ),
        follow=True,
    )

    messages = [str(m) for m in response.context["messages"]]
    assert any("anna hat diese Seite" in m for m in messages), messages
    teasers = [r.as_object().teaser for r in page.revisions.order_by("created_at")]
    assert teasers[-2:] == ["Annas Fassung", "Bens Fassung"]


def test_no_warning_without_a_concurrent_save():
    page = ServicePage.objects.get(leika_key="99115033001000")
    client = Client()
    client.force_login(user_in_groups("anna", CATALOGUE_EDITORS))
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        service_form_data(
            page, teaser="Neu", loaded_revision_id=page.get_latest_revision().pk
        ),
        follow=True,
    )
    assert not any("Achtung" in str(m) for m in response.context["messages"])
