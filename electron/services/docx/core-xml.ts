// docProps/core.xml with the data date as its created and modified dates
// (docx writes the time of the call, which would make two exports of the
// same data differ).
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "2021-03-04T10:00:00Z": W3CDTF at whole seconds. */
const w3cdtf = (iso: string) => `${new Date(iso).toISOString().slice(0, 19)}Z`;

export function coreXml(o: { title: string; subject: string; creator: string; date: string; language: string }): string {
  const date = w3cdtf(o.date);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escape(o.title)}</dc:title>`,
    `<dc:subject>${escape(o.subject)}</dc:subject>`,
    `<dc:creator>${escape(o.creator)}</dc:creator>`,
    `<cp:lastModifiedBy>${escape(o.creator)}</cp:lastModifiedBy>`,
    `<dc:language>${escape(o.language)}</dc:language>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
