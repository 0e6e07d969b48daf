/** A model name as the stem of a download's file name: ASCII letters, digits, `.`, `_` and `-` only. */
export function fileStem(name: string, fallback = 'model'): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || fallback;
}

/**
 * A file download: attachment with the given name, never cached (nosniff is set for every
 * response in next.config.ts). JSON values are
 * written pretty-printed with a final newline, so exports diff cleanly.
 */
export function downloadResponse(body: string | object, filename: string, contentType = 'application/json; charset=utf-8'): Response {
  const text = typeof body === 'string' ? body : `${JSON.stringify(body, null, 2)}\n`;
  return new Response(text, {
    headers: {
      'content-type': contentType,
      'content-disposition': `attachment; filename="${filename.replace(/["\\\r\n]/g, '_')}"`,
      'cache-control': 'no-store',
    },
  });
}
