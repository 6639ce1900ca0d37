"""Schemathesis hooks for .ci/schemathesis.sh: the check that no reply is an HTML page (JESS's clients parse JSON)."""
import schemathesis


@schemathesis.check
def no_html_reply(ctx, response, case):
    """A reply is never the container's HTML error page; /job/text may serve an uploaded .htm, as documented."""
    if "/job/text/" in case.path or case.path.endswith("/job/text/{id}/{path}"):
        return None
    body = response.content[:200].lstrip().lower()
    content_type = response.headers.get("content-type", [""])
    content_type = content_type[0] if isinstance(content_type, list) else content_type
    if body.startswith(b"<!doctype html") or body.startswith(b"<html") or "text/html" in content_type:
        raise AssertionError(f"HTML reply ({content_type}): {body[:80]!r}")
    return None
