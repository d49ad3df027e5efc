package ru.praktika.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import javax.sql.DataSource;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * When the database is away every request fails (the session itself lives there), and the usual error page
 * needs the database too, so people got Tomcat's bare English page after a 30 s wait. This filter runs before
 * everything that touches the database (sessions included) and answers such a failure with a Russian page
 * rendered from the bundle alone, status 503. Nothing to recover: the pool reconnects on the next request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ITemplateEngine templates;
    private final DataSource dataSource;

    DatabaseUnavailableFilter(ITemplateEngine templates, DataSource dataSource) {
        this.templates = templates;
        this.dataSource = dataSource;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || !(databaseAway(e) || (touchesDatabase(e) && !databaseAnswers()))) {
                throw e;
            }
            log.warn("База данных недоступна: {} {} — {}", request.getMethod(), request.getRequestURI(), rootMessage(e));
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setContentType("text/html;charset=UTF-8");
            Context context = new Context(Locale.forLanguageTag("ru-RU"));
            context.setVariable("contextPath", request.getContextPath());
            response.getOutputStream().write(templates.process("error/database", context).getBytes(StandardCharsets.UTF_8));
        }
    }

    static boolean databaseAway(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof JDBCConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && ((sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))
                    || String.valueOf(sql.getMessage()).contains("Connection is closed"))) {
                return true;
            }
        }
        return false;
    }

    /** Some failure of the database layer whose cause does not say whether the server is away (a failed rollback). */
    private static boolean touchesDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof DataAccessException || t instanceof PersistenceException
                    || t instanceof TransactionException || t instanceof org.hibernate.HibernateException) {
                return true;
            }
        }
        return false;
    }

    /** Asks the pool for a connection (at most its connection timeout): is the server there now? */
    private boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
