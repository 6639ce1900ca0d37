"""Where the server under test is, a fresh account on it, JESS's notebooks and the EnergyPlus fixtures.

Environment: JESS_BASE_URL (the server), JESS_ADMIN_EMAIL / JESS_ADMIN_PASSWORD (its admin, who makes
the accounts), JESS_FIXTURES (../shared/fixtures/jess-web-api), JESS_EP_HOME (/opt/jess-energyplus);
JESS_REQUIRE_ENERGYPLUS=1 turns a missing EnergyPlus from a skip into a failure.
"""
import os
import time
import uuid
from pathlib import Path

import pytest
import requests

from recorded import Notebook

REPO = Path(__file__).resolve().parents[3]
BASE = os.environ.get("JESS_BASE_URL", "http://127.0.0.1:8080").rstrip("/") + "/"
FIXTURES = Path(os.environ.get("JESS_FIXTURES", REPO.parent / "shared" / "fixtures" / "jess-web-api"))
EP_HOME = Path(os.environ.get("JESS_EP_HOME", "/opt/jess-energyplus"))
RESOURCES = REPO / "src" / "test" / "resources" / "clients"
TERMINAL = ("FINISHED", "CANCELED", "REJECTED")


@pytest.fixture(scope="session")
def api():
    """The notebooks' endpoint variables, on the server under test."""
    return {"ApiBase": BASE, "JessApi": BASE + "jess_web/api/", "UserApi": BASE + "users/api/"}


@pytest.fixture(scope="module")
def account(api):
    """A new user account, made by the admin through POST /users/api/users: e-mail, password, nickname."""
    admin = requests.post(api["UserApi"] + "auth", json={"email": os.environ["JESS_ADMIN_EMAIL"],
                                                         "password": os.environ["JESS_ADMIN_PASSWORD"]})
    assert admin.json()["ok"], f"admin log-on failed: {admin.text}"
    nick = "nb" + uuid.uuid4().hex[:10]
    me = {"email": nick + "@clients.example", "password": "pw-" + uuid.uuid4().hex, "user": nick}
    r = requests.post(api["UserApi"] + "users", json=me, cookies=admin.cookies)
    assert r.status_code == 200 and r.json()["ok"], f"account not created: {r.status_code} {r.text}"
    return me


@pytest.fixture(scope="session")
def jess_notebook():
    return Notebook(FIXTURES / "clients" / "JESS_API_example_public.ipynb")


@pytest.fixture(scope="session")
def users_notebook():
    return Notebook(FIXTURES / "clients" / "Users_API_example_public.ipynb")


@pytest.fixture(scope="session")
def energyplus():
    """The EnergyPlus 25.2 model and weather that .ci/install-energyplus.sh installs; skips when it is missing."""
    exe = EP_HOME / "bin" / "energyplus"
    if not os.access(exe, os.X_OK):
        if os.environ.get("JESS_REQUIRE_ENERGYPLUS") == "1":
            pytest.fail(f"EnergyPlus missing at {exe} although JESS_REQUIRE_ENERGYPLUS=1")
        pytest.skip("EnergyPlus is not installed: run .ci/install-energyplus.sh")
    return {"idf": EP_HOME / "fixtures" / "warehouse.idf", "epw": EP_HOME / "fixtures" / "chicago.epw"}


def await_terminal(jess_api, job_id, cookies, limit=180):
    """Polls job/status (as a client would) until the job is FINISHED, CANCELED or REJECTED; fails at the deadline."""
    deadline = time.monotonic() + limit
    while True:
        reply = requests.get(jess_api + "job/status/" + str(job_id), cookies=cookies).json()
        if reply.get("data") and reply["data"].get("status") in TERMINAL:
            return reply
        assert time.monotonic() < deadline, f"job {job_id} not done within {limit} s: {reply}"
        time.sleep(0.5)
