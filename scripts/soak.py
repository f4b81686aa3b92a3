#!/usr/bin/env python3
"""Soak test of a served store (issue 12): a bounded load of requests over loopback while a load
and a recompute write the same store. Fails on any error response or failed request, on a
person-level view missing from the audit log, or on an audit log that does not verify.

Usage: scripts/soak.py [--seconds 40] [--persons 3000] [--bin PATH]   (SYNTHETIC data only)
"""
import argparse, json, os, random, re, socket, sqlite3, subprocess, sys, tempfile
import threading, time, urllib.error, urllib.parse, urllib.request

PASSWORD = "violet kettle under marsh"


def say(text):
    print(f"soak: {text}", file=sys.stderr, flush=True)


def run(*args, stdin=None):
    return subprocess.run(args, input=stdin, text=True, capture_output=True, check=True).stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    """A browser-like client: keeps the session cookie (which is Secure: browsers keep it on
    127.0.0.1, Python's cookie jar would not); never raises on an HTTP status."""

    def __init__(self, base):
        self.base = base
        self.cookie = None
        self.opener = urllib.request.build_opener(NoRedirect())

    def request(self, path, data=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, body)
        if self.cookie:
            request.add_header("Cookie", self.cookie)
        try:
            with self.opener.open(request, timeout=60) as response:
                self.keep(response.headers)
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            self.keep(error.headers)
            return error.code, error.read().decode("utf-8", "replace")

    def keep(self, headers):
        for line in headers.get_all("Set-Cookie") or []:
            self.cookie = line.split(";", 1)[0]

    def sign_in(self, name):
        _, page = self.request("/signin")
        token = re.search(r'name="csrf" value="([^"]*)"', page).group(1)
        status, _ = self.request("/signin", {"name": name, "password": PASSWORD, "csrf": token})
        if status != 303:
            sys.exit(f"soak: sign-in of {name} answered {status}")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def main():
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--seconds", type=float, default=float(os.environ.get("SOAK_SECONDS", 40)))
    options.add_argument("--persons", type=int, default=3000)
    options.add_argument("--workers", type=int, default=4)
    options.add_argument("--bin", default=os.environ.get("PLACEHEALTH_BIN"))
    args = options.parse_args()
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))  # packs/ is found from here
    binary = args.bin or os.path.join(run("swift", "build", "--show-bin-path").strip(), "placehealth")
    folder = tempfile.mkdtemp(prefix="soak-")
    store = os.path.join(folder, "leeds.sqlite")
    run(binary, "synth", "--persons", str(args.persons), "--out", store)
    run(binary, "compute", "--db", store)
    db = sqlite3.connect(store)
    practice, = db.execute(
        "SELECT practice_code FROM persons WHERE registered_to IS NULL GROUP BY practice_code "
        "ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
    people = [r[0] for r in db.execute(
        "SELECT person_id FROM persons WHERE practice_code = ? AND registered_to IS NULL LIMIT 50", (practice,))]
    top, = db.execute("SELECT MAX(observation_id) FROM observations").fetchone()
    persons = [r[0] for r in db.execute("SELECT person_id FROM persons LIMIT 2000")]
    db.close()
    run(binary, "user", "add", "soak.clinician", "--role", "clinician", "--practice", practice,
        "--db", store, "--password-stdin", stdin=PASSWORD + "\n")
    # A file for the load that runs during the soak: new observations of stored persons.
    source = os.path.join(folder, "observations.csv")
    with open(source, "w") as f:
        f.write("observation_id,person_id,obs_date,kind,value_code,value_num\n")
        for i in range(1, 60_001):
            f.write(f"{top + i},{random.choice(persons)},2022-0{1 + i % 9}-1{i % 9},smoking,current,\n")

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([binary, "serve", "--db", store, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=open(os.path.join(folder, "serve.log"), "w"))
    try:
        deadline = time.time() + 600

        def ready():
            try:
                return Client(base).request("/api/population/segments?by=city")[0] == 200
            except OSError:
                return False

        while not ready():
            if time.time() > deadline or server.poll() is not None:
                sys.exit("soak: the server did not become ready")
            time.sleep(0.3)
        say(f"server ready after {time.time() - deadline + 600:.0f} s")
        clinician = Client(base)
        clinician.sign_in("soak.clinician")
        scope = f"practice:{practice}"
        public = ["/", "/indicators", "/about", "/api/scorecard", "/api/population/segments?by=lcp",
                  "/population", "/api/cohorts", "/openapi.json"]
        statuses, failures, granted = {}, [], [0]
        lock, stop = threading.Lock(), threading.Event()

        def worker(seed):
            rng = random.Random(seed)
            client = clinician if seed % 2 == 0 else Client(base)
            while not stop.is_set():
                if seed % 2 == 0 and rng.random() < 0.5:
                    path = (f"/api/people/{rng.choice(people)}/timeline?scope={scope}&purpose=direct-care"
                            if rng.random() < 0.5 else
                            f"/api/cohorts/respiratory-missing-cases/people?scope={scope}&purpose=case-finding")
                    personal = True
                else:
                    path, personal = rng.choice(public), False
                try:
                    status, _ = client.request(path)
                except Exception as error:  # a connection that failed
                    with lock:
                        failures.append(f"{path}: {error}")
                    continue
                with lock:
                    statuses[status] = statuses.get(status, 0) + 1
                    if status >= 500:
                        failures.append(f"{path}: {status}")
                    if personal and status == 200:
                        granted[0] += 1

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(args.workers)]
        start = time.time()
        for t in threads:
            t.start()
        writes = []
        time.sleep(min(3, args.seconds / 4))
        for step in (["load", "--db", store, "--table", "observations", source], ["compute", "--db", store]):
            began = time.time()
            result = subprocess.run([binary, *step], capture_output=True, text=True)
            writes.append(f"{step[0]} {time.time() - began:.1f} s (exit {result.returncode})")
            if result.returncode != 0:
                failures.append(f"{step[0]} failed: {result.stderr.strip()[:300]}")
        say("; ".join(writes))
        while time.time() - start < args.seconds:
            time.sleep(0.2)
        stop.set()
        for t in threads:
            t.join()
        elapsed = time.time() - start
        say(f"requests stopped: {dict(statuses)}")
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            failures_at_stop = "the server did not stop within 30 s of SIGTERM"
            print(f"soak: {failures_at_stop}", file=sys.stderr)
            sys.exit(1)

    logged = sqlite3.connect(store).execute(
        "SELECT COUNT(*) FROM audit_log WHERE user_name = 'soak.clinician' AND outcome = 'granted'").fetchone()[0]
    verify = subprocess.run([binary, "audit", "verify", "--db", store], capture_output=True, text=True)
    total = sum(statuses.values())
    print(f"soak: SYNTHETIC store of {args.persons} persons; {total} requests in {elapsed:.0f} s "
          f"({total / elapsed:.0f}/s) by {args.workers} clients while: {'; '.join(writes)}")
    print(f"soak: statuses {json.dumps(dict(sorted(statuses.items())))}; person-level views shown {granted[0]}, "
          f"in the audit log {logged}; audit verify: {verify.stdout.strip().splitlines()[0] if verify.stdout else verify.stderr.strip()}")
    if logged != granted[0]:
        failures.append(f"{granted[0]} person-level views were shown but {logged} are in the audit log")
    if verify.returncode != 0:
        failures.append("the audit log does not verify")
    if failures:
        print("soak: FAILED:\n  " + "\n  ".join(failures[:20]), file=sys.stderr)
        sys.exit(1)
    print("soak: passed")


if __name__ == "__main__":
    main()
