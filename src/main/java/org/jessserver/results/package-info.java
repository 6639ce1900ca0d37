/** A job's result folder: its tree, the folder as a zip (optionally by extension), single files. */
package org.jessserver.results;
