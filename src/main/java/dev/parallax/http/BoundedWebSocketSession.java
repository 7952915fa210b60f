package dev.parallax.http;

import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.core.http.ServerWebSocket;

/**
 * SmallRye's view of a WebSocket, with a bound on what may wait to be written: a client that stops reading
 * is disconnected (close code 4429) instead of growing the server's memory.
 */
final class BoundedWebSocketSession implements GraphQLWebSocketSession {

    static final short TOO_SLOW = 4429;

    private final ServerWebSocket socket;

    BoundedWebSocketSession(ServerWebSocket socket, int maxQueuedBytes) {
        this.socket = socket;
        socket.setWriteQueueMaxSize(maxQueuedBytes);
    }

    @Override
    public void sendMessage(String message) {
        if (socket.isClosed()) {
            return;
        }
        if (socket.writeQueueFull()) {
            socket.close(TOO_SLOW, "SLOW_CONSUMER: the client reads too slowly");
            return;
        }
        socket.writeTextMessage(message);
    }

    @Override
    public void close(short status, String reason) {
        socket.close(status, reason);
    }

    @Override
    public boolean isClosed() {
        return socket.isClosed();
    }
}
