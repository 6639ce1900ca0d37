/** A job's result folder: its tree, the folder as a zip (optionally by extension), single files to download or view. */
package org.jessserver.results;
