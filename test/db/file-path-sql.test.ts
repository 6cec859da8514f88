import { filePath, filePathSql } from '../../api/src/modules/document/document.storage';
import { TestApi } from '../support/api';

/**
 * A document's address has two definitions that must give the same string: filePath in
 * TypeScript (the API's downloadPath, feeds, open data) and filePathSql inside statements (the
 * address of a source's report). One table of awkward names, both asked.
 */
const SHA256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const NAMES = [
  'acta.pdf',
  'Acta de sesión.pdf',
  'Informe  con  dos espacios .pdf',
  'Ñandú año 2017.xlsx',
  'carpeta/sub/archivo.pdf',
  'C:\\Documentos\\acta.pdf',
  "l'acta.pdf",
  '"citado".pdf',
  '100% avance.pdf',
  '%20ya codificado%2F.pdf',
  'Compromiso #3.pdf',
  '¿qué?.pdf',
  'a?b=c&d=e+f.pdf',
  "-_.!~*'() sin codificar",
  '[corchetes]{llaves}<menor>|barra^`@:;,$=',
  'línea\nnueva\ttab.pdf',
  'emoji 📄.pdf',
  '漢字.pdf',
  'ﬁ ligadura y e\u0301 combinada',
  '',
];

describe('file addresses: TypeScript and SQL agree', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.open();
  });
  afterAll(() => api.close());

  it.each(NAMES.map((name) => [JSON.stringify(name), name]))('%s', async (_, name) => {
    const [{ path }] = await api.dataSource.query(`SELECT ${filePathSql('$1::text', '$2::text')} AS path`, [
      SHA256,
      name,
    ]);
    expect(path).toBe(filePath(SHA256, name));
  });

  it('escapes what an address cannot carry as is', () => {
    expect(filePath(SHA256, 'carpeta/100% ¿#?.pdf')).toBe(`/files/${SHA256}/carpeta%2F100%25%20%C2%BF%23%3F.pdf`);
  });
});
