/** Uploaded files: staging and checking a submission's files, and the Users API upload area. */
package org.jessserver.files;
