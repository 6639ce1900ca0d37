/** Accounts, password hashing, session tokens and the container security wiring of /users/api. */
package org.jessserver.account;
