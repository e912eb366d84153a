import pytest

from cases.takehome.bundle import bundle_write, hidden_labels_write, task_data
from cases.takehome.tasks import task_get

from .support import CHURN, CHURN_SIZE, SUBMISSIONS, TEST_LIMITS, run_plain


@pytest.fixture(scope="session")
def churn_task():
    return task_get(CHURN).with_size(CHURN_SIZE).with_rerun(**TEST_LIMITS)


@pytest.fixture(scope="session")
def churn_files(churn_task, tmp_path_factory):
    """The public bundle and, apart from it, the hidden labels of the small churn task."""
    root = tmp_path_factory.mktemp("churn")
    data = task_data(task=churn_task)
    bundle = root / "bundle"
    bundle_write(churn_task, bundle, data=data)
    labels = hidden_labels_write(churn_task, root / "private" / "labels.csv", data=data)
    return {"root": root, "bundle": bundle, "labels": labels, "data": data}


@pytest.fixture(scope="session")
def honest_run(churn_files, tmp_path_factory):
    return run_plain(SUBMISSIONS / "honest.py", churn_files["bundle"], tmp_path_factory.mktemp("honest") / "run")


@pytest.fixture(scope="session")
def leaky_run(churn_files, tmp_path_factory):
    return run_plain(SUBMISSIONS / "leaky.py", churn_files["bundle"], tmp_path_factory.mktemp("leaky") / "run")
