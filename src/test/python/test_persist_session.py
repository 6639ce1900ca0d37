"""JESS's persist_session.py, unchanged, against this server.

Its session sends 'Content-Type: application/json' on every call, so its check-in is a POST with that
type and no body; its post() really sends a GET with a JSON body. Both must work (jess-api.md §2, §7).
"""
import getpass
import importlib.util
from datetime import date

import pytest

from conftest import FIXTURES


@pytest.fixture(scope="module")
def persist_session():
    spec = importlib.util.spec_from_file_location("persist_session", FIXTURES / "clients" / "persist_session.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def login(api, account, persist_session, monkeypatch, tmp_path):
    """Makes a PersistLoginSession as its author meant, the password typed in, its cache file in tmp_path."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": account["password"])

    def make(force):
        return persist_session.PersistLoginSession(api["UserApi"] + 'auth', account["email"],
                                                   api["UserApi"] + 'checkin', forceLogin=force)
    return make


def test_log_on_and_check_in(login):
    s = login(True)
    assert s.isLoggedIn
    token = s.session.cookies.get("session_token")
    assert token
    assert s.refresh() is True, "check-in with the session's JSON content type and no body failed"
    assert s.session.cookies.get("session_token") not in (None, token), "check-in must renew the cookie"


def test_session_from_the_cache_file_is_refreshed(login):
    login(True)
    again = login(False)
    assert again.isLoggedIn, "the cached session did not check in"


def test_post_which_sends_a_get_with_json_lists_jobs(api, account, login):
    s = login(True)
    dstr = date.today().strftime("%Y-%m-%d")
    r = s.post(api["JessApi"] + 'jobs', json={"since": dstr, "till": dstr})
    assert r.request.method == "GET"
    assert r.status_code == 200, r.text
    reply = r.json()
    assert reply["ok"] is True and reply["status"] == f"{account['user']} jobs available", reply
    assert isinstance(reply["data"], list)
    r = s.get(api["JessApi"] + 'jobs')
    assert r.status_code == 200 and r.json()["ok"] is True, r.text
