# dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
# SPDX-License-Identifier: MIT
"""Opens dbslabel's --format html report in headless Chromium and checks it as a reviewer sees it.

For marketing copy with several claims and injected markup (an <img onerror>, <script> blocks,
and a file name that is itself markup), it checks in the rendered page that:
- the number of highlighted claims (mark.claim) equals the number of findings in --format json,
  one per finding;
- focusing a highlight with the keyboard shows its tooltip (rule, clause text, message);
- no console error, exception or CSP violation occurred;
- the injected markup did not execute and made no element (the page's only <script> is its own).
For records it checks that the table has one row per record and sorts by a column.
It saves screenshots to the output folder.

Chromium is Debian's `chromium`, installed with apt-get when missing. It is driven over the
DevTools protocol with a small WebSocket client from the standard library.

Usage: browser_test.py --bin DBSLABEL --sample COPY.md --records RECORDS.csv --out DIR
"""
import argparse
import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request

INJECTED_NAME = 'copy "><img src=x onerror="window.__dbslabelInjected=\'path\'">.md'


def fail(message):
    print("FAIL: " + message, flush=True)
    sys.exit(1)


def ensure_chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    print("chromium is missing: installing Debian's chromium with apt-get", flush=True)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                           "chromium"], check=True, env=env)
    path = shutil.which("chromium")
    if not path:
        fail("chromium is still missing after apt-get install")
    return path


class WebSocket:
    """A minimal RFC 6455 client: text frames, client masking, no extensions."""

    def __init__(self, url):
        assert url.startswith("ws://")
        hostport, _, path = url[5:].partition("/")
        host, _, port = hostport.partition(":")
        self.sock = socket.create_connection((host, int(port)), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (f"GET /{path} HTTP/1.1\r\nHost: {hostport}\r\nUpgrade: websocket\r\n"
                   f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                   "Sec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("closed during the WebSocket handshake")
            response += chunk
        head, _, self.buffer = response.partition(b"\r\n\r\n")
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise ConnectionError("WebSocket handshake refused: " + head.decode(errors="replace"))

    def send(self, text):
        payload = text.encode()
        header = bytes([0x81])
        n = len(payload)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("WebSocket closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def receive(self):
        message = b""
        while True:
            b0, b1 = self._read(2)
            opcode, n = b0 & 0x0F, b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            mask = self._read(4) if b1 & 0x80 else None
            payload = self._read(n)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 0x8:
                raise ConnectionError("WebSocket closed by the browser")
            if opcode == 0x9:  # ping: answer, keep reading
                continue
            message += payload
            if b0 & 0x80:
                return message.decode()


class Page:
    """One page target driven over the DevTools protocol; collects console and log errors."""

    def __init__(self, ws_url):
        self.ws = WebSocket(ws_url)
        self.next_id = 0
        self.events = []
        self.errors = []

    def call(self, method, **params):
        self.next_id += 1
        my_id = self.next_id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.receive())
            if msg.get("id") == my_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self._event(msg)

    def _event(self, msg):
        method = msg.get("method", "")
        params = msg.get("params", {})
        self.events.append(method)
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            args = [a.get("value", a.get("description", "")) for a in params.get("args", [])]
            self.errors.append("console.error: " + " ".join(map(str, args)))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.errors.append("exception: " + json.dumps(details)[:500])
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            if entry.get("level") == "error":
                self.errors.append(f"log ({entry.get('source')}): {entry.get('text')}")

    def wait_for(self, method, timeout=30):
        deadline = time.time() + timeout
        while method not in self.events:
            if time.time() > deadline:
                raise TimeoutError("no " + method)
            self._event(json.loads(self.ws.receive()))

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"evaluate failed: {expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, url):
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")
        # Let the idle task queue run (late console messages, CSP reports).
        self.call("Runtime.evaluate", expression="new Promise(r => setTimeout(r, 300))",
                  awaitPromise=True)

    def screenshot(self, path, full_page=True):
        params = {"format": "png"}
        if full_page:
            params["captureBeyondViewport"] = True
        data = self.call("Page.captureScreenshot", **params)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))


