"""Users_API_example_public.ipynb, cell by cell, against this server: log-on, check-in and the upload area.

c:\\windows\\win.ini is stood in for by src/test/resources/clients/win.ini: the text the notebook printed,
with Windows line ends, 167 bytes as JESS recorded. The upload-area replies are compared whole: the
same files give the same tree (jess-api.md §8).
"""
import pytest
import requests

from conftest import FIXTURES, RESOURCES
from recorded import assert_contains, assert_shape, json_type

WIN_INI = RESOURCES / "win.ini"


@pytest.fixture(scope="module")
def session(api, account):
    """The notebook's auth cell; later cells replace the cookies as the notebook does."""
    headers = {'Content-Type': 'application/json'}
    body = {"email": account["email"], "password": account["password"]}
    r = requests.post(api["UserApi"] + 'auth', headers=headers, json=body)
    return {"auth": r, "cookies": r.cookies}


def test_info_is_the_recorded_version_object(api, users_notebook):
    r = requests.get(api["UserApi"] + 'info')
    assert r.status_code == 200
    assert_shape(r.json(), users_notebook.reply("UserApi + 'info'"))
    info = r.json()
    assert json_type(info['Update']) == "integer" and info['Update'] == 0, info
    for k in ('Major', 'Minor', 'Revision'):
        assert json_type(info[k]) == "integer", info
    assert isinstance(info['Release'], str) and isinstance(info['Title'], str)


def test_auth_answers_as_recorded(session, account, users_notebook):
    r = session["auth"]
    assert_shape(r.json(), users_notebook.reply("UserApi + 'auth'"))
    assert_contains(r.json(), {'ok': True, 'status': 'Logged in successfully!', 'jwt': 'Session token in cookie',
                               'user': account["user"], 'email': account["email"]})


def test_checkin_with_no_body_renews_the_session(api, session, account, users_notebook):
    old = session["cookies"].get("session_token")
    r = requests.post(api["UserApi"] + 'checkin', cookies=session["cookies"])
    assert r.status_code == 200, r.text
    if r.json()['ok']:
        session["cookies"] = r.cookies
    assert_shape(r.json(), users_notebook.reply("UserApi + 'checkin'"))
    assert_contains(r.json(), {'ok': True, 'status': 'Session renewed successfully!', 'jwt': 'Session key cookie',
                               'user': account["user"], 'email': account["email"]})
    new = r.cookies.get("session_token")
    assert new and new != old, f"check-in must set a new cookie: {r.headers}"


def test_file_upload_to_a_folder(api, session, users_notebook):
    assert WIN_INI.stat().st_size == 167
    folder = "test/0"
    with open(WIN_INI, 'rb') as f:
        files = {'file': f}
        r = requests.post(api["UserApi"] + 'files/' + folder, files=files, cookies=session["cookies"])
    assert r.status_code == 200, r.text
    assert_contains(r.json(), users_notebook.reply("folder = \"test/0\"\nfiles ="))


def test_folder_tree_is_as_recorded(api, session, users_notebook):
    folder = "test/0"
    r = requests.get(api["UserApi"] + 'files/' + folder, cookies=session["cookies"])
    assert r.status_code == 200, r.text
    assert_contains(r.json(), users_notebook.reply("folder = \"test/0\"\nr = requests.get"))


def test_file_downloads_as_uploaded(api, session, users_notebook):
    filepath = "test/0/win.ini"
    r = requests.get(api["UserApi"] + 'files/' + filepath, cookies=session["cookies"])
    assert r.status_code == 200, r.text
    assert r.content == WIN_INI.read_bytes()
    assert r.text.replace("\r\n", "\n") + "\n" == users_notebook.printed("filepath = \"test/0/win.ini\"")


def test_zip_upload_to_the_root_is_unpacked(api, session, users_notebook):
    folder = ""
    with open(FIXTURES / 'job_example' / 'Shoebox_v8.9.zip', 'rb') as f:
        files = {'file': f}
        r = requests.post(api["UserApi"] + 'files/' + folder, files=files, cookies=session["cookies"])
    assert r.status_code == 200, r.text
    assert_contains(r.json(), users_notebook.reply("Shoebox_v8.9.zip"))
    session["handle"] = r.json()['fileHandle']


def test_unpacked_tree_has_the_recorded_files(api, session, users_notebook):
    folder = session.get("handle", "Shoebox_v8.9")
    r = requests.get(api["UserApi"] + 'files/' + folder, cookies=session["cookies"])
    assert r.status_code == 200, r.text
    assert_contains(r.json(), users_notebook.reply("folder = r.json()['fileHandle']"))


def test_delete_removes_the_folder(api, session, users_notebook):
    filepath = 'Shoebox_v8.9'
    r = requests.delete(api["UserApi"] + 'files/' + filepath, cookies=session["cookies"])
    assert r.status_code == 200, r.text
    assert_contains(r.json(), users_notebook.reply("requests.delete"))
    gone = requests.get(api["UserApi"] + 'files/' + filepath, cookies=session["cookies"])
    assert gone.status_code != 200 or gone.json().get("ok") is False, gone.text
