"""JESS_API_example_public.ipynb, cell by cell, against this server: the same calls in the same forms.

The EnergyPlus job sends the EnergyPlus 25.2 model of .ci/install-energyplus.sh as the notebook sends
its own model: ('file', ('warehouse.idf', ..., 'text/plain')) and ('file', ('in.epw', <chicago.epw>, ...)),
so the flat result folder holds warehouse.idf and in.epw (jess-api.md §9). The notebook's jEPlus project runs
(its 8.9 models on the stand-in engine); its Radiance and DaySim submissions are refused by this server: HTTP 200,
ok false, data 0 (§7).
"""
import io
import re
import zipfile
from datetime import date, datetime, timezone
from shutil import make_archive

import pytest
import requests

from conftest import FIXTURES, await_terminal
from recorded import assert_contains, assert_shape, json_type

TITLE = "Python test case"
DESC = "This is test submission made from the API example for Python"
FINISHED_INFO = "Job finished. Results collected into tables."
FLAT_FILES = ("console.log", "eplusout.end", "eplusout.err", "eplustbl.htm", "in.epw", "warehouse.idf")


@pytest.fixture(scope="module")
def logged_on(api, account):
    """The notebook's auth cell: headers, body, and the cookies it keeps for every later call."""
    headers = {'Content-Type': 'application/json'}
    body = {"email": account["email"], "password": account["password"]}
    r = requests.post(api["UserApi"] + 'auth', headers=headers, json=body)
    return {"reply": r, "cookies": r.cookies, "headers": headers}


@pytest.fixture(scope="module")
def submission(api, logged_on, energyplus):
    """The notebook's upload-and-run cell, with the EnergyPlus 25.2 model in place of its 9.3 one."""
    with open(energyplus["idf"], 'rb') as idf, open(energyplus["epw"], 'rb') as epw:
        files = [
            ('file', ('warehouse.idf', idf, 'text/plain')),
            ('file', ('in.epw', epw, 'text/plain')),
            ('title', TITLE),
            ('desc', DESC),
            ('split', 'FALSE')
        ]
        r = requests.post(api["JessApi"] + 'job', files=files, cookies=logged_on["cookies"])
    return r


@pytest.fixture(scope="module")
def job_id(api, logged_on, submission):
    """The submitted job, once it is done (the notebook's later cells read a finished job)."""
    reply = submission.json()
    assert reply["ok"], f"the EnergyPlus submission was refused: {reply}"
    status = await_terminal(api["JessApi"], reply["data"], logged_on["cookies"])
    assert status["data"]["status"] == "FINISHED", f"the EnergyPlus job did not finish: {status}"
    return reply["data"]


def test_info_is_the_recorded_version_object(api, jess_notebook):
    r = requests.get(api["JessApi"] + 'info')
    assert r.status_code == 200
    recorded = jess_notebook.reply("JessApi + 'info'")
    assert_shape(r.json(), recorded)
    assert r.json()['Update'] == 1 and json_type(r.json()['Update']) == "integer"
    assert isinstance(r.json()['Title'], str)


def test_auth_answers_as_recorded_and_sets_the_cookie(logged_on, account, jess_notebook):
    r = logged_on["reply"]
    recorded = jess_notebook.reply("UserApi + 'auth'")
    assert_shape(r.json(), recorded)
    assert_contains(r.json(), {'ok': True, 'status': 'Logged in successfully!', 'jwt': 'Session token in cookie',
                               'user': account["user"], 'email': account["email"]})
    assert r.cookies.get("session_token"), f"no session_token cookie: {r.headers}"


def test_energyplus_upload_and_run_creates_a_job(submission, jess_notebook):
    assert submission.status_code == 200
    reply = submission.json()
    assert_shape(reply, jess_notebook.reply("'split', 'FALSE'"))
    assert reply["ok"] is True, reply
    assert reply["status"] == f"Job {reply['data']} is created"
    assert json_type(reply["data"]) == "integer" and reply["data"] > 0


