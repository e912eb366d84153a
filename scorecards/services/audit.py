from __future__ import annotations

from ..models import AuditEvent, Scorecard


def audit_record(*, actor, action: str, obj, before=None, after=None, reason: str = "") -> AuditEvent:
    return AuditEvent.objects.create(
        actor=actor if getattr(actor, "pk", None) else None, action=action,
        object_type=obj._meta.model_name, object_id=obj.pk,
        scorecard=obj if isinstance(obj, Scorecard) else None,
        before=before, after=after, reason=reason,
    )
