import path from 'node:path';
import { $createTextNode, $getRoot, $isElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { events as eventSchemas, methods, type MethodInput, type MethodName, type MethodOutput } from '../../../shared/api/contract.ts';
import { dispatch } from '../../../shared/api/dispatch.ts';
import { markedPassages, type SerializedState } from '../../../shared/editor/story-text.ts';
import { openArchive } from '../../../db/archive.ts';
import { checkArchive, rebuildSearchIndex } from '../../../db/maintenance/doctor.ts';
import { createStoryTextRepository } from '../../../db/repositories/story-texts.ts';
import { archiveFile } from '../../../electron/services/data-dir.ts';
import type { Services } from '../../../electron/services/services.ts';
import { efeSample, samplesDir } from '../../support/paths.ts';
import { makeTempDir } from '../db/support.ts';
import { $markBlock, $markPhrase, $setBlockText, openEditorWindow } from './editing-client.ts';
import { recordEvents, testServices, waitFor } from './support.ts';

async function call<M extends MethodName>(services: Services, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return methods[method].output.parse(await dispatch(services.handlers, method, input)) as MethodOutput<M>;
}

/** The EFE story (English, Putin on Afghanistan), ingested; its id and the wire copy's body. */
async function ingestEfe(services: Services): Promise<{ storyId: string; headline: string; body: string[] }> {
  const [result] = await services.ingestPaths([efeSample]);
  const storyId = result?.storyIds[0];
  if (!storyId) throw new Error(`the EFE sample was not ingested: ${JSON.stringify(result)}`);
  const detail = await call(services, 'story.get', { id: storyId });
  return { storyId, headline: detail.story.headline, body: detail.story.body.map((p) => p.trim()).filter((p) => p !== '') };
}

/** What the archive file keeps of a story's text, read through a connection of its own (as after a crash). */
function storedText(dataDir: string, storyId: string) {
  const archive = openArchive(archiveFile(dataDir));
  try {
    const texts = createStoryTextRepository(archive);
    return { materialised: texts.materialised(storyId), updateCount: texts.updateCount(storyId) };
  } finally {
    archive.close();
  }
}

const profile = { name: 'Marta Gil', initials: 'mg' };

describe('the story editor through the contract', () => {
  it('keeps the wire copy as revision 0 on first open, and an edit never changes it', async () => {
    const { services } = testServices();
    const wire = await ingestEfe(services);
    expect(await call(services, 'story.revisions.list', { storyId: wire.storyId })).toEqual({ revisions: [] });

    const window = await openEditorWindow(services, wire.storyId);
    expect(window.text()).toMatchObject({ headline: wire.headline, standfirst: '', body: wire.body });
    const [zero] = (await call(services, 'story.revisions.list', { storyId: wire.storyId })).revisions;
    expect(zero).toMatchObject({ number: 0, kind: 'wire', name: null });
    const original = await call(services, 'story.revisions.get', { storyId: wire.storyId, revisionId: zero!.id });
    expect(original.text).toMatchObject({ headline: wire.headline, body: wire.body });

    await window.edit(() => $setBlockText(2, 'Moscow (EFE).- Putin spoke.'));
    await call(services, 'story.text.close', { storyId: wire.storyId });
    const after = await call(services, 'story.revisions.get', { storyId: wire.storyId, revisionId: zero!.id });
    expect(after.lexicalJson).toBe(original.lexicalJson);
    expect((await call(services, 'story.revisions.list', { storyId: wire.storyId })).revisions.at(-1)).toEqual(zero);
  });

  it('stores an edit before story.text.update returns: another process finds it, and so does a restart', async () => {
    const { services, dataDir } = testServices();
    const { storyId, body } = await ingestEfe(services);
    const window = await openEditorWindow(services, storyId);
    await window.edit(() => $setBlockText(3, 'The buildup is clearly visible, he said.'));

    // The first services are still running and have not materialised anything yet: as if they had crashed here.
    const second = testServices({ dataDir }).services;
    const reopened = await openEditorWindow(second, storyId);
    expect(reopened.text().body[1]).toBe('The buildup is clearly visible, he said.');
    expect(reopened.text().body.slice(2)).toEqual(body.slice(2));
    await second.close();

    await services.close();
    const third = testServices({ dataDir }).services;
    expect((await openEditorWindow(third, storyId)).text().body[1]).toBe('The buildup is clearly visible, he said.');
  });

  it('opens a stored document from the archive at once, and takes an edit sent before it finished loading', async () => {
    const { services, dataDir } = testServices();
    const { storyId } = await ingestEfe(services);
    await (await openEditorWindow(services, storyId)).edit(() => $setBlockText(3, 'First edit.'));
    await services.close();

    const next = testServices({ dataDir }).services;
    const opened = await call(next, 'story.text.open', { storyId });
    // The stored text as last materialised (the services closed after materialising the edit).
    expect(opened.text.body[1]).toBe('First edit.');
    const window = await openEditorWindow(next, storyId);
    expect(window.text().body[1]).toBe('First edit.');
    await window.edit(() => $setBlockText(4, 'Second edit, typed straight away.'));
    await call(next, 'story.text.close', { storyId });
    expect(storedText(dataDir, storyId).materialised?.text.body.slice(1, 3)).toEqual(['First edit.', 'Second edit, typed straight away.']);
    await next.close();
  });

  it('searches what the editor wrote: the index follows edits, new wire versions, an undone edit, the doctor and a rebuild', async () => {
    const reuters = (version: string) => path.join(samplesDir, 'wire/newsml-g2', `tag_reuters.com_2016_newsml_L1N14N0FF_version_${version}`);
    const { services, dataDir } = testServices();
    const [first] = await services.ingestPaths([reuters('978556838')]);
    const storyId = first!.storyIds[0]!;
    const found = async (query: string) => (await call(services, 'archive.search', { query })).items.map((item) => item.id);
    await call(services, 'user.set', profile);
    const window = await openEditorWindow(services, storyId);
    const wireLead = window.text().body[0]!;
    const wireWord = wireLead.split(/\W+/).find((w) => w.length > 6)!;
    expect(await found(wireWord)).toEqual([storyId]);

    const wireHeadline = window.text().headline;
    await window.edit(() => {
      $setBlockText(0, 'Dodoma talks: the headline the desk gave it');
      $setBlockText(2, 'Zanzibarian ministers met in Dodoma on Tuesday.');
    });
    await call(services, 'story.text.close', { storyId });
    expect(await found('zanzibarian')).toEqual([storyId]);
    expect(await found('"met in Dodoma"')).toEqual([storyId]);
    // The list shows the story under the headline the editor gave it.
    const [listed] = (await call(services, 'archive.search', { query: '' })).items;
    expect(listed).toMatchObject({ id: storyId, headline: 'Dodoma talks: the headline the desk gave it', edit: { edited: true } });
    expect((await call(services, 'archive.search', { query: 'zanzibarian', sort: 'relevance' })).items[0]?.headline).toBe(
      'Dodoma talks: the headline the desk gave it',
    );
    // So does the translation desk.
    await call(services, 'flags.create', { storyId, markId: 'flag:desk', sourceText: 'Zanzibarian ministers met in Dodoma on Tuesday.', targetLanguage: 'es' });
    expect((await call(services, 'flags.queue', {})).flags.map((f) => f.headline)).toEqual(['Dodoma talks: the headline the desk gave it']);

    // A kill arrives for the edited story: the index keeps what the editor made of it.
    const [second] = await services.ingestPaths([reuters('1542761538')]);
    expect(second).toMatchObject({ status: 'updated', storyIds: [storyId] });
    expect(await found('zanzibarian')).toEqual([storyId]);

    const archive = openArchive(archiveFile(dataDir));
    try {
      expect(checkArchive(archive).problems).toEqual([]);
      rebuildSearchIndex(archive);
    } finally {
      archive.close();
    }
    expect(await found('zanzibarian')).toEqual([storyId]);

    // Undone by hand: the story is unedited again, and its entry is its current wire version's (the kill's).
    await window.edit(() => {
      $setBlockText(0, wireHeadline);
      $setBlockText(2, wireLead);
    });
    await call(services, 'story.text.close', { storyId });
    expect(await found('zanzibarian')).toEqual([]);
    const current = await call(services, 'story.get', { id: storyId });
    expect((await call(services, 'archive.search', { query: '' })).items[0]?.headline).toBe(current.story.headline);
    const killWord = current.story.headline.split(/\W+/).find((w) => w.length > 5)!;
    expect(await found(`headline:${killWord}`)).toContain(storyId);
    const again = openArchive(archiveFile(dataDir));
    try {
      expect(checkArchive(again).problems).toEqual([]);
    } finally {
      again.close();
    }
  });

  it('materialises the text a moment after an edit, marks the story edited, and tells the list', async () => {
    const { services, dataDir } = testServices();
    const { storyId } = await ingestEfe(services);
    const events = recordEvents(services);
    const window = await openEditorWindow(services, storyId);
    expect(storedText(dataDir, storyId).materialised).toMatchObject({ edited: false });

    await window.edit(() => $setBlockText(0, 'Putin warns of extremist buildup in Afghanistan'));
    const stored = await waitFor('the edit to be materialised', () => {
      const { materialised } = storedText(dataDir, storyId);
      return materialised?.text.headline === 'Putin warns of extremist buildup in Afghanistan' ? materialised : undefined;
    });
    expect(stored.edited).toBe(true);
    expect(stored.text.plainText.startsWith('Putin warns of extremist buildup in Afghanistan\n\n')).toBe(true);
    expect(events.filter((e) => e.event === 'archive.changed')).toEqual([{ event: 'archive.changed', payload: { storyIds: [storyId] } }]);
    const changed = events.filter((e) => e.event === 'story.text.changed').map((e) => eventSchemas['story.text.changed'].parse(e.payload));
    expect(changed).toHaveLength(1);
    expect(changed[0]?.storyId).toBe(storyId);

    // Put back as the wire had it, the story is no longer edited.
    const { headline } = await call(services, 'story.get', { id: storyId }).then((d) => d.story);
    await window.edit(() => $setBlockText(0, headline));
    await waitFor('the story to read as unedited', () => (storedText(dataDir, storyId).materialised?.edited === false ? true : undefined));
  });

  it('keeps a comment mark made in a window through headless materialisation and a restart', async () => {
    const { services, dataDir } = testServices();
    const { storyId } = await ingestEfe(services);
    await call(services, 'user.set', profile);
    const window = await openEditorWindow(services, storyId);
    await window.edit(() => $markPhrase(2, 'Islamic State', 'comment:is-figure'));
    await call(services, 'annotations.create', { storyId, markId: 'comment:is-figure', quote: 'Islamic State', text: 'Source for the 2,000?' });
    await services.close();

    const { materialised } = storedText(dataDir, storyId);
    const marks = markedPassages(JSON.parse(materialised!.lexicalJson) as SerializedState);
    expect([...marks]).toEqual([['comment:is-figure', 'Islamic State']]);
    expect(materialised?.edited).toBe(false);

    const again = testServices({ dataDir }).services;
    const reopened = await openEditorWindow(again, storyId);
    expect([...reopened.marks()]).toEqual([['comment:is-figure', 'Islamic State']]);
    const { threads } = await call(again, 'annotations.list', { storyId });
    expect(threads.map((t) => [t.markId, t.quote, t.comments[0]?.text])).toEqual([['comment:is-figure', 'Islamic State', 'Source for the 2,000?']]);
  });

  it('saves a named revision and restores it as a new one, which other windows follow', async () => {
    const { services } = testServices();
    const { storyId, body } = await ingestEfe(services);
    await call(services, 'user.set', profile);
    const events = recordEvents(services);
    const editing = await openEditorWindow(services, storyId);
    const watching = await openEditorWindow(services, storyId);
    // The second window follows the story as the renderer does: every story.text.changed event.
    const unfollow = services.subscribe((event, payload) => {
      if (event === 'story.text.changed') watching.receive(eventSchemas['story.text.changed'].parse(payload).updateBase64);
    });

    await editing.edit(() => $setBlockText(2, 'First edit of the lead.'));
    const named = await call(services, 'story.revisions.save', { storyId, name: 'Lead rewritten' });
    expect(named).toMatchObject({ number: 1, kind: 'named', name: 'Lead rewritten', author: 'Marta Gil' });
    await editing.edit(() => $setBlockText(2, 'Second edit, never saved.'));
    expect(watching.text().body[0]).toBe('Second edit, never saved.');

    events.length = 0;
    const restored = await call(services, 'story.revisions.restore', { storyId, revisionId: named.id });
    expect(restored).toMatchObject({ kind: 'restore', name: 'Revision 1', author: 'Marta Gil', number: 3 });
    unfollow();

    // What was typed since the named save was checkpointed before the restore replaced it.
    const list = (await call(services, 'story.revisions.list', { storyId })).revisions;
    expect(list.map((r) => [r.number, r.kind])).toEqual([
      [3, 'restore'],
      [2, 'autosave'],
      [1, 'named'],
      [0, 'wire'],
    ]);
    const checkpoint = await call(services, 'story.revisions.get', { storyId, revisionId: list[1]!.id });
    expect(checkpoint.text.body[0]).toBe('Second edit, never saved.');

    expect(watching.text().body).toEqual(['First edit of the lead.', ...body.slice(1)]);
    const update = events.find((e) => e.event === 'story.text.changed');
    expect(update).toBeDefined();
    editing.receive(eventSchemas['story.text.changed'].parse(update!.payload).updateBase64);
    expect(editing.text()).toEqual(watching.text());
    expect(events.map((e) => e.event)).toContain('story.editing.changed');
    const restoredText = (await call(services, 'story.revisions.get', { storyId, revisionId: restored.id })).text;
    expect(restoredText).toEqual((await call(services, 'story.revisions.get', { storyId, revisionId: named.id })).text);
  });

  it('diffs the text against the wire original word by word', async () => {
    const { services } = testServices();
    const { storyId, body } = await ingestEfe(services);
    const window = await openEditorWindow(services, storyId);
    const lead = body[0]!;
    expect(lead).toContain('Putin warned Friday');
    await window.edit(() => $setBlockText(2, lead.replace('Putin warned Friday', 'Putin cautioned on Friday')));

    const diff = await call(services, 'story.diff', { storyId });
    expect(diff.added).toBe(2);
    expect(diff.removed).toBe(1);
    const words = (kind: string) => diff.parts.filter((p) => p.kind === kind).flatMap((p) => p.text.split(/\s+/).filter((w) => w !== ''));
    expect(words('removed')).toEqual(['warned']);
    expect(words('added')).toEqual(['cautioned', 'on']);
    // Read without what was added it is the wire copy; without what was removed, the text now.
    const wire = await call(services, 'story.revisions.get', { storyId, revisionId: (await call(services, 'story.revisions.list', { storyId })).revisions[0]!.id });
    expect(diff.parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(wire.text.plainText);
    expect(diff.parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(window.text().plainText);
    const unchanged = await call(services, 'story.diff', { storyId, from: 'wire', to: (await call(services, 'story.revisions.list', { storyId })).revisions[0]!.id });
    expect(unchanged).toMatchObject({ added: 0, removed: 0 });
  });

  it('runs a comment thread: create, reply, resolve, reopen, delete one’s own comment', async () => {
    const { services } = testServices();
    const { storyId } = await ingestEfe(services);
    const window = await openEditorWindow(services, storyId);
    await window.edit(() => $markPhrase(3, 'online summit', 'comment:summit'));
    const create = { storyId, markId: 'comment:summit', quote: 'online summit', text: 'Which date?' };
    await expect(call(services, 'annotations.create', create)).rejects.toMatchObject({ code: 'bad-input', message: expect.stringContaining('Set your name and initials') });

    expect(await call(services, 'user.get', {})).toEqual({ profile: null });
    const events = recordEvents(services);
    await call(services, 'user.set', profile);
    expect(await call(services, 'user.get', {})).toEqual({ profile: { name: 'Marta Gil', initials: 'MG' } });
    const thread = await call(services, 'annotations.create', create);
    expect(thread).toMatchObject({ storyId, markId: 'comment:summit', quote: 'online summit', resolved: false });
    expect(thread.comments).toMatchObject([{ author: 'Marta Gil', initials: 'MG', text: 'Which date?', own: true, deleted: false }]);

    const replied = await call(services, 'annotations.reply', { threadId: thread.id, text: 'Friday, per Kremlin.' });
    expect(replied.comments.map((c) => c.text)).toEqual(['Which date?', 'Friday, per Kremlin.']);
    expect((await call(services, 'annotations.resolve', { threadId: thread.id, resolved: true })).resolved).toBe(true);
    expect((await call(services, 'annotations.list', { storyId })).threads.map((t) => t.resolved)).toEqual([true]);
    expect((await call(services, 'annotations.resolve', { threadId: thread.id, resolved: false })).resolved).toBe(false);

    const afterDelete = await call(services, 'annotations.deleteComment', { commentId: replied.comments[1]!.id });
    expect(afterDelete.comments.map((c) => [c.deleted, c.text])).toEqual([
      [false, 'Which date?'],
      [true, ''],
    ]);
    expect(events.map((e) => e.event)).toEqual([
      'user.changed',
      'story.editing.changed',
      'archive.changed', // a new open thread
      'story.editing.changed', // the reply
      'story.editing.changed',
      'archive.changed', // resolved
      'story.editing.changed',
      'archive.changed', // reopened
      'story.editing.changed',
      'archive.changed', // deleted (a thread left empty would no longer be open)
    ]);
    await expect(call(services, 'annotations.reply', { threadId: 'no-such-thread', text: 'Hello?' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('flags passages for translation: language detected, translation advances the status, list in text order, queue', async () => {
    const { services } = testServices();
    const { storyId } = await ingestEfe(services);
    await call(services, 'user.set', profile);
    const window = await openEditorWindow(services, storyId);
    const spanish = 'El presidente ruso advirtió el viernes de la concentración de grupos extremistas en el norte de Afganistán, según dijo durante una cumbre.';
    await window.edit(() => {
      $setBlockText(5, spanish);
      $markBlock(5, 'flag:spanish');
      $markBlock(3, 'flag:quote');
      $markPhrase(4, 'Putin', 'flag:name');
    });

    // Flagged out of text order: the list follows the text, not the order of flagging.
    const es = await call(services, 'flags.create', { storyId, markId: 'flag:spanish', sourceText: spanish, targetLanguage: 'en' });
    const quote = window.marks().get('flag:quote')!;
    const en = await call(services, 'flags.create', { storyId, markId: 'flag:quote', sourceText: quote, targetLanguage: 'es', note: 'For the Madrid desk' });
    const name = await call(services, 'flags.create', { storyId, markId: 'flag:name', sourceText: 'Putin', targetLanguage: 'es' });
    expect(es).toMatchObject({ sourceLanguage: 'es', status: 'flagged', author: 'Marta Gil' });
    expect(en).toMatchObject({ sourceLanguage: 'en', note: 'For the Madrid desk' });
    // One word says nothing of its language: the story's (English) stands in.
    expect(name.sourceLanguage).toBe('en');
    expect((await call(services, 'flags.list', { storyId })).flags.map((f) => f.markId)).toEqual(['flag:quote', 'flag:name', 'flag:spanish']);

    const translated = await call(services, 'flags.update', { flagId: en.id, translation: '«La concentración de grupos extremistas es claramente visible», dijo.' });
    expect(translated.status).toBe('translated');
    expect((await call(services, 'flags.update', { flagId: en.id, status: 'approved' })).status).toBe('approved');
    expect((await call(services, 'flags.update', { flagId: name.id, status: 'in_progress' })).status).toBe('in_progress');

    const queue = await call(services, 'flags.queue', { targetLanguage: 'es' });
    expect(queue.flags.map((f) => [f.markId, f.status])).toEqual([
      ['flag:quote', 'approved'],
      ['flag:name', 'in_progress'],
    ]);
    expect(queue.counts.byStatus).toEqual({ flagged: 0, in_progress: 1, translated: 0, approved: 1 });
    expect(queue.counts.byTarget).toEqual({ en: 1, es: 2 });

    // A passage rewritten without its mark: its flag goes after those still in the text.
    await window.edit(() => {
      const block = $getRoot().getChildAtIndex(3);
      if ($isElementNode(block)) block.clear().append($createTextNode('The quote was cut.'));
    });
    expect((await call(services, 'flags.list', { storyId })).flags.map((f) => f.markId)).toEqual(['flag:name', 'flag:spanish', 'flag:quote']);
    expect(await call(services, 'flags.delete', { flagId: name.id })).toEqual({ deleted: true });
    expect((await call(services, 'flags.list', { storyId })).flags.map((f) => f.markId)).toEqual(['flag:spanish', 'flag:quote']);
  });

  it('refuses bad input with errors that name the problem', async () => {
    const { services, dataDir } = testServices();
    const { storyId } = await ingestEfe(services);
    await openEditorWindow(services, storyId);
    const before = storedText(dataDir, storyId).updateCount;

    await expect(call(services, 'story.text.update', { storyId, updateBase64: 'not base64 at all!' })).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(new RegExp(`${storyId}.*not base64`)),
    });
    await expect(call(services, 'story.text.update', { storyId, updateBase64: Buffer.from('hello, Yjs').toString('base64') })).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(new RegExp(`${storyId}.*not a Yjs update`)),
    });
    expect(storedText(dataDir, storyId).updateCount).toBe(before);

    await expect(call(services, 'story.text.open', { storyId: 'no-such-story' })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('no-such-story'),
    });
    await expect(call(services, 'story.revisions.restore', { storyId, revisionId: 'no-such-revision' })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('no-such-revision'),
    });
    await expect(call(services, 'flags.create', { storyId, markId: 'flag:x', sourceText: 'Putin', targetLanguage: 'es' })).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringContaining('Set your name and initials'),
    });
  });

  it('checkpoints unsaved changes as an autosave revision when the services close', async () => {
    const { services, dataDir } = testServices();
    const { storyId } = await ingestEfe(services);
    await call(services, 'user.set', profile);
    const window = await openEditorWindow(services, storyId);
    await window.edit(() => $setBlockText(2, 'Typed just before the app was closed.'));
    await services.close();

    const again = testServices({ dataDir }).services;
    const [latest] = (await call(again, 'story.revisions.list', { storyId })).revisions;
    expect(latest).toMatchObject({ number: 1, kind: 'autosave', author: 'Marta Gil' });
    const revision = await call(again, 'story.revisions.get', { storyId, revisionId: latest!.id });
    expect(revision.text.body[0]).toBe('Typed just before the app was closed.');
    // Closing the story with nothing new since that checkpoint takes none.
    expect(await call(again, 'story.text.close', { storyId })).toEqual({ revision: null });
  });

  it('takes an autosave checkpoint while typing goes on once the latest revision is five minutes old', async () => {
    let clock = Date.parse('2026-03-02T09:00:00Z');
    const { services } = testServices({ now: () => clock });
    const { storyId } = await ingestEfe(services);
    const window = await openEditorWindow(services, storyId);
    await window.edit(() => $setBlockText(2, 'A minute in.'));
    clock += 60_000;
    await window.edit(() => $setBlockText(2, 'Two minutes in.'));
    await call(services, 'story.diff', { storyId }); // materialises now
    expect((await call(services, 'story.revisions.list', { storyId })).revisions).toHaveLength(1);

    clock += 5 * 60_000;
    await window.edit(() => $setBlockText(2, 'Seven minutes in.'));
    const checkpoint = await waitFor('an autosave checkpoint', async () => {
      const [latest] = (await call(services, 'story.revisions.list', { storyId })).revisions;
      return latest?.kind === 'autosave' ? latest : undefined;
    });
    expect(checkpoint).toMatchObject({ number: 1, createdAt: '2026-03-02T09:06:00.000Z' });
    expect((await call(services, 'story.revisions.get', { storyId, revisionId: checkpoint.id })).text.body[0]).toBe('Seven minutes in.');
  });

  it('merges a story’s many small updates into one, losing nothing', async () => {
    const { services, dataDir } = testServices();
    const { storyId } = await ingestEfe(services);
    const window = await openEditorWindow(services, storyId);
    let typed = '';
    for (let i = 0; i < 520; i++) {
      typed += 'x';
      await window.edit(() => $setBlockText(2, typed));
    }
    await call(services, 'story.diff', { storyId }); // materialises, and merges above 500 updates
    const stored = storedText(dataDir, storyId);
    expect(stored.updateCount).toBe(1);
    expect(stored.materialised?.text.body[0]).toBe(typed);
    await services.close();
    const again = testServices({ dataDir }).services;
    expect((await openEditorWindow(again, storyId)).text().body[0]).toBe(typed);
  });

  it('makes the same first document on two laptops, so merging their texts does not double the story', async () => {
    const root = makeTempDir();
    const laptopA = testServices({ dataDir: path.join(root, 'A') }).services;
    const laptopB = testServices({ dataDir: path.join(root, 'B') }).services;
    const a = await ingestEfe(laptopA);
    const b = await ingestEfe(laptopB);
    const windowA = await openEditorWindow(laptopA, a.storyId);
    await windowA.edit(() => $setBlockText(2, 'Edited on laptop A.'));
    const fromB = await call(laptopB, 'story.text.open', { storyId: b.storyId });

    windowA.receive(fromB.stateBase64);
    expect(windowA.text().body).toEqual(['Edited on laptop A.', ...a.body.slice(1)]);
  });
});
