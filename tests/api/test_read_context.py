"""What a request looks up once is shared through one read context (cms/context.py),
and nothing outlives it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, CollectionViewRestriction

from cms.context import read_context
from cms.visibility import public_collection_ids, restricted_q

pytestmark = pytest.mark.django_db


def queries_of(*lookups) -> int:
    with read_context(), CaptureQueriesContext(connection) as queries:
        for lookup in lookups:
            lookup()
    return len(queries)


def test_inside_a_read_context_a_value_is_read_once():
    once = queries_of(restricted_q, public_collection_ids)

    assert once > 0
    assert queries_of(*[restricted_q, public_collection_ids] * 3) == once


def test_outside_a_read_context_every_lookup_reads_fresh_data():
    collection = Collection.get_first_root_node().add_child(name="Intern")
    assert collection.pk in public_collection_ids()

    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )

    assert collection.pk not in public_collection_ids()


def test_a_new_read_context_does_not_see_the_values_of_the_last(graphql):
    collection = Collection.get_first_root_node().add_child(name="Intern")
    with read_context():
        assert collection.pk in public_collection_ids()
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )

    with read_context():
        assert collection.pk not in public_collection_ids()
