"""Opens many live status streams on one server and measures how soon a change reaches them (bench/sse.sh)."""
import asyncio, json, statistics, sys, time, urllib.request

host, port, token, count, rounds = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
base = f"http://{host}:{port}"
cookie = {"Cookie": f"session_token={token}"}


class Stream:
    """One stream of all the user's jobs: the time each job state was first seen, by (job id, flag, status)."""

    def __init__(self):
        self.seen = {}
        self.open = False

    async def run(self):
        reader, writer = await asyncio.open_connection(host, port)
        writer.write((f"GET /jess_web/api/jobs/events HTTP/1.1\r\nHost: {host}\r\nAccept: text/event-stream\r\n"
                      f"Cookie: session_token={token}\r\n\r\n").encode())
        await writer.drain()
        status = await reader.readline()
        if b" 200 " not in status:
            raise RuntimeError(f"stream refused: {status!r}")
        while (await reader.readline()) not in (b"\r\n", b""):
            pass
        self.open = True
        async for line in reader:  # chunked framing lines are skipped: only "data:" lines matter
            if line.startswith(b"data: "):
                try:
                    s = json.loads(line[6:])
                except ValueError:
                    continue  # a line cut by the chunked framing: not counted
                self.seen.setdefault((s["job_ID"], s["cancel_Flag"], s["status"]), time.time())


def call(method, path, body=None, headers=None):
    req = urllib.request.Request(base + path, data=body, method=method, headers={**cookie, **(headers or {})})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


def submit_hang():
    boundary = "benchsse"
    parts = [("a.idf", b"Version,99.1;\n! fake: hang\n"), ("in.epw", b"LOCATION,Bench\n")]
    body = b"".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{n}\"\r\n"
                    f"Content-Type: application/octet-stream\r\n\r\n".encode() + c + b"\r\n" for n, c in parts)
    body += f"--{boundary}--\r\n".encode()
    return call("POST", "/jess_web/api/job", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})["data"]


def poll_ms(job):
    t0 = time.perf_counter()
    call("GET", f"/jess_web/api/job/status/{job}")
    return (time.perf_counter() - t0) * 1000


async def main():
    streams = [Stream() for _ in range(count)]
    t0 = time.perf_counter()
    tasks = []
    for i, s in enumerate(streams):
        tasks.append(asyncio.create_task(s.run()))
        if i % 50 == 49:
            await asyncio.sleep(0.05)
    while sum(s.open for s in streams) < count:
        failed = [t for t in tasks if t.done()]
        if failed:
            failed[0].result()
        await asyncio.sleep(0.05)
    print(f"{count} streams open in {time.perf_counter() - t0:.1f} s", flush=True)
    loop = asyncio.get_running_loop()
    print("STREAMS_OPEN", flush=True)
    await loop.run_in_executor(None, sys.stdin.readline)  # the script reads the server's memory meanwhile
    flagged, ended, polls = [], [], []
    for r in range(rounds):
        job = await loop.run_in_executor(None, submit_hang)
        # let the job reach QUEUED with its case running, polling as a client would: requests are served meanwhile
        while True:
            polls.append(await loop.run_in_executor(None, poll_ms, job))
            st = await loop.run_in_executor(None, call, "GET", f"/jess_web/api/job/status/{job}")
            if st["data"]["cases"]["running"] == 1:
                break
            await asyncio.sleep(0.2)
        for _ in range(10):
            polls.append(await loop.run_in_executor(None, poll_ms, job))
        await asyncio.sleep(1.5)
        sent = time.time()
        await loop.run_in_executor(None, lambda: call("POST", f"/jess_web/api/job/{job}", b'{"cmd":"Cancel"}',
                                                      {"Content-Type": "application/json"}))
        deadline = time.time() + 30
        while time.time() < deadline and not all((job, False, "CANCELED") in s.seen for s in streams):
            await asyncio.sleep(0.05)
        flagged += [(s.seen[(job, True, "QUEUED")] - sent) * 1000 for s in streams if (job, True, "QUEUED") in s.seen]
        ended += [(s.seen[(job, False, "CANCELED")] - sent) * 1000 for s in streams if (job, False, "CANCELED") in s.seen]
        missing = count - sum((job, False, "CANCELED") in s.seen for s in streams)
        print(f"round {r + 1}: job {job}; {missing} streams missed its end", flush=True)
    for name, v in (("cancel flag", flagged), ("CANCELED", ended)):
        print(f"delay from the cancel call to its {name} event at the clients: {len(v)} events, median "
              f"{statistics.median(v):.0f} ms, max {max(v):.0f} ms")
    print(f"status polls while {count} streams were open: {len(polls)}, median {statistics.median(polls):.1f} ms, "
          f"max {max(polls):.1f} ms")
    print("STREAMS_DONE", flush=True)
    await loop.run_in_executor(None, sys.stdin.readline)


asyncio.run(main())
