"""The dashboard leads: what awaits the user first, the final step says that it
publishes, and approving confirms what happened."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState

from catalogue.models import ServicePage
from catalogue.services import (
    CATALOGUE_EDITORS,
    CATALOGUE_PUBLISHERS,
    CATALOGUE_REVIEWERS,
)
from tests.admin_forms import service_form_data
from tests.factories import user_in_groups

pytestmark = pytest.mark.django_db

KEY = "99115033001000"  # Meldebescheinigung beantragen


@pytest.fixture
def submitted(client) -> ServicePage:
    page = ServicePage.objects.get(leika_key=KEY)
    client.force_login(user_in_groups("redakteurin", CATALOGUE_EDITORS))
    client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        service_form_data(page, teaser="Neu.", **{"action-submit": "action-submit"}),
        follow=True,  # read the submission's own message
    )
    return page


def approve_from_dashboard(client, page) -> list[str]:
    """Approve the current task as the dashboard's button does; the messages shown."""
    state = WorkflowState.objects.for_instance(page).get(
        status=WorkflowState.STATUS_IN_PROGRESS
    )
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=(page.pk, "approve", state.current_task_state.pk),
        )
        + "?next=/admin/",
        {"comment": ""},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/admin/"
    return [str(m) for m in response.context["messages"]]


def test_the_dashboard_starts_with_the_pages_awaiting_the_users_review(
    client, submitted
):
    client.force_login(user_in_groups("pruefer", CATALOGUE_REVIEWERS))
    html = client.get("/admin/").content.decode()
    panels = html.split('class="w-panel__heading')[1:]
    assert "Ihre Überprüfung steht aus" in panels[0]
    assert any("Überfällige Prüfungen" in panel for panel in panels[1:])
    awaiting = html.index("Ihre Überprüfung steht aus")
    assert "Meldebescheinigung beantragen" in html[awaiting:]


def test_approving_a_step_says_which_step_comes_next_and_the_last_that_it_published(
    client, submitted
):
    client.force_login(user_in_groups("pruefer", CATALOGUE_REVIEWERS))
    assert approve_from_dashboard(client, submitted) == [
        "„Meldebescheinigung beantragen“ freigegeben. "
        "Nächster Schritt: Freigabe und Veröffentlichung."
    ]

    client.force_login(user_in_groups("freigeber", CATALOGUE_PUBLISHERS))
    assert approve_from_dashboard(client, submitted) == [
        "„Meldebescheinigung beantragen“ freigegeben und veröffentlicht."
    ]
    submitted.refresh_from_db()
    assert submitted.teaser == "Neu."
