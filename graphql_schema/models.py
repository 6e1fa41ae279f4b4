"""The response cache's generation, kept in PostgreSQL (see `generation.py`)."""

from django.db import models


class ResponseCacheGeneration(models.Model):
    """One row: bumped in the transaction of every change that can alter an answer."""

    value = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "Generation des Antwort-Caches"
        verbose_name_plural = "Generationen des Antwort-Caches"

    def __str__(self) -> str:
        return f"Generation {self.value}"
