"""Admin integration of the editions."""

from django.urls import path
from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def editions_urls():
    return [
        path(
            "editions/submit/<int:page_id>/",
            views.submit_translation_for_review,
            name="editions_submit_for_review",
        ),
    ]
