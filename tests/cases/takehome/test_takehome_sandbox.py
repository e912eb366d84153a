"""The sandbox: no network, nothing but the scratch directory, bounded CPU, memory, processes and output."""
import subprocess

import pytest

from cases.takehome.sandbox import SandboxLimits, sandbox_available, sandbox_run, sandbox_uid

pytestmark = pytest.mark.skipif(not sandbox_available(), reason="bubblewrap is not installed")

LIMITS = SandboxLimits(cpu_seconds=3, memory_mb=512, processes=24, wall_seconds=8, output_mb=2)


def run(tmp_path, code, *, limits=LIMITS, name="main.py"):
    scratch = tmp_path / "scratch"
    scratch.mkdir(exist_ok=True)
    (scratch / name).write_text(code)
    return sandbox_run(scratch=scratch, entry=name, limits=limits, log_path=tmp_path / "run.log")


def leftover_processes():
    uid = sandbox_uid()
    if uid is None:
        return []
    out = subprocess.run(["ps", "-o", "pid=", "-u", str(uid)], capture_output=True, text=True).stdout
    return out.split()


def test_ok_run_writes_predictions_and_sees_only_its_directory(tmp_path):
    result = run(tmp_path, "import os, json\nprint(json.dumps(sorted(os.listdir('.'))))\n"
                           "print('ROOT', sorted(os.listdir('/')))\n"
                           "open('predictions.csv', 'w').write('id,prediction\\n')\n")
    assert result.status == "ok", result.log_tail
    assert result.predictions_path == tmp_path / "scratch" / "predictions.csv"
    root = result.log_tail.split("ROOT ")[1]
    assert "'home'" not in root and "'srv'" not in root and "'mnt'" not in root


def test_hidden_labels_next_to_the_project_cannot_be_read(tmp_path):
    labels = tmp_path / "labels.csv"  # a sibling of the scratch directory, and an absolute path
    labels.write_text("snapshot_id,churned_next_month\nsnap-1,1\n")
    code = ("import os\n"
            f"for path in ['../labels.csv', {str(labels)!r}, '/work/main/manage.py', '/root/.bashrc']:\n"
            "    try:\n"
            "        open(path).read()\n"
            "        print('READ', path)\n"
            "    except OSError as exc:\n"
            "        print('DENIED', path, type(exc).__name__)\n"
            "print('PARENT', sorted(os.listdir('..')))\n")
    result = run(tmp_path, code)
    assert result.status == "failed"  # wrote no predictions
    assert "READ" not in result.log_tail
    assert result.log_tail.count("DENIED") == 4
    parent = result.log_tail.split("PARENT ")[1].splitlines()[0]
    assert "labels.csv" not in parent and "home" not in parent  # '..' of the working directory is '/'


def test_no_network(tmp_path):
    code = ("import socket\n"
            "s = socket.socket()\ns.settimeout(3)\n"
            "s.connect(('1.1.1.1', 80))\n")
    result = run(tmp_path, code)
    assert result.status == "failed"
    assert "Network is unreachable" in result.log_tail
    assert "network" in result.reason


def test_infinite_loop_is_stopped_by_the_cpu_bound(tmp_path):
    # A generous wall clock: on a busy machine 3 CPU-seconds take longer than 3 s.
    limits = SandboxLimits(cpu_seconds=3, memory_mb=512, processes=24, wall_seconds=30, output_mb=2)
    result = run(tmp_path, "while True:\n    pass\n", limits=limits)
    assert result.status == "killed" and "CPU-time" in result.reason
    assert result.seconds < limits.wall_seconds
    assert leftover_processes() == []


def test_sleeping_code_is_stopped_by_the_wall_clock(tmp_path):
    limits = SandboxLimits(cpu_seconds=30, memory_mb=512, processes=24, wall_seconds=2, output_mb=2)
    result = run(tmp_path, "import os, time\nif os.fork() == 0:\n    os.setsid()\ntime.sleep(60)\n", limits=limits)
    assert result.status == "timeout" and 2 <= result.seconds < 6
    assert leftover_processes() == []  # the child that left the session died too


def test_memory_hog_is_stopped(tmp_path):
    result = run(tmp_path, "chunks = []\nwhile True:\n    chunks.append(bytearray(64 * 1024 * 1024))\n")
    assert result.status == "failed" and "memory" in result.reason
    assert "MemoryError" in result.log_tail


def test_fork_bomb_is_bounded_and_stopped(tmp_path):
    count = ("import os, time\n"
             "n = 0\n"
             "try:\n"
             "    while True:\n"
             "        if os.fork() == 0:\n"
             "            time.sleep(30)\n"
             "            os._exit(0)\n"
             "        n += 1\n"
             "except OSError as exc:\n"
             "    print('FORKS', n, exc.errno, flush=True)\n")
    result = run(tmp_path, count)
    forks = int(result.log_tail.split("FORKS ")[1].split()[0])
    assert forks < LIMITS.processes  # EAGAIN at the process bound
    assert result.status == "failed"  # no predictions
    assert leftover_processes() == []  # the sleeping children were killed with the sandbox
    short = SandboxLimits(cpu_seconds=3, memory_mb=512, processes=24, wall_seconds=3, output_mb=2)
    bomb = run(tmp_path, "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n",
               limits=short)
    assert bomb.status in ("timeout", "killed")
    assert leftover_processes() == []


def test_output_is_bounded_and_only_its_tail_kept(tmp_path):
    result = run(tmp_path, "import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n")
    assert result.status in ("failed", "killed") and "output" in result.reason
    assert (tmp_path / "run.log").stat().st_size <= LIMITS.output_mb * 1024 * 1024
    assert len(result.log_tail) <= 8 * 1024 + 1


def test_a_predictions_symlink_is_not_followed(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("secret")
    result = run(tmp_path, f"import os\nos.symlink({str(secret)!r}, 'predictions.csv')\n")
    assert result.status == "failed" and result.predictions_path is None


def test_notebooks_run_as_their_code_cells(tmp_path):
    import json
    notebook = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
        {"cell_type": "code", "id": "a", "metadata": {}, "outputs": [], "execution_count": None,
         "source": "%pip install nothing\nrows = ['id,prediction', 'x,0.5']"},
        {"cell_type": "code", "id": "b", "metadata": {}, "outputs": [], "execution_count": None,
         "source": "open('predictions.csv', 'w').write('\\n'.join(rows) + '\\n')"},
    ]}
    result = run(tmp_path, json.dumps(notebook), name="analysis.ipynb")
    assert result.status == "ok", result.log_tail
    assert result.predictions_path.read_text() == "id,prediction\nx,0.5\n"


def test_the_project_python_stack_is_available(tmp_path):
    result = run(tmp_path, "import numpy, pandas, sklearn\nprint('OK', pandas.__version__)\n"
                           "open('predictions.csv', 'w').write('')\n",
                 limits=SandboxLimits(cpu_seconds=20, memory_mb=2048, processes=32, wall_seconds=30, output_mb=2))
    assert result.status == "ok" and "OK" in result.log_tail, result.log_tail
