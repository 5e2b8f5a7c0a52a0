import * as z from 'zod';
import { SingleLineText } from './text.js';

/**
 * `/config.json`, what the web app reads at start, so that one build serves
 * every district: the district's names and where its API answers. The local
 * stack writes it from the district config; a district stack puts it beside
 * the built app.
 */
export const WebConfig = z.strictObject({
  district: z.strictObject({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    /** The agency, e.g. 青岛西海岸新区大场镇人民政府. */
    agency: SingleLineText(100),
    /** The office that handles requests, e.g. 政府信息公开领导小组办公室. */
    office: SingleLineText(100),
    /** The agency's English name, shown when the page is in English. */
    agencyEn: SingleLineText(200).optional(),
  }),
  /** Where `/api/…` answers: empty for the page's own origin, else an origin such as `https://api.example.gov.cn`. */
  apiOrigin: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
});
export type WebConfig = z.infer<typeof WebConfig>;
