package com.seventargets.camel.client;

import java.io.IOException;
import java.net.Socket;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.util.Timeout;

/**
 * An HTTP connection that never writes HttpClient's header and wire logs: at DEBUG they print every request
 * header, the access token and the client secret included. The component logs each call itself, without them.
 */
final class UnloggedConnection extends DefaultBHttpClientConnection implements ManagedHttpClientConnection {

    /** Creates the pool's connections. */
    static final HttpConnectionFactory<ManagedHttpClientConnection> FACTORY = socket -> {
        UnloggedConnection connection = new UnloggedConnection();
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    };

    private volatile Timeout socketTimeout;

    private UnloggedConnection() {
        super(Http1Config.DEFAULT);
    }

    @Override
    public void bind(Socket socket) throws IOException {
        super.bind(socket);
        socketTimeout = Timeout.ofMilliseconds(socket.getSoTimeout());
    }

    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
        super.bind(sslSocket, socket);
        socketTimeout = Timeout.ofMilliseconds(sslSocket.getSoTimeout());
    }

    @Override
    public Socket getSocket() {
        SocketHolder holder = getSocketHolder();
        return holder == null ? null : holder.getSocket();
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
        super.setSocketTimeout(timeout);
        socketTimeout = timeout;
    }

    /** Idle in the pool: no read timeout, as HttpClient's own connections do. */
    @Override
    public void passivate() {
        super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
    }

    @Override
    public void activate() {
        super.setSocketTimeout(socketTimeout);
    }
}
