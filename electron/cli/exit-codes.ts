/** What `copydesk` exits with, so scripts can tell "some input was bad" from "I called it wrong". */
export const EXIT_OK = 0;
/** Some input was rejected or not found; the rest was still done. */
export const EXIT_REJECTED = 1;
/** Unknown command or option, missing or malformed argument. */
export const EXIT_USAGE = 2;
