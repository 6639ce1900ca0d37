# Shared by the jEPlus benchmarks: synthetic projects for the stand-in engines.

# make_project ZIP VERSION PARAMS VALUES [LIST_LINES]: a project of PARAMS parameters with VALUES values each
# ({0,1,...}), one weather file and one template of the given version; with LIST_LINES, a list file jobs.txt of that
# many cases (ids c0000000..., weather 0, template 0, value i mod VALUES for every parameter).
make_project() {
  python3 - "$@" <<'PY'
import json, sys, zipfile
out, version, params, values = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
lines = int(sys.argv[5]) if len(sys.argv) > 5 else 0
parameters = [{"id": f"P{i}", "name": f"p{i}", "searchString": f"@@p{i}@@", "type": "INTEGER",
               "valuesString": "{" + ",".join(str(v) for v in range(values)) + "}", "selectedAltValue": 0}
              for i in range(params)]
project = {"projectID": "B", "weatherDir": "./", "weatherFile": "in.epw", "idfdir": "./",
           "idftemplate": "model.idf", "parameters": parameters,
           "execSettings": {"subSet": 2, "sampleOpt": "LHS", "numberOfJobs": 10, "randomSeed": 12345},
           "rvx": {"csvs": [{"sourceCsv": "eplustbl.csv",
                             "fromColumn": "Value", "fromRow": "Total Site Energy [GJ]", "tableName": "energy",
                             "columnHeaders": "Site energy [GJ]"}]}}
template = f"Version,{version};\n" + "".join(f"! p{i} = @@p{i}@@\n" for i in range(params))
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("bench/project.json", json.dumps(project, indent=1))
    z.writestr("bench/model.idf", template)
    z.writestr("bench/in.epw", "LOCATION,Bench\n")
    if lines:
        z.writestr("bench/jobs.txt", "".join(
            f"c{n:07d},0,0," + ",".join(str(n % values) for _ in range(params)) + "\n" for n in range(lines)))
PY
}
