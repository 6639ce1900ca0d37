/**
 * The web page for people: one document with its script and style, served by this application itself (no other
 * server, no external request), that works through the same JSON API and session cookie as every other client.
 */
package org.jessserver.web;
