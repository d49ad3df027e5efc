package ru.praktika.platform;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the SQL statements the test's own thread sends through the application's DataSource (every JDBC
 * user: Hibernate, JdbcClient, Spring Data), so a test can hold a page to a number of statements whatever the
 * row counts. Import it only where needed: it gives the test its own Spring context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter implements BeanPostProcessor {

    private static final Set<String> PREPARE = Set.of("prepareStatement", "prepareCall");
    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch");
    private static final ThreadLocal<List<String>> SENT = new ThreadLocal<>();

    /** Runs {@code work} and returns how many statements it sent (its result is dropped). */
    public static int count(Supplier<?> work) {
        return statements(work).size();
    }

    /** Runs {@code work} and returns the statements it sent, in order (SQL text; "?" for a plain Statement's). */
    public static List<String> statements(Supplier<?> work) {
        List<String> sent = new ArrayList<>();
        SENT.set(sent);
        try {
            work.get();
        } finally {
            SENT.remove();
        }
        return sent;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
            // Closeable kept, so the context still closes the pool at shutdown.
            Class<?>[] types = ds instanceof java.io.Closeable
                    ? new Class<?>[] {DataSource.class, java.io.Closeable.class} : new Class<?>[] {DataSource.class};
            return proxy(types, ds, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection c ? proxy(Connection.class, c, SqlStatementCounter::connectionCall) : result;
            });
        }
        return bean;
    }

    private static Object connectionCall(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        if (PREPARE.contains(method.getName())) {
            tick(String.valueOf(args[0]));
        }
        if (result instanceof Statement s && method.getName().equals("createStatement")) {
            return proxy(Statement.class, s, (t, m, a) -> {
                if (EXECUTE.contains(m.getName())) {
                    tick(a != null && a.length > 0 ? String.valueOf(a[0]) : "?");
                }
                return invoke(t, m, a);
            });
        }
        return result;
    }

    private static void tick(String sql) {
        List<String> sent = SENT.get();
        if (sent != null) {
            sent.add(sql);
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        return type.cast(proxy(new Class<?>[] {type}, target, handler));
    }

    private static Object proxy(Class<?>[] types, Object target, Handler handler) {
        InvocationHandler h = (p, method, args) -> handler.handle(target, method, args);
        return Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), types, h);
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }
}
