package nl.wegwijs.dashboard;

import java.time.DateTimeException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A date typed wrong or pushed to the edge of the calendar is the visitor's mistake: 400 with a
 * short JSON message, and no stack trace in the log.
 */
@RestControllerAdvice(assignableTypes = {DashboardController.class, ExportController.class})
class DashboardErrors {

    @ExceptionHandler({Period.ImpossibleDate.class, DateTimeException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, String>> impossibleDate(Exception e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(Map.of("error", "a date or month in the filter is not valid; use yyyy-mm-dd between "
                        + Period.FIRST_YEAR + " and " + Period.LAST_YEAR));
    }
}
