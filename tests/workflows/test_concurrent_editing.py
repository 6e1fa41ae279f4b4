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


def autosave(client: Client, page: ServicePage, **fields) -> dict:
    """What Wagtail's autosave sends (the whole form, asking for JSON) and answers."""
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        service_form_data(page, **fields),
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 200, response.content[:500]
    return response.json()


def warnings_after_save(client: Client, page: ServicePage, **fields) -> list[str]:
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        service_form_data(page, **fields),
        follow=True,
    )
    return [str(m) for m in response.context["messages"] if "Achtung" in str(m)]


def test_saving_after_ones_own_autosaves_warns_nobody():
    page = ServicePage.objects.get(leika_key="99115033001000")
    opened = page.get_latest_revision()
    anna = Client()
    anna.force_login(user_in_groups("anna", CATALOGUE_EDITORS))
    loaded = {
        "loaded_revision_id": opened.pk,
        "loaded_revision_created_at": opened.created_at.isoformat(),
    }

    first = autosave(anna, page, teaser="Anna tippt", **loaded)
    # Later autosaves overwrite the editor's own autosaved revision.
    autosave(
        anna,
        page,
        teaser="Anna tippt weiter",
        overwrite_revision_id=first["revision_id"],
        **loaded,
    )
    # The edit form now names the autosaved revision as loaded (own-revision.js).
    own = page.revisions.get(pk=first["revision_id"])
    assert not warnings_after_save(
        anna,
        page,
        teaser="Annas Fassung",
        loaded_revision_id=own.pk,
        loaded_revision_created_at=own.created_at.isoformat(),
    )


def test_a_colleagues_save_after_ones_autosave_is_still_warned():
    page = ServicePage.objects.get(leika_key="99115033001000")
    opened = page.get_latest_revision()
    anna, ben = Client(), Client()
    anna.force_login(user_in_groups("anna", CATALOGUE_EDITORS))
    ben.force_login(user_in_groups("ben", CATALOGUE_EDITORS))

    own = autosave(
        anna,
        page,
        teaser="Anna tippt",
        loaded_revision_id=opened.pk,
        loaded_revision_created_at=opened.created_at.isoformat(),
    )
    ben_loaded = page.get_latest_revision()
    ben.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        service_form_data(
            page, teaser="Bens Fassung", loaded_revision_id=ben_loaded.pk
        ),
    )

    warnings = warnings_after_save(
        anna,
        page,
        teaser="Annas Fassung",
        loaded_revision_id=own["revision_id"],
        loaded_revision_created_at=own["revision_created_at"],
    )
    assert warnings and "ben hat diese Seite" in warnings[0], warnings
