"""Where take-home files live on disk.

Public bundles (what a candidate downloads) are cached under MEDIA_ROOT per task version; the hidden
holdout labels live under PRIVATE_ROOT, which no URL serves and the sandbox never mounts; accepted uploads
sit under MEDIA_ROOT/takehome/submissions, one folder per submission, never rewritten.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import uuid
import zipfile
from pathlib import Path

from django.conf import settings
from django.utils.text import get_valid_filename

from cases.takehome.bundle import BUNDLE_FILES, bundle_write, hidden_labels_write
from cases.takehome.tasks import TaskSpec

CHUNK = 1024 * 1024


def task_version(*, spec: TaskSpec) -> str:
    """A short hash of everything a bundle is built from; a changed task gets fresh files."""
    return hashlib.sha256(repr(spec).encode("utf-8")).hexdigest()[:16]


def media_root() -> Path:
    return Path(settings.MEDIA_ROOT)


def private_root() -> Path:
    return Path(settings.PRIVATE_ROOT)


def _publish_dir(build, final: Path) -> Path:
    """Build a folder next to `final` and rename it into place, so concurrent builders never see half a folder."""
    if final.exists():
        return final
    final.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{final.name}-", dir=final.parent))
    try:
        build(scratch)
        try:
            os.rename(scratch, final)
        except OSError:  # another process won the race; its copy is identical
            if not final.exists():
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return final


def bundle_dir(*, spec: TaskSpec) -> Path:
    """The task's public bundle files (brief.md, task.json, train.csv, test.csv) and their zip, built once."""
    final = media_root() / "takehome" / "bundles" / f"{spec.slug}-{task_version(spec=spec)}"

    def build(folder: Path) -> None:
        bundle_write(spec, folder)
        zip_path = folder / f"{spec.slug}.zip"
        with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name in BUNDLE_FILES:
                zf.write(folder / name, arcname=f"{spec.slug}/{name}")

    return _publish_dir(build, final)


def bundle_zip(*, spec: TaskSpec) -> Path:
    return bundle_dir(spec=spec) / f"{spec.slug}.zip"


def hidden_labels(*, spec: TaskSpec) -> Path:
    """The holdout labels of the task, under PRIVATE_ROOT only."""
    final = private_root() / "takehome" / f"{spec.slug}-{task_version(spec=spec)}"
    folder = _publish_dir(lambda folder: hidden_labels_write(spec, folder / "labels.csv"), final)
    return folder / "labels.csv"


def submission_folder_new(*, invitation_id: int) -> tuple[Path, str]:
    """A fresh, empty folder for one upload attempt: (absolute path, path relative to MEDIA_ROOT)."""
    relative = Path("takehome") / "submissions" / str(invitation_id) / uuid.uuid4().hex
    folder = media_root() / relative
    folder.mkdir(parents=True)
    return folder, relative.as_posix()


def upload_save(*, upload, folder: Path, field: str) -> tuple[Path, dict]:
    """Write an uploaded file into `folder/field/`, returning its path and {name, size, sha256}."""
    name = get_valid_filename(os.path.basename(upload.name or field)) or field
    target_dir = folder / field
    target_dir.mkdir(parents=True, exist_ok=True)
    path = target_dir / name
    digest = hashlib.sha256()
    size = 0
    with open(path, "wb") as out:
        for chunk in upload.chunks(CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
    return path, {"name": name, "size": size, "sha256": digest.hexdigest()}


def submission_path(*, storage_dir: str, field: str, name: str) -> Path:
    return media_root() / storage_dir / field / name


def folder_remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
