"""A throwaway PostgreSQL server in a temporary folder, for the tests and benchmarks of the store.

It needs PostgreSQL's server programs (Debian: `postgresql`; `scripts/setup-dev` installs them). The
server listens on a Unix socket in its own folder only, never on the network, and is removed on
`stop()`. PostgreSQL refuses to run as root: as root, the cluster is made and run as the `postgres`
user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from typing import Optional


def server_bin() -> Optional[str]:
    """The folder of `initdb` and `pg_ctl`: on PATH, or Debian's versioned folder (newest)."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return os.path.dirname(os.path.realpath(on_path))
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    return os.path.dirname(found[-1]) if found else None


class TempServer:
    """`settings` are server settings (`{"fsync": "off"}` for tests that need no durability)."""

    def __init__(self, settings: Optional[dict[str, str]] = None):
        self.settings = settings or {}
        programs = server_bin()
        if programs is None:
            raise RuntimeError("PostgreSQL's server programs (initdb, pg_ctl) are not installed")
        self.bin = programs
        self.folder = tempfile.mkdtemp(prefix="whosaid-pg-")
        self.data = os.path.join(self.folder, "data")
        self.user: Optional[str] = None
        if os.geteuid() == 0:
            self.user = "postgres"
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self.port = 5432 + os.getpid() % 1000 + 1
        self.url = f"postgresql:///postgres?host={self.folder}&port={self.port}&user=whosaid"

    def _run(self, *command: str) -> None:
        if self.user:
            command = ("runuser", "-u", self.user, "--", *command)
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=self.folder)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {(done.stderr or done.stdout).strip()[-500:]}")

    def start(self) -> "TempServer":
        self._run(os.path.join(self.bin, "initdb"), "-D", self.data, "-U", "whosaid", "-A", "trust",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        options = f"-k {self.folder} -c listen_addresses='' -p {self.port}" + "".join(
            f" -c {name}={value}" for name, value in self.settings.items())
        self._run(os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-o", options, "-w",
                  "-l", os.path.join(self.folder, "log"), "start")
        return self

    def stop(self) -> None:
        try:
            self._run(os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> "TempServer":
        return self.start()

    def __exit__(self, *_) -> None:
        self.stop()
