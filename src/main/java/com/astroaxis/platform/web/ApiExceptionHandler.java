package com.astroaxis.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import com.astroaxis.platform.config.AstroAxisSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure in a controller into {@code application/problem+json}. Details are written for the person
 * at the till: what was wrong and where, never a class name, a stack trace or SQL.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final long maxUploadBytes;

    ApiExceptionHandler(AstroAxisSettings settings) {
        this.maxUploadBytes = settings.uploads().maxSizeBytes();
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException exception) {
        var response = ResponseEntity.status(exception.status());
        exception.headers().forEach((name, value) -> response.header(name, value));
        return response.body(Problems.of(exception));
    }

    /** Method security refusals: 401 for nobody signed in, 403 for a user whose role lacks the permission. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    ResponseEntity<ProblemDetail> denied(Exception exception) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (exception instanceof AuthenticationException || authentication == null
                || authentication instanceof AnonymousAuthenticationToken) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Problems.of(HttpStatus.UNAUTHORIZED,
                    "unauthenticated", "Sign-in required", "Sign in to use this part of AstroAxis."));
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "Not allowed", "Your role does not allow this action."));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException exception) {
        var errors = exception.getConstraintViolations().stream()
                .map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
                .toList();
        var problem = Problems.of(HttpStatus.BAD_REQUEST, "validation-failed", "Invalid request",
                "Some values are not acceptable; see errors.");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ResponseEntity<ProblemDetail> conflict(Exception exception) {
        log.info("Write refused by the database: {}", exception.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "conflict",
                "Conflicting change", "The change conflicts with data saved meanwhile. Reload and try again."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        log.error("Unexpected failure", exception);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error", "Something went wrong",
                "The request could not be completed. Nothing was saved. Quote the request id when reporting this."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var tooLarge = causeOfType(exception, RequestBodyLimitFilter.BodyTooLargeException.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(RequestBodyLimitFilter.tooLarge(tooLarge.limit));
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                "Malformed request", unreadableDetail(exception)));
    }

    /** An upload over MAX_UPLOAD_SIZE_MB, found while the multipart body was read: the same problem as the filter's. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "File too large",
                "The file is larger than the " + maxUploadBytes / (1024 * 1024) + " MB allowed.");
        problem.setProperty("maxBytes", maxUploadBytes);
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
        var problem = Problems.of(HttpStatus.BAD_REQUEST, "validation-failed", "Invalid request",
                errors.isEmpty() ? "The request is not valid." : "Some fields are not acceptable: "
                        + String.join(", ", errors.stream().map(e -> e.get("field")).distinct().toList()) + ".");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Problems.decorate(problem);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static String unreadableDetail(HttpMessageNotReadableException exception) {
        var databind = causeOfType(exception, DatabindException.class);
        if (databind != null && !databind.getPath().isEmpty()) {
            var path = String.join(".", databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .toList()).replace(".[", "[");
            return "The value of '" + path + "' has the wrong type or format.";
        }
        var syntax = causeOfType(exception, StreamReadException.class);
        if (syntax != null && syntax.getLocation() != null) {
            return "The request body is not valid JSON (line " + syntax.getLocation().getLineNr() + ", column "
                    + syntax.getLocation().getColumnNr() + ").";
        }
        return "The request body is missing or is not valid JSON.";
    }

    private static <T extends Throwable> T causeOfType(Throwable throwable, Class<T> type) {
        for (var cause = throwable; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
