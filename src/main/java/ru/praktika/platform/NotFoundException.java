package ru.praktika.platform;

/** A record that does not exist, or that the user may not know exists; shown as a Russian 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