def refused(r, words):
    """A refused POST /job (§7): HTTP 200, ok false, data the integer 0, a status naming the job kind."""
    assert r.status_code == 200, f"HTTP {r.status_code}: {r.text}"
    reply = r.json()
    assert reply["ok"] is False, f"expected a refusal: {reply}"
    assert json_type(reply["data"]) == "integer" and reply["data"] == 0, f"data must be the number 0: {reply}"
    assert any(w.lower() in reply["status"].lower() for w in words), f"status names none of {words}: {reply}"


def stand_in_project(tmp_path, folder, names):
    """A folder like the notebook's Radiance/DaySim examples (not published): small files with those names."""
    d = tmp_path / folder
    d.mkdir()
    for n in names:
        (d / n).write_text(f"stand-in {n}\n")
    return d


@pytest.fixture(scope="module")
def jeplus_job(api, logged_on, tmp_path_factory):
    """The notebook's jEPlus cell (recorded reply: ok, 'Job 385117 is created'); its 8.9 models run on the stand-in."""
    tmp_path = tmp_path_factory.mktemp("jeplus")
    toUpload = make_archive(str(tmp_path / 'files'), 'zip', root_dir=FIXTURES / 'jeplus_example')
    with open(toUpload, 'rb') as z:
        files = [
            ('file', ('files.zip', z, 'application/zip')),
            ('type', 'JEP'),
            ('title', 'jEPlus project example'),
            ('desc', DESC),
            ('subset', 'LHS'),
            ('cases', '10')
        ]
        r = requests.post(api["JessApi"] + 'job', files=files, cookies=logged_on["cookies"])
    reply = r.json()
    assert reply["ok"] is True, reply
    assert reply["status"] == f"Job {reply['data']} is created"
    return {"id": reply["data"], "done": await_terminal(api["JessApi"], reply["data"], logged_on["cookies"])}


def test_jeplus_project_submission_runs_its_lhs_sample(api, logged_on, jeplus_job):
    done = jeplus_job["done"]
    assert done["data"]["status"] == "FINISHED", done
    assert done["data"]["status_Info"] == FINISHED_INFO
    assert done["data"]["progress"] == "10, 0, 0, 0, 0, 0, 10", done
    jobs = requests.get(api["JessApi"] + 'jobs', cookies=logged_on["cookies"]).json()["data"]
    job = next(j for j in jobs if j["job_SN"] == jeplus_job["id"])
    assert (job["job_Type"], job["job_Subset"], job["njobs"]) == ("JE_JEP", "LHS_RANDOM", 10), job


def test_radiance_rtrace_submission_is_refused(api, logged_on, tmp_path):
    root = stand_in_project(tmp_path, 'example_Rtrace', ['dbmodel.oct', 'trace.in'])
    toUpload = make_archive(str(tmp_path / 'files'), 'zip', root_dir=root)
    with open(toUpload, 'rb') as z:
        files = [
            ('file', ('files.zip', z, 'application/zip')),
            ('type', 'RAD'),
            ('title', 'Radiace Rtrace example'),
            ('desc', DESC),
            ('model', 'dbmodel.oct'),
            ('program', 'rtrace'),
            ('args', '-ab 5 -ad 2048 -aa .2 -ar 512 -as 1024 -h+ -I+ -oov -fa'),
            ('input', 'trace.in'),
            ('output', 'out')
        ]
        r = requests.post(api["JessApi"] + 'job', files=files, cookies=logged_on["cookies"])
    refused(r, ("RAD", "Radiance"))


