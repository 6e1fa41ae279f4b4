"""What `manage.py benchmark` runs: each mode a function from its options to a report.

- `comparison`: the journeys both APIs answer, our GraphQL API cold and warm, REST API v2
  and the ceiling, optionally on a baseline database too;
- `expensive`: the costliest request shapes, one at a time, with server time;
- `load`: all portal journeys mixed, drawn from the whole catalogue, while an editor
  publishes.
"""