def start_chromium(chromium, profile_dir):
    args = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage",
            "--hide-scrollbars", "--window-size=1280,900", "--remote-debugging-port=0",
            "--remote-debugging-address=127.0.0.1", f"--user-data-dir={profile_dir}",
            "about:blank"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    port_file = os.path.join(profile_dir, "DevToolsActivePort")
    deadline = time.time() + 60
    while time.time() < deadline:
        if proc.poll() is not None:
            fail("chromium exited: " + proc.stderr.read().decode(errors="replace")[-2000:])
        if os.path.exists(port_file):
            lines = open(port_file).read().split()
            if len(lines) >= 1 and lines[0].isdigit():
                return proc, int(lines[0])
        time.sleep(0.1)
    proc.kill()
    fail("chromium did not open its DevTools port")


def page_target(port):
    deadline = time.time() + 30
    while time.time() < deadline:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as r:
            targets = json.load(r)
        for t in targets:
            if t.get("type") == "page" and "webSocketDebuggerUrl" in t:
                return t["webSocketDebuggerUrl"]
        time.sleep(0.2)
    fail("no page target")


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, **kw)


def check_copy_report(page, report, findings):
    page.open("file://" + report)
    # The page holds exactly one script, its own, and no element the input brought in.
    state = page.evaluate("""({
        injected: window.__dbslabelInjected === undefined ? null : window.__dbslabelInjected,
        scripts: document.scripts.length,
        imgs: document.images.length,
        handlers: document.querySelectorAll('[onerror],[onload],[onclick]').length,
        claims: document.querySelectorAll('mark.claim').length,
        ids: new Set(Array.from(document.querySelectorAll('mark.claim, mark.claim-part'),
                                m => m.dataset.finding)).size,
        suppressed: document.querySelectorAll('mark.claim.suppressed').length,
        listed: document.querySelectorAll('ol.findings li').length,
        landmarks: ['header', 'nav', 'main', 'footer'].every(t => document.querySelector(t)),
        title: document.title,
        styled: getComputedStyle(document.querySelector('mark.claim')).borderBottomStyle,
        payloadShown: document.body.innerText.includes('onerror="window.__dbslabelInjected')
    })""")
    print("copy report:", json.dumps(state), flush=True)
    n = len(findings)
    suppressed = sum(1 for f in findings if f.get("suppressed"))
    if state["injected"] is not None:
        fail(f"injected markup ran: {state['injected']}")
    if state["scripts"] != 1 or state["imgs"] != 0 or state["handlers"] != 0:
        fail("injected markup became elements: " + json.dumps(state))
    if not state["payloadShown"]:
        fail("the injected markup is not shown as text")
    if n < 5:
        fail(f"the sample gave only {n} findings")
    if state["claims"] != n or state["ids"] != n:
        fail(f"{state['claims']} highlighted claims ({state['ids']} ids) for {n} findings")
    if state["suppressed"] != suppressed or suppressed == 0:
        fail(f"{state['suppressed']} suppressed highlights for {suppressed} suppressed findings")
    if state["listed"] != n:
        fail(f"{state['listed']} listed findings for {n}")
    if not state["landmarks"]:
        fail("header, nav, main or footer is missing")
    if state["styled"] not in ("solid", "dashed"):
        fail("the page's style did not apply (CSP hash?)")

    # Keyboard: Tab from the start reaches the skip link, then (past the nav links) the
    # highlights; each highlight shows its tooltip while focused.
    tip = page.evaluate("""(() => {
        const m = Array.from(document.querySelectorAll('mark.claim'))
            .find(x => x.dataset.rule === 'age-under-7') || document.querySelector('mark.claim');
        const hidden = getComputedStyle(m.querySelector('.tip')).display;
        m.focus();
        m.scrollIntoView({block: 'center'});
        const t = m.querySelector('.tip');
        return {focused: document.activeElement === m, hidden, shown: getComputedStyle(t).display,
                text: t.innerText, outline: getComputedStyle(m).outlineStyle};
    })()""")
    print("focused highlight:", json.dumps(tip), flush=True)
    if not tip["focused"] or tip["hidden"] != "none" or tip["shown"] != "block":
        fail("focusing a highlight does not show its tooltip: " + json.dumps(tip))
    if "Clause" not in tip["text"] or tip["outline"] == "none":
        fail("the tooltip lacks the clause, or focus is not visible: " + json.dumps(tip))
    return state


