/** jess-server: a self-hostable simulation job server speaking the JESS web API. */
package org.jessserver;
