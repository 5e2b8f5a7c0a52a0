/** An input the user can fix: the CLI prints it and exits with code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly fields: readonly { path: string; zh: string; en: string }[] = [],
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
