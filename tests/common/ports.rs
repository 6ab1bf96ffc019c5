//! Ports for the servers a test starts as child processes (a private PostgreSQL, Redis,
//! `quarry serve`). Owns only the choice of a port; it starts nothing.
//!
//! A port from `bind(127.0.0.1:0)` is free only until the listener is dropped, and the child
//! binds it later. In between, the kernel hands the same ephemeral range to every outgoing
//! connection the other tests open (hundreds a second to PostgreSQL, MariaDB and Redis), so
//! one of them can take the port and the child fails to start. Ports below the ephemeral
//! range are handed out by nobody but this function, picked at random so that tests running
//! in parallel processes do not meet.

use std::net::TcpListener;

/// The first port of the kernel's ephemeral range, where outgoing connections get their
/// local port.
fn ephemeral_start() -> u16 {
    std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(32768)
}

/// A port nothing listens on now, and that no outgoing connection will be given.
pub fn free_port() -> u16 {
    let low = ephemeral_start();
    // 10,000 ports under the range; on a machine whose range starts too low for that, fall
    // back to the kernel's choice.
    if low >= 12_000 {
        let base = low - 10_000;
        for _ in 0..1000 {
            let port = base + rand::random::<u16>() % 10_000;
            if TcpListener::bind(("127.0.0.1", port)).is_ok() {
                return port;
            }
        }
    }
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("no free port on 127.0.0.1")
}
