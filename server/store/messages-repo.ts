import type Database from 'better-sqlite3';
import type { Channel, LangOrUnd, Message, SentimentLabel } from '../schemas/message.ts';

export interface MessageRow {
  seq: number;
  channel: string;
  id: string;
  direction: string;
  author_id: string;
  author_name: string;
  text: string;
  created_at: number;
  received_at: number;
  in_reply_to: string | null;
  url: string | null;
  likes: number;
  shares: number;
  replies: number;
  lang: string;
  lang_confidence: number;
  sentiment_score: number;
  sentiment_label: string;
  sentiment_confidence: number;
  keywords: string;
  hashtags: string;
  mentions: string;
}

/** Maps a stored row back to the Message every other stage speaks. */
export function rowToMessage(r: MessageRow): Message {
  return {
    id: r.id,
    channel: r.channel as Channel,
    direction: r.direction === 'outbound' ? 'outbound' : 'inbound',
    author: { id: r.author_id, name: r.author_name },
    text: r.text,
    createdAt: r.created_at,
    receivedAt: r.received_at,
    inReplyTo: r.in_reply_to,
    url: r.url,
    engagement: { likes: r.likes, shares: r.shares, replies: r.replies },
    lang: r.lang as LangOrUnd,
    langConfidence: r.lang_confidence,
    sentiment: { score: r.sentiment_score, label: r.sentiment_label as SentimentLabel, confidence: r.sentiment_confidence },
    keywords: JSON.parse(r.keywords) as string[],
    hashtags: JSON.parse(r.hashtags) as string[],
    mentions: JSON.parse(r.mentions) as string[],
  };
}

/** The messages table: idempotent inserts by (channel, id), reads for rebuild and drill-down. */
export function createMessagesRepo(db: Database.Database) {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO messages (channel, id, direction, author_id, author_name, text, created_at, received_at,
       in_reply_to, url, likes, shares, replies, lang, lang_confidence, sentiment_score, sentiment_label,
       sentiment_confidence, keywords, hashtags, mentions)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const countStmt = db.prepare('SELECT count(*) AS n FROM messages');
  const sinceStmt = db.prepare('SELECT * FROM messages WHERE created_at >= ? ORDER BY created_at, seq');
  const latestStmt = db.prepare('SELECT * FROM messages ORDER BY created_at DESC, seq DESC LIMIT ?');

  /** Inserts in one transaction; returns per message whether it was new (false = duplicate). */
  const insertMany = db.transaction((messages: readonly Message[]): boolean[] =>
    messages.map((m) => {
      const info = insert.run(
        m.channel, m.id, m.direction, m.author.id, m.author.name, m.text, m.createdAt, m.receivedAt,
        m.inReplyTo, m.url, m.engagement.likes, m.engagement.shares, m.engagement.replies,
        m.lang, m.langConfidence, m.sentiment.score, m.sentiment.label, m.sentiment.confidence,
        JSON.stringify(m.keywords), JSON.stringify(m.hashtags), JSON.stringify(m.mentions),
      );
      return info.changes === 1;
    }),
  );

  return {
    insertMany,
    count: (): number => (countStmt.get() as { n: number }).n,
    /** Streams messages created at or after `t`, oldest first, without loading them all. */
    *since(t: number): Generator<Message> {
      for (const row of sinceStmt.iterate(t)) yield rowToMessage(row as MessageRow);
    },
    /** Newest first. */
    latest: (limit: number): Message[] => (latestStmt.all(limit) as MessageRow[]).map(rowToMessage),
  };
}
export type MessagesRepo = ReturnType<typeof createMessagesRepo>;
