"""Re-running a candidate's code in a bubblewrap sandbox.

What the code sees: a fresh scratch directory (its working directory, read-
write) holding the public bundle files and the candidate's project, read-only
``/usr`` and the few ``/etc`` files the dynamic loader needs, the Python
installation and virtualenv that run it (read-only), private ``/tmp``,
``/dev`` and ``/proc``. No network (``--unshare-net``: only a loopback), no
view of the project tree, the hidden labels or any home directory.

Bounds, applied with setrlimit before bubblewrap starts and inherited by
everything inside: CPU seconds (per process; SIGXCPU then SIGKILL), address
space, file size (also bounds the captured output), no core files, and the
number of processes. The kernel counts RLIMIT_NPROC per real user and does
not enforce it for root, so when the grader runs as root the code is moved to
an unprivileged uid of its own before it starts (bubblewrap keeps only the
capability to change uid, which is gone after the switch, and sets
no_new_privs). A wall-clock bound kills bubblewrap's process group; its
PID-namespace init dies with it, which kills every process left inside, and
any process of the sandbox uid still alive is then killed by pid.

Not bounded: disk use in the scratch directory beyond the per-file size
bound, and CPU time summed over several processes (the wall clock bounds it).
"""
from __future__ import annotations

import errno
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .uploads import notebook_load, notebook_to_script

BWRAP = os.environ.get("TAKEHOME_BWRAP", "/usr/bin/bwrap")
SETPRIV = "/usr/bin/setpriv"
SANDBOX_UID_BASE = int(os.environ.get("TAKEHOME_SANDBOX_UID_BASE", "61000"))
SANDBOX_DIR = "/sandbox"  # the working directory inside the sandbox
TAIL_BYTES = 8 * 1024
PREDICTIONS_FILE = "predictions.csv"
NOTEBOOK_SCRIPT = "_notebook_as_script.py"
ETC_FILES = ("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/localtime", "/etc/nsswitch.conf",
             "/etc/mime.types")
TOP_LEVEL_LINKS = ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
ENV = {
    "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": SANDBOX_DIR, "TMPDIR": "/tmp", "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8", "USER": "candidate", "LOGNAME": "candidate", "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1", "PYTHONUNBUFFERED": "1", "MPLBACKEND": "Agg", "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "NUMEXPR_NUM_THREADS": "1", "LOKY_MAX_CPU_COUNT": "1",
}


class SandboxUnavailable(RuntimeError):
    pass


@dataclass(frozen=True)
class SandboxLimits:
    cpu_seconds: int = 300
    memory_mb: int = 3072
    processes: int = 64
    wall_seconds: int = 600
    output_mb: int = 64

    @classmethod
    def from_bounds(cls, bounds) -> "SandboxLimits":
        return cls(cpu_seconds=bounds.cpu_seconds, memory_mb=bounds.memory_mb, processes=bounds.processes,
                   wall_seconds=bounds.wall_seconds, output_mb=bounds.output_mb)


@dataclass
class RunResult:
    status: str  # "ok" | "failed" | "timeout" | "killed"
    seconds: float
    log_tail: str
    predictions_path: Path | None
    reason: str
    returncode: int | None = None

    def to_dict(self) -> dict:
        return {"status": self.status, "seconds": round(self.seconds, 3), "log_tail": self.log_tail,
                "reason": self.reason}


def sandbox_available() -> bool:
    return os.access(BWRAP, os.X_OK)


def _python_binds(python: str) -> list[str]:
    """Directories an interpreter needs: its virtualenv and the installation it points to."""
    exe = Path(python).absolute()
    dirs = set()
    venv = exe.parent.parent
    if (venv / "pyvenv.cfg").exists():
        dirs.add(venv)
    real = exe.resolve()
    dirs.add(real.parent.parent)
    args = []
    for directory in sorted(dirs, key=lambda d: len(d.parts)):
        if directory == Path("/usr") or Path("/usr") in directory.parents:
            continue
        args += ["--ro-bind", str(directory), str(directory)]
    return args


def _parents_visible(paths: list[str]) -> list[str]:
    """bubblewrap creates missing parents as 0700 root-owned directories; make them traversable."""
    args, seen = [], set()
    for path in paths:
        for parent in reversed(Path(path).parents):
            if str(parent) in ("/", "/usr") or str(parent) in seen or Path("/usr") in parent.parents:
                continue
            seen.add(str(parent))
            args += ["--perms", "0755", "--dir", str(parent)]
    return args


