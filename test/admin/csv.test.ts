import { toCsv } from '../../admin/src/common/csv';

/** The back-office's CSV export writes cells as the open-data CSVs do: no formula runs, no cell adds a row. */
describe("the back-office's CSV export", () => {
  const columns = [
    { field: 'title', value: (r: { title: string; pages: number }) => r.title },
    { field: 'pages', value: (r: { title: string; pages: number }) => r.pages },
  ];
  const csv = (records: { title: string; pages: number }[]) =>
    toCsv(records, columns, (column) => column.field, {
      enumLabel: (_kind, value) => value ?? '',
      date: (value) => value ?? '',
    });

  it('neutralises text a spreadsheet would run as a formula, and leaves numbers bare', () => {
    const text = csv([
      { title: '=HYPERLINK("https://malo.example/")', pages: -3 },
      { title: '+1', pages: 1 },
      { title: '-2', pages: 2 },
      { title: '@SUM(A1)', pages: 3 },
      { title: '\tpestaña', pages: 4 },
      { title: 'Entrega = 40 fojas', pages: 40 },
    ]);
    expect(text.split('\r\n')).toEqual([
      'title,pages',
      `"'=HYPERLINK(""https://malo.example/"")",-3`,
      "'+1,1",
      "'-2,2",
      "'@SUM(A1),3",
      "'\tpestaña,4",
      'Entrega = 40 fojas,40',
      '',
    ]);
  });

  it('quotes a cell holding a CR or LF, so it never becomes a row', () => {
    expect(csv([{ title: 'uno\rdos\ntres', pages: 1 }])).toBe('title,pages\r\n"uno\rdos\ntres",1\r\n');
  });
});
