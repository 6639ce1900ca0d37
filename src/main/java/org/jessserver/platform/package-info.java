/** Cross-cutting plumbing: JSON envelope, error replies, configuration, data source and schema. */
package org.jessserver.platform;
