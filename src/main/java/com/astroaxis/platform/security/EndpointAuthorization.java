package com.astroaxis.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * URL-level authorisation derived from the controllers themselves: the request is matched to its handler method,
 * whose {@link RequiresPermission} (or {@link PublicEndpoint}) decides, before the body is even read. Method
 * security checks the same annotation again when the method runs.
 */
final class EndpointAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    private final RequestMappingHandlerMapping handlers;

    EndpointAuthorization(RequestMappingHandlerMapping handlers) {
        this.handlers = handlers;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        var handler = handlerOf(context.getRequest());
        if (handler != null && annotation(handler, PublicEndpoint.class) != null) {
            return new AuthorizationDecision(true);
        }
        var user = authentication.get();
        boolean signedIn = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
        if (!signedIn) {
            return new AuthorizationDecision(false);
        }
        var held = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        if (handler != null) {
            var required = annotation(handler, RequiresPermission.class);
            return new AuthorizationDecision(required == null || held.contains(required.value()));
        }
        // no exact match (wrong method or content type): whoever may use none of the endpoints at this path learns
        // nothing more about them than a 403
        var candidates = handlersAt(context.getRequest());
        return new AuthorizationDecision(candidates.isEmpty() || candidates.stream().anyMatch(candidate -> {
            var required = annotation(candidate, RequiresPermission.class);
            return required == null || held.contains(required.value());
        }));
    }

    private List<HandlerMethod> handlersAt(HttpServletRequest request) {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        var candidates = new ArrayList<HandlerMethod>();
        handlers.getHandlerMethods().forEach((info, method) -> {
            var paths = info.getPathPatternsCondition();
            if (paths != null && paths.getMatchingCondition(request) != null) {
                candidates.add(method);
            }
        });
        return candidates;
    }

    /** The permission an endpoint requires, or null: for the role × endpoint matrix. */
    static RequiresPermission requiredPermission(HandlerMethod handler) {
        return annotation(handler, RequiresPermission.class);
    }

    private HandlerMethod handlerOf(HttpServletRequest request) {
        try {
            var chain = handlers.getHandler(request);
            return chain != null && chain.getHandler() instanceof HandlerMethod method ? method : null;
        } catch (Exception noMatch) {
            return null; // method not allowed, unsupported media type…: let MVC answer that after authentication
        }
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(HandlerMethod handler, Class<A> type) {
        var onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), type);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), type);
    }
}
