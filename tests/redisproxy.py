"""A proxy in front of a test's redis-server that kills a worker at one exact moment: as
soon as Redis has answered the first command carrying ``needle``. Nothing the worker sends
after that command reaches Redis, so the worker dies between that step and its next one,
where a random kill lands only once in many runs."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import threading
from urllib.parse import urlsplit


class KillingProxy:
    def __init__(self, redis_url: str, needle: bytes) -> None:
        parts = urlsplit(redis_url)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 6379)
        self.needle = needle
        self.victim: subprocess.Popen | None = None
        self.killed = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"redis://127.0.0.1:{self.listener.getsockname()[1]}/0"

    def __enter__(self) -> KillingProxy:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.listener.close()

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
            seen = seen[-len(self.needle) :] + chunk  # a needle split across two reads
            if self.needle in seen:
                armed.set()  # before the command goes: its answer must find it set
                server.sendall(chunk)
                return  # nothing more from this connection reaches Redis
            server.sendall(chunk)
        server.close()

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