def check_records_report(page, report, records):
    page.open("file://" + report)
    state = page.evaluate("""(() => {
        const table = document.querySelector('table.sortable');
        const rows = () => Array.from(table.tBodies[0].rows, r => r.cells[2].textContent.trim());
        const before = rows();
        const button = table.tHead.rows[0].cells[2].querySelector('button');
        button.click();
        const ascending = rows();
        const sort = table.tHead.rows[0].cells[2].getAttribute('aria-sort');
        return {rows: before.length, before, ascending, sort,
                criteria: table.tHead.rows[0].cells.length - 3,
                scripts: document.scripts.length,
                injected: window.__dbslabelInjected === undefined ? null : 1};
    })()""")
    print("records report:", json.dumps(state), flush=True)
    if state["rows"] != records or state["criteria"] != 7:
        fail(f"{state['rows']} rows and {state['criteria']} criteria for {records} records")
    if state["sort"] != "ascending" or state["ascending"][0] != "outside":
        fail("sorting by verdict does not put 'outside' first: " + json.dumps(state))
    if state["scripts"] != 1:
        fail("a record's id became markup")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--sample", required=True)
    ap.add_argument("--records", required=True)
    ap.add_argument("--out", required=True)
    o = ap.parse_args()
    os.makedirs(o.out, exist_ok=True)
    out = os.path.abspath(o.out)

    # The copy under a file name that is markup itself.
    work = os.path.join(out, "input")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    sample = os.path.join(work, INJECTED_NAME)
    shutil.copyfile(o.sample, sample)
    report = os.path.join(out, "report.html")
    r = run([o.bin, "text", "--format", "html", "--fail-level", "none", "--no-config", sample])
    if r.returncode != 0:
        fail(f"dbslabel text --format html exited {r.returncode}: {r.stderr.decode()}")
    with open(report, "wb") as f:
        f.write(r.stdout)
    r = run([o.bin, "text", "--format", "json", "--fail-level", "none", "--no-config", sample])
    findings = json.loads(r.stdout)["findings"]

    records_report = os.path.join(out, "records.html")
    r = run([o.bin, "records", "--format", "html", "--fail-level", "none", "--as-of",
             "2024-06-01", o.records])
    if r.returncode != 0:
        fail(f"dbslabel records --format html exited {r.returncode}: {r.stderr.decode()}")
    with open(records_report, "wb") as f:
        f.write(r.stdout)
    r = run([o.bin, "records", "--format", "json", "--fail-level", "none", "--as-of",
             "2024-06-01", o.records])
    records = len(json.loads(r.stdout)["records"])

    chromium = ensure_chromium()
    with tempfile.TemporaryDirectory(prefix="dbslabel-chromium-") as profile:
        proc, port = start_chromium(chromium, profile)
        try:
            page = Page(page_target(port))
            page.call("Runtime.enable")
            page.call("Log.enable")
            page.call("Page.enable")
            # A headless page never has window focus; without this :focus would never match.
            page.call("Emulation.setFocusEmulationEnabled", enabled=True)
            page.call("Emulation.setDeviceMetricsOverride", width=1280, height=900,
                      deviceScaleFactor=1, mobile=False)
            check_copy_report(page, report, findings)
            page.screenshot(os.path.join(out, "report-focused.png"), full_page=False)
            page.evaluate("document.activeElement.blur(); window.scrollTo(0, 0)")
            page.screenshot(os.path.join(out, "report.png"))
            check_records_report(page, records_report, records)
            page.screenshot(os.path.join(out, "records.png"))
            if page.errors:
                fail("console errors:\n  " + "\n  ".join(page.errors))
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    print(f"browser: {len(findings)} findings highlighted, {records} records; screenshots in "
          f"{out}/report.png, report-focused.png, records.png")


if __name__ == "__main__":
    main()
