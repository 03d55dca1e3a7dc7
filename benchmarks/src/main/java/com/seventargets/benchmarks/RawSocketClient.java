package com.seventargets.benchmarks;

import com.seventargets.camel.model.Lead;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * (d) The lightest client there is, to measure the simulator: one keep-alive socket per sender thread, the
 * request written from a prepared template, the answer's status checked and its body skipped (no JSON either way).
 */
final class RawSocketClient implements LeadClient {

    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final Queue<Connection> opened = new ConcurrentLinkedQueue<>();
    private int port;
    private String head;

    @Override
    public void start(Target target, int ignored) throws Exception {
        URI base = URI.create(target.baseUrl());
        port = base.getPort();
        head = "POST /leads HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nAuthorization: Bearer " + AccessTokenFetcher.fetch(target)
                + "\r\n7ts-user-identifier: " + target.userIdentifier()
                + "\r\nContent-Type: application/json\r\nContent-Length: ";
    }

    @Override
    public long create(Lead lead) throws IOException {
        byte[] body = ("{\"name\":\"" + lead.getName() + "\",\"email\":\"" + lead.getEmail()
                + "\",\"assistantEmail\":\"" + lead.getAssistantEmail() + "\"}").getBytes(StandardCharsets.UTF_8);
        connection().exchange((head + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
        return 0;
    }

    @Override
    public void close() throws IOException {
        for (Connection connection : opened) {
            connection.socket.close();
        }
    }

    private Connection connection() throws IOException {
        Connection connection = connections.get();
        if (connection == null) {
            connection = new Connection(new Socket(InetAddress.getLoopbackAddress(), port));
            connections.set(connection);
            opened.add(connection);
        }
        return connection;
    }

    /** One keep-alive connection: writes a request, reads the status line, headers and Content-Length bytes. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(Socket socket) throws IOException {
            socket.setTcpNoDelay(true);
            this.socket = socket;
            this.out = socket.getOutputStream();
            this.in = new BufferedInputStream(socket.getInputStream());
        }

        void exchange(byte[] head, byte[] body) throws IOException {
            out.write(head);
            out.write(body);
            out.flush();
            String status = line();
            if (!status.startsWith("HTTP/1.1 2")) {
                throw new IOException("POST /leads answered " + status);
            }
            long length = 0;
            for (String header = line(); !header.isEmpty(); header = line()) {
                if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Long.parseLong(header.substring(15).trim());
                }
            }
            in.skipNBytes(length);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("Connection closed by the server");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }
}
