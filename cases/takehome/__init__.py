"""The take-home grader's pure half: tasks, data sets, bundles, upload checks, scoring, sandboxed re-runs
and the report. No ORM in here; the worker and the commands call these functions."""
from .bundle import bundle_write, hidden_labels_write, task_data, task_json
from .pipeline import STAGES, grade, stage_holdout, stage_rerun, stage_static
from .report import dimension_score, report_build, report_text
from .sandbox import RunResult, SandboxLimits, sandbox_available, sandbox_run
from .scoring import holdout_score, predictions_check, predictions_compare, score_findings
from .tasks import TaskSpec, UnknownTask, task_context, task_get, task_list
from .uploads import UploadError, UploadLimits, code_validate, safe_extract, submission_validate

__all__ = [
    "STAGES", "RunResult", "SandboxLimits", "TaskSpec", "UnknownTask", "UploadError", "UploadLimits",
    "bundle_write", "code_validate", "dimension_score", "grade", "hidden_labels_write", "holdout_score",
    "predictions_check", "predictions_compare", "report_build", "report_text", "safe_extract", "sandbox_available",
    "sandbox_run", "score_findings", "stage_holdout", "stage_rerun", "stage_static", "submission_validate",
    "task_context", "task_data", "task_get", "task_json", "task_list",
]
