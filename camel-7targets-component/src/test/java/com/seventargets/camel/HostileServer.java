package com.seventargets.camel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP server on 127.0.0.1 that answers every request as the test says: an endless body, an endless header line,
 * endless header lines, a body that trickles in. Each answer is bounded all the same, by {@link #MAX_BYTES} and {@link #MAX_TIME}, so that a
 * client that reads without a limit fails the test instead of the build. One connection at a time.
 */
final class HostileServer implements AutoCloseable {

    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final Duration MAX_TIME = Duration.ofSeconds(30);

    /** Writes an answer; the stream fails once a bound is reached. */
    @FunctionalInterface
    interface Answer {
        void write(OutputStream out) throws IOException;
    }

    private final ServerSocket server;
    private final AtomicLong written = new AtomicLong();

    HostileServer(Answer answer) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> serve(answer), "hostile-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** The bytes written to every client so far. */
    long bytesWritten() {
        return written.get();
    }

    /** 200 with a chunked body that never ends. */
    static void endlessBody(OutputStream out) throws IOException {
        out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
        byte[] chunk = ascii("10000\r\n" + "a".repeat(0x10000) + "\r\n");
        while (true) {
            out.write(chunk);
        }
    }

    /** 200 whose first header line never ends. */
    static void endlessHeaderLine(OutputStream out) throws IOException {
        out.write(ascii("HTTP/1.1 200 OK\r\nX-Endless: "));
        byte[] more = ascii("a".repeat(0x10000));
        while (true) {
            out.write(more);
        }
    }

    /** 200 followed by header lines that never end. */
    static void endlessHeaders(OutputStream out) throws IOException {
        out.write(ascii("HTTP/1.1 200 OK\r\n"));
        byte[] header = ascii("X-Again: and again\r\n");
        while (true) {
            out.write(header);
        }
    }

    /** 200 whose announced body comes one byte a second: no read waits long, the answer never ends. */
    static void trickle(OutputStream out) throws IOException {
        out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"));
        while (true) {
            out.write(' ');
            out.flush();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("the hostile server stops");
            }
        }
    }

    private void serve(Answer answer) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout((int) MAX_TIME.toMillis());
                skipRequestHead(socket.getInputStream());
                answer.write(new Bounded(socket.getOutputStream(), System.nanoTime() + MAX_TIME.toNanos()));
            } catch (IOException e) {
                // the client went away, or a bound was reached: on to the next connection
            }
        }
    }

    /** Reads up to the blank line after the request's headers, 64 KB at most; a small body stays unread. */
    private static void skipRequestHead(InputStream in) throws IOException {
        int matched = 0;
        for (int read = 0; read < 65_536 && matched < 4; read++) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** Counts what is written, and fails past {@link #MAX_BYTES} or the deadline. */
    private final class Bounded extends OutputStream {

        private final OutputStream out;
        private final long deadlineNanos;
        private long count;

        Bounded(OutputStream out, long deadlineNanos) {
            this.out = out;
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (count + length > MAX_BYTES || System.nanoTime() - deadlineNanos > 0) {
                throw new IOException("the hostile server's bound is reached");
            }
            out.write(bytes, offset, length);
            count += length;
            written.addAndGet(length);
        }
    }
}
