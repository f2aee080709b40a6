/** The Lexical namespace of the story editor: what it copies, only it pastes back node for node. */
export const STORY_EDITOR_NAMESPACE = 'copydesk-story';
