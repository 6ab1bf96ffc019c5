#![allow(clippy::unwrap_used, clippy::expect_used)]
//! End-to-end tests of the web UI (issue 6) in headless Chromium, driven over WebDriver
//! (Debian's `chromium` + `chromium-driver`, through `fantoccini`), against the real
//! `quarry serve` binary on the demo database.
//!
//! Each test starts its own server (a child process with a config in a temp dir), its own
//! chromedriver and a Chromium with a fresh profile; a guard kills every child process group
//! on every path. Screenshots of the main screens are written to `target/ui-screenshots/`.
//!
//! Set `QUARRY_CHROMIUM` / `QUARRY_CHROMEDRIVER` to use other binaries.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

#[path = "common/ports.rs"]
mod ports;
use ports::free_port;

/// The WebDriver code of the Enter key.
const ENTER: &str = "\u{E007}";
/// The WebDriver code of the Up arrow key.
const ARROW_UP: &str = "\u{E013}";
/// The API key of the auth test; its SHA-256 is in that server's config.
const API_KEY: &str = "quarry-ui-test-key-0123456789abcdef";
const API_KEY_SHA256: &str = "4007c4cae2400b42d0447efbbea4304ad676d1cd1f74c9b3d4592b78272cb7f1";

// ---------------------------------------------------------------- processes

/// A child process in its own process group; dropping it kills the whole group (chromedriver's
/// Chromium, too) and reaps the child.
struct ChildGuard {
    child: Child,
}

impl ChildGuard {
    fn spawn(cmd: &mut Command) -> ChildGuard {
        let child = cmd
            .process_group(0)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
        ChildGuard { child }
    }

