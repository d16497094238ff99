"""A real uvicorn server on 127.0.0.1 in a thread of the test process: real sockets, event loop and threadpool."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from servers import free_port, wait_for


@contextmanager
def live_server(app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Serve `app` with uvicorn until the block ends; yields the base URL."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off",
                            timeout_keep_alive=30)  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True, name="uvicorn")
    thread.start()
    wait_for(lambda: server.started, timeout=30, what="uvicorn to start")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
