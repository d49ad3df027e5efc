package ru.praktika.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.convert.ConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import ru.praktika.platform.DomainException;
import ru.praktika.platform.NotFoundException;

/**
 * Turns what went wrong into a page in plain Russian with the right status. Forms handle their own
 * rule violations to keep what was typed; this is the safety net behind them.
 */
@ControllerAdvice
class WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

    private final MessageSource messages;

    WebExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class,
            MethodArgumentTypeMismatchException.class})
    String notFound(Exception e, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                LocaleContextHolder.getLocale()));
        return "error/problem";
    }

    /** Behind the forms (each keeps what was typed itself): whichever of the three a conflict arrives as. */
    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockException.class,
            StaleStateException.class})
    String conflict(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("problem", messages.getMessage("error.conflict", null, LocaleContextHolder.getLocale()));
        return "error/problem";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model, HttpServletResponse response) {
        response.setStatus(413);
        model.addAttribute("problem", messages.getMessage("error.uploadTooLarge", null, LocaleContextHolder.getLocale()));
        return "error/problem";
    }

    /** Input the binding could not take at all (a tampered form, a broken multipart body): 400, never 500. */
    @ExceptionHandler({MissingServletRequestParameterException.class, ServletRequestBindingException.class,
            InvalidPropertyException.class, BeanInstantiationException.class, ConversionException.class,
            HttpMessageNotReadableException.class, MissingServletRequestPartException.class, MultipartException.class,
            BindException.class, HandlerMethodValidationException.class})
    String badRequest(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problem", messages.getMessage("error.badRequest", null, LocaleContextHolder.getLocale()));
        return "error/problem";
    }
}
