package nl.wegwijs.channel.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever goes wrong outside a controller's own handling (an unknown path, a refused method, a
 * filter's error) ends here as a short JSON message with its real status, never a stack trace or
 * a server page. Opened directly, /error is simply not found.
 */
@RestController
class JsonErrors implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<Map<String, String>> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null) {
            status = HttpStatus.NOT_FOUND;
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", status.is5xxServerError() ? "something went wrong; please try again"
                        : status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT)));
    }
}
