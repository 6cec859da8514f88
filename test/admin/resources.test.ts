import { resourcesFrom } from '../../admin/src/defineResource';
import { definitionOf, LISTED, RESOURCES } from './resources';

describe('the resource folders', () => {
  it('list every resource with a list in the menu, group by group in their declared positions', () => {
    const places = LISTED.map(({ menu }) => `${menu?.group} ${menu?.position}`);
    expect(new Set(places).size).toBe(LISTED.length);
    expect(RESOURCES.slice(0, LISTED.length)).toEqual(LISTED);
    expect(definitionOf('commitments').menu).toEqual({ group: 'work', position: 1 });
  });

  it('stop the back-office when a resource is not named as its folder or takes another one’s menu place', () => {
    const themes = definitionOf('themes');
    expect(() => resourcesFrom({ './topics/resource.ts': themes })).toThrow('named as its folder');
    const venues = { ...definitionOf('venues'), menu: themes.menu };
    expect(() => resourcesFrom({ './themes/resource.ts': themes, './venues/resource.ts': venues })).toThrow(
      'menu position',
    );
  });
});
