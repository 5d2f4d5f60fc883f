"""A proxy in front of a test's redis-server that kills a worker at one exact moment: as
soon as Redis has answered the ``nth`` command carrying ``needle`` (with an empty needle,
the ``nth`` read from the worker: a command, or a pipeline of them sent at once). Nothing
the worker sends after that reaches Redis, so the worker dies between that step and its
next one, where a random kill lands only once in many runs."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
from urllib.parse import urlsplit


class KillingProxy:
    def __init__(self, redis_url: str, needle: bytes = b"", nth: int = 1) -> None:
        parts = urlsplit(redis_url)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 6379)
        self.needle = needle
        self.left = nth  # commands carrying the needle still to let through, this one too
        self.count_lock = threading.Lock()
        self.victim: subprocess.Popen | None = None
        self.killed = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"redis://127.0.0.1:{self.listener.getsockname()[1]}/0"

    def start(self) -> None:
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self.listener.close()

    def __enter__(self) -> KillingProxy:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return  # closed
            server = socket.create_connection(self.upstream)
            armed = threading.Event()  # this connection sent the command: kill at its answer
            threading.Thread(target=self._up, args=(client, server, armed), daemon=True).start()
            threading.Thread(target=self._down, args=(server, client, armed), daemon=True).start()

    def _up(self, client: socket.socket, server: socket.socket, armed: threading.Event) -> None:
        seen = b""
        while not self.killed.is_set():
            try:
                chunk = client.recv(65536)
            except OSError:
                break
            if not chunk or self.killed.is_set():
                break
            seen = (seen[-len(self.needle) :] if self.needle else b"") + chunk  # split needle
            if self.needle in seen and self._last():
                armed.set()  # before the command goes: its answer must find it set
                server.sendall(chunk)
                return  # nothing more from this connection reaches Redis
            seen = b"" if self.needle in seen else seen  # counted once
            server.sendall(chunk)
        server.close()

    def _last(self) -> bool:
        """Count a command carrying the needle: whether it is the one to die at."""
        with self.count_lock:
            self.left -= 1
            return self.left == 0

    def _down(self, server: socket.socket, client: socket.socket, armed: threading.Event) -> None:
        while True:
            try:
                chunk = server.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            if armed.is_set() and self.victim is not None:
                os.kill(self.victim.pid, signal.SIGKILL)  # Redis has done the command
                self.killed.set()
                break
            if self.killed.is_set():
                break
            client.sendall(chunk)
        client.close()
        server.close()
