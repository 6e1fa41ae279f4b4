"""Translations are an editor's task: per language a translators' group works in its own
tree, each edition passes its „Sprachliche Prüfung“ before it is published, and the
German source never publishes or overwrites a translation."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from catalogue.models import ServicePage
from editions.languages import (
    edition_codes,
    fallback_chain,
    reviewers_group_name,
    translators_group_name,
)
from tests.editions.helpers import (
    client_for,
    review,
    segment_ids,
    start_translation,
    submit_for_review,
    translate_segment,
    translation_record,
)
from tests.factories import user_in_groups

pytestmark = pytest.mark.django_db

KEY = "99115030001000"  # Wohnsitz anmelden
HSB_TITLE = "Bydlenje přizjewić"


@pytest.fixture
def german() -> ServicePage:
    return ServicePage.objects.get(leika_key=KEY, locale__language_code="de")


@pytest.fixture
def translator():
    return user_in_groups("hsb-uebersetzerin", translators_group_name("hsb"))


@pytest.fixture
def reviewer():
    return user_in_groups("hsb-prueferin", reviewers_group_name("hsb"))


@pytest.fixture
def draft(translator, german) -> ServicePage:
    client = client_for(translator)
    page = start_translation(client, german, "hsb")
    assert translate_segment(client, page, "title", HSB_TITLE).status_code == 201
    return page


def test_leichte_sprache_is_an_edition_of_its_own_that_falls_back_to_german():
    assert edition_codes() == ["de", "de-x-ls", "en", "hsb"]
    assert fallback_chain("de-x-ls") == ["de-x-ls", "de"]
    assert Locale.objects.filter(language_code="de-x-ls").exists()


def test_a_new_translation_is_a_draft_in_its_language_tree(draft, german):
    assert draft.locale.language_code == "hsb"
    assert not draft.live
    assert draft.get_parent().locale.language_code == "hsb"
    assert draft.get_parent().live


def test_translator_submits_reviewer_approves_and_the_translation_is_published(
    draft, translator, reviewer
):
    response = submit_for_review(client_for(translator), draft)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.workflow_in_progress
    assert not draft.live
    assert draft.get_latest_revision_as_object().title == HSB_TITLE

    assert review(client_for(reviewer), draft).status_code == 302

    draft.refresh_from_db()
    assert draft.live
    assert draft.title == HSB_TITLE


def test_translator_cannot_publish_own_translation(draft, translator):
    client = client_for(translator)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]), {"action": "publish"}
    )
    # Wagtail answers a refused action with a redirect to the dashboard.
    assert (response.status_code, response.url) == (302, "/admin/")
    draft.refresh_from_db()
    assert not draft.live


def test_publishing_the_german_source_leaves_the_translation_alone(
    draft, translator, reviewer, german
):
    submit_for_review(client_for(translator), draft)
    review(client_for(reviewer), draft)
    draft.refresh_from_db()
    live_revision = draft.live_revision_id

    german.title = "Wohnsitz anmelden (neu)"
    german.teaser = "Neuer Kurztext."
    german.save_revision().publish()

    draft.refresh_from_db()
    assert draft.live_revision_id == live_revision
    assert draft.title == HSB_TITLE
    assert draft.latest_revision_id == live_revision


def test_publishing_the_german_source_does_not_publish_a_draft_translation(
    draft, german
):
    german.teaser = "Neuer Kurztext."
    german.save_revision().publish()

    draft.refresh_from_db()
    assert not draft.live


def test_syncing_translations_writes_drafts_never_publishes(draft, german, translator):
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.get_for_instance(german)
    german.teaser = "Neuer Kurztext."
    german.save_revision().publish()

    response = client_for(translator).post(
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        {"publish_translations": "on"},
    )

    assert response.status_code == 302
    draft.refresh_from_db()
    assert not draft.live


def test_translator_of_one_language_cannot_edit_or_start_another(
    draft, german, translator
):
    english_translator = user_in_groups("en-translator", translators_group_name("en"))
    english = start_translation(client_for(english_translator), german, "en")
    client = client_for(translator)

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    segment = translate_segment(client, english, "title", "Nicht meine Sprache")
    form = client.get(
        reverse("wagtail_localize:submit_page_translation", args=[german.pk])
    )

    assert (edit.status_code, edit.url) == (302, "/admin/")
    assert segment.status_code == 403
    offered = {
        locale.language_code
        for locale in form.context["form"].fields["locales"].queryset
    }
    assert offered == set()  # hsb exists already; en and de-x-ls are not theirs


def test_translators_get_every_module_fee_description_and_link_title(translator):
    german = ServicePage.objects.get(
        leika_key="99115033001000", locale__language_code="de"
    )
    page = start_translation(client_for(translator), german, "hsb")

    fields = {path.split(".")[0] for path in segment_ids(translation_record(page))}
    paths = set(segment_ids(translation_record(page)))

    assert {"title", "teaser", "full_text", "procedure", "required_documents"} <= fields
    assert any(p.startswith("fees.") and p.endswith(".description") for p in paths)
    assert any(p.startswith("legal_basis.") and p.endswith(".title") for p in paths)
    assert any(p.startswith("online_services.") and p.endswith(".title") for p in paths)
    assert "leika_key" not in fields  # the same key in every language
