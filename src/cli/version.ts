/** Version of the package, kept in step with package.json by a test (also keys the --cache entries). */
export const VERSION = '0.1.0';
