/** Running one simulation case: choosing the engine, starting its process, time-out, stopping its process tree, reading its outcome. */
package org.jessserver.engine;
