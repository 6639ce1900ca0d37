"""JESS's Create command (jess-api.md §8), sent as its clients send it: files first go to the upload area,
then POST jess_web/api/job with a JSON command names them; a re-run names the first job instead.
"""
import pytest
import requests

from conftest import await_terminal
from recorded import json_type

FOLDER = "create/warehouse"


@pytest.fixture(scope="module")
def cookies(api, account):
    r = requests.post(api["UserApi"] + 'auth', headers={'Content-Type': 'application/json'},
                      json={"email": account["email"], "password": account["password"]})
    return r.cookies


@pytest.fixture(scope="module")
def uploaded(api, cookies, energyplus):
    with open(energyplus["idf"], 'rb') as idf, open(energyplus["epw"], 'rb') as epw:
        files = [('file', ('warehouse.idf', idf)), ('file', ('in.epw', epw))]
        r = requests.post(api["UserApi"] + 'files/' + FOLDER, files=files, cookies=cookies)
    assert r.status_code == 200 and r.json().get("ok") is True, f"upload to {FOLDER} failed: {r.text}"
    return FOLDER


def create(api, cookies, **refs):
    """Sends the command with the given references (uploadRef and jobRef 0, or jobRef alone); returns the job id."""
    command = {"cmd": "Create", "caption": "Created from the upload area", "description": "Create command test",
               "main": "warehouse.idf", "weatherRef": ["in.epw"], "split": False,
               "subset": "DEFAULT", "caseList": []}
    command.update(refs)
    r = requests.post(api["JessApi"] + 'job', headers={'Content-Type': 'application/json'}, json=command,
                      cookies=cookies)
    assert r.status_code == 200, r.text
    reply = r.json()
    assert reply.get("ok") is True, f"Create refused: {reply}"
    assert json_type(reply["data"]) == "integer" and reply["status"] == f"Job {reply['data']} is created", reply
    return reply["data"]


@pytest.fixture(scope="module")
def first_job(api, cookies, uploaded):
    return create(api, cookies, uploadRef="/" + uploaded, jobRef=0)


def test_create_from_the_upload_area_runs_the_job(api, cookies, first_job):
    status = await_terminal(api["JessApi"], first_job, cookies)
    assert status["data"]["status"] == "FINISHED", status
    err = requests.get(api["JessApi"] + 'job/file/' + str(first_job) + '/eplusout.err', cookies=cookies)
    assert err.status_code == 200 and "EnergyPlus Completed Successfully" in err.text, err.text[:300]


def test_rerun_of_an_earlier_job_runs_its_files_again(api, cookies, first_job):
    again = create(api, cookies, jobRef=first_job)
    assert again != first_job
    status = await_terminal(api["JessApi"], again, cookies)
    assert status["data"]["status"] == "FINISHED", status
    tree = requests.get(api["JessApi"] + 'job/dir/' + str(again), cookies=cookies).json()
    names = {c["data"]["fullPath"] for c in tree["data"]["children"]}
    assert {"/warehouse.idf", "/in.epw"} <= names, names


def test_create_naming_missing_files_is_refused_with_data_zero(api, cookies, uploaded):
    r = requests.post(api["JessApi"] + 'job', headers={'Content-Type': 'application/json'},
                      json={"cmd": "Create", "caption": "missing", "uploadRef": "/" + uploaded, "jobRef": 0,
                            "main": "absent.idf", "weatherRef": ["in.epw"], "split": False, "subset": "DEFAULT",
                            "caseList": []}, cookies=cookies)
    assert r.status_code == 200, r.text
    reply = r.json()
    assert reply["ok"] is False and json_type(reply["data"]) == "integer" and reply["data"] == 0, reply
    assert "absent.idf" in reply["status"], reply
