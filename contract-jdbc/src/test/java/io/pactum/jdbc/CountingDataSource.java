package io.pactum.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that counts the connections and statements handed out and not yet closed: the leak
 * check of every test in this module. Result sets are closed with their statements.
 */
final class CountingDataSource implements DataSource {

    private final DataSource target;
    private final AtomicInteger openConnections = new AtomicInteger();
    private final AtomicInteger openStatements = new AtomicInteger();
    private final AtomicInteger borrowed = new AtomicInteger();

    CountingDataSource(DataSource target) {
        this.target = target;
    }

    /** Connections borrowed and not closed. */
    int openConnections() {
        return openConnections.get();
    }

    /** Statements created and not closed. */
    int openStatements() {
        return openStatements.get();
    }

    /** Connections borrowed so far. */
    int borrowed() {
        return borrowed.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return count(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return count(target.getConnection(username, password));
    }

    private Connection count(Connection real) {
        openConnections.incrementAndGet();
        borrowed.incrementAndGet();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Counted(real, openConnections, true));
    }

    /** Forwards calls, counts the close once, and wraps the statements a connection creates. */
    private final class Counted implements InvocationHandler {
        private final Object real;
        private final AtomicInteger open;
        private final boolean connection;
        private final AtomicBoolean closed = new AtomicBoolean();

        Counted(Object real, AtomicInteger open, boolean connection) {
            this.real = real;
            this.open = open;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("close") && closed.compareAndSet(false, true)) {
                open.decrementAndGet();
            }
            Object result;
            try {
                result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (connection && result instanceof Statement s) {
                openStatements.incrementAndGet();
                Class<?> type = method.getReturnType();
                return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                        new Counted(s, openStatements, false));
            }
            return result;
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
