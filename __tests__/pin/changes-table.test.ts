import { changesTable } from '../../src/pullrequest/changes-table.js';

const DIGEST_A = `sha256:${'a'.repeat(64)}`;

describe('changesTable', () => {
  test('keeps pipes and backticks inside their cells', () => {
    const table = changesTable([{ file: 'a|b`c.yaml', line: 1, column: 2, old: 'x', new: 'y' }]);
    expect(table.split('\n')[2]).toBe('| ``a\\|b`c.yaml`` | 1:2 | `x` | `y` |');
  });

  test('stays under a size limit and counts the rows left out', () => {
    const changes = Array.from({ length: 500 }, (_, i) => ({ file: `f${i}.yaml`, line: i + 1, column: 1, old: 'nginx', new: `nginx@${DIGEST_A}` }));
    const table = changesTable(changes, 5000);
    expect(table.length).toBeLessThanOrEqual(5000);
    const shown = table.split('\n').filter((l) => l.startsWith('| `f')).length;
    expect(table).toContain(`| … | | | ${500 - shown} more changes (see the \`metadata\` output) |`);
    expect(
      changesTable(changes)
        .split('\n')
        .filter((l) => l.startsWith('| `f')),
    ).toHaveLength(500);
  });
});
