package org.jessserver.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.json.Json;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The container's error page (web.xml): every error the container answers itself is a JSON envelope. */
@WebServlet(urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/_error";
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        Object thrown = req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (thrown instanceof Throwable t) {
            LOG.log(Level.SEVERE, "Unhandled failure on " + req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), t);
        }
        String message = message(req, status);
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        var reply = Json.createObjectBuilder().add("ok", false).add("status", message);
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (SubmissionRefusal.applies(req.getMethod(), uri == null ? null : uri.toString())) {
            reply.add("data", SubmissionRefusal.DATA);
        } else {
            reply.addNull("data");
        }
        String body = reply.build().toString();
        resp.getWriter().write(body);
    }

    private static String message(HttpServletRequest req, int status) {
        Object refusal = req.getAttribute(ErrorTexts.REFUSAL);
        Object problem = req.getAttribute(ErrorTexts.AUTH_PROBLEM);
        if (refusal != null) {
            return refusal.toString();
        }
        return status == 401 && problem != null ? problem.toString() : ErrorTexts.forStatus(status);
    }
}