def test_radiance_rpict_submission_is_refused(api, logged_on, tmp_path):
    root = stand_in_project(tmp_path, 'example_Rpict2', ['dbmodel.oct', 'north.vf', 'south.vf'])
    toUpload = make_archive(str(tmp_path / 'files'), 'zip', root_dir=root)
    with open(toUpload, 'rb') as z:
        files = [
            ('file', ('files.zip', z, 'application/zip')),
            ('type', 'RAD'),
            ('title', 'Radiace Rpict example'),
            ('desc', DESC),
            ('model', 'dbmodel.oct'),
            ('program', 'rpict'),
            ('args', '-S 1 -pa 1.0 -pj 0.02 -ab 5 -ar 512 -ad 1500 -as 500 -aa 0.15 -x 1600 -y 1600 -t 60'),
            ('input', '*.vf'),
            ('output', 'hdr')
        ]
        r = requests.post(api["JessApi"] + 'job', files=files, cookies=logged_on["cookies"])
    refused(r, ("RAD", "Radiance"))


def test_daysim_submission_is_refused(api, logged_on, tmp_path):
    root = stand_in_project(tmp_path, 'example_DaySim2', ['daysim.hea', 'a.in', 'b.in'])
    toUpload = make_archive(str(tmp_path / 'files'), 'zip', root_dir=root)
    with open(toUpload, 'rb') as z:
        files = [
            ('file', ('files.zip', z, 'application/zip')),
            ('type', 'DS'),
            ('title', 'DaySim example'),
            ('desc', DESC),
            ('model', 'daysim.hea'),
            ('input', '*.in')
        ]
        r = requests.post(api["JessApi"] + 'job', files=files, cookies=logged_on["cookies"])
    refused(r, ("DS", "DaySim"))


def test_job_list_by_get_with_a_json_filter(api, logged_on, account, job_id, jeplus_job, jess_notebook):
    dstr = date.today().strftime("%Y-%m-%d")
    filter = {"since": dstr, "till": dstr, "status": "FINISHED"}
    r = requests.get(api["JessApi"] + 'jobs', headers=logged_on["headers"], json=filter, cookies=logged_on["cookies"])
    assert r.status_code == 200
    reply = r.json()
    assert reply["ok"] is True and reply["status"] == f"{account['user']} jobs available", reply
    assert [row["job_SN"] for row in reply["data"]] == [job_id, jeplus_job["id"]], reply
    row = reply["data"][0]
    recorded = jess_notebook.reply("JessApi + 'jobs'")
    missing = [k for k in recorded["data"][0] if k not in row]
    assert not missing, f"job list row lacks {missing}: {row}"
    assert_shape(reply, recorded)
    assert_contains(row, {'job_Desc': DESC, 'job_SN': job_id, 'job_Subset': 'ALL', 'job_Args': '', 'njobs': 1,
                          'job_Name': TITLE, 'progress': '1, 0, 0, 0, 0, 0, 1', 'status': 'FINISHED',
                          'username': account['user'], 'job_Type': 'EP_IDF', 'message': FINISHED_INFO})
    for k in ('received', 'prepared', 'simulated', 'collected', 'submissionSize', 'storageSize', 'cputime'):
        assert json_type(row[k]) == "integer", f"{k} must be an integer: {row}"


def test_refused_submissions_leave_no_job(api, logged_on, job_id, jeplus_job):
    r = requests.get(api["JessApi"] + 'jobs', cookies=logged_on["cookies"])
    assert [row["job_SN"] for row in r.json()["data"]] == [job_id, jeplus_job["id"]], r.json()


def test_status_is_the_recorded_status_object(api, logged_on, job_id, jess_notebook):
    r = requests.get(api["JessApi"] + 'job/status/' + str(job_id), cookies=logged_on["cookies"])
    assert r.status_code == 200
    assert_shape(r.json(), jess_notebook.reply("'job/status/'"))
    assert_contains(r.json(), {'ok': True, 'status': f'{job_id} status available',
                               'data': {'progress': '1, 0, 0, 0, 0, 0, 1', 'job_ID': job_id, 'cancel_Flag': False,
                                        'status_Info': FINISHED_INFO, 'status': 'FINISHED'}})


