import { locateYamlFile } from '../../src/deployfiles/yaml-file.js';

/** Nine levels of ten-fold aliases: a billion strings for any tool that resolves them (kubectl, helm). */
function aliasBomb(): string {
  const lines = ['a0: &a0 ["lol"]'];
  for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\nspec:\n  containers:\n    - image: registry.example/app:1\n`;
}

test('a YAML alias bomb is refused, at its first alias past the limit', () => {
  expect(() => locateYamlFile('bomb.yaml', aliasBomb(), false)).toThrow(/more than 50 YAML aliases/);
});

test('a file with a few aliases (shared env blocks) is read as before', () => {
  const text = 'env: &env\n  - name: A\n    value: b\nspec:\n  containers:\n    - image: registry.example/app:1\n      env: *env\n';
  expect(locateYamlFile('ok.yaml', text, false).found).toHaveLength(1);
});