def bwrap_command(*, scratch: Path, argv: list[str], python: str, uid: int | None) -> list[str]:
    cmd = [BWRAP, "--die-with-parent", "--new-session", "--unshare-ipc", "--unshare-pid", "--unshare-net",
           "--unshare-uts", "--unshare-cgroup-try", "--hostname", "sandbox", "--clearenv"]
    if uid is None:
        cmd += ["--unshare-user"]
    else:
        cmd += ["--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
    cmd += ["--ro-bind", "/usr", "/usr"]
    for link in TOP_LEVEL_LINKS:
        if os.path.islink(link):
            cmd += ["--symlink", os.readlink(link), link]
        elif os.path.isdir(link):
            cmd += ["--ro-bind", link, link]
    for item in ETC_FILES:
        cmd += ["--ro-bind-try", item, item]
    cmd += ["--proc", "/proc", "--dev", "/dev", "--perms", "1777", "--tmpfs", "/dev/shm", "--perms", "1777", "--tmpfs", "/tmp"]
    binds = _python_binds(python)
    cmd += _parents_visible([binds[i + 2] for i in range(0, len(binds), 3)])
    cmd += binds
    cmd += ["--bind", str(scratch), SANDBOX_DIR, "--chdir", SANDBOX_DIR]
    for key, value in ENV.items():
        cmd += ["--setenv", key, value]
    if uid is not None:
        if os.path.exists(SETPRIV):
            cmd += [SETPRIV, f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--inh-caps=-all", "--"]
        else:
            cmd += [python, "-E", "-s", "-c", "import os,sys; u=int(sys.argv[1]); os.setgroups([]); "
                    "os.setgid(u); os.setuid(u); os.execv(sys.argv[2], sys.argv[2:])", str(uid)]
    return cmd + argv


def _limits_preexec(limits: SandboxLimits):
    def apply() -> None:
        os.setsid()
        memory = limits.memory_mb * 1024 * 1024
        output = limits.output_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 2))
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_FSIZE, (output, output))
        resource.setrlimit(resource.RLIMIT_NPROC, (limits.processes, limits.processes))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        os.umask(0o022)
    return apply


