package org.jessserver.account.entity;

/** CDI event: an administrator disabled the account; its unfinished jobs are to be cancelled. */
public record AccountDisabled(long accountId) {
}
