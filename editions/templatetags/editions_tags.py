"""The review bar of the translation editor."""

from django import template

from editions.languages import german_name
from editions.workflow import can_submit_for_review, review_actions

register = template.Library()


@register.inclusion_tag("editions/review_bar.html", takes_context=True)
def editions_review_bar(context, page) -> dict:
    user = context["request"].user
    state, actions = review_actions(page, user)
    return {
        "page": page,
        "language": german_name(page.locale.language_code),
        "can_submit": can_submit_for_review(page, user),
        "task_state": state,
        "actions": list(dict(actions).items()),
        "csrf_token": context.get("csrf_token"),
    }
