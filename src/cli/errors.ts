/** An error in the user's input or command line: printed as one message, exit code 1, no stack trace. */
export class CliError extends Error {}