    fn exited(&mut self) -> Option<std::process::ExitStatus> {
        self.child.try_wait().ok().flatten()
    }
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill")
            .args(["-KILL", "--", &group])
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn tool(env: &str, candidates: &[&str]) -> PathBuf {
    if let Ok(p) = std::env::var(env) {
        return PathBuf::from(p);
    }
    for c in candidates {
        let p = Path::new(c);
        if p.exists() {
            return p.to_path_buf();
        }
    }
    panic!(
        "{} not found (looked at {candidates:?}; set {env}). Install Debian's packages: \
         apt-get install -y chromium chromium-driver (scripts/test does this)",
        candidates[0]
    );
}

fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("ui-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

// ---------------------------------------------------------------- the server

struct Server {
    base: String,
    demo_db: PathBuf,
    log: PathBuf,
    proc: ChildGuard,
}

impl Server {
    /// Writes the demo database and a config into `dir`, starts `quarry serve` and waits until
    /// it answers `/api/v1/health`.
    async fn start(dir: &Path, session: &str, extra: &str) -> Server {
        let bin = env!("CARGO_BIN_EXE_quarry");
        let demo_db = dir.join("demo.sqlite");
        let out = Command::new(bin)
            .arg("demo")
            .arg(&demo_db)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "quarry demo failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let port = free_port();
        let config = dir.join("quarry.toml");
        std::fs::write(
            &config,
            format!(
                "[server]\nbind = \"127.0.0.1:{port}\"\n\n\
                 [log]\nlevel = \"warn\"\n\n\
                 [default_database]\nurl = \"sqlite://{db}\"\n\n\
                 [session]\n{session}\n\n\
                 [sqlite]\nallowed_dirs = [\"{dir}\"]\n\n{extra}\n",
                db = demo_db.display(),
                dir = dir.display(),
            ),
        )
        .unwrap();
        let log = dir.join("quarry.log");
        let log_file = std::fs::File::create(&log).unwrap();
        let mut proc = ChildGuard::spawn(
            Command::new(bin)
                .arg("serve")
                .arg("--config")
                .arg(&config)
                .env("XDG_DATA_HOME", dir)
                .stdin(Stdio::null())
                .stdout(log_file.try_clone().unwrap())
                .stderr(log_file),
        );
        let base = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(status) = proc.exited() {
                panic!(
                    "quarry serve exited ({status}): {}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
            }
            let ok = http
                .get(format!("{base}/api/v1/health"))
                .timeout(Duration::from_secs(2))
                .send()
                .await
                .map(|r| r.status().is_success())
                .unwrap_or(false);
            if ok {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "quarry serve did not answer /api/v1/health within 60 s: {}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Server {
            base,
            demo_db,
            log,
            proc,
        }
    }

    fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

// ---------------------------------------------------------------- the browser

struct Browser {
    client: Client,
    driver_url: String,
    session_id: String,
    downloads: PathBuf,
    shots: PathBuf,
    prefix: &'static str,
    // Dropped after the client has been closed: kills chromedriver and its Chromium.
    _driver: ChildGuard,
}

impl Browser {
    async fn start(dir: &Path, prefix: &'static str, extra_args: &[&str]) -> Browser {
        let chromium = tool(
            "QUARRY_CHROMIUM",
            &["/usr/bin/chromium", "/usr/bin/chromium-browser"],
        );
        let chromedriver = tool(
            "QUARRY_CHROMEDRIVER",
            &["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"],
        );
        let port = free_port();
        let driver_log = dir.join("chromedriver.log");
        let mut driver = ChildGuard::spawn(
            Command::new(&chromedriver)
                .arg(format!("--port={port}"))
                .arg(format!("--log-path={}", driver_log.display()))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        );
        let driver_url = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = driver.exited() {
                panic!("chromedriver exited ({status})");
            }
            let ready = http
                .get(format!("{driver_url}/status"))
                .timeout(Duration::from_secs(2))
                .send()
                .await
                .is_ok();
            if ready {
                break;
            }
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }

        let profile = dir.join("chromium-profile");
        let downloads = dir.join("downloads");
        std::fs::create_dir_all(&profile).unwrap();
        std::fs::create_dir_all(&downloads).unwrap();
        let mut args = vec![
            "--headless".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--disable-extensions".into(),
            "--disable-default-apps".into(),
            "--no-first-run".into(),
            "--no-default-browser-check".into(),
            "--disable-quic".into(),
            "--window-size=1280,1200".into(),
            format!("--user-data-dir={}", profile.display()),
        ];
        args.extend(extra_args.iter().map(|a| a.to_string()));
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": args,
                "prefs": {
                    "download.default_directory": downloads,
                    "download.prompt_for_download": false,
                    "download.directory_upgrade": true,
                    "safebrowsing.enabled": false,
                },
            },
            "goog:loggingPrefs": { "browser": "ALL" },
        });
        let caps = match caps {
            Value::Object(map) => map,
            _ => unreachable!(),
        };
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&driver_url)
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start Chromium through chromedriver: {e}\n{}",
                    std::fs::read_to_string(&driver_log).unwrap_or_default()
                )
            });
        let session_id = client.session_id().await.unwrap().unwrap();
        // This run's pictures replace the last run's (a stale failure picture would mislead).
        let shots = screenshot_dir();
        for entry in std::fs::read_dir(&shots).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if name.starts_with(&format!("{prefix}-")) && name.ends_with(".png") {
                let _ = std::fs::remove_file(&path);
            }
        }
        Browser {
            client,
            driver_url,
            session_id,
            downloads,
            shots,
            prefix,
            _driver: driver,
        }
    }

    async fn goto(&self, url: &str) {
        self.client.goto(url).await.unwrap();
        self.wait_for(
            "the UI to start",
            "document.documentElement.dataset.ready === 'true'",
        )
        .await;
    }

    /// Runs `body` (a function body) in the page and returns its value.
    async fn js(&self, body: &str) -> Value {
        self.client.execute(body, vec![]).await.unwrap()
    }

    async fn text(&self, selector: &str) -> String {
        let v = self
            .js(&format!(
                "const e = document.querySelector({}); return e ? e.textContent : null;",
                json!(selector)
            ))
            .await;
        v.as_str()
            .unwrap_or_else(|| panic!("no element {selector}"))
            .trim()
            .to_string()
    }

    async fn visible(&self, selector: &str) -> bool {
        self.js(&format!(
            "const e = document.querySelector({}); return !!e && e.getClientRects().length > 0;",
            json!(selector)
        ))
        .await
            == Value::Bool(true)
    }

    async fn click(&self, selector: &str) {
        self.client
            .find(Locator::Css(selector))
            .await
            .unwrap_or_else(|e| panic!("no element {selector}: {e}"))
            .click()
            .await
            .unwrap_or_else(|e| panic!("cannot click {selector}: {e}"));
    }

    async fn type_into(&self, selector: &str, text: &str, clear: bool) {
        let el = self.client.find(Locator::Css(selector)).await.unwrap();
        if clear {
            el.clear().await.unwrap();
        }
        el.send_keys(text).await.unwrap();
    }

    /// Replaces the SQL in the editor and runs it.
    async fn run_sql(&self, sql: &str) {
        self.type_into("#sql-editor", sql, true).await;
        self.click("#run-sql").await;
    }

    /// Polls a JavaScript expression until it is truthy; on timeout saves a screenshot and
    /// fails with what the page shows.
    async fn wait_for(&self, what: &str, expr: &str) -> Value {
        self.wait_for_within(what, expr, Duration::from_secs(20))
            .await
    }

    async fn wait_for_within(&self, what: &str, expr: &str, timeout: Duration) -> Value {
        let script = format!("try {{ return ({expr}); }} catch (e) {{ return null; }}");
        let start = Instant::now();
        loop {
            let v = self.js(&script).await;
            let truthy = match &v {
                Value::Null => false,
                Value::Bool(b) => *b,
                Value::Number(n) => n.as_f64() != Some(0.0),
                Value::String(s) => !s.is_empty(),
                Value::Array(_) | Value::Object(_) => true,
            };
            if truthy {
                return v;
            }
            if start.elapsed() > timeout {
                let name = format!(
                    "FAILED-{}",
                    what.replace(|c: char| !c.is_alphanumeric(), "-")
                );
                self.shot(&name).await;
                let page = self
                    .js("return ['query-error', 'err-connect', 'toast', 'schema-status', 'session-banner']\
                         .map(id => { const e = document.getElementById(id); \
                         return id + ': ' + (e ? (e.hidden ? '(hidden) ' : '') + e.textContent.trim() : '-'); }).join('\\n');")
                    .await;
                panic!(
                    "timed out after {timeout:?} waiting for {what} ({expr})\npage:\n{}\nbrowser log: {:#?}",
                    page.as_str().unwrap_or_default(),
                    self.console().await
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn shot(&self, name: &str) {
        // Toasts fade by themselves; keep them out of the pictures.
        self.js("document.getElementById('toast').hidden = true;")
            .await;
        let png = self.client.screenshot().await.unwrap();
        let path = self.shots.join(format!("{}-{name}.png", self.prefix));
        std::fs::write(&path, png).unwrap();
    }

    /// The browser's console and network-error log since the last call (chromedriver's log
    /// endpoint).
    async fn console(&self) -> Vec<Value> {
        let res = reqwest::Client::new()
            .post(format!(
                "{}/session/{}/se/log",
                self.driver_url, self.session_id
            ))
            .json(&json!({ "type": "browser" }))
            .send()
            .await
            .unwrap();
        let body: Value = res.json().await.unwrap();
        body["value"].as_array().cloned().unwrap_or_default()
    }

    /// Fails on any console error or warning except failed requests with an `allowed` status
    /// (the browser logs every 4xx answer, e.g. the 401 of an expired session). Returns how
    /// many such allowed entries there were.
    async fn assert_no_console_errors(&self, allowed: &[u16]) -> usize {
        let entries = self.console().await;
        let is_allowed = |e: &Value| {
            let msg = e["message"].as_str().unwrap_or("");
            allowed
                .iter()
                .any(|s| msg.contains(&format!("the server responded with a status of {s} ")))
        };
        let bad: Vec<&Value> = entries
            .iter()
            .filter(|e| {
                let level = e["level"].as_str().unwrap_or("");
                (level == "SEVERE" || level == "WARNING") && !is_allowed(e)
            })
            .collect();
        assert!(bad.is_empty(), "console errors: {bad:#?}");
        entries.iter().filter(|e| is_allowed(e)).count()
    }

    /// The result table as text: the header names, then each row's cells.
    async fn table(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let v = self
            .js("const t = document.getElementById('result-table');\
                 const head = [...t.querySelectorAll('thead th .col-name')].map(e => e.textContent);\
                 const rows = [...t.querySelectorAll('tbody tr:not(.empty-row)')]\
                   .map(tr => [...tr.children].map(td => td.textContent));\
                 return [head, rows];")
            .await;
        let head = v[0]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect();
        let rows = v[1]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r.as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s.as_str().unwrap().to_string())
                    .collect()
            })
            .collect();
        (head, rows)
    }

    /// Calls the API from the page (same origin, same key) and returns the JSON answer.
    async fn fetch_json(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let args = vec![json!(method), json!(path), body.unwrap_or(Value::Null)];
        self.client
            .execute_async(
                "const [method, path, body, done] = arguments;\
                 const headers = { 'Content-Type': 'application/json' };\
                 const key = localStorage.getItem('quarry.api_key');\
                 if (key) headers.Authorization = 'Bearer ' + key;\
                 fetch(path, { method, headers, body: body === null ? undefined : JSON.stringify(body) })\
                   .then(r => r.json()).then(done, e => done({ error: String(e) }));",
                args,
            )
            .await
            .unwrap()
    }

    /// Waits for the single file Chromium downloads and returns its name and content.
    async fn downloaded(&self) -> (String, String) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let files: Vec<PathBuf> = std::fs::read_dir(&self.downloads)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            let done: Vec<&PathBuf> = files
                .iter()
                .filter(|p| {
                    let n = p.file_name().unwrap().to_string_lossy();
                    !n.ends_with(".crdownload") && !n.starts_with('.')
                })
                .collect();
            if files.len() == 1 && done.len() == 1 {
                let name = done[0].file_name().unwrap().to_string_lossy().to_string();
                let content = std::fs::read_to_string(done[0]).unwrap();
                if !content.is_empty() {
                    return (name, content);
                }
            }
            assert!(
                Instant::now() < deadline,
                "no download appeared in {}: {files:?}",
                self.downloads.display()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn close(self) {
        let Browser {
            client, _driver, ..
        } = self;
        let _ = client.close().await;
        drop(_driver);
    }
}

fn tempdir(prefix: &str) -> tempfile::TempDir {
    tempfile::Builder::new().prefix(prefix).tempdir().unwrap()
}

/// Splits one CSV line of simple fields (the test data has no quotes or commas inside).
fn csv_fields(line: &str) -> Vec<String> {
    line.split(',').map(|s| s.to_string()).collect()
}

// ---------------------------------------------------------------- the tests

/// Demo database: ask, read the answer, edit and re-run the SQL, download CSV, sort, chart,
/// schema sidebar, connect a session through the form, the status page, disconnect.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_ask_edit_sql_csv_chart_connect_status() {
    let dir = tempdir("quarry-ui-demo-");
    let server = Server::start(dir.path(), "idle_timeout = \"30m\"", "").await;
    let b = Browser::start(dir.path(), "demo", &[]).await;
    let base = server.base.clone();

    // The start screen: the connect form with the demo button; the sidebar shows the default
    // database's tables.
    b.goto(&format!("{base}/")).await;
    b.wait_for(
        "the schema sidebar",
        "document.querySelector('#schema-list li[data-table=\"customers\"]')",
    )
    .await;
    assert!(b.visible("#connect-form").await);
    b.shot("01-start").await;

    // Use the demo database and ask.
    b.click("#connect-demo").await;
    b.wait_for(
        "the demo database to be chosen",
        "document.getElementById('conn-badge').textContent === 'Demo database'",
    )
    .await;
    assert!(!b.visible("#connect-form").await);
    b.type_into("#question", &format!("how many customers{ENTER}"), true)
        .await;
    b.wait_for(
        "the answer table",
        "document.querySelector('#result-table tbody td.num')",
    )
    .await;
    let expected = b
        .fetch_json(
            "POST",
            "/api/v1/sql",
            Some(json!({ "sql": "SELECT COUNT(*) FROM customers" })),
        )
        .await;
    let expected = expected["rows"][0][0].to_string();
    let (_, rows) = b.table().await;
    assert_eq!(rows, vec![vec![expected.clone()]]);
    assert!(expected.parse::<i64>().unwrap() > 0);
    assert!(b.text("#result-summary").await.contains(&expected));
    assert!(b.text("#engine").await.contains("builtin"));
    let sql: String = b
        .js("return document.getElementById('sql-editor').value;")
        .await
        .as_str()
        .unwrap()
        .to_string();
    assert!(sql.to_lowercase().contains("customers"), "{sql}");
    assert!(b.visible("#sql-highlight .tok-kw").await);
    b.shot("02-answer").await;

    // Thumbs up: recorded, or hidden when the server has no feedback endpoint (404).
    b.click("#feedback-up").await;
    b.wait_for(
        "the feedback to be taken or hidden",
        "document.getElementById('feedback').hidden || \
         document.getElementById('feedback-up').getAttribute('aria-pressed') === 'true'",
    )
    .await;

    // Edit the SQL and run it again through /sql.
    b.type_into(
        "#sql-editor",
        "SELECT first_name, last_name, country FROM customers ORDER BY id LIMIT 5",
        true,
    )
    .await;
    assert!(b.visible("#sql-edited").await);
    b.click("#run-sql").await;
    b.wait_for(
        "the edited SQL's rows",
        "document.querySelectorAll('#result-table tbody tr').length === 5",
    )
    .await;
    let (head, rows) = b.table().await;
    assert_eq!(head, ["first_name", "last_name", "country"]);
    assert_eq!(rows.len(), 5);
    assert_eq!(b.text("#engine").await, "your SQL");
    assert!(!b.visible("#feedback").await);
    b.shot("03-sql-edited").await;

    // Copy as Markdown and Copy (SQL) put text on the clipboard (caught here in the page).
    b.js("window.copied = []; navigator.clipboard.writeText = (t) => { window.copied.push(t); return Promise.resolve(); };")
        .await;
    b.click("#copy-markdown").await;
    b.click("#copy-sql").await;
    let copied = b
        .wait_for("the copies", "window.copied.length === 2 && window.copied")
        .await;
    let markdown = copied[0].as_str().unwrap();
    let md_lines: Vec<&str> = markdown.lines().collect();
    assert_eq!(md_lines.len(), 7, "{markdown}");
    assert_eq!(md_lines[0], "| first_name | last_name | country |");
    assert_eq!(md_lines[1], "| --- | --- | --- |");
    assert_eq!(md_lines[2], format!("| {} |", rows[0].join(" | ")));
    assert!(copied[1].as_str().unwrap().starts_with("SELECT first_name"));

    // Download CSV: the file has the header and the same rows.
    b.click("#download-csv").await;
    let (name, csv) = b.downloaded().await;
    assert_eq!(name, "quarry-result.csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 6, "{csv}");
    assert_eq!(csv_fields(lines[0]), head);
    for (line, row) in lines[1..].iter().zip(&rows) {
        assert_eq!(&csv_fields(line), row);
    }

    // Sorting by a column.
    b.click("#result-table th[data-col=\"1\"] button").await;
    let (_, sorted) = b.table().await;
    let mut names: Vec<String> = rows.iter().map(|r| r[1].clone()).collect();
    names.sort_by_key(|a| a.to_lowercase());
    assert_eq!(
        sorted.iter().map(|r| r[1].clone()).collect::<Vec<_>>(),
        names
    );
    assert_eq!(
        b.js("return document.querySelector('#result-table th[data-col=\"1\"]').getAttribute('aria-sort');")
            .await,
        json!("ascending")
    );

    // A label column and a number: the chart is offered and draws one bar per row.
    b.type_into(
        "#sql-editor",
        "SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC",
        true,
    )
    .await;
    b.click("#run-sql").await;
    b.wait_for(
        "the chart tab",
        "!document.getElementById('tab-chart').hidden",
    )
    .await;
    let (_, rows) = b.table().await;
    b.click("#tab-chart").await;
    let bars = b
        .wait_for(
            "the bars",
            "document.querySelectorAll('#chart svg rect.bar').length",
        )
        .await;
    assert_eq!(bars.as_u64().unwrap() as usize, rows.len());
    b.shot("04-chart").await;

    // A date label: the chart becomes a line.
    b.run_sql(
        "SELECT substr(order_date, 1, 7) AS month, COUNT(*) AS orders \
         FROM orders GROUP BY month ORDER BY month",
    )
    .await;
    b.wait_for(
        "the line chart",
        "document.querySelector('#chart svg path.line') && document.getElementById('chart-line').checked",
    )
    .await;
    b.shot("05-line-chart").await;
    b.click("#tab-table").await;

    // Cells: numbers right-aligned, NULL shown as such, long text elided with the full value
    // in its title.
    b.run_sql(
        "SELECT 42 AS n, NULL AS empty_value, replace(hex(zeroblob(100)), '0', 'ab') AS long_text",
    )
    .await;
    b.wait_for(
        "the cells",
        "document.querySelector('#result-table tbody td .null')",
    )
    .await;
    let cells = b
        .js(
            "const tds = document.querySelectorAll('#result-table tbody td');\
             const long = tds[2].querySelector('.cell-text');\
             return [tds[0].className, getComputedStyle(tds[0]).textAlign, tds[1].textContent,\
                     long.title.length, long.scrollWidth > long.clientWidth];",
        )
        .await;
    assert_eq!(cells, json!(["num", "right", "NULL", 400, true]));

    // A slow statement shows the spinner with the elapsed time, and Cancel aborts it.
    b.run_sql(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000000) \
         SELECT count(*) FROM c",
    )
    .await;
    b.wait_for(
        "the spinner",
        "!document.getElementById('progress').hidden && \
         parseFloat(document.getElementById('elapsed').textContent) >= 0.3",
    )
    .await;
    b.shot("06-running").await;
    b.click("#cancel").await;
    b.wait_for("the cancel", "document.getElementById('progress').hidden")
        .await;
    assert!(!b.visible("#query-error").await);
    assert_eq!(b.text("#result-table tbody td.num").await, "42");

    // The schema sidebar: filter, then a click on a table writes "show <table>".
    b.type_into("#schema-filter", "email", true).await;
    b.wait_for(
        "the filtered schema",
        "document.querySelector('#schema-list li[data-table=\"customers\"] .schema-cols')",
    )
    .await;
    b.shot("07-schema-filter").await;
    b.click("#schema-list li[data-table=\"customers\"] .schema-table-name")
        .await;
    assert_eq!(
        b.js("return document.getElementById('question').value;")
            .await,
        json!("show customers")
    );

    // Up in the question box brings back earlier questions.
    b.type_into("#question", "", true).await;
    b.type_into("#question", ARROW_UP, false).await;
    assert_eq!(
        b.js("return document.getElementById('question').value;")
            .await,
        json!("how many customers")
    );

    // Connect to the demo file as a session of its own, through the form.
    b.click("#change-db").await;
    b.client
        .find(Locator::Css("#conn-driver"))
        .await
        .unwrap()
        .select_by_value("sqlite")
        .await
        .unwrap();
    assert!(!b.visible("#conn-host").await);
    b.type_into(
        "#conn-database",
        &server.demo_db.display().to_string(),
        true,
    )
    .await;
    b.click("#connect-submit").await;
    b.wait_for(
        "the session",
        "localStorage.getItem('quarry.session_id') && !document.getElementById('disconnect').hidden",
    )
    .await;
    assert!(!b.text("#db-info").await.is_empty());
    b.type_into("#question", &format!("how many customers{ENTER}"), true)
        .await;
    b.wait_for(
        "the session's answer",
        &format!(
            "document.querySelector('#result-table tbody td') && \
             document.querySelector('#result-table tbody td').textContent === '{expected}'"
        ),
    )
    .await;
    b.shot("08-connected").await;

    // The status page counts that one session.
    b.goto(&format!("{base}/#/status")).await;
    b.wait_for(
        "one session on the status page",
        "document.getElementById('status-sessions').textContent === '1'",
    )
    .await;
    assert_ne!(b.text("#status-pools").await, "–");
    b.shot("09-status").await;

    // Disconnect ends it on the server.
    b.goto(&format!("{base}/#/")).await;
    b.click("#disconnect").await;
    b.wait_for(
        "the connect form after disconnecting",
        "!document.getElementById('connect-panel').hidden && !localStorage.getItem('quarry.session_id')",
    )
    .await;
    let stats = b.fetch_json("GET", "/api/v1/stats/sessions", None).await;
    assert_eq!(stats["total_sessions"], json!(0), "{stats}");

    // A 404 is expected only from a server without the feedback endpoint.
    b.assert_no_console_errors(&[404]).await;
    b.close().await;
    assert!(
        !server.log_text().contains("panicked"),
        "{}",
        server.log_text()
    );
    drop(server.proc);
}

