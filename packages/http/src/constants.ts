/** The largest request body accepted unless a route says otherwise: 64 KiB. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** The content type of every JSON response. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** `application/json`, `application/json; charset=utf-8`, `application/merge-patch+json`. */
export const JSON_CONTENT_TYPE_PATTERN = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i;
