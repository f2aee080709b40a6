import path from 'node:path';
import { createHeadlessEditor } from '@lexical/headless';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openArchive, type Archive } from '../../../db/archive.ts';
import { createCommentRepository } from '../../../db/repositories/comments.ts';
import { prepareStory } from '../../../db/repositories/prepared-story.ts';
import { createRevisionRepository, type NewRevision } from '../../../db/repositories/revisions.ts';
import { createStoryRepository } from '../../../db/repositories/stories.ts';
import { createStoryTextRepository } from '../../../db/repositories/story-texts.ts';
import { createTranslationFlagRepository } from '../../../db/repositories/translation-flags.ts';
import { createUserProfileRepository } from '../../../db/repositories/user-profile.ts';
import { createWritePath, RECORD_FIELD } from '../../../db/repositories/write-path.ts';
import { createStorySearch } from '../../../db/search/search-stories.ts';
import { ApiError, type ApiErrorCode } from '../../../shared/api/errors.ts';
import { $buildStoryDocument, type StoryDocumentSource } from '../../../shared/editor/build-story-document.ts';
import { EDITOR_NODES } from '../../../shared/editor/editor-nodes.ts';
import { storyTextOf } from '../../../shared/editor/story-text.ts';
import type { RevisionKind, UserProfile } from '../../../shared/model/editing.ts';
import { makeTempDir, wireStory } from './support.ts';

const ANA: UserProfile = { name: 'Ana Ruiz', initials: 'AR' };
const BEN: UserProfile = { name: 'Ben Okafor', initials: 'BO' };

function open(file = path.join(makeTempDir(), 'archive.sqlite')): Archive {
  return openArchive(file);
}

/** Archives a story as ingest does and returns its id. */
function addStory(archive: Archive, headline: string, body: string[] = [`${headline}: the first paragraph.`], receivedAt = '2024-05-01T09:30:00.000Z'): string {
  const [stored] = createStoryRepository(archive).storeFile({
    fileName: `${headline}.txt`,
    bytes: new TextEncoder().encode(`${headline}\n${body.join('\n')}`),
    format: 'text',
    stories: [prepareStory(wireStory({ headline, body, uri: `urn:test:${headline}` }))],
    receivedAt,
  });
  return stored!.id;
}

/** A real Lexical editor state, as the headless editor in the services makes it. */
function lexicalJson(source: StoryDocumentSource): string {
  const editor = createHeadlessEditor({ nodes: EDITOR_NODES, onError: (err) => { throw err; } });
  editor.update(() => $buildStoryDocument(source), { discrete: true });
  return JSON.stringify(editor.getEditorState().toJSON());
}

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error, none was thrown');
}

function expectApiError(fn: () => unknown, code: ApiErrorCode, mentions: string): void {
  const err = errorOf(fn);
  expect(err).toBeInstanceOf(ApiError);
  expect((err as ApiError).code).toBe(code);
  expect((err as ApiError).message).toContain(mentions);
}

function storyColumns(archive: Archive, id: string): Record<string, number> {
  return archive.db
    .prepare('SELECT edited, open_threads, flags_flagged, flags_in_progress, flags_translated, flags_approved FROM stories WHERE id = ?')
    .get(id) as Record<string, number>;
}

function opsOf(archive: Archive, entity: string, id: string): Array<{ field: string; value: unknown; site: string }> {
  return archive.db.prepare('SELECT field, value, site FROM ops WHERE entity = ? AND entity_id = ? ORDER BY rowid').all(entity, id) as Array<{
    field: string;
    value: unknown;
    site: string;
  }>;
}

/** Typing into a Yjs text, one update per keystroke burst, as the editor sends them. */
function typedUpdates(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const text = doc.getText('story');
  text.insert(0, 'Quake hits the coast');
  text.insert(text.length, ' at dawn');
  text.delete(0, 6);
  text.insert(0, 'Strong quake ');
  doc.getMap('meta').set('edited', true);
  return updates;
}