def test_result_tree_is_jess_jstree_of_a_flat_folder(api, logged_on, job_id, jess_notebook):
    r = requests.get(api["JessApi"] + 'job/dir/' + str(job_id), cookies=logged_on["cookies"])
    assert r.status_code == 200
    reply = r.json()
    recorded = jess_notebook.reply("'job/dir/'")
    assert_shape(reply, recorded)
    assert reply["ok"] is True and reply["status"] == f"{job_id} status available"
    root = reply["data"]
    assert_contains(root, {'state': {'disabled': False, 'openned': False, 'selected': False},
                           'text': f'{job_id} [*]', 'type': 'root', 'id': None, 'li_attr': {},
                           'data': {'fullPath': '/', 'folder': True}})
    assert re.fullmatch(r"/ total size " + SIZE, root["a_attr"]["title"]), root["a_attr"]
    names = [c["data"]["fullPath"][1:] for c in root["children"]]
    assert names == sorted(names), f"children not sorted by name: {names}"
    assert set(FLAT_FILES) <= set(names), f"not a flat single-case folder: {names}"
    for child in root["children"]:
        assert_tree_node(child)


SIZE = r"(\d+ B|\d{1,2}\.\d\d [kMG]B|\d{3}\.\d [kMG]B)"


def assert_tree_node(node):
    """One node of JESS's jsTree reply (§9), spellings included."""
    d = node["data"]
    name = d["fullPath"].rsplit("/", 1)[1]
    ext = "folder" if d["folder"] else (name.rsplit(".", 1)[1] if "." in name else "file")
    when = datetime.fromtimestamp(d["lastModified"] / 1000, timezone.utc).strftime("%Y-%m-%d %H:%M")
    assert_contains(node, {'state': {'disabled': False, 'openned': False, 'selected': False}, 'type': ext,
                           'id': None, 'li_attr': {},
                           'a_attr': {'title': f'{d["fullPath"]} last modfied at {when} UTC'}})
    assert re.fullmatch(re.escape(name) + r" \(" + SIZE + r"\)", node["text"]), node["text"]
    assert json_type(d["size"]) == "integer" and json_type(d["lastModified"]) == "integer", d
    for child in node["children"]:
        assert_tree_node(child)


def test_one_result_file_is_the_err_file_at_the_root(api, logged_on, job_id):
    r = requests.get(api["JessApi"] + 'job/file/' + str(job_id) + "/eplusout.err", cookies=logged_on["cookies"])
    assert r.status_code == 200, r.text
    assert "EnergyPlus Completed Successfully" in r.text


def test_all_results_download_as_job_zip(api, logged_on, job_id, tmp_path):
    r = requests.get(api["JessApi"] + 'job/file/' + str(job_id), cookies=logged_on["cookies"])
    assert r.status_code == 200
    assert f'filename="job_{job_id}.zip"' in r.headers.get("Content-Disposition", ""), r.headers
    written = open(tmp_path / (str(job_id) + '.zip'), 'wb').write(r.content)
    assert written > 0
    names = zipfile.ZipFile(io.BytesIO(r.content)).namelist()
    assert {"eplusout.err", "warehouse.idf", "in.epw"} <= set(names), f"not flat at the zip's top: {names}"


def test_html_table_is_viewable_online_in_a_sandbox(api, logged_on, job_id):
    r = requests.get(api["JessApi"] + 'job/text/' + str(job_id) + "/eplustbl.htm", cookies=logged_on["cookies"])
    assert r.status_code == 200, r.text[:300]
    assert r.headers.get("Content-Type", "").startswith("text/html"), r.headers
    assert "sandbox" in r.headers.get("Content-Security-Policy", ""), r.headers
    assert r.headers.get("X-Content-Type-Options") == "nosniff", r.headers
    assert "<html" in r.text.lower()
