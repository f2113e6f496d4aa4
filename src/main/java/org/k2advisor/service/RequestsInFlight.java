package org.k2advisor.service;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The connections that have a request in flight, for a graceful stop: those are kept for the whole
 * grace, even while the client pauses (a batch still being sent); the others, idle keep-alive
 * connections, are closed at once, so they cannot hold the stop for the grace.
 */
final class RequestsInFlight extends Handler.Wrapper {
    private final Set<EndPoint> busy = ConcurrentHashMap.newKeySet();

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        busy.add(endPoint);
        Callback done = new Callback() {
            @Override
            public void succeeded() {
                busy.remove(endPoint);
                callback.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                busy.remove(endPoint);
                callback.failed(failure);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        };
        boolean handled = false;
        try {
            handled = super.handle(request, response, done);
            return handled;
        } finally {
            if (!handled) {
                busy.remove(endPoint);
            }
        }
    }

    boolean isBusy(EndPoint endPoint) {
        return busy.contains(endPoint);
    }
}
