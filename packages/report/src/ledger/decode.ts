/**
 * The text of a CSV ledger: UTF-8 with or without a byte-order mark, or, when
 * the bytes are not valid UTF-8 (a ledger saved by Excel on a Chinese
 * Windows), GB18030, which includes GBK and GB2312.
 *
 * @example decodeLedgerText(new TextEncoder().encode('\uFEFFreceipt_no')) // 'receipt_no'
 */
export function decodeLedgerText(bytes: Uint8Array): {
  text: string;
  encoding: 'utf-8' | 'gb18030';
} {
  try {
    // fatal: a single byte that is not UTF-8 means the file is in another encoding.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('gb18030', { ignoreBOM: false }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'gb18030' };
  }
}

/** Whether the bytes are a ZIP archive (an XLSX workbook), whatever the file is called. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Whether the bytes are an OLE2 compound file (a legacy .xls workbook). */
export function isLegacyXls(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}
