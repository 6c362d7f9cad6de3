package cn.zhifa.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two guards in front of the REST API and the public pages: a request body larger than
 * {@code zhifa.http.max-body} (default 1 MB; evidence uploads stream under their own per-kind limits and are not
 * counted) is answered 413 before it is read into memory; and an error status that leaves the response without a body
 * (e.g. Spring's 416 for an unsatisfiable Range, an empty 404) gets a {@code problem+json} body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class HttpGuardFilter extends OncePerRequestFilter {

    private static final Pattern GUARDED = Pattern.compile("^/(api|public|evidence-files)(/.*)?$");
    private static final Pattern STREAMED = Pattern.compile("^/api/cases/[^/]+/evidence/?$");

    private final Problems problems;
    private final long maxBody;

    HttpGuardFilter(Problems problems, @Value("${zhifa.http.max-body:1MB}") DataSize maxBody) {
        this.problems = problems;
        this.maxBody = maxBody.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !GUARDED.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var locale = Problems.locale(request.getHeader("Accept-Language"));
        boolean streamed = "POST".equals(request.getMethod()) && STREAMED.matcher(request.getRequestURI()).matches();
        HttpServletRequest req = request;
        if (!streamed) {
            if (request.getContentLengthLong() > maxBody) {
                write(response, 413, request, locale);
                return;
            }
            req = new LimitedRequest(request, maxBody);
        }
        TrackingResponse res = new TrackingResponse(response);
        try {
            chain.doFilter(req, res);
        } catch (BodyTooLargeException e) {
            if (!response.isCommitted()) {
                response.resetBuffer();
                write(response, 413, request, locale);
                return;
            }
            throw e;
        }
        if (res.getStatus() >= 400 && !res.written && !res.errorSent && !response.isCommitted()
                && !"HEAD".equals(request.getMethod())) {
            write(response, res.getStatus(), request, locale);
        }
    }

    private void write(HttpServletResponse response, int status, HttpServletRequest request, java.util.Locale locale)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = Problems.json(problems.forStatus(status, Problems.path(request), locale))
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Thrown while reading a body past the limit. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("request body too large");
        }
    }

    /** A request whose body cannot be read past the limit (chunked bodies have no Content-Length to check first). */
    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream in;

        LimitedRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                ServletInputStream raw = super.getInputStream();
                in = new ServletInputStream() {
                    private long count;

                    @Override
                    public int read() throws IOException {
                        int b = raw.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = raw.read(b, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        count += n;
                        if (count > max) {
                            throw new BodyTooLargeException();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return raw.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return raw.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        raw.setReadListener(listener);
                    }
                };
            }
            return in;
        }
    }

    /** Knows whether anything was written or an error page was asked for. */
    private static final class TrackingResponse extends HttpServletResponseWrapper {
        boolean written;
        boolean errorSent;
        private ServletOutputStream out;
        private PrintWriter writer;

        TrackingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            errorSent = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            errorSent = true;
            super.sendError(sc);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                ServletOutputStream raw = super.getOutputStream();
                out = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        written = true;
                        raw.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (len > 0) {
                            written = true;
                        }
                        raw.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        raw.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        raw.close();
                    }

                    @Override
                    public boolean isReady() {
                        return raw.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        raw.setWriteListener(listener);
                    }
                };
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(super.getWriter()) {
                    @Override
                    public void write(int c) {
                        written = true;
                        super.write(c);
                    }

                    @Override
                    public void write(char[] buf, int off, int len) {
                        written |= len > 0;
                        super.write(buf, off, len);
                    }

                    @Override
                    public void write(String s, int off, int len) {
                        written |= len > 0;
                        super.write(s, off, len);
                    }
                };
            }
            return writer;
        }
    }
}
