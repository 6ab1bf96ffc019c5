//! The embedded web UI: the static files under `web/`, compiled into the binary.
//!
//! Owns: serving `index.html` at `/` and the assets it loads at `/assets/<file>`, with their
//! content types. The UI is plain HTML, CSS and ES modules (no bundler, no CDN), so
//! `cargo build` alone builds everything and the UI works offline.
//! Must not: call anything but the public HTTP API. The UI's JavaScript talks to `/api/v1`
//! like any other client; this module knows nothing of sessions, pools or databases.

use axum::{
    extract::Path,
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};

/// One embedded file.
struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static str,
}

const INDEX_HTML: &str = include_str!("../web/index.html");

/// Every file the UI loads besides `index.html`, served at `/assets/<name>`.
const ASSETS: &[Asset] = &[
    Asset {
        name: "style.css",
        content_type: "text/css; charset=utf-8",
        body: include_str!("../web/style.css"),
    },
    Asset {
        name: "app.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_str!("../web/app.js"),
    },
    Asset {
        name: "api.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_str!("../web/api.js"),
    },
    Asset {
        name: "sql.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_str!("../web/sql.js"),
    },
    Asset {
        name: "table.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_str!("../web/table.js"),
    },
    Asset {
        name: "chart.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_str!("../web/chart.js"),
    },
    Asset {
        name: "status.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_str!("../web/status.js"),
    },
];

/// The page may load only its own files and talk only to its own origin.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
    form-action 'self'; frame-ancestors 'none'";

/// The UI's routes: `/`, `/index.html` and `/assets/{file}`. Merge it into the app's router
/// (or use it as the fallback); it has no state.
pub fn router() -> Router {
    Router::new()
        .route("/", get(index))
        .route("/index.html", get(index))
        .route("/assets/{file}", get(asset))
}

async fn index(headers: HeaderMap) -> Response {
    let mut res = serve(INDEX_HTML, "text/html; charset=utf-8", &headers);
    res.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    res.headers_mut().insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    res
}

async fn asset(Path(file): Path<String>, headers: HeaderMap) -> Response {
    match ASSETS.iter().find(|a| a.name == file) {
        Some(a) => serve(a.body, a.content_type, &headers),
        None => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "application/json")],
            r#"{"detail":"no such asset","code":"not_found"}"#,
        )
            .into_response(),
    }
}

/// A validator that changes whenever the file's content does (it is fixed per build).
fn etag(body: &str) -> String {
    // FNV-1a: stable across runs and builds, unlike std's randomly seeded hasher.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in body.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("\"{h:016x}\"")
}

fn serve(body: &'static str, content_type: &'static str, headers: &HeaderMap) -> Response {
    let tag = etag(body);
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag));
    let common = [
        (header::CACHE_CONTROL, "no-cache".to_string()),
        (header::ETAG, tag),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
    ];
    if fresh {
        (StatusCode::NOT_MODIFIED, common).into_response()
    } else {
        (
            [(header::CONTENT_TYPE, content_type.to_string())],
            common,
            body,
        )
            .into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::http::Request;
    use tower::ServiceExt;

    fn web_dir() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("web")
    }

    #[test]
    fn every_embedded_asset_is_non_empty_and_referenced_by_index_html() {
        assert!(INDEX_HTML.contains("<!doctype html>"));
        for a in ASSETS {
            assert!(!a.body.trim().is_empty(), "{} is empty", a.name);
            let href = format!("/assets/{}", a.name);
            assert!(
                INDEX_HTML.contains(&format!("\"{href}\"")),
                "index.html does not reference {href}"
            );
        }
    }

    #[test]
    fn every_file_in_web_is_embedded() {
        for entry in std::fs::read_dir(web_dir()).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if name == "index.html" {
                continue;
            }
            assert!(
                ASSETS.iter().any(|a| a.name == name),
                "web/{name} exists but is not embedded in src/web.rs"
            );
        }
    }

    #[test]
    fn index_html_and_modules_reference_only_embedded_files() {
        // Every /assets/... in index.html and every relative import in the modules must exist.
        let mut wanted = Vec::new();
        for part in INDEX_HTML.split("\"/assets/").skip(1) {
            wanted.push(part.split('"').next().unwrap().to_string());
        }
        for a in ASSETS.iter().filter(|a| a.name.ends_with(".js")) {
            for part in a.body.split("from './").skip(1) {
                wanted.push(part.split('\'').next().unwrap().to_string());
            }
        }
        assert!(wanted.len() >= ASSETS.len());
        for name in wanted {
            assert!(
                ASSETS.iter().any(|a| a.name == name),
                "{name} is referenced but not embedded"
            );
        }
    }

    #[test]
    fn ids_the_browser_test_relies_on_exist() {
        for id in [
            "question",
            "ask",
            "cancel",
            "result-table",
            "sql-editor",
            "run-sql",
            "download-csv",
            "copy-markdown",
            "reconnect",
            "connect-demo",
            "connect-form",
            "conn-driver",
            "conn-database",
            "connect-submit",
            "db-info",
            "disconnect",
            "schema-list",
            "schema-filter",
            "status-sessions",
            "status-pools",
            "session-banner",
            "api-key-dialog",
        ] {
            assert!(
                INDEX_HTML.contains(&format!("id=\"{id}\"")),
                "index.html lacks #{id}"
            );
        }
    }

    async fn get(uri: &str, if_none_match: Option<&str>) -> Response {
        let mut req = Request::builder().uri(uri);
        if let Some(tag) = if_none_match {
            req = req.header(header::IF_NONE_MATCH, tag);
        }
        router()
            .oneshot(req.body(Body::empty()).unwrap())
            .await
            .unwrap()
    }

    fn header_of(res: &Response, name: header::HeaderName) -> &str {
        res.headers().get(name).unwrap().to_str().unwrap()
    }

    #[tokio::test]
    async fn serves_index_and_assets_with_their_content_types() {
        let res = get("/", None).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(
            header_of(&res, header::CONTENT_TYPE),
            "text/html; charset=utf-8"
        );
        assert_eq!(header_of(&res, header::CACHE_CONTROL), "no-cache");
        assert!(header_of(&res, header::CONTENT_SECURITY_POLICY).contains("default-src 'self'"));

        for a in ASSETS {
            let res = get(&format!("/assets/{}", a.name), None).await;
            assert_eq!(res.status(), StatusCode::OK, "{}", a.name);
            assert_eq!(header_of(&res, header::CONTENT_TYPE), a.content_type);
            let body = axum::body::to_bytes(res.into_body(), usize::MAX)
                .await
                .unwrap();
            assert_eq!(body, a.body.as_bytes());
        }

        let res = get("/assets/nope.js", None).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        let res = get("/assets/..%2FCargo.toml", None).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
    }

    #[tokio::test]
    async fn answers_not_modified_to_a_matching_etag() {
        let first = get("/assets/app.js", None).await;
        let tag = header_of(&first, header::ETAG).to_string();
        let again = get("/assets/app.js", Some(&tag)).await;
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
        let other = get("/assets/app.js", Some("\"0\"")).await;
        assert_eq!(other.status(), StatusCode::OK);
    }
}
