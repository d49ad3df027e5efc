package ru.praktika.platform;

/**
 * A rule of the domain refused an action. Carries a message key (from {@code messages}) so the user
 * reads the reason in Russian; the web layer renders it, never a stack trace.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
