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


PASSWORD = "correct horse 1"


def sign_in(client, rt, username: str, role: str = "professional"):  # type: ignore[no-untyped-def]
    """Create a user (a yiyang-2018 professional unless `role` says otherwise) and log `client` in as them."""
    from review import users

    profile = (
        users.Profile(name="王建国", policy_id="yiyang-2018")
        if role == "professional"
        else users.Profile(name=username)
    )
    with rt.sessions.begin() as session:
        users.create_user(session, username, PASSWORD, role, profile)
    answer = client.post("/api/v1/auth/login", json={"username": username, "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
    return client
