package nl.wegwijs.dashboard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import nl.wegwijs.limits.KeyedLimits;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing: a few login attempts a minute per address and per user name (so
 * neither many names from one address nor one name from many addresses gets far). Per replica.
 */
class LoginThrottle extends OncePerRequestFilter {

    private final KeyedLimits perAddress = new KeyedLimits("login-address", 10, Duration.ofMinutes(1));
    private final KeyedLimits perName = new KeyedLimits("login-name", 5, Duration.ofMinutes(1));

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String name = String.valueOf(request.getParameter("username")).strip().toLowerCase(Locale.ROOT);
        boolean address = perAddress.check(request.getRemoteAddr()) == KeyedLimits.Verdict.ALLOWED;
        boolean user = perName.check(name) == KeyedLimits.Verdict.ALLOWED;
        if (!address || !user) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Te veel inlogpogingen. Wacht een minuut en probeer het opnieuw.");
            return;
        }
        chain.doFilter(request, response);
    }
}