function docOf(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

describe("a story's text as Yjs updates", () => {
  it('keeps every update byte for byte, oldest first, across a reopen', () => {
    const file = path.join(makeTempDir(), 'archive.sqlite');
    const updates = typedUpdates();
    let storyId: string;
    const archive = open(file);
    try {
      storyId = addStory(archive, 'Quake');
      const other = addStory(archive, 'Drought');
      const texts = createStoryTextRepository(archive);
      expect(texts.updates(storyId)).toEqual([]);
      expect(texts.updateCount(storyId)).toBe(0);
      for (const [i, update] of updates.entries()) {
        archive.write((writer) => texts.appendUpdate(writer, storyId, update, `2024-05-02T10:00:0${i}.000Z`));
      }
      archive.write((writer) => texts.appendUpdate(writer, other, updates[0]!, '2024-05-02T10:00:00.000Z'));
      expect(texts.updateCount(storyId)).toBe(updates.length);
      expect(texts.updateCount(other)).toBe(1);
    } finally {
      archive.close();
    }

    const again = open(file);
    try {
      const stored = createStoryTextRepository(again).updates(storyId);
      expect(stored).toEqual(updates);
      expect(stored.every((u) => u.constructor === Uint8Array)).toBe(true);
      expect(docOf(stored).getText('story').toString()).toBe('Strong quake hits the coast at dawn');
    } finally {
      again.close();
    }
  });

  it('compacts many updates into one that makes the same document, and keeps taking updates after it', () => {
    const archive = open();
    try {
      const storyId = addStory(archive, 'Quake');
      const other = addStory(archive, 'Drought');
      const texts = createStoryTextRepository(archive);
      const updates = typedUpdates();
      archive.write((writer) => {
        for (const update of updates) texts.appendUpdate(writer, storyId, update, '2024-05-02T10:00:00.000Z');
        texts.appendUpdate(writer, other, updates[0]!, '2024-05-02T10:00:00.000Z');
      });

      let merged: Uint8Array[] = [];
      texts.compact(storyId, (all) => {
        merged = all;
        return Y.mergeUpdates(all);
      });
      expect(merged).toEqual(updates);
      expect(texts.updateCount(storyId)).toBe(1);
      expect(texts.updateCount(other)).toBe(1);

      const compacted = docOf(texts.updates(storyId));
      const original = docOf(updates);
      expect(compacted.getText('story').toString()).toBe(original.getText('story').toString());
      expect(compacted.getMap('meta').toJSON()).toEqual(original.getMap('meta').toJSON());
      expect(Y.encodeStateVector(compacted)).toEqual(Y.encodeStateVector(original));

      // A later keystroke lands after the compacted row and applies on top of it.
      const later = new Y.Doc();
      Y.applyUpdate(later, texts.updates(storyId)[0]!);
      let next: Uint8Array | undefined;
      later.on('update', (u: Uint8Array) => (next = u));
      later.getText('story').insert(later.getText('story').length, '.');
      archive.write((writer) => texts.appendUpdate(writer, storyId, next!, '2024-05-02T10:01:00.000Z'));
      expect(docOf(texts.updates(storyId)).getText('story').toString()).toBe('Strong quake hits the coast at dawn.');

      // A merge that fails leaves every update where it was.
      const before = texts.updates(storyId);
      expect(() =>
        texts.compact(storyId, () => {
          throw new Error('merge failed');
        }),
      ).toThrow('merge failed');
      expect(texts.updates(storyId)).toEqual(before);
    } finally {
      archive.close();
    }
  });

  it('refuses an update for a story that is not in the archive', () => {
    const archive = open();
    try {
      const texts = createStoryTextRepository(archive);
      const append = () => archive.write((w) => texts.appendUpdate(w, 'no-such-story', new Uint8Array([1, 2]), '2024-05-02T10:00:00.000Z'));
      expectApiError(append, 'not-found', 'no-such-story');
      expect(archive.db.prepare('SELECT count(*) FROM story_text_updates').pluck().get()).toBe(0);
    } finally {
      archive.close();
    }
  });

  it('keeps the materialised text and marks the story edited for the list', () => {
    const archive = open();
    try {
      const storyId = addStory(archive, 'Quake', ['A quake struck.']);
      const texts = createStoryTextRepository(archive);
      expect(texts.materialised(storyId)).toBeUndefined();
      const json = lexicalJson({ headline: 'Strong quake', standfirst: 'Dozens hurt', body: ['A strong quake struck at dawn.'] });
      const text = storyTextOf(JSON.parse(json));
      archive.write((w) => texts.setMaterialised(w, storyId, { lexicalJson: json, text, edited: true, updatedAt: '2024-05-02T10:00:00.000Z' }));
      expect(texts.materialised(storyId)).toEqual({ lexicalJson: json, text, edited: true, updatedAt: '2024-05-02T10:00:00.000Z' });
      expect(storyColumns(archive, storyId).edited).toBe(1);

      // Typed back to the wire's words: no longer edited.
      archive.write((w) => texts.setMaterialised(w, storyId, { lexicalJson: json, text, edited: false, updatedAt: '2024-05-02T10:05:00.000Z' }));
      expect(texts.materialised(storyId)?.edited).toBe(false);
      expect(texts.materialised(storyId)?.updatedAt).toBe('2024-05-02T10:05:00.000Z');
      expect(storyColumns(archive, storyId).edited).toBe(0);
      expect(archive.db.prepare('SELECT plain_text, word_count FROM story_texts').get()).toEqual({ plain_text: text.plainText, word_count: text.wordCount });
    } finally {
      archive.close();
    }
  });
});

describe('revisions', () => {
  /** Takes a revision in a write of its own, as the services do. */
  function take(archive: Archive, storyId: string, kind: RevisionKind, json: string, more: Partial<NewRevision> = {}) {
    const revision: NewRevision = { storyId, kind, name: null, author: null, createdAt: '2024-05-02T09:00:00.000Z', lexicalJson: json, ...more };
    return archive.write((w) => createRevisionRepository(archive).add(w, revision));
  }

  it('numbers the wire original 0 and every later revision after the highest, and lists them newest first', () => {
    const archive = open();
    try {
      const storyId = addStory(archive, 'Quake', ['A quake struck.']);
      const revisions = createRevisionRepository(archive);
      const wireJson = lexicalJson({ headline: 'Quake', body: ['A quake struck.'] });
      const editedJson = lexicalJson({ headline: 'Strong quake', body: ['A strong quake struck at dawn.'] });

      expectApiError(() => take(archive, storyId, 'autosave', editedJson), 'bad-input', 'no wire original');

      const wire = take(archive, storyId, 'wire', wireJson);
      expect(wire).toMatchObject({ number: 0, kind: 'wire', storyId, wordCount: 4 });
      expectApiError(() => take(archive, storyId, 'wire', editedJson), 'bad-input', 'revision 0');

      const autosave = take(archive, storyId, 'autosave', editedJson, { author: 'Ana Ruiz', createdAt: '2024-05-02T10:00:00.000Z' });
      const named = take(archive, storyId, 'named', editedJson, { name: 'Before legal', author: 'Ana Ruiz', createdAt: '2024-05-02T10:10:00.000Z' });
      const restore = take(archive, storyId, 'restore', wireJson, { name: 'Revision 0', author: 'Ben Okafor', createdAt: '2024-05-02T10:20:00.000Z' });
      expect([autosave.number, named.number, restore.number]).toEqual([1, 2, 3]);

      expect(revisions.list(storyId).map((r) => [r.number, r.kind, r.name, r.author])).toEqual([
        [3, 'restore', 'Revision 0', 'Ben Okafor'],
        [2, 'named', 'Before legal', 'Ana Ruiz'],
        [1, 'autosave', null, 'Ana Ruiz'],
        [0, 'wire', null, null],
      ]);
      expect(revisions.list(addStory(archive, 'Drought'))).toEqual([]);

      const got = revisions.get(storyId, named.id);
      expect(got).toMatchObject({ ...named, lexicalJson: editedJson });
      expect(got?.text.headline).toBe('Strong quake');
      expect(got?.text.body).toEqual(['A strong quake struck at dawn.']);
      expect(revisions.get('another-story', named.id)).toBeUndefined();
      expect(revisions.wire(storyId)?.text.plainText).toBe('Quake\n\nA quake struck.');
      expect(revisions.latest(storyId)?.id).toBe(restore.id);
      expect(revisions.latest(storyId)?.lexicalJson).toBe(wireJson);
    } finally {
      archive.close();
    }
  });

  it('never changes once taken: its op marks the creation, the row keeps the text, and an update is refused', () => {
    const archive = open();
    try {
      const storyId = addStory(archive, 'Quake');
      const json = lexicalJson({ headline: 'Quake', body: ['A quake struck.'] });
      const wire = take(archive, storyId, 'wire', json);

      expect(opsOf(archive, 'revision', wire.id)).toEqual([{ field: RECORD_FIELD, value: null, site: archive.siteId }]);
      const row = archive.db.prepare('SELECT story_id, number, kind, lexical_json, plain_text, word_count, site FROM revisions WHERE id = ?').get(wire.id);
      expect(row).toEqual({
        story_id: storyId,
        number: 0,
        kind: 'wire',
        lexical_json: json,
        plain_text: 'Quake\n\nA quake struck.',
        word_count: 4,
        site: archive.siteId,
      });

      expect(() => archive.write((w) => w.update('revision', wire.id, { lexical_json: '{}' }))).toThrow(/never change/);
      expect(createRevisionRepository(archive).wire(storyId)?.lexicalJson).toBe(json);
    } finally {
      archive.close();
    }
  });

  it('refuses text that is not a Lexical editor state, and a story that is not there', () => {
    const archive = open();
    try {
      const storyId = addStory(archive, 'Quake');
      expectApiError(() => take(archive, storyId, 'wire', '{"root":'), 'bad-input', 'not JSON');
      expectApiError(() => take(archive, storyId, 'wire', '{"text":"x"}'), 'bad-input', 'not a Lexical editor state');
      expectApiError(() => take(archive, 'gone', 'wire', lexicalJson({ headline: 'x', body: [] })), 'not-found', 'gone');
      expect(createRevisionRepository(archive).list(storyId)).toEqual([]);
      expect(archive.db.prepare("SELECT count(*) FROM ops WHERE entity = 'revision'").pluck().get()).toBe(0);
    } finally {
      archive.close();
    }
  });
});

describe('comment threads', () => {
  it('opens a thread with its first comment, takes replies, resolves and reopens, and the list counts open threads', () => {
    const archive = open();
    try {
      const storyId = addStory(archive, 'Quake');
      const comments = createCommentRepository(archive);
      const thread = comments.create({ storyId, markId: 'comment:1', quote: 'at dawn', text: '  Which time zone?  ', author: ANA, at: '2024-05-02T10:00:00.000Z' });
      expect(thread).toMatchObject({ storyId, markId: 'comment:1', quote: 'at dawn', resolved: false, createdAt: '2024-05-02T10:00:00.000Z' });
      expect(thread.comments).toEqual([
        expect.objectContaining({ threadId: thread.id, author: 'Ana Ruiz', initials: 'AR', text: 'Which time zone?', own: true, deleted: false }),
      ]);
      expect(storyColumns(archive, storyId).open_threads).toBe(1);

      const replied = comments.reply(thread.id, { text: 'Local time, 05:40.', author: BEN, at: '2024-05-02T10:05:00.000Z' });
      expect(replied.comments.map((c) => [c.initials, c.text])).toEqual([
        ['AR', 'Which time zone?'],
        ['BO', 'Local time, 05:40.'],
      ]);

      const second = comments.create({ storyId, markId: 'comment:2', quote: 'Quake', text: 'Magnitude?', author: BEN, at: '2024-05-02T10:10:00.000Z' });
      expect(storyColumns(archive, storyId).open_threads).toBe(2);

      expect(comments.resolve(thread.id, true).resolved).toBe(true);
      expect(storyColumns(archive, storyId).open_threads).toBe(1);
      // Open threads first, then resolved, though the resolved one is older.
      expect(comments.list(storyId).map((t) => [t.id, t.resolved])).toEqual([
        [second.id, false],
        [thread.id, true],
      ]);

      expect(comments.resolve(thread.id, false).resolved).toBe(false);
      expect(storyColumns(archive, storyId).open_threads).toBe(2);
      expect(comments.list(storyId).map((t) => t.id)).toEqual([thread.id, second.id]);
      expect(comments.thread(thread.id)).toEqual(comments.list(storyId)[0]);

      // Every change is a record in the op log.
      expect(opsOf(archive, 'comment_thread', thread.id).map((o) => o.field)).toEqual([RECORD_FIELD, 'resolved', 'resolved']);
      expect(comments.list(addStory(archive, 'Drought'))).toEqual([]);
    } finally {
      archive.close();
    }
  });

  it('deletes an own comment as a tombstone, keeping its place, and a thread left with none is no longer open', () => {
    const archive = open();
    try {
      const storyId = addStory(archive, 'Quake');
      const comments = createCommentRepository(archive);
      const thread = comments.create({ storyId, markId: 'comment:1', quote: 'at dawn', text: 'Which time zone?', author: ANA, at: '2024-05-02T10:00:00.000Z' });
      const reply = comments.reply(thread.id, { text: 'Local.', author: ANA, at: '2024-05-02T10:01:00.000Z' }).comments[1]!;
      const first = thread.comments[0]!;

      const after = comments.deleteComment(first.id);
      expect(after.comments.map((c) => [c.id, c.deleted, c.text])).toEqual([
        [first.id, true, ''],
        [reply.id, false, 'Local.'],
      ]);
      expect(archive.db.prepare('SELECT deleted, text FROM comments WHERE id = ?').get(first.id)).toEqual({ deleted: 1, text: '' });
      expect(opsOf(archive, 'comment', first.id).map((o) => o.field).sort()).toEqual([RECORD_FIELD, 'deleted', 'text'].sort());
      expect(storyColumns(archive, storyId).open_threads).toBe(1);

      comments.deleteComment(reply.id);
      expect(comments.list(storyId)).toEqual([]);
      expect(comments.thread(thread.id)?.comments.every((c) => c.deleted)).toBe(true);
      expect(storyColumns(archive, storyId).open_threads).toBe(0);
    } finally {
      archive.close();
    }
  });

  it("refuses to delete a comment written on another laptop, and says which comments are one's own", () => {
    const archive = open();
    try {
      const storyId = addStory(archive, 'Quake');
      const comments = createCommentRepository(archive);
      const thread = comments.create({ storyId, markId: 'comment:1', quote: 'at dawn', text: 'Which time zone?', author: ANA, at: '2024-05-02T10:00:00.000Z' });
      // Another laptop's reply, as it arrives with its own site id.
      const otherSite = 'feedfacefeedface';
      const theirs = createWritePath(archive.db, otherSite).write((w) =>
        w.insert('comment', { thread_id: thread.id, author: 'Chen Li', initials: 'CL', text: 'UTC please.', created_at: '2024-05-02T10:02:00.000Z', deleted: 0 }),
      );

      expect(comments.thread(thread.id)?.comments.map((c) => [c.author, c.own])).toEqual([
        ['Ana Ruiz', true],
        ['Chen Li', false],
      ]);
      expectApiError(() => comments.deleteComment(theirs.id), 'forbidden', 'another laptop');
      expect(comments.thread(thread.id)?.comments[1]).toMatchObject({ deleted: false, text: 'UTC please.' });
      expect(opsOf(archive, 'comment', theirs.id)).toEqual([expect.objectContaining({ field: RECORD_FIELD, site: otherSite })]);
    } finally {
      archive.close();
    }
  });

  it('answers unknown stories, threads and comments, empty text and a taken mark with a clear error', () => {
    const archive = open();
    try {
      const storyId = addStory(archive, 'Quake');
      const comments = createCommentRepository(archive);
      const comment = { storyId, markId: 'comment:1', quote: 'x', text: 'Hm', author: ANA, at: '2024-05-02T10:00:00.000Z' };
      expectApiError(() => comments.create({ ...comment, storyId: 'gone' }), 'not-found', 'gone');
      expectApiError(() => comments.create({ ...comment, text: '   ' }), 'bad-input', 'text');
      comments.create(comment);
      expectApiError(() => comments.create({ ...comment, text: 'Again' }), 'bad-input', 'comment:1');
      expectApiError(() => comments.reply('no-thread', { text: 'Hm', author: ANA, at: '2024-05-02T10:00:00.000Z' }), 'not-found', 'no-thread');
      expectApiError(() => comments.resolve('no-thread', true), 'not-found', 'no-thread');
      expectApiError(() => comments.deleteComment('no-comment'), 'not-found', 'no-comment');
      expect(comments.list(storyId)).toHaveLength(1);
      expect(archive.db.prepare('SELECT count(*) FROM comments').pluck().get()).toBe(1);
    } finally {
      archive.close();
    }
  });
});

describe('translation flags', () => {
  const flagOn = (storyId: string, markId: string, targetLanguage = 'es', at = '2024-05-02T10:00:00.000Z') => ({
    storyId,
    markId,
    sourceText: `The passage under ${markId}.`,
    sourceLanguage: 'en',
    targetLanguage,
    note: 'For the Madrid desk',
    author: ANA,
    at,
  });

  it('moves a flag on when its translation is entered, takes an explicit approval, and the story counts its flags by status', () => {
    const archive = open();
    try {
      const storyId = addStory(archive, 'Quake');
      const flags = createTranslationFlagRepository(archive);
      const first = flags.create(flagOn(storyId, 'flag:1'));
      const second = flags.create(flagOn(storyId, 'flag:2', 'ES', '2024-05-02T10:01:00.000Z'));
      expect(first).toMatchObject({ status: 'flagged', translation: '', targetLanguage: 'es', sourceLanguage: 'en', author: 'Ana Ruiz' });
      expect(first.updatedAt).toBe('2024-05-02T10:00:00.000Z');
      expect(second.targetLanguage).toBe('es');
      expect(storyColumns(archive, storyId)).toMatchObject({ flags_flagged: 2, flags_in_progress: 0, flags_translated: 0, flags_approved: 0 });

      expect(flags.update(first.id, { status: 'in_progress', at: '2024-05-02T11:00:00.000Z' }).status).toBe('in_progress');
      expect(storyColumns(archive, storyId)).toMatchObject({ flags_flagged: 1, flags_in_progress: 1 });

      // Whitespace is not a translation.
      expect(flags.update(second.id, { translation: '   ', at: '2024-05-02T11:01:00.000Z' }).status).toBe('flagged');
      const translated = flags.update(first.id, { translation: 'Un fuerte terremoto.', at: '2024-05-02T11:02:00.000Z' });
      expect(translated).toMatchObject({ status: 'translated', translation: 'Un fuerte terremoto.', updatedAt: '2024-05-02T11:02:00.000Z' });
      expect(storyColumns(archive, storyId)).toMatchObject({ flags_flagged: 1, flags_in_progress: 0, flags_translated: 1 });

      const approved = flags.update(first.id, { status: 'approved', at: '2024-05-02T12:00:00.000Z' });
      expect(approved.status).toBe('approved');
      // Polishing an approved translation keeps it approved.
      expect(flags.update(first.id, { translation: 'Un fuerte sismo.', at: '2024-05-02T12:05:00.000Z' }).status).toBe('approved');
      // A status given with the translation wins.
      expect(flags.update(second.id, { translation: 'Al amanecer.', status: 'in_progress', at: '2024-05-02T12:06:00.000Z' }).status).toBe('in_progress');
      expect(storyColumns(archive, storyId)).toMatchObject({ flags_flagged: 0, flags_in_progress: 1, flags_translated: 0, flags_approved: 1 });

      // Nothing new: nothing logged, updated_at stays.
      const logged = opsOf(archive, 'translation_flag', first.id).length;
      expect(flags.update(first.id, { translation: 'Un fuerte sismo.', at: '2024-05-02T13:00:00.000Z' }).updatedAt).toBe('2024-05-02T12:05:00.000Z');
      expect(opsOf(archive, 'translation_flag', first.id)).toHaveLength(logged);

      expect(flags.list(storyId).map((f) => [f.id, f.status, f.note])).toEqual([
        [first.id, 'approved', 'For the Madrid desk'],
        [second.id, 'in_progress', 'For the Madrid desk'],
      ]);
    } finally {
      archive.close();
    }
  });

  it('deletes a flag as a tombstone, and refuses to change one that is gone', () => {
    const archive = open();
    try {
      const storyId = addStory(archive, 'Quake');
      const flags = createTranslationFlagRepository(archive);
      const flag = flags.create(flagOn(storyId, 'flag:1'));
      expect(flags.delete(flag.id)).toBe(true);
      expect(flags.delete(flag.id)).toBe(false);
      expect(flags.delete('no-such-flag')).toBe(false);
      expect(flags.get(flag.id)).toBeUndefined();
      expect(flags.list(storyId)).toEqual([]);
      expect(storyColumns(archive, storyId).flags_flagged).toBe(0);
      expect(archive.db.prepare('SELECT deleted FROM translation_flags WHERE id = ?').pluck().get(flag.id)).toBe(1);
      expect(opsOf(archive, 'translation_flag', flag.id).map((o) => [o.field, o.value])).toEqual([
        [RECORD_FIELD, expect.any(String)],
        ['deleted', 1],
      ]);
      expectApiError(() => flags.update(flag.id, { status: 'approved', at: '2024-05-02T12:00:00.000Z' }), 'not-found', flag.id);
      // The passage can be flagged again once its old flag is gone.
      expect(flags.create(flagOn(storyId, 'flag:1')).status).toBe('flagged');
    } finally {
      archive.close();
    }
  });

  it('refuses an unknown story, a taken mark, an empty passage, a status or language it does not know', () => {
    const archive = open();
    try {
      const storyId = addStory(archive, 'Quake');
      const flags = createTranslationFlagRepository(archive);
      expectApiError(() => flags.create(flagOn('gone', 'flag:1')), 'not-found', 'gone');
      expectApiError(() => flags.create({ ...flagOn(storyId, 'flag:1'), targetLanguage: 'not a language' }), 'bad-input', 'not a language');
      expectApiError(() => flags.create({ ...flagOn(storyId, 'flag:1'), sourceText: '  ' }), 'bad-input', 'empty');
      const flag = flags.create(flagOn(storyId, 'flag:1'));
      expectApiError(() => flags.create(flagOn(storyId, 'flag:1')), 'bad-input', 'flag:1');
      expectApiError(() => flags.update(flag.id, { status: 'done' as never, at: '2024-05-02T12:00:00.000Z' }), 'bad-input', 'done');
      expect(flags.list(storyId)).toHaveLength(1);
    } finally {
      archive.close();
    }
  });

  it("lists the translation desk's queue across the archive, oldest first, filtered by status and target with counts for each", () => {
    const archive = open();
    try {
      const quake = addStory(archive, 'Quake', undefined, '2024-05-01T09:00:00.000Z');
      const drought = addStory(archive, 'Drought', undefined, '2024-05-01T10:00:00.000Z');
      const spiked = addStory(archive, 'Spiked story', undefined, '2024-05-01T11:00:00.000Z');
      const flags = createTranslationFlagRepository(archive);
      const q1 = flags.create(flagOn(quake, 'flag:q1', 'es', '2024-05-02T10:00:00.000Z'));
      const d1 = flags.create(flagOn(drought, 'flag:d1', 'fr', '2024-05-02T09:00:00.000Z'));
      const q2 = flags.create(flagOn(quake, 'flag:q2', 'es', '2024-05-02T11:00:00.000Z'));
      const d2 = flags.create(flagOn(drought, 'flag:d2', 'pt-br', '2024-05-02T12:00:00.000Z'));
      flags.create(flagOn(spiked, 'flag:s1', 'es', '2024-05-02T08:00:00.000Z'));
      const gone = flags.create(flagOn(quake, 'flag:q3', 'es', '2024-05-02T07:00:00.000Z'));
      flags.delete(gone.id);
      createStoryRepository(archive).setSpiked([spiked], true);
      flags.update(q2.id, { translation: 'Sequía.', at: '2024-05-02T13:00:00.000Z' });
      flags.update(d1.id, { status: 'approved', at: '2024-05-02T13:00:00.000Z' });

      const all = flags.queue({ limit: 50 });
      expect(all.flags.map((f) => [f.id, f.headline, f.status])).toEqual([
        [d1.id, 'Drought', 'approved'],
        [q1.id, 'Quake', 'flagged'],
        [q2.id, 'Quake', 'translated'],
        [d2.id, 'Drought', 'flagged'],
      ]);
      expect(all.flags[3]?.targetLanguage).toBe('pt-BR');
      expect(all.counts.byStatus).toEqual({ flagged: 2, in_progress: 0, translated: 1, approved: 1 });
      expect(all.counts.byTarget).toEqual({ es: 2, fr: 1, 'pt-BR': 1 });

      // Each filter narrows the list and the other's counts, never its own.
      const spanish = flags.queue({ targetLanguage: 'ES', limit: 50 });
      expect(spanish.flags.map((f) => f.id)).toEqual([q1.id, q2.id]);
      expect(spanish.counts.byStatus).toEqual({ flagged: 1, in_progress: 0, translated: 1, approved: 0 });
      expect(spanish.counts.byTarget).toEqual(all.counts.byTarget);

      const flagged = flags.queue({ status: 'flagged', limit: 50 });
      expect(flagged.flags.map((f) => f.id)).toEqual([q1.id, d2.id]);
      expect(flagged.counts.byTarget).toEqual({ es: 1, 'pt-BR': 1 });
      expect(flagged.counts.byStatus).toEqual(all.counts.byStatus);

      const both = flags.queue({ status: 'flagged', targetLanguage: 'es', limit: 50 });
      expect(both.flags.map((f) => f.id)).toEqual([q1.id]);
      expect(both.counts.byStatus).toEqual(spanish.counts.byStatus);
      expect(both.counts.byTarget).toEqual(flagged.counts.byTarget);

      const firstTwo = flags.queue({ limit: 2 });
      expect(firstTwo.flags.map((f) => f.id)).toEqual([d1.id, q1.id]);
      expect(firstTwo.counts).toEqual(all.counts);

      expect(flags.queue({ targetLanguage: 'de', limit: 50 })).toEqual({
        flags: [],
        counts: { byStatus: { flagged: 0, in_progress: 0, translated: 0, approved: 0 }, byTarget: all.counts.byTarget },
      });

      // Restored, the spiked story's flag is back in the queue.
      createStoryRepository(archive).setSpiked([spiked], false);
      expect(flags.queue({ limit: 50 }).flags[0]?.headline).toBe('Spiked story');
    } finally {
      archive.close();
    }
  });
});

describe('the user profile', () => {
  it('is unset until given, then kept across a reopen as a setting of this laptop', () => {
    const file = path.join(makeTempDir(), 'archive.sqlite');
    const archive = open(file);
    try {
      const profiles = createUserProfileRepository(archive);
      expect(profiles.get()).toBeNull();
      expect(profiles.set({ name: '  María García ', initials: 'mg' })).toEqual({ name: 'María García', initials: 'MG' });
      expect(profiles.set({ name: 'María García', initials: 'MGa' })).toEqual({ name: 'María García', initials: 'MGA' });
      expectApiError(() => profiles.set({ name: '', initials: 'X' }), 'bad-input', 'name');
      const row = archive.db.prepare("SELECT id, scope FROM settings WHERE key = 'user.profile'").all() as Array<{ id: string; scope: string }>;
      expect(row).toEqual([{ id: expect.any(String), scope: archive.siteId }]);
      expect(opsOf(archive, 'setting', row[0]!.id).map((o) => o.field)).toEqual([RECORD_FIELD, 'value']);
    } finally {
      archive.close();
    }

    const again = open(file);
    try {
      expect(createUserProfileRepository(again).get()).toEqual({ name: 'María García', initials: 'MGA' });
    } finally {
      again.close();
    }
  });

  it("never reads another laptop's profile that arrived with sync", () => {
    const archive = open();
    try {
      createWritePath(archive.db, 'feedfacefeedface').write((w) =>
        w.insert('setting', { scope: 'feedfacefeedface', key: 'user.profile', value: JSON.stringify({ name: 'Chen Li', initials: 'CL' }) }),
      );
      expect(createUserProfileRepository(archive).get()).toBeNull();
    } finally {
      archive.close();
    }
  });
});

describe("the archive list's edit state", () => {
  it('shows on every story found: edited, open threads and flags by status', () => {
    const archive = open();
    try {
      const quake = addStory(archive, 'Quake', ['A quake struck at dawn.'], '2024-05-01T09:00:00.000Z');
      const drought = addStory(archive, 'Drought', ['No rain for a year.'], '2024-05-01T10:00:00.000Z');
      const texts = createStoryTextRepository(archive);
      const json = lexicalJson({ headline: 'Strong quake', body: ['A strong quake struck at dawn.'] });
      const text = storyTextOf(JSON.parse(json));
      archive.write((w) => texts.setMaterialised(w, quake, { lexicalJson: json, text, edited: true, updatedAt: '2024-05-02T10:00:00.000Z' }));
      const comments = createCommentRepository(archive);
      comments.create({ storyId: quake, markId: 'comment:1', quote: 'quake', text: 'Magnitude?', author: ANA, at: '2024-05-02T10:00:00.000Z' });
      const resolved = comments.create({ storyId: quake, markId: 'comment:2', quote: 'dawn', text: 'Time?', author: ANA, at: '2024-05-02T10:00:00.000Z' });
      comments.resolve(resolved.id, true);
      const flags = createTranslationFlagRepository(archive);
      flags.create(flagOn(quake, 'flag:1'));
      const translated = flags.create(flagOn(quake, 'flag:2'));
      flags.update(translated.id, { translation: 'Al amanecer.', at: '2024-05-02T11:00:00.000Z' });

      const search = createStorySearch(archive);
      const byId = (items: Array<{ id: string }>, id: string) => items.find((i) => i.id === id);
      const listed = search({ query: '', limit: 10 }).items;
      expect(byId(listed, quake)).toMatchObject({ edit: { edited: true, openThreads: 1, flags: { flagged: 1, in_progress: 0, translated: 1, approved: 0 } } });
      expect(byId(listed, drought)).toMatchObject({ edit: { edited: false, openThreads: 0, flags: { flagged: 0, in_progress: 0, translated: 0, approved: 0 } } });
      // The same through the full-text walk and the ranked one.
      expect(search({ query: 'quake', limit: 10 }).items[0]?.edit?.openThreads).toBe(1);
      expect(search({ query: 'quake', sort: 'relevance', limit: 10 }).items[0]?.edit?.flags.translated).toBe(1);
    } finally {
      archive.close();
    }

    function flagOn(storyId: string, markId: string) {
      return { storyId, markId, sourceText: 'A passage.', sourceLanguage: null, targetLanguage: 'es', note: '', author: ANA, at: '2024-05-02T10:00:00.000Z' };
    }
  });
});
