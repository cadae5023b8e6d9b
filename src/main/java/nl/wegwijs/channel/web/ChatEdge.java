package nl.wegwijs.channel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.language.InterfaceText;
import nl.wegwijs.language.Language;
import nl.wegwijs.limits.KeyedLimits;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the chat API refuses before any of it is read: a type other than JSON (415), a body over
 * the limit (413, counted while it streams in, so a 30 MB body is never buffered), and a client
 * that sends too fast (429: a polite "slow down" once, then a short refusal). The client is the
 * address Tomcat resolved, which honours X-Forwarded-For only from trusted proxies.
 */
class ChatEdge extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long maxBody;
    private final KeyedLimits perClient;
    private final InterfaceText text;

    ChatEdge(long maxBody, KeyedLimits perClient, InterfaceText text) {
        this.maxBody = maxBody;
        this.perClient = perClient;
        this.text = text;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Language language = acceptLanguage(request);
        switch (perClient.check(request.getRemoteAddr())) {
            case SLOW_DOWN -> {
                refuse(response, 429, text.get(language, "limits.slow"));
                return;
            }
            case DROP -> {
                refuse(response, 429, text.get(language, "limits.dropped"));
                return;
            }
            case ALLOWED -> {
            }
        }
        // JSON and its body limit are for the message API; an upload has its own type and size limit
        if (!"POST".equals(request.getMethod()) || !(request.getContextPath() + "/api/chat").equals(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        if (!isJson(request.getContentType())) {
            refuse(response, 415, "send the body as application/json");
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBody) {
            refuse(response, 413, "the body is longer than " + maxBody + " bytes");
            return;
        }
        chain.doFilter(new Limited(request, maxBody), response);
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            // exact, so application/* and */* (which "include" JSON) are refused rather than guessed at
            return "application".equals(type.getType()) && "json".equals(type.getSubtype());
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static Language acceptLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Language.NL;
        }
        String first = header.split("[,;-]", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Language.fromCode(first).orElse(Language.NL);
    }

    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        if (status == 429) {
            response.setHeader("Retry-After", "60");
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(Map.of("error", message)));
    }

    /** Thrown while reading a body that turns out longer than its Content-Length said (or chunked). */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(long limit) {
            super("the body is longer than " + limit + " bytes");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > limit) {
                            throw new BodyTooLarge(limit);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
