import { SPREADSHEET_CELL_LIMIT, spreadsheetCell } from '../../api/src/modules/opendata/formats';

/** The spreadsheet copy's cells: whole when they fit, else cut by the copy itself, marked, never mid-character. */
describe('a cell of the spreadsheet copy', () => {
  const table = { name: 'source-documents' };

  it('keeps a text that fits a cell as it is, up to the last character that fits', () => {
    const fits = 'á'.repeat(SPREADSHEET_CELL_LIMIT);
    expect(spreadsheetCell(fits, table)).toBe(fits);
  });

  it('cuts a longer text to what a cell holds, and says so, with its length and where it is whole', () => {
    const long = 'x'.repeat(SPREADSHEET_CELL_LIMIT + 1);
    const shown = spreadsheetCell(long, table);
    expect(shown).toHaveLength(SPREADSHEET_CELL_LIMIT);
    expect(shown).toMatch(
      / \[…\] \[Texto cortado: tiene 32,768 caracteres y una celda de hoja de cálculo guarda hasta 32,767; completo en source-documents\.csv y source-documents\.json\]$/,
    );
    expect(long.startsWith(shown.slice(0, shown.indexOf(' […] ')))).toBe(true);
  });

  it('never keeps half of a character written as two UTF-16 units', () => {
    // How many characters a cut of a text this long keeps before its note.
    const kept = spreadsheetCell('x'.repeat(SPREADSHEET_CELL_LIMIT + 1), table).indexOf(' […] ');
    // An emoji whose two units straddle the cut, in a text of the same length as the one above.
    const text = 'x'.repeat(kept - 1) + '😀' + 'x'.repeat(SPREADSHEET_CELL_LIMIT + 1 - kept - 1);
    const shown = spreadsheetCell(text, table);
    const before = shown.slice(0, shown.indexOf(' […] '));
    expect(before).toBe('x'.repeat(kept - 1));
  });
});
