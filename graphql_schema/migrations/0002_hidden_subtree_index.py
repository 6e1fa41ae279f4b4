"""A partial index on the few pages that are not live but have children.

The visibility rule hides their subtrees and looks them up on every uncached request;
without the index that is a scan of the whole page table.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("graphql_schema", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS lebenslagen_hidden_parent_idx "
            "ON wagtailcore_page (path) WHERE live = false AND numchild > 0",
            reverse_sql="DROP INDEX IF EXISTS lebenslagen_hidden_parent_idx",
        )
    ]
