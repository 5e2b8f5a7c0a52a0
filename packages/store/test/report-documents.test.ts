import { describe, expect, inject, it } from 'vitest';
import { ReportDocuments, reportDocumentKey } from '../src/index.js';
import { s3Client } from './support.js';

describe('Class: ReportDocuments', () => {
  const documents = new ReportDocuments({
    s3: async () => s3Client(),
    bucket: inject('s3').bucket,
  });

  it('writes the renderings of a published version and reads them back, each under its own key', async () => {
    // Prepare
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    // Act
    await documents.put(2031, 2, { html: '<p>二〇三一年度报告</p>', docx });
    const html = await documents.get(2031, 2, 'html');
    const bytes = await documents.get(2031, 2, 'docx');
    // Assess
    expect(new TextDecoder().decode(html ?? new Uint8Array())).toBe('<p>二〇三一年度报告</p>');
    expect(bytes).toEqual(docx);
    expect(reportDocumentKey(2031, 2, 'docx')).toBe('reports/2031/v002/report-2031.docx');
  });

  it('answers null for a rendering never written', async () => {
    // Act & Assess
    expect(await documents.get(2031, 9, 'html')).toBeNull();
  });
});
