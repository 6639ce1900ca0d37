package org.jessserver.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP proxy between a test server and its database, which the test cuts to make a real outage happen: the
 * server's own driver, pool and time-outs meet it, as they would meet a network or database failure.
 */
public final class TcpProxy implements AutoCloseable {

    /** How the link fails. */
    public enum Cut {
        /** The database goes away: connections are reset and new ones closed at once (a crash, a restart). */
        CLOSE,
        /** The network drops everything: calls hang without an error until the link heals and traffic flows again. */
        BLACKHOLE
    }

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket listener;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Object gate = new Object();
    private volatile Cut cut;
    private volatile boolean closed;

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "tcp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Cuts the link: every connection, open or new, meets the failure from now on. */
    public void cut(Cut how) {
        cut = how;
        if (how == Cut.CLOSE) {
            sockets.forEach(TcpProxy::closeQuietly);
        }
    }

    /** Heals the link: new connections go through, and data held by a blackhole flows on. */
    public void restore() {
        synchronized (gate) {
            cut = null;
            gate.notifyAll();
        }
    }

    @Override
    public void close() {
        closed = true;
        restore();
        closeQuietly(listener);
        sockets.forEach(TcpProxy::closeQuietly);
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                if (cut == Cut.CLOSE) {
                    closeQuietly(client);
                    continue;
                }
                sockets.add(client);
                Thread t = new Thread(() -> connect(client), "tcp-proxy-connect");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void connect(Socket client) {
        Socket upstream = new Socket();
        sockets.add(upstream);
        try {
            // a blackhole answers nothing: the client's handshake waits as it would for a dropped network
            if (!awaitOpen()) {
                throw new IOException("cut");
            }
            upstream.connect(new InetSocketAddress(targetHost, targetPort), 5000);
            pump(client, upstream);
            pump(upstream, client);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(upstream);
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    // what arrives during a blackhole is held, as in a network that retransmits until it heals
                    if (!awaitOpen()) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // reset by the other side or by a cut
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    /** Waits while the link is blackholed; false when it is closed instead. */
    private boolean awaitOpen() {
        synchronized (gate) {
            while (cut == Cut.BLACKHOLE && !closed) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return cut == null && !closed;
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