/// API keys and session expiry: the UI asks for a key on 401 `unauthorized`, keeps it, and on
/// an expired session shows "session ended" with Reconnect, keeping the question.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_key_prompt_and_expired_session_reconnect() {
    let dir = tempdir("quarry-ui-expiry-");
    let server = Server::start(
        dir.path(),
        "idle_timeout = \"3s\"\nsweep_interval = \"1s\"",
        &format!(
            "[auth]\nmode = \"api_key\"\n\n[[auth.keys]]\nsha256 = \"{API_KEY_SHA256}\"\n\
             tenant = \"ui\"\nrole = \"admin\"\n"
        ),
    )
    .await;
    let b = Browser::start(dir.path(), "expiry", &[]).await;
    let base = server.base.clone();

    b.goto(&format!("{base}/")).await;
    // Connect through the form; the server wants a key, so the UI asks for one.
    b.client
        .find(Locator::Css("#conn-driver"))
        .await
        .unwrap()
        .select_by_value("sqlite")
        .await
        .unwrap();
    b.type_into(
        "#conn-database",
        &server.demo_db.display().to_string(),
        true,
    )
    .await;
    b.type_into("#conn-database", ENTER, false).await;
    b.wait_for(
        "the API key dialog",
        "document.getElementById('api-key-dialog').open",
    )
    .await;
    b.shot("01-api-key").await;
    b.type_into("#api-key", &format!("{API_KEY}{ENTER}"), true)
        .await;
    b.wait_for(
        "the session after the key",
        "localStorage.getItem('quarry.session_id') && !document.getElementById('disconnect').hidden",
    )
    .await;
    assert_eq!(
        b.js("return localStorage.getItem('quarry.api_key');").await,
        json!(API_KEY)
    );
    b.wait_for(
        "the schema with the key",
        "document.querySelector('#schema-list li[data-table=\"customers\"]')",
    )
    .await;

    // Let the session expire (idle timeout 3 s), then ask.
    b.type_into("#question", "how many customers", true).await;
    tokio::time::sleep(Duration::from_millis(4500)).await;
    b.type_into("#question", ENTER, false).await;
    b.wait_for(
        "the session-ended prompt",
        "!document.getElementById('session-banner').hidden",
    )
    .await;
    assert!(b.visible("#reconnect").await);
    assert_eq!(
        b.js("return document.getElementById('question').value;")
            .await,
        json!("how many customers")
    );
    assert_eq!(b.text("#conn-badge").await, "Session ended");
    b.shot("02-session-ended").await;

    // Reconnect, then the kept question works.
    b.click("#reconnect").await;
    b.wait_for(
        "the new session",
        "localStorage.getItem('quarry.session_id') && document.getElementById('session-banner').hidden",
    )
    .await;
    b.click("#ask").await;
    b.wait_for(
        "the answer after reconnecting",
        "document.querySelector('#result-table tbody td.num')",
    )
    .await;
    b.shot("03-reconnected").await;

    // The expired session's 401 and the key prompt's 401s are expected in the log (which
    // also shows that the log is read at all).
    let expected_401s = b.assert_no_console_errors(&[401]).await;
    assert!(expected_401s >= 2, "the browser log shows no 401 answers");
    b.close().await;
    drop(server.proc);
}

