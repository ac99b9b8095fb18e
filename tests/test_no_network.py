"""The analysis never opens a network connection: sockets are blocked in a fresh interpreter."""
import json
import subprocess
import sys

from conftest import SEED

BLOCKER = """
import socket
def refuse(*args, **kwargs):
    raise RuntimeError("network access attempted")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
"""


def test_analysis_without_network(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(BLOCKER)
    env = {"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "articlekit", "analyze", str(SEED), "--tokens"],
                            capture_output=True, env=env)
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["entities"]
    probe = subprocess.run([sys.executable, "-c", "import socket; socket.create_connection(('127.0.0.1', 9))"],
                           capture_output=True, env=env)
    assert b"network access attempted" in probe.stderr  # the blocker really is active
