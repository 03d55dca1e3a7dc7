package com.seventargets.camel.internal;

import java.io.IOException;
import java.net.Socket;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.impl.io.DefaultHttpResponseParserFactory;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.util.Timeout;

/**
 * The classic client's connections, without HttpClient's wire log: at DEBUG it would print the raw requests, and
 * with them the access token and the user identifier. They are HttpCore's plain connections, with what the pool
 * needs added: the socket timeout is lifted while a connection is idle in the pool and restored when it is leased.
 */
final class UnloggedConnections implements HttpConnectionFactory<ManagedHttpClientConnection> {

    /** The longest status or header line read: far above 7Targets' own, and an endless one must not fill memory. */
    static final int MAX_LINE_LENGTH = 8 * 1024;
    /** The most header lines read in one answer. */
    static final int MAX_HEADER_COUNT = 100;

    private static final Http1Config LIMITS = Http1Config.custom()
            .setMaxLineLength(MAX_LINE_LENGTH)
            .setMaxHeaderCount(MAX_HEADER_COUNT)
            .build();

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        Connection connection = new Connection();
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    private static final class Connection extends DefaultBHttpClientConnection implements ManagedHttpClientConnection {

        private volatile Timeout socketTimeout;

        Connection() {
            // the classic client's lenient response parser, as its own connections have, with our limits (the
            // connection would give it the default configuration, whose header count has no limit)
            super(LIMITS, null, null, null, null, null,
                    config -> DefaultHttpResponseParserFactory.INSTANCE.create(LIMITS));
        }

        @Override
        public void bind(Socket socket) throws IOException {
            super.bind(socket);
            socketTimeout = Timeout.ofMilliseconds(socket.getSoTimeout());
        }

        @Override
        public void bind(SSLSocket tls, Socket plain) throws IOException {
            super.bind(tls, plain);
            socketTimeout = Timeout.ofMilliseconds(tls.getSoTimeout());
        }

        @Override
        public Socket getSocket() {
            SocketHolder holder = getSocketHolder();
            return holder == null ? null : holder.getSocket();
        }

        @Override
        public void passivate() {
            setSocketTimeout(Timeout.ZERO_MILLISECONDS);
        }

        @Override
        public void activate() {
            setSocketTimeout(socketTimeout);
        }
    }
}
