"""What one editorial team may see of another's work in the admin, beyond page permissions.

Wagtail's page permissions keep editors out of other trees; a few admin views still name
objects by id whatever the user's permissions. These helpers narrow them to what the
user may see; `catalogue.wagtail_hooks` installs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Model, QuerySet
from django.shortcuts import redirect
from wagtail.admin import messages
from wagtail.documents.permissions import permission_policy as document_policy
from wagtail.images.permissions import permission_policy as image_policy
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

MEDIA_ACTIONS = ["add", "change", "delete", "choose"]


if TYPE_CHECKING:
    # The mixin only ever extends Wagtail's BulkAction (typed Any: Wagtail has no types).
    from wagtail.admin.views.bulk_action import BulkAction as _BulkActionBase
else:
    _BulkActionBase = object


def visible_to(user, model: type[Model]) -> QuerySet:
    """Objects of `model` the user may see in the admin at all."""
    if issubclass(model, Page):
        return page_permission_policy.explorable_instances(user)
    for policy in (image_policy, document_policy):
        if issubclass(model, policy.model):
            return policy.instances_user_has_any_permission_for(user, MEDIA_ACTIONS)
    return model._default_manager.none()


class VisibleItemsBulkActionMixin(_BulkActionBase):
    """A bulk action that names only items the user may see.

    Wagtail lists the items an action may not touch by title ("You don't have
    permission to delete these pages"), whatever ids the URL carries. Items the user
    may see keep that explanation; others are left out as if the ids did not exist.
    """

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        refused = extra.get("items_with_no_access", [])
        if refused and not self.request.user.is_superuser:
            visible = set(
                visible_to(self.request.user, self.model)
                .filter(pk__in=[item.pk for item in refused])
                .values_list("pk", flat=True)
            )
            extra["items_with_no_access"] = [
                item for item in refused if item.pk in visible
            ]
        return objects, extra

    def form_valid(self, form):
        # Moving pages: Wagtail names the chosen destination when it refuses the move
        # ("cannot be moved to …"), whatever page id was posted.
        destination = form.cleaned_data.get("chooser")
        user = self.request.user
        if (
            isinstance(destination, Page)
            and not user.is_superuser
            and not visible_to(user, Page).filter(pk=destination.pk).exists()
        ):
            messages.error(
                self.request,
                "Diese Zielseite gibt es nicht, oder Sie dürfen nichts dorthin "
                "verschieben.",
            )
            return redirect(self.request.get_full_path())
        return super().form_valid(form)


def scoped_bulk_actions() -> list[type]:
    """Wagtail's bulk actions for pages, images and documents, narrowed as above."""
    from wagtail.admin.views.pages.bulk_actions import (
        DeleteBulkAction,
        MoveBulkAction,
        PublishBulkAction,
        UnpublishBulkAction,
    )
    from wagtail.documents.views import bulk_actions as document_actions
    from wagtail.images.views import bulk_actions as image_actions

    originals = [DeleteBulkAction, MoveBulkAction, PublishBulkAction]
    originals += [UnpublishBulkAction]
    for module in (image_actions, document_actions):
        originals += [
            module.AddTagsBulkAction,
            module.AddToCollectionBulkAction,
            module.DeleteBulkAction,
        ]
    return [
        type(action.__name__, (VisibleItemsBulkActionMixin, action), {})
        for action in originals
    ]
