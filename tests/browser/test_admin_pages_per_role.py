"""Every admin page an editor opens works: for each role, the edit and create pages of
every page type in that role's scope, and every listing and report in its menu, load
without a console error or a Content Security Policy violation."""

from __future__ import annotations

import json

import pytest

from tests.browser.admin import admin_session, open_admin_page

CATALOGUE = "/portal/"
COMMUNE = "/radebeul/"

# Page types each role edits (model, where) and creates (model, parent model, where).
CATALOGUE_SCOPE = {
    "edit": [
        ("catalogue.lifesituationindexpage", CATALOGUE),
        ("catalogue.lifesituationpage", CATALOGUE),
        ("catalogue.serviceindexpage", CATALOGUE),
        ("catalogue.servicepage", CATALOGUE),
        ("catalogue.authorityindexpage", CATALOGUE),
        ("catalogue.authoritypage", CATALOGUE),
    ],
    "create": [
        ("catalogue.lifesituationpage", "catalogue.lifesituationindexpage", CATALOGUE),
        ("catalogue.lifesituationpage", "catalogue.lifesituationpage", CATALOGUE),
        ("catalogue.servicepage", "catalogue.serviceindexpage", CATALOGUE),
        ("catalogue.authoritypage", "catalogue.authorityindexpage", CATALOGUE),
    ],
}
COMMUNE_SCOPE = {
    "edit": [
        ("communes.communepage", COMMUNE),
        ("communes.communeserviceindexpage", COMMUNE),
        ("communes.communeservicepage", COMMUNE),
        ("catalogue.authorityindexpage", COMMUNE),
        ("catalogue.authoritypage", COMMUNE),
        ("communes.contentpage", COMMUNE),
    ],
    "create": [
        ("communes.communeservicepage", "communes.communeserviceindexpage", COMMUNE),
        ("catalogue.authoritypage", "catalogue.authorityindexpage", COMMUNE),
        ("communes.contentpage", "communes.communepage", COMMUNE),
        ("communes.contentpage", "communes.contentpage", COMMUNE),
    ],
}
PLATFORM_SCOPE = {
    "edit": [("catalogue.cataloguerootpage", CATALOGUE)]
    + CATALOGUE_SCOPE["edit"]
    + COMMUNE_SCOPE["edit"],
    "create": [("communes.communepage", "wagtailcore.page", "/")]
    + CATALOGUE_SCOPE["create"]
    + COMMUNE_SCOPE["create"],
}
ROLES = {
    "redaktion": CATALOGUE_SCOPE,  # central editor
    "fachpruefung": CATALOGUE_SCOPE,  # central reviewer
    "freigabe": CATALOGUE_SCOPE,  # central publisher
    "radebeul-redaktion": COMMUNE_SCOPE,  # commune editor
    "radebeul-moderation": COMMUNE_SCOPE,  # commune moderator
    "admin": PLATFORM_SCOPE,
}


def menu_urls(page) -> list[str]:
    """The admin URLs of every menu and submenu item the user sees in the sidebar."""
    props = json.loads(page.locator("#wagtail-sidebar-props").text_content())
    urls: list[str] = []

    def walk(value) -> None:
        if isinstance(value, dict):
            url = value.get("url")
            if isinstance(url, str) and url.startswith("/admin/"):
                urls.append(url)
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    walk(props)
    return [url for url in dict.fromkeys(urls) if "logout" not in url]


def central_service_urls(page_ids) -> list[str]:
    """Views of the central catalogue every role opens: the service read-only (with its
    publications compared), its usage by the communes, and a commune's adaptation of it
    checked against central changes."""
    service = page_ids.first("catalogue.servicepage", CATALOGUE)
    (revision,) = page_ids.live_cms.query_one(
        "SELECT live_revision_id FROM wagtailcore_page WHERE id = %s", service
    )
    adaptation = page_ids.first("communes.communeservicepage", COMMUNE)
    return [
        f"/admin/communes/central-services/{service}/",
        f"/admin/communes/central-services/{service}/compare/{revision}...{revision}/",
        f"/admin/pages/{service}/usage/",
        f"/admin/communes/adaptations/{adaptation}/central-changes/",
    ]


def scope_urls(page_ids, scope: dict) -> list[str]:
    urls = central_service_urls(page_ids)
    for model, where in scope["edit"]:
        page_id = page_ids.first(model, where)
        urls.append(f"/admin/pages/{page_id}/edit/")
    for model, parent_model, where in scope["create"]:
        parent_id = 1 if parent_model == "wagtailcore.page" else None
        parent_id = parent_id or page_ids.first(parent_model, where)
        app_label, model_name = model.split(".")
        urls.append(f"/admin/pages/add/{app_label}/{model_name}/{parent_id}/")
    return urls


@pytest.mark.parametrize("username", list(ROLES))
def test_every_page_of_the_role_opens_without_errors(
    browser, live_cms, page_ids, username
):
    with admin_session(browser, live_cms.url, username) as page:
        urls = ["/admin/"] + menu_urls(page) + scope_urls(page_ids, ROLES[username])
        failures = []
        for url in urls:
            page.problems.clear()
            open_admin_page(page, live_cms.url + url)
            try:
                page.problems.assert_none(url)
            except AssertionError as error:
                failures.append(str(error))
        assert not failures, "\n\n".join(failures)
        assert len(urls) > 8  # the menu and the scope were really read