/// The page works on a narrow screen in dark mode: the sidebar folds behind a button, the
/// answer fits, and the colours follow prefers-color-scheme.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn narrow_screen_dark_mode() {
    let dir = tempdir("quarry-ui-narrow-");
    let server = Server::start(dir.path(), "idle_timeout = \"30m\"", "").await;
    let b = Browser::start(
        dir.path(),
        "narrow-dark",
        &[
            "--force-dark-mode",
            "--blink-settings=preferredColorScheme=0",
        ],
    )
    .await;
    b.client.set_window_size(420, 900).await.unwrap();
    b.goto(&format!("{}/", server.base)).await;
    assert_eq!(
        b.js("return matchMedia('(prefers-color-scheme: dark)').matches;")
            .await,
        json!(true)
    );
    // The dark background (#0f1216) is in force.
    assert_eq!(
        b.js("return getComputedStyle(document.body).backgroundColor;")
            .await,
        json!("rgb(15, 18, 22)")
    );
    assert!(b.visible("#schema-toggle").await);
    assert!(!b.visible("#schema-sidebar").await);
    b.click("#connect-demo").await;
    b.type_into("#question", &format!("how many customers{ENTER}"), true)
        .await;
    b.wait_for(
        "the answer table",
        "document.querySelector('#result-table tbody td.num')",
    )
    .await;
    let overflow = b
        .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
        .await;
    assert!(
        overflow.as_i64().unwrap() <= 0,
        "page scrolls sideways by {overflow}px"
    );
    b.shot("01-answer").await;
    b.click("#schema-toggle").await;
    b.wait_for(
        "the sidebar",
        "document.getElementById('schema-sidebar').classList.contains('open')",
    )
    .await;
    b.shot("02-schema").await;
    b.assert_no_console_errors(&[]).await;
    b.close().await;
    drop(server.proc);
}
