package ru.praktika.web;

import java.util.List;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * Every controller's forms are bound by {@link ConstructedFormBinder}, so an unconvertible value in any form
 * bound by its constructor becomes a field error on a re-rendered form, never a 500. Boot keeps the rest of
 * its MVC set-up; only the binder instance differs.
 */
@Configuration(proxyBeanMethods = false)
class FormBindingConfiguration {

    @Bean
    WebMvcRegistrations constructedFormBinding() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new Adapter();
            }
        };
    }

    /** Spring's adapter with the binder factory swapped. */
    static class Adapter extends RequestMappingHandlerAdapter {

        @Override
        protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
            return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {
                @Override
                protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
                                                                        NativeWebRequest request) {
                    return new ConstructedFormBinder(target, objectName);
                }
            };
        }
    }
}
