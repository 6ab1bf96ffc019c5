//! A TCP proxy owned by one test, for network faults between quarry and a database without
//! touching the shared server: `stall` stops forwarding bytes in both directions while every
//! socket stays open (a hung network or a frozen peer), `restore` resumes, `cut` closes every
//! proxied connection at once (a reset link), `delay_connects` holds each new connection that
//! long before it reaches the server (a slow network or an overloaded server's backend start).
#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

pub struct TcpProxy {
    pub addr: SocketAddr,
    stalled: watch::Sender<bool>,
    /// Bumped by `cut`; every connection task ends when it changes.
    cut: watch::Sender<u64>,
    open: Arc<AtomicUsize>,
    connect_delay_ms: Arc<AtomicU64>,
    accept: tokio::task::JoinHandle<()>,
}

impl TcpProxy {
    /// Listens on 127.0.0.1:0 and forwards every accepted connection to `upstream`.
    pub async fn start(upstream: SocketAddr) -> TcpProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stalled, _) = watch::channel(false);
        let (cut, _) = watch::channel(0u64);
        let open = Arc::new(AtomicUsize::new(0));
        let connect_delay_ms = Arc::new(AtomicU64::new(0));
        let accept = {
            let stalled = stalled.clone();
            let cut = cut.clone();
            let open = open.clone();
            let connect_delay_ms = connect_delay_ms.clone();
            tokio::spawn(async move {
                while let Ok((client, _)) = listener.accept().await {
                    let stall_rx = stalled.subscribe();
                    let mut cut_rx = cut.subscribe();
                    cut_rx.mark_unchanged();
                    let open = open.clone();
                    let delay = Duration::from_millis(connect_delay_ms.load(Ordering::SeqCst));
                    tokio::spawn(async move {
                        tokio::time::sleep(delay).await;
                        let Ok(server) = TcpStream::connect(upstream).await else {
                            return;
                        };
                        let _ = client.set_nodelay(true);
                        let _ = server.set_nodelay(true);
                        open.fetch_add(1, Ordering::SeqCst);
                        let (cr, cw) = client.into_split();
                        let (sr, sw) = server.into_split();
                        // Either direction ending (EOF, error) or a cut ends the pair; dropping
                        // the halves closes both sockets.
                        tokio::select! {
                            _ = pump(cr, sw, stall_rx.clone()) => {}
                            _ = pump(sr, cw, stall_rx) => {}
                            _ = cut_rx.changed() => {}
                        }
                        open.fetch_sub(1, Ordering::SeqCst);
                    });
                }
            })
        };
        TcpProxy {
            addr,
            stalled,
            cut,
            open,
            connect_delay_ms,
            accept,
        }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Stops forwarding: bytes already read are held, nothing more is read, sockets stay open.
    pub fn stall(&self) {
        self.stalled.send_replace(true);
    }

    /// Resumes forwarding (held bytes go out first).
    pub fn restore(&self) {
        self.stalled.send_replace(false);
    }

    /// Closes every proxied connection now; new ones are still accepted.
    pub fn cut(&self) {
        self.cut.send_modify(|g| *g += 1);
    }

    /// Holds every connection accepted from now on for `delay` before connecting it upstream.
    pub fn delay_connects(&self, delay: Duration) {
        self.connect_delay_ms
            .store(delay.as_millis() as u64, Ordering::SeqCst);
    }

    /// Proxied connections currently open.
    pub fn open_connections(&self) -> usize {
        self.open.load(Ordering::SeqCst)
    }
}

impl Drop for TcpProxy {
    fn drop(&mut self) {
        self.accept.abort();
        self.cut();
    }
}

async fn wait_open(stalled: &mut watch::Receiver<bool>) {
    // An error means the proxy is gone: carry on and let the socket end the pair.
    let _ = stalled.wait_for(|s| !*s).await;
}

async fn pump(mut from: OwnedReadHalf, mut to: OwnedWriteHalf, mut stalled: watch::Receiver<bool>) {
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        wait_open(&mut stalled).await;
        let n = match from.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        // A stall that began while this read was pending holds the bytes here.
        wait_open(&mut stalled).await;
        if to.write_all(&buf[..n]).await.is_err() {
            break;
        }
    }
    let _ = to.shutdown().await;
}