def _tail(path: Path, size: int) -> str:
    with open(path, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        end = handle.tell()
        handle.seek(max(0, end - size))
        data = handle.read()
    text = data.decode("utf-8", errors="replace")
    return ("…" + text) if end > size else text


def _chown_tree(root: Path, uid: int) -> None:
    os.chown(root, uid, uid)
    for base, dirs, files in os.walk(root):
        for name in dirs + files:
            os.lchown(os.path.join(base, name), uid, uid)


def sandbox_uid() -> int | None:
    """The uid the code runs as, or None to keep the caller's (then RLIMIT_NPROC counts all its processes)."""
    if os.geteuid() != 0:
        return None
    return SANDBOX_UID_BASE + os.getpid() % 1000


def script_for(entry: Path) -> Path:
    """The file to run: the entry point itself, or a notebook's code cells as a script next to it."""
    if entry.suffix.lower() != ".ipynb":
        return entry
    notebook = notebook_load(entry.read_text(encoding="utf-8-sig"), name=entry.name)
    script = entry.with_name(NOTEBOOK_SCRIPT)
    script.write_text(notebook_to_script(notebook).source, encoding="utf-8")
    return script


def _predictions_file(scratch: Path) -> Path | None:
    """The predictions the run wrote, if a regular file (a symlink could point the grader anywhere)."""
    path = scratch / PREDICTIONS_FILE
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    return path if stat.S_ISREG(info.st_mode) else None


def _signal_reason(signum: int, limits: SandboxLimits) -> str:
    if signum == signal.SIGXCPU:
        return f"CPU-time bound of {limits.cpu_seconds} s reached (SIGXCPU)"
    if signum == signal.SIGXFSZ:
        return f"file-size/output bound of {limits.output_mb} MB reached (SIGXFSZ)"
    if signum == signal.SIGKILL:
        return f"killed (SIGKILL): CPU-time bound of {limits.cpu_seconds} s or memory bound of {limits.memory_mb} MB"
    return f"killed by signal {signal.Signals(signum).name}"


def sandbox_run(*, scratch: str | Path, entry: str, limits: SandboxLimits = SandboxLimits(),
                python: str | None = None, log_path: str | Path | None = None,
                tail_bytes: int = TAIL_BYTES) -> RunResult:
    """Run ``entry`` (a path relative to ``scratch``) with ``scratch`` as the sandbox's working directory.

    ``scratch`` must already hold what the code may see (bundle files and the
    project); a stale predictions.csv in it is removed first. The output goes
    to ``log_path`` (outside the scratch directory; default: next to it).
    """
    if not sandbox_available():
        raise SandboxUnavailable(f"bubblewrap not found at {BWRAP}; install the bubblewrap package")
    scratch = Path(scratch).resolve()
    python = python or sys.executable
    log_path = Path(log_path) if log_path else scratch.parent / f"{scratch.name}.log"
    (scratch / PREDICTIONS_FILE).unlink(missing_ok=True)
    script = script_for(scratch / entry)
    uid = sandbox_uid()
    if uid is not None:
        _chown_tree(scratch, uid)
    rel = script.relative_to(scratch).as_posix()
    cmd = bwrap_command(scratch=scratch, argv=[python, "-E", "-s", rel], python=python, uid=uid)
    started = time.monotonic()
    timed_out = False
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                preexec_fn=_limits_preexec(limits), close_fds=True)
        try:
            returncode = proc.wait(timeout=limits.wall_seconds)
        except subprocess.TimeoutExpired:
            timed_out = True
            _kill_group(proc.pid)
            returncode = proc.wait()
        finally:
            _kill_group(proc.pid)
    if uid is not None:
        _kill_uid(uid)
    seconds = time.monotonic() - started
    tail = _tail(log_path, tail_bytes)
    predictions = _predictions_file(scratch)
    if timed_out:
        return RunResult("timeout", seconds, tail, None, f"wall-clock bound of {limits.wall_seconds} s reached; "
                         f"the whole process group was killed", returncode)
    if returncode < 0 or returncode > 128:
        signum = -returncode if returncode < 0 else returncode - 128
        return RunResult("killed", seconds, tail, None, _signal_reason(signum, limits), returncode)
    if returncode != 0:
        reason = f"exited with status {returncode}"
        if log_path.stat().st_size >= limits.output_mb * 1024 * 1024:
            reason += f" after its output reached the {limits.output_mb} MB bound"
        elif "MemoryError" in tail or "Unable to allocate" in tail:
            reason += f" after running out of memory (bound: {limits.memory_mb} MB of address space)"
        elif "Temporary failure in name resolution" in tail or "Network is unreachable" in tail:
            reason += " after trying to reach the network, which the re-run does not have"
        return RunResult("failed", seconds, tail, None, reason, returncode)
    if predictions is None:
        return RunResult("failed", seconds, tail, None, f"exited normally but wrote no {PREDICTIONS_FILE} in its "
                         f"working directory", returncode)
    return RunResult("ok", seconds, tail, predictions, "completed", returncode)


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except OSError as exc:
        if exc.errno != errno.ESRCH:
            raise


def _uid_pids(uid: int) -> list[int]:
    pids = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    pids.append(int(entry.name))
            except FileNotFoundError:
                pass
    return pids


def _kill_uid(uid: int, *, timeout: float = 5.0) -> None:
    """Wait until no process of the sandbox uid is left, killing stragglers (the namespace teardown is
    asynchronous)."""
    deadline = time.monotonic() + timeout
    while pids := _uid_pids(uid):
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if time.monotonic() > deadline:
            break
        time.sleep(0.02)


def scratch_prepare(*, scratch: str | Path, bundle_dir: str | Path, project_dir: str | Path | None = None,
                    files: list[str | Path] = ()) -> Path:
    """A fresh scratch directory: the project's files, then the bundle files (the bundle's data wins)."""
    scratch = Path(scratch)
    if scratch.exists():
        shutil.rmtree(scratch)
    if project_dir is not None:
        shutil.copytree(project_dir, scratch, symlinks=False)
    else:
        scratch.mkdir(parents=True)
    for item in list(files):
        shutil.copyfile(item, scratch / Path(item).name)
    for item in Path(bundle_dir).iterdir():
        if item.is_file():
            shutil.copyfile(item, scratch / item.name)
    return scratch
