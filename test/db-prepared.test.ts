import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connection.js';
import { preparedQuery } from '../src/db/prepared.js';

interface Db {
  items: { id: number; name: string; weight: number };
}

describe('preparedQuery', () => {
  let db: Kysely<Db>;
  beforeAll(async () => {
    db = openDatabase('sqlite:///:memory:').db as unknown as Kysely<Db>;
    await sql`create table items (id integer primary key, name text not null, weight integer not null)`.execute(db);
    await db.insertInto('items').values([{ id: 1, name: 'a', weight: 5 }, { id: 2, name: 'b', weight: 50 }, { id: 3, name: 'c', weight: 500 }]).execute();
  });
  afterAll(async () => db.destroy());

  it('compiles once and fills named parameters wherever they appear, constants kept', async () => {
    let builds = 0;
    const between = preparedQuery(['low', 'high'], (d: Kysely<Db>, p) => {
      builds += 1;
      return d.selectFrom('items').select('name').where('weight', '>=', p.low).where('weight', '<=', p.high).where('id', '!=', 99).where(sql<boolean>`${p.low} <= ${p.high}`).orderBy('id');
    });
    const names = async (low: number, high: number) => (await db.executeQuery(between(db, { low, high }))).rows.map((r) => r.name);
    expect(await names(1, 60)).toEqual(['a', 'b']);
    expect(await names(40, 1000)).toEqual(['b', 'c']);
    expect(await names(600, 1)).toEqual([]);
    expect(builds).toBe(1);
  });

  it('refuses a parameter the query never uses (a typo would otherwise bind nothing)', () => {
    const broken = preparedQuery(['id', 'unused'], (d: Kysely<Db>, p) => d.selectFrom('items').select('name').where('id', '=', p.id));
    expect(() => broken(db, { id: 1, unused: 2 })).toThrow(/unused/);
  });
});
