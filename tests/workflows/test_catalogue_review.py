"""Two-step review of central services in the real admin: submit, review, publish."""

import pytest
from django.core import mail
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
TEASER_QUERY = '{ service(leikaKey: "99115033001000") { teaser } }'
NEW_TEASER = "Die Meldebescheinigung gibt es jetzt auch sofort als PDF."


@pytest.fixture
def page() -> ServicePage:
    return ServicePage.objects.get(leika_key=KEY)


@pytest.fixture
def editor():
    return user_in_groups("redakteurin", CATALOGUE_EDITORS)


@pytest.fixture
def reviewer():
    return user_in_groups("pruefer", CATALOGUE_REVIEWERS)


@pytest.fixture
def publisher():
    return user_in_groups("freigeber", CATALOGUE_PUBLISHERS)


def edit_form(page: ServicePage, **changes) -> dict:
    """The edit form of a service as the browser posts it, with `changes` applied."""
    return service_form_data(page, **changes)


def post_edit(client, page, **extra):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        edit_form(page, teaser=NEW_TEASER, **extra),
    )


def approve(client, page, action="approve", comment="Fachlich geprüft."):
    state = WorkflowState.objects.for_instance(page).get(
        status=WorkflowState.STATUS_IN_PROGRESS
    )
    return client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=(page.pk, action, state.current_task_state.pk),
        ),
        {"comment": comment},
    )


def test_a_catalogue_editor_cannot_publish_directly(client, page, editor, graphql):
    client.force_login(editor)
    live_teaser = page.teaser

    response = post_edit(client, page, **{"action-publish": "action-publish"})

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.teaser == live_teaser
    assert page.has_unpublished_changes
    assert graphql(TEASER_QUERY).data["service"]["teaser"] == live_teaser


def test_submit_review_and_approval_publish_the_page(
    client,
    page,
    editor,
    reviewer,
    publisher,
    graphql,
    django_capture_on_commit_callbacks,
):
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_edit(client, page, **{"action-submit": "action-submit"})
    assert response.status_code == 302
    state = WorkflowState.objects.for_instance(page).get(
        status=WorkflowState.STATUS_IN_PROGRESS
    )
    assert state.current_task_state.task.name == "Fachliche Prüfung"
    assert reviewer.email in [address for m in mail.outbox for address in m.to]
    assert graphql(TEASER_QUERY).data["service"]["teaser"] != NEW_TEASER

    client.force_login(reviewer)
    approve(client, page)
    state.refresh_from_db()
    assert state.current_task_state.task.name == "Freigabe und Veröffentlichung"
    assert graphql(TEASER_QUERY).data["service"]["teaser"] != NEW_TEASER

    client.force_login(publisher)
    approve(client, page, comment="Freigegeben.")

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert graphql(TEASER_QUERY).data["service"]["teaser"] == NEW_TEASER


def test_a_rejection_returns_the_page_to_the_editor(
    client, page, editor, reviewer, graphql, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    post_edit(client, page, **{"action-submit": "action-submit"})
    mail.outbox.clear()

    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        approve(
            client, page, action="reject", comment="Bitte Rechtsgrundlage ergänzen."
        )

    state = WorkflowState.objects.for_instance(page).latest("created_at")
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert editor.email in [address for m in mail.outbox for address in m.to]
    assert graphql(TEASER_QUERY).data["service"]["teaser"] != NEW_TEASER
    # The editor can work on it again.
    client.force_login(editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert edit.status_code == 200


def test_a_commune_moderator_cannot_approve_catalogue_tasks(
    client, page, editor, graphql
):
    client.force_login(editor)
    post_edit(client, page, **{"action-submit": "action-submit"})

    client.force_login(user_in_groups("radebeul-mod", "Radebeul Moderators"))
    response = approve(client, page)

    assert response.status_code in (302, 403)
    state = WorkflowState.objects.for_instance(page).get(
        status=WorkflowState.STATUS_IN_PROGRESS
    )
    assert state.current_task_state.task.name == "Fachliche Prüfung"
    assert graphql(TEASER_QUERY).data["service"]["teaser"] != NEW_TEASER


def test_the_history_records_who_submitted_and_approved(client, page, editor, reviewer):
    client.force_login(editor)
    post_edit(client, page, **{"action-submit": "action-submit"})
    client.force_login(reviewer)
    approve(client, page)

    from wagtail.models import PageLogEntry

    actions = list(
        PageLogEntry.objects.filter(page=page).values_list("action", "user__username")
    )
    assert ("wagtail.workflow.start", "redakteurin") in actions
    assert ("wagtail.workflow.approve", "pruefer") in actions
    history = client.get(reverse("wagtailadmin_pages:history", args=(page.pk,)))
    assert history.status_code == 200
    assert "pruefer" in history.content.decode()
