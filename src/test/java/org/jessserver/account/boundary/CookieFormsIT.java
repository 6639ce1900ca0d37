package org.jessserver.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jessserver.testing.Api;
import org.jessserver.testing.OnDeployedServer;
import org.jessserver.testing.OnePass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The session cookie in every form JESS's clients send it (the Windows client's comma-joined repeat
 * among them), and a GET that carries a JSON body, written byte for byte on a socket.
 */
@OnePass
class CookieFormsIT extends OnDeployedServer {

    Api api;
    String token;

    @BeforeEach
    void logon() {
        api = Api.at(deployment);
        token = api.token(api.newUser("cookies"), Api.PASSWORD);
    }

    /** Sends one HTTP/1.1 request as written and returns the whole reply as text. */
    private String exchange(String head, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket("127.0.0.1", deployment.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write((head + "Host: 127.0.0.1\r\nConnection: close\r\n"
                    + (b.length > 0 ? "Content-Length: " + b.length + "\r\n" : "") + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(b);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            in.transferTo(reply);
            return reply.toString(StandardCharsets.UTF_8);
        }
    }

    private void loggedOnWith(String cookieLines) throws IOException {
        String reply = exchange("GET /users/api/user HTTP/1.1\r\n" + cookieLines, "");
        assertTrue(reply.startsWith("HTTP/1.1 200"), cookieLines + " -> " + reply);
        assertTrue(reply.contains("\"ok\":true"), reply);
    }

    @Test
    void everyFormOfTheSessionCookieIsRead() throws IOException {
        loggedOnWith("Cookie: session_token=" + token + "\r\n");
        loggedOnWith("Cookie: session_token=" + token + ", session_token=" + token + "\r\n");
        loggedOnWith("Cookie: theme=dark; session_token=" + token + "; lang=en\r\n");
        loggedOnWith("Cookie: theme=dark\r\nCookie: session_token=" + token + "\r\n");
        loggedOnWith("Cookie: session_token=expired-or-made-up, session_token=" + token + "\r\n");
        loggedOnWith("Cookie: session_token=\"" + token + "\"\r\n");
    }

    @Test
    void noLiveTokenInAnyFormIs401() throws IOException {
        String reply = exchange("GET /users/api/user HTTP/1.1\r\nCookie: session_token=a, session_token=b; x=session_token\r\n", "");
        assertTrue(reply.startsWith("HTTP/1.1 401"), reply);
    }

    @Test
    void checkInWithTheCommaJoinedCookieRenewsTheLiveSession() throws IOException {
        String reply = exchange("POST /users/api/checkin HTTP/1.1\r\nCookie: session_token=not-a-token, session_token="
                + token + "\r\n", "");
        assertTrue(reply.startsWith("HTTP/1.1 200"), reply);
        assertTrue(reply.contains("Session renewed successfully!"), reply);
    }

    @Test
    void aGetWithAJsonBodyFiltersTheJobList() throws IOException {
        String today = LocalDate.now().toString();
        String reply = exchange("GET /jess_web/api/jobs HTTP/1.1\r\nContent-Type: application/json\r\nCookie: session_token="
                + token + "\r\n", "{\"since\": \"" + today + "\", \"till\": \"" + today + "\", \"status\": \"FINISHED\"}");
        assertTrue(reply.startsWith("HTTP/1.1 200"), reply);
        assertTrue(reply.contains("\"ok\":true") && reply.contains(" jobs available\""), reply);
        String refused = exchange("GET /jess_web/api/jobs HTTP/1.1\r\nContent-Type: application/json\r\nCookie: session_token="
                + token + "\r\n", "{\"status\": \"DONE\"}");
        assertTrue(refused.startsWith("HTTP/1.1 200"), refused);
        assertTrue(refused.contains("Unknown job status 'DONE'"), "the GET's body is read: " + refused);
    }

    @Test
    void infoGivesIntegersWhereJessDoes() throws IOException {
        String jess = exchange("GET /jess_web/api/info HTTP/1.1\r\n", "");
        String body = jess.substring(jess.indexOf("\r\n\r\n") + 4);
        assertTrue(body.matches("\\{\"Title\":\"JESS Web API\",\"Description\":\"[^\"]+\",\"Major\":1,\"Minor\":0,"
                + "\"Revision\":0,\"Release\":\"[^\"]+\",\"Update\":1,\"Notice\":\"[^\"]+\"}"), "JESS's order and types: " + body);
        String users = exchange("GET /users/api/info HTTP/1.1\r\n", "");
        assertTrue(users.contains("\"Update\":0,"), users);
        assertEquals(-1, jess.indexOf("ENSIMS"), "our /info names this server");
    }
}
